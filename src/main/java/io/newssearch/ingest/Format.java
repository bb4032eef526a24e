package io.newssearch.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The input formats ingestion understands, and how one is recognised: by content first, the
 * file name only breaking ties. A page capture is the fallback for text that is nothing else.
 */
public enum Format {
  /** One JSON article per line (or a JSON array of articles). */
  JSON_LINES,
  /** Reuters-21578 SGML ({@code reut2-*.sgm}): many {@code <REUTERS>} stories per file. */
  REUTERS_SGML,
  /** An HTML page. */
  HTML,
  /** A plain-text capture of a page, as a text browser dumps it. */
  PAGE_CAPTURE;

  /** How many leading bytes {@link #detect} looks at. */
  public static final int SNIFF_BYTES = 8192;

  /**
   * The format of a text whose first bytes are {@code head} (already decompressed, any BOM
   * included), or null when the bytes are not text (binary data).
   *
   * @param fileName used only when the content leaves a choice, may be null
   */
  public static Format detect(byte[] head, int length, String fileName) {
    if (TextDecoder.looksBinary(head, length)) {
      return null;
    }
    String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("\u00EF\u00BB\u00BF")) { // UTF-8 BOM read as Latin-1
      trimmed = trimmed.substring(3).stripLeading();
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (trimmed.startsWith("{") || (trimmed.startsWith("[") && lower.matches("(?s)\\[\\s*\\{.*"))) {
      return JSON_LINES;
    }
    // A story tag at the start of a line, not anywhere: a JSON or text file may quote it.
    if (lower.startsWith("<!doctype lewis") || lower.startsWith("<reuters") || text.contains("\n<REUTERS ")) {
      return REUTERS_SGML;
    }
    if (lower.startsWith("<!doctype html")
        || lower.startsWith("<html")
        || lower.startsWith("<?xml") && lower.contains("<html")
        || lower.startsWith("<") && (lower.contains("<head") || lower.contains("<body"))) {
      return HTML;
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".sgm") && lower.contains("<reuters")) {
      return REUTERS_SGML;
    }
    return PAGE_CAPTURE;
  }
}
