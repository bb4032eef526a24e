package io.newssearch.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a String the way a reader of scraped pages needs: BOMs
 * removed, UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the superset of Latin-1 that
 * old pages and tools actually write), never an exception for bad bytes. Bytes that are mostly
 * valid UTF-8 with a few broken sequences (a truncated or damaged file) stay UTF-8, each broken
 * sequence becoming U+FFFD, rather than turning every accent into mojibake.
 *
 * <p>Binary detection: a NUL byte, or more than 5% control characters other than tab, CR, LF
 * and form feed, in the first {@link Format#SNIFF_BYTES} bytes.
 */
public final class TextDecoder {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * What a streamed file's decoder puts for bytes that are not valid in the file's charset, so
   * that the line or story holding them is reported rather than indexed with U+FFFD in it. A
   * noncharacter: text never holds one to mean anything, so the rare file that has one written
   * out loses that line (reported) rather than a broken byte passing unnoticed.
   */
  static final char MALFORMED = '\uFDD0';

  private TextDecoder() {}

  /**
   * The decoded text and which charset was used.
   *
   * @param text the text, line endings as in the file
   * @param charset "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1252"
   */
  public record Decoded(String text, String charset) {}

  /** True when the first bytes look like binary data rather than text. */
  public static boolean looksBinary(byte[] bytes, int length) {
    int n = Math.min(length, Format.SNIFF_BYTES);
    if (n >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return false; // UTF-16 with a BOM has NULs but is text
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  /** The charset a UTF-16 byte-order mark at the start says, or null when there is none. */
  static Charset utf16(byte[] bytes, int length) {
    if (length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** The length of the byte-order mark (UTF-8 or UTF-16) at the start, 0 when there is none. */
  static int bomLength(byte[] bytes, int length) {
    if (utf16(bytes, length) != null) {
      return 2;
    }
    boolean utf8 = length >= 3
        && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    return utf8 ? 3 : 0;
  }

  /** Decodes a whole file's bytes. */
  public static Decoded decode(byte[] bytes) {
    int offset = 0;
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      offset = 3;
    } else if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    } else if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return new Decoded(chars.toString(), "UTF-8");
    } catch (CharacterCodingException e) {
      if (mostlyUtf8(bytes, offset)) {
        return new Decoded(
            new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8), "UTF-8");
      }
      // Not UTF-8: a legacy single-byte page. Windows-1252 maps every byte, so this cannot fail.
      return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), "windows-1252");
    }
  }

  /**
   * The charset a streamed file (JSON Lines, SGML) is decoded with, from its first bytes: UTF-8
   * when they are valid UTF-8 (a sequence cut by the end of {@code head} is fine when more
   * follows) or mostly so, Windows-1252 when they are not.
   *
   * @param complete whether {@code head} is the whole file
   */
  static Charset streamCharset(byte[] head, int from, boolean complete) {
    java.nio.charset.CharsetDecoder utf8 =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(head, from, head.length - from);
    CharBuffer out = CharBuffer.allocate(head.length);
    boolean valid = !utf8.decode(in, out, complete).isError()
        && (complete ? !in.hasRemaining() : in.remaining() < 4);
    return valid || mostlyUtf8(head, from) ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }

  /**
   * A decoder for a streamed file in this charset that turns bytes invalid in it into {@link
   * #MALFORMED}.
   */
  static java.nio.charset.CharsetDecoder streamDecoder(Charset charset) {
    java.nio.charset.CharsetDecoder d =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return d.replaceWith(String.valueOf(MALFORMED));
  }

  /** More well-formed multi-byte UTF-8 sequences than malformed bytes. */
  private static boolean mostlyUtf8(byte[] b, int from) {
    int good = 0;
    int bad = 0;
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c <= 0xDF ? 1 : -1;
      if (need < 0) {
        bad++;
        i++;
        continue;
      }
      boolean ok = true;
      for (int k = 1; k <= need; k++) {
        if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
          ok = false;
          break;
        }
      }
      if (ok) {
        good++;
        i += need + 1;
      } else {
        bad++;
        i++;
      }
    }
    return good > bad;
  }
}
