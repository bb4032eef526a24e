package io.newssearch.ingest;

import io.newssearch.capture.CaptureReader;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one file of any supported format into outcomes: detects gzip and the format from the
 * content, decodes the text, and hands it to the reader of that format. Every problem with the
 * file itself (vanished, unreadable, binary, too large, broken gzip) becomes an {@link
 * ReadOutcome.Invalid} naming the file and the reason, never an exception.
 *
 * <p>Streamed formats (JSON Lines, Reuters SGML) are read as they come, whatever their size;
 * single-page formats (captures, HTML) are loaded whole, so they are refused above {@code
 * maxPageBytes}. Thread-safe.
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * Reads a file, passing every outcome to {@code sink}.
   *
   * @param maxPageBytes largest page (capture or HTML) read; larger ones are rejected unread
   */
  public static void read(Path file, long maxPageBytes, Consumer<ReadOutcome> sink) {
    String input = file.toString();
    try (InputStream raw = Files.newInputStream(file)) {
      read(raw, input, file.getFileName() == null ? "" : file.getFileName().toString(),
          Files.size(file), maxPageBytes, sink);
    } catch (NoSuchFileException e) {
      sink.accept(new ReadOutcome.Invalid(input, "", "file vanished before it could be read"));
    } catch (AccessDeniedException e) {
      sink.accept(new ReadOutcome.Invalid(input, "", "permission denied"));
    } catch (ZipException e) {
      sink.accept(new ReadOutcome.Invalid(input, "", "corrupt gzip data: " + e.getMessage()));
    } catch (EOFException e) {
      sink.accept(new ReadOutcome.Invalid(input, "", "file ends early (truncated gzip or stream)"));
    } catch (IOException e) {
      sink.accept(new ReadOutcome.Invalid(input, "", "cannot read: " + e));
    } catch (RuntimeException e) {
      // A reader bug must cost one file, never the whole ingest; the message names the cause.
      sink.accept(new ReadOutcome.Invalid(input, "", "the reader failed on this file: " + e));
    }
  }

  /**
   * Reads a stream of any supported format.
   *
   * @param input name used in outcomes
   * @param fileName file name, for gzip and format hints
   * @param size size in bytes if known, else -1
   */
  public static void read(
      InputStream raw, String input, String fileName, long size, long maxPageBytes,
      Consumer<ReadOutcome> sink) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    if (b0 == -1) {
      sink.accept(new ReadOutcome.Skipped(input, "", "empty file"));
      return;
    }
    InputStream content = in;
    boolean gzip = b0 == 0x1f && b1 == 0x8b;
    if (gzip) {
      content = new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
      size = -1; // the uncompressed size is unknown
      fileName = fileName.replaceFirst("(?i)\\.gz$", "");
    }
    content.mark(Format.SNIFF_BYTES);
    byte[] head = content.readNBytes(Format.SNIFF_BYTES);
    content.reset();
    if (head.length == 0) {
      sink.accept(new ReadOutcome.Skipped(input, "", "empty file"));
      return;
    }
    Format format = Format.detect(head, head.length, fileName);
    if (format == null) {
      sink.accept(new ReadOutcome.Invalid(input, "", "not text: looks like binary data"));
      return;
    }
    switch (format) {
      case JSON_LINES -> {
        Reader text = streamReader(content, head, size);
        if (isArray(Format.headText(head, head.length), fileName)) {
          JsonLinesReader.readArray(text, input, undecodable(sink));
        } else {
          JsonLinesReader.read(text, input, sink, true);
        }
      }
      case REUTERS_SGML -> ReutersReader.read(streamReader(content, head, size), input, undecodable(sink));
      case HTML, PAGE_CAPTURE -> {
        if (size > maxPageBytes) {
          sink.accept(tooLarge(input, size, maxPageBytes));
          return;
        }
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxPageBytes + 1));
        if (bytes.length > maxPageBytes) {
          sink.accept(tooLarge(input, -1, maxPageBytes));
          return;
        }
        String text = TextDecoder.decode(bytes).text();
        if (text.isBlank()) {
          sink.accept(new ReadOutcome.Skipped(input, "", "empty file (only whitespace)"));
          return;
        }
        sink.accept(
            format == Format.HTML ? HtmlReader.read(text, input) : CaptureReader.read(text, input));
      }
    }
  }

  private static ReadOutcome tooLarge(String input, long size, long max) {
    String actual = size >= 0 ? "page of " + human(size) : "page";
    return new ReadOutcome.Invalid(
        input, "", actual + " is larger than the " + human(max) + " page limit; not read");
  }

  /** 512 B, 4.0 KB, 16.0 MB. */
  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  // A JSON array of articles: '[' and then an object or the end ("[]").
  private static final java.util.regex.Pattern ARRAY_OF_OBJECTS =
      java.util.regex.Pattern.compile("\\s*\\[\\s*[{\\]]");
  // The same on the first line alone, for a file named as JSON Lines.
  private static final java.util.regex.Pattern ARRAY_ON_FIRST_LINE =
      java.util.regex.Pattern.compile("\\s*\\[[ \\t]*[{\\]]");

  /**
   * Whether a JSON file holds one array of articles rather than lines. A file named .jsonl or
   * .ndjson is an array only when its first line shows one, so that a broken first line such as
   * "[1,2]" or "[" is one rejected line and the others are read.
   */
  static boolean isArray(String head, String fileName) {
    String name = fileName.toLowerCase(java.util.Locale.ROOT);
    boolean namedLines = name.endsWith(".jsonl") || name.endsWith(".ndjson");
    return (namedLines ? ARRAY_ON_FIRST_LINE : ARRAY_OF_OBJECTS).matcher(head).lookingAt();
  }

  /**
   * The text of a streamed file, in the charset its first bytes show: UTF-16 after its byte-order
   * mark, UTF-8 (as JSON requires, and as the Reuters files are) or, for a file whose start is
   * not UTF-8, Windows-1252. Bytes invalid in that charset further on become {@link
   * TextDecoder#MALFORMED}, so that the line or story holding them is reported instead of
   * silently holding U+FFFD.
   */
  private static Reader streamReader(InputStream in, byte[] head, long size) throws IOException {
    java.nio.charset.Charset utf16 = TextDecoder.utf16(head, head.length);
    if (utf16 != null) {
      in.skipNBytes(2);
      return new InputStreamReader(in, TextDecoder.streamDecoder(utf16));
    }
    if (TextDecoder.bomLength(head, head.length) == 3) {
      in.skipNBytes(3); // a UTF-8 byte-order mark: not part of the first line or the array
    }
    boolean complete = head.length < Format.SNIFF_BYTES || size == head.length;
    return new InputStreamReader(
        in, TextDecoder.streamDecoder(TextDecoder.streamCharset(head, 0, complete)));
  }

  /**
   * Passes outcomes on, turning an article with bytes its file's charset cannot decode into an
   * Invalid at its location.
   */
  private static Consumer<ReadOutcome> undecodable(Consumer<ReadOutcome> sink) {
    return outcome -> {
      if (outcome instanceof ReadOutcome.Parsed p && hasMalformed(p.article())) {
        sink.accept(new ReadOutcome.Invalid(p.input(), p.location(), NOT_DECODABLE));
      } else {
        sink.accept(outcome);
      }
    };
  }

  static final String NOT_DECODABLE =
      "holds bytes that are not valid in the file's charset (taken from its first 8 KB); skipped";

  private static boolean hasMalformed(io.newssearch.Article a) {
    String m = String.valueOf(TextDecoder.MALFORMED);
    return a.body().contains(m) || a.title().contains(m) || a.id().contains(m)
        || has(a.url(), m) || has(a.source(), m) || has(a.language(), m)
        || a.authors().stream().anyMatch(v -> v.contains(m))
        || a.sections().stream().anyMatch(v -> v.contains(m))
        || a.tags().stream().anyMatch(v -> v.contains(m))
        || a.regions().stream().anyMatch(v -> v.contains(m));
  }

  private static boolean has(String s, String m) {
    return s != null && s.contains(m);
  }
}
