package io.newssearch.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The input formats ingestion understands, and how one is recognised: by content first, the
 * file name only breaking ties (a {@code .jsonl}, {@code .ndjson} or {@code .json} file that
 * looks like nothing else is JSON Lines). A page capture is the fallback for text that is
 * nothing else.
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
    String text = headText(head, length);
    String trimmed = text.stripLeading();
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
    // JSON Lines whose first line is broken: read as lines, that one is rejected with its number
    // and the rest are indexed, where a page capture would lose them all.
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSON_LINES;
    }
    return PAGE_CAPTURE;
  }

  /**
   * The first bytes as text for recognising the format, after any byte-order mark: UTF-16 when
   * the mark says so, else Latin-1 (the markers looked for are ASCII in UTF-8 and Windows-1252).
   */
  static String headText(byte[] head, int length) {
    java.nio.charset.Charset utf16 = TextDecoder.utf16(head, length);
    if (utf16 != null) {
      return new String(head, 2, (length - 2) & ~1, utf16);
    }
    int bom = TextDecoder.bomLength(head, length);
    return new String(head, bom, length - bom, StandardCharsets.ISO_8859_1);
  }
}
