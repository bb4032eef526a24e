package io.newssearch.cli;

import java.util.Locale;

/**
 * How to mark highlights and draw bars: bold and block characters on a terminal, plain ASCII
 * markers otherwise (pipes, files, CI logs).
 *
 * @param open text before a highlight
 * @param close text after a highlight
 * @param bar character of facet bars
 */
record Terminal(String open, String close, char bar) {

  static final Terminal PLAIN = new Terminal("**", "**", '#');
  static final Terminal ANSI = new Terminal("\u001b[1m", "\u001b[0m", '\u2588');

  /**
   * Chooses by the --color option: always, never, or auto (a real terminal that is not dumb).
   *
   * @throws IllegalArgumentException naming any other value (a typo must not pass for auto)
   */
  static Terminal choose(String color) {
    return switch (color.strip().toLowerCase(Locale.ROOT)) {
      case "always" -> ANSI;
      case "never" -> PLAIN;
      case "auto" -> isInteractive() ? ANSI : PLAIN;
      default -> throw new IllegalArgumentException(
          "--color '" + color + "' is not one of auto, always, never");
    };
  }

  private static boolean isInteractive() {
    java.io.Console console = System.console();
    if (console == null || "dumb".equals(System.getenv("TERM")) || System.getenv("NO_COLOR") != null) {
      return false;
    }
    try {
      // Java 22+: System.console() exists even when redirected; isTerminal() tells the truth.
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a console exists only when attached to a terminal
    }
  }
}
