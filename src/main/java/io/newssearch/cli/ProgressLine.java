package io.newssearch.cli;

import io.newssearch.ingest.IngestProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Ingest progress on stderr: one line rewritten in place on a terminal, a plain line every
 * ten seconds otherwise (logs), nothing when quiet. Thread-safe.
 */
final class ProgressLine {

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal;
  private long lastPlain;
  private boolean lineOpen;

  ProgressLine(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
    this.terminal = Terminal.choose("auto") == Terminal.ANSI;
  }

  synchronized void update(IngestProgress p) {
    if (quiet) {
      return;
    }
    String line = format(p);
    if (terminal) {
      err.print("\r\u001b[2K" + line);
      err.flush();
      lineOpen = true;
    } else if (System.nanoTime() - lastPlain >= 10_000_000_000L) {
      err.println(line);
      lastPlain = System.nanoTime();
    }
  }

  /** A message on its own line (the progress line is redrawn after it). */
  synchronized void message(String text) {
    if (lineOpen) {
      err.print("\r\u001b[2K");
      lineOpen = false;
    }
    err.println(text);
  }

  synchronized void done() {
    if (lineOpen) {
      err.println();
      lineOpen = false;
    }
  }

  static String format(IngestProgress p) {
    Duration eta = p.eta();
    return String.format(Locale.ROOT, "files %d/%d%s  articles %d (%.0f/s)  %.1f MB/s  elapsed %s%s",
        p.filesDone(), p.filesTotal(), p.walkComplete() ? "" : "+", p.indexed(), p.articlesPerSecond(),
        p.megabytesPerSecond(), clock(p.elapsed()), eta == null ? "" : "  eta " + clock(eta));
  }

  private static String clock(Duration d) {
    long s = d.toSeconds();
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }
}
