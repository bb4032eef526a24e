package io.newssearch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newssearch.Article;
import io.newssearch.Published;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads JSON Lines of clean articles: one JSON object per line.
 *
 * <pre>{@code
 * {"url": "https://example.com/a", "title": "Headline", "authors": ["A. Writer"],
 *  "published": "2019-06-03T10:15:00-04:00", "sections": ["World"], "body": "Text..."}
 * }</pre>
 *
 * <p>Keys: {@code id, url, source, title, authors, published, sections, tags, regions, language,
 * body}; also accepted: {@code author} (string or list), {@code headline}, {@code date}, {@code
 * section}, {@code categories}, {@code lang}, {@code text}, {@code content}. Unknown keys are
 * ignored. List keys take a list of strings or one string. Blank lines are skipped silently. A
 * bad line (not JSON, not an object, a wrong type, a bad date, no title and no body, longer than
 * {@link #MAX_LINE_CHARS}) yields an {@link ReadOutcome.Invalid} naming its line and reason;
 * the other lines are still read. Thread-safe: no shared mutable state.
 */
public final class JsonLinesReader {

  /** Longest line read, in chars; a longer line is reported invalid and skipped unread. */
  public static final int MAX_LINE_CHARS = 8 * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  // For one line: trailing tokens fail it, so "{...}{...}" cannot keep the first object and
  // silently lose the rest. (The array reader streams items and must not use this one.)
  private static final ObjectMapper LINE_JSON =
      new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonLinesReader() {}

  /**
   * Reads every line of {@code in}, passing one outcome per non-blank line to {@code sink}.
   *
   * @param input the name used in outcomes (a file path)
   * @throws IOException when reading fails (not for bad content, which becomes outcomes)
   */
  public static void read(Reader in, String input, Consumer<ReadOutcome> sink) throws IOException {
    read(in, input, sink, false);
  }

  /**
   * As {@link #read(Reader, String, Consumer)}; with {@code checkDecoding}, a line holding
   * {@link TextDecoder#MALFORMED} (bytes the file's charset could not decode) is reported.
   */
  static void read(Reader in, String input, Consumer<ReadOutcome> sink, boolean checkDecoding)
      throws IOException {
    BoundedLineReader lines = new BoundedLineReader(in, MAX_LINE_CHARS);
    String line;
    while ((line = lines.next()) != null) {
      long number = lines.lineNumber();
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // a byte-order mark, before the blank test: "BOM\n" is blank
      }
      String where = "line " + number;
      if (line == BoundedLineReader.TOO_LONG) {
        sink.accept(
            new ReadOutcome.Invalid(
                input, where, "line is longer than " + MAX_LINE_CHARS + " chars; skipped"));
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (checkDecoding && line.indexOf(TextDecoder.MALFORMED) >= 0) {
        sink.accept(new ReadOutcome.Invalid(input, where, InputFiles.NOT_DECODABLE));
        continue;
      }
      sink.accept(parseLine(line, input, where));
    }
  }

  /**
   * Reads a JSON array of article objects (a whole-file export rather than JSON Lines),
   * streaming: one outcome per element, location "item N". A syntax error ends the file with
   * one Invalid outcome; the items before it are kept. Anything after the closing bracket but
   * whitespace is reported (with its line), not read.
   */
  public static void readArray(Reader in, String input, Consumer<ReadOutcome> sink) throws IOException {
    java.io.PushbackReader text = new java.io.PushbackReader(in, 1);
    int first = text.read();
    if (first != '\uFEFF' && first != -1) {
      text.unread(first); // anything but a byte-order mark is the array's
    }
    try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(text)) {
      long n = 0;
      long reading = 1; // the item a syntax error belongs to: between items, the next one
      boolean closed = false;
      try {
        if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
          sink.accept(new ReadOutcome.Invalid(input, "", "expected a JSON array of articles"));
          return;
        }
        com.fasterxml.jackson.core.JsonToken t;
        while ((t = p.nextToken()) != com.fasterxml.jackson.core.JsonToken.END_ARRAY && t != null) {
          n++;
          String where = "item " + n;
          JsonNode node = JSON.readTree(p);
          if (node == null || !node.isObject()) {
            sink.accept(new ReadOutcome.Invalid(input, where, "expected a JSON object, found "
                + (node == null ? "nothing" : node.getNodeType())));
            reading = n + 1;
            continue;
          }
          try {
            sink.accept(new ReadOutcome.Parsed(input, where, toArticle(node)));
          } catch (IllegalArgumentException e) {
            sink.accept(new ReadOutcome.Invalid(input, where, e.getMessage()));
          }
          reading = n + 1;
        }
        if (p.currentToken() == null) {
          sink.accept(new ReadOutcome.Invalid(input, "item " + (n + 1), "the array is not closed (truncated file?)"));
          return;
        }
        closed = true;
        if (p.nextToken() != null) { // a second array, say: lost unless it is reported
          sink.accept(afterArray(input, p.currentTokenLocation().getLineNr()));
        }
      } catch (JsonProcessingException e) {
        if (closed) {
          sink.accept(afterArray(input, e.getLocation() == null ? -1 : e.getLocation().getLineNr()));
          return;
        }
        sink.accept(new ReadOutcome.Invalid(input, "item " + reading, "not valid JSON: " + e.getOriginalMessage()));
      }
    }
  }

  private static ReadOutcome afterArray(String input, int line) {
    return new ReadOutcome.Invalid(input, line > 0 ? "line " + line : "",
        "more content after the array's closing ']', not read (a file holds one JSON array)");
  }

  /** One line as an outcome. */
  static ReadOutcome parseLine(String line, String input, String where) {
    JsonNode node;
    try {
      node = LINE_JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new ReadOutcome.Invalid(input, where, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new ReadOutcome.Invalid(
          input, where, "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
    }
    try {
      return new ReadOutcome.Parsed(input, where, toArticle(node));
    } catch (IllegalArgumentException e) {
      return new ReadOutcome.Invalid(input, where, e.getMessage());
    }
  }

  /**
   * The article a JSON object describes.
   *
   * @throws IllegalArgumentException naming the key and the problem
   */
  public static Article toArticle(JsonNode node) {
    String published = text(node, "published", "date");
    return Article.builder()
        .id(text(node, "id"))
        .url(text(node, "url"))
        .source(text(node, "source"))
        .title(text(node, "title", "headline"))
        .authors(list(node, "authors", "author"))
        .published(published == null || published.isBlank() ? null : Published.parse(published))
        .sections(list(node, "sections", "section", "categories"))
        .tags(list(node, "tags"))
        .regions(list(node, "regions"))
        .language(text(node, "language", "lang"))
        .body(text(node, "body", "text", "content"))
        .build();
  }

  private static JsonNode first(JsonNode node, String... keys) {
    for (String k : keys) {
      JsonNode v = node.get(k);
      if (v != null && !v.isNull()) {
        return v;
      }
    }
    return null;
  }

  private static String text(JsonNode node, String... keys) {
    JsonNode v = first(node, keys);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(
          "\"" + keys[0] + "\" must be a string, found " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }
    return v.textValue();
  }

  private static List<String> list(JsonNode node, String... keys) {
    JsonNode v = first(node, keys);
    if (v == null) {
      return List.of();
    }
    if (v.isTextual()) {
      return List.of(v.textValue());
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(
          "\"" + keys[0] + "\" must be a list of strings or a string, found " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException(
            "\"" + keys[0] + "\" must hold only strings, found " + item.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
      }
      out.add(item.textValue());
    }
    return out;
  }
}
