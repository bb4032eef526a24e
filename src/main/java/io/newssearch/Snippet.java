package io.newssearch;

import java.util.List;
import java.util.Objects;

/**
 * A piece of article text with the ranges that matched the query.
 *
 * <pre>{@code
 * Snippet s = new Snippet("Russia and Venezuela", List.of(new Snippet.Range(0, 6)));
 * s.toHtml();                 // "<mark>Russia</mark> and Venezuela"
 * s.render("**", "**");       // "**Russia** and Venezuela"
 * }</pre>
 *
 * <p>The text is the article's own, unescaped; {@link #toHtml()} escapes it, so a page that shows
 * snippets cannot be injected by article content. Immutable and thread-safe.
 *
 * @param text the passage text
 * @param highlights matched ranges in {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Range> highlights) {

  /**
   * A matched range of a snippet's text, {@code start} inclusive and {@code end} exclusive.
   *
   * @param start index of the first matched char
   * @param end index after the last matched char
   */
  public record Range(int start, int end) {
    public Range {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
      }
    }
  }

  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    int last = 0;
    for (Range r : highlights) {
      if (r.start() < last || r.end() > text.length()) {
        throw new IllegalArgumentException(
            "highlight " + r + " is out of order or outside the text of length " + text.length());
      }
      last = r.end();
    }
  }

  /** True when some part of the text matched. */
  public boolean hasHighlights() {
    return !highlights.isEmpty();
  }

  /** The text with every highlight wrapped in {@code open} and {@code close}, not escaped. */
  public String render(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * 8);
    int at = 0;
    for (Range r : highlights) {
      out.append(text, at, r.start()).append(open).append(text, r.start(), r.end()).append(close);
      at = r.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /** HTML: the text escaped, each highlight in {@code <mark>}. Safe to insert in a page. */
  public String toHtml() {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * 13);
    int at = 0;
    for (Range r : highlights) {
      escape(text, at, r.start(), out);
      out.append("<mark>");
      escape(text, r.start(), r.end(), out);
      out.append("</mark>");
      at = r.end();
    }
    escape(text, at, text.length(), out);
    return out.toString();
  }

  private static void escape(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /** The plain text. */
  @Override
  public String toString() {
    return text;
  }
}
