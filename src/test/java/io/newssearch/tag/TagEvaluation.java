package io.newssearch.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newssearch.Article;
import io.newssearch.ingest.JsonLinesReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures the tagger against the hand-labelled tags of the fixtures: the JSON Lines articles
 * (their {@code tags}) and the page captures' expected files (their {@code tags}, tagging the
 * expected title and body, so cleaning errors do not count against tagging). Each article is
 * tagged with its own tags removed; precision and recall are over (article, country) pairs.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=io.newssearch.tag.TagEvaluation -Dexec.args=index-fixtures
 * </pre>
 */
public final class TagEvaluation {

  /** One article's expected and found tags. */
  public record Row(String name, Set<String> expected, Set<String> found) {
    Set<String> missing() {
      Set<String> m = new LinkedHashSet<>(expected);
      m.removeAll(found);
      return m;
    }

    Set<String> extra() {
      Set<String> m = new LinkedHashSet<>(found);
      m.removeAll(expected);
      return m;
    }
  }

  /** All rows and the micro-averaged figures. */
  public record Report(List<Row> rows) {
    public long truePositives() {
      return rows.stream().mapToLong(r -> r.expected().size() - r.missing().size()).sum();
    }

    public double precision() {
      long found = rows.stream().mapToLong(r -> r.found().size()).sum();
      return found == 0 ? 1 : truePositives() / (double) found;
    }

    public double recall() {
      long expected = rows.stream().mapToLong(r -> r.expected().size()).sum();
      return expected == 0 ? 1 : truePositives() / (double) expected;
    }
  }

  private TagEvaluation() {}

  public static Report evaluate(Path fixtures, Tagger tagger) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(fixtures.resolve("articles"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          if (!line.isBlank()) {
            rows.add(row(JsonLinesReader.toArticle(json.readTree(line)), tagger));
          }
        }
      }
    }
    try (Stream<Path> files = Files.walk(fixtures.resolve("expected"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode e = json.readTree(f.toFile());
        Article a = JsonLinesReader.toArticle(e).toBuilder()
            .id(fixtures.relativize(f).toString()).build();
        rows.add(row(a, tagger));
      }
    }
    return new Report(rows);
  }

  private static Row row(Article labelled, Tagger tagger) {
    Article tagged = tagger.tag(labelled.withTags(List.of()).withRegions(List.of()));
    return new Row(labelled.id(), new LinkedHashSet<>(labelled.tags()), new LinkedHashSet<>(tagged.tags()));
  }

  public static void main(String[] args) throws IOException {
    Path fixtures = Path.of(args.length > 0 ? args[0] : "index-fixtures");
    Report r;
    try {
      r = evaluate(fixtures, Tagger.defaultTagger());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Row row : r.rows()) {
      if (!row.missing().isEmpty() || !row.extra().isEmpty()) {
        System.out.printf(Locale.ROOT, "%-70s missing %s extra %s%n", row.name(), row.missing(), row.extra());
      }
    }
    System.out.printf(Locale.ROOT, "%narticles %d  precision %.3f  recall %.3f%n",
        r.rows().size(), r.precision(), r.recall());
  }
}
