package io.newssearch.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by \n, \r\n or \r) without ever holding more than a limit: a longer line is
 * consumed to its end and returned as {@link #TOO_LONG}. A 200 MB single-line file therefore
 * costs a bounded buffer, not 200 MB. Not thread-safe.
 */
final class BoundedLineReader {

  /** Returned (by identity) for a line longer than the limit. */
  static final String TOO_LONG = new String("<line too long>");

  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[64 * 1024];
  private int pos;
  private int len;
  private long lineNumber;
  private boolean skipLf;

  BoundedLineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The number of the line last returned, from 1. */
  long lineNumber() {
    return lineNumber;
  }

  /** The next line without its terminator, {@link #TOO_LONG}, or null at the end. */
  String next() throws IOException {
    StringBuilder line = null;
    boolean tooLong = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          if (line == null && !tooLong) {
            return null;
          }
          lineNumber++;
          return tooLong ? TOO_LONG : line.toString();
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      if (line == null) {
        line = new StringBuilder();
      }
      if (!tooLong) {
        if (line.length() + (pos - start) > maxChars) {
          tooLong = true;
          line.setLength(0);
        } else {
          line.append(buf, start, pos - start);
        }
      }
      if (pos < len) {
        skipLf = buf[pos] == '\r';
        pos++;
        lineNumber++;
        return tooLong ? TOO_LONG : line.toString();
      }
    }
  }
}
