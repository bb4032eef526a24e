package io.newssearch.capture;

import java.util.List;

/**
 * How {@link CaptureReader} judged each block of a capture: kept as body, read as a field
 * (headline, byline, date, sections), or dropped and why.
 *
 * <pre>{@code
 * Explanation e = CaptureReader.explain(text);
 * System.out.print(e);               // one line per block: "  45     keep  body | Russia ..."
 * e.entries().stream().filter(Explanation.Entry::kept).count();
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param outcome what the read gave: "article" or the skip reason
 * @param entries one entry per block, in page order
 */
public record Explanation(String outcome, List<Entry> entries) {

  public Explanation {
    entries = List.copyOf(entries);
  }

  /**
   * One block of the capture.
   *
   * @param firstLine 1-based first line of the block
   * @param lastLine 1-based last line (the same for a one-line block)
   * @param kept whether the block is part of the body
   * @param verdict "body", "headline", "byline", "date", "sections", or why it was dropped
   *     ("menu or link list item", "inline box (related links)", "cookie/consent banner", ...)
   * @param text the block's text, bullet marker removed
   */
  public record Entry(int firstLine, int lastLine, boolean kept, String verdict, String text) {}

  /** One line per block: line numbers, keep/drop, verdict, and the start of the text. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append("outcome: ").append(outcome).append('\n');
    for (Entry e : entries) {
      String lines =
          e.firstLine() == e.lastLine()
              ? String.valueOf(e.firstLine())
              : e.firstLine() + "-" + e.lastLine();
      String text = e.text().length() > 70 ? e.text().substring(0, 67) + "..." : e.text();
      b.append(String.format("%9s %s  %-28s | %s%n", lines, e.kept() ? "keep" : "drop",
          e.verdict(), text));
    }
    return b.toString();
  }
}
