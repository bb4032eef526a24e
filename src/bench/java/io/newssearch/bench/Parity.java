package io.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newssearch.ingest.JsonLinesReader;
import io.newssearch.index.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * Checks that the baseline does the library's work: the documents it builds equal the library's
 * field by field (name, type, value), so both index the same thing. Search parity (same total
 * hits for every query) is checked by the search benchmark as it runs.
 */
final class Parity {

  private Parity() {}

  /** Compares the first {@code n} articles of a JSONL file; throws on the first difference. */
  static int checkDocuments(Path jsonl, int n) throws IOException {
    ObjectMapper json = new ObjectMapper();
    int checked = 0;
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while (checked < n && (line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        Document library = Schema.toDocument(JsonLinesReader.toArticle(node));
        Document baseline = RawLucene.toDocument(node);
        List<String> a = describe(library);
        List<String> b = describe(baseline);
        if (!a.equals(b)) {
          List<String> onlyLib = new ArrayList<>(a);
          onlyLib.removeAll(b);
          List<String> onlyBase = new ArrayList<>(b);
          onlyBase.removeAll(a);
          throw new IllegalStateException("baseline document differs from the library's for line "
              + (checked + 1) + ": library only " + onlyLib + "; baseline only " + onlyBase);
        }
        checked++;
      }
    }
    return checked;
  }

  private static List<String> describe(Document d) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : d.getFields()) {
      Object value = f.stringValue() != null ? f.stringValue()
          : f.numericValue() != null ? f.numericValue()
          : f.binaryValue() != null ? f.binaryValue().utf8ToString() : null;
      out.add(f.name() + "|" + f.fieldType() + "|" + f.getClass().getSimpleName() + "|" + value);
    }
    Collections.sort(out);
    return out;
  }
}
