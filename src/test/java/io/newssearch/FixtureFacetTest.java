package io.newssearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newssearch.ingest.IngestReport;
import io.newssearch.ingest.Ingester;
import io.newssearch.tag.Tagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Facet counts on the bundled JSON Lines fixtures are exact: the expected counts are computed
 * here straight from the JSON (an independent count), with tags as the files give them.
 */
class FixtureFacetTest {

  private static final Path ARTICLES = Path.of("index-fixtures", "articles");
  private static final Map<String, String> KEY = Map.of(
      "tag", "tags", "region", "regions", "author", "authors", "section", "sections",
      "source", "source", "language", "language");
  private static ArticleIndex index;
  private static List<JsonNode> rows;

  @BeforeAll
  static void load() throws IOException {
    index = ArticleIndex.inMemory(ArticleIndex.Options.defaults().withTagger(Tagger.none()));
    IngestReport report = Ingester.into(index).ingest(List.of(ARTICLES));
    assertThat(report.rejected()).isZero();
    rows = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(ARTICLES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        for (String line : Files.readAllLines(f)) {
          if (!line.isBlank()) {
            rows.add(json.readTree(line));
          }
        }
      }
    }
    index.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> values(JsonNode row, String dim) {
    JsonNode v = row.get(KEY.get(dim));
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    } else {
      out.add(v.asText());
    }
    return out;
  }

  /** Value counts of a dimension over the rows that pass {@code filter}. */
  private static Map<String, Long> expected(String dim, Predicate<JsonNode> filter) {
    Map<String, Long> counts = new TreeMap<>();
    for (JsonNode row : rows) {
      if (filter.test(row)) {
        for (String v : values(row, dim)) {
          counts.merge(v, 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  private static Map<String, Long> actual(SearchResult r, String dim) {
    Map<String, Long> counts = new TreeMap<>();
    for (FacetValue v : r.facet(dim)) {
      if (v.count() > 0) {
        counts.put(v.value(), v.count());
      }
    }
    return counts;
  }

  private static Predicate<JsonNode> has(String dim, String... anyOf) {
    return row -> values(row, dim).stream().anyMatch(List.of(anyOf)::contains);
  }

  @Test
  void thereAreEnoughFixturesForRealSpreads() {
    assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
    assertThat(expected("tag", r -> true)).hasSizeGreaterThanOrEqualTo(10);
    assertThat(expected("author", r -> true)).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void countsWithoutAFilter() throws IOException {
    SearchResult r = index.search(SearchRequest.builder().size(0)
        .facet("tag", 1000).facet("region", 1000).facet("author", 1000).facet("section", 1000)
        .facet("source", 1000).facet("language", 1000).build());
    assertThat(r.total()).isEqualTo(rows.size());
    for (String dim : KEY.keySet()) {
      assertThat(actual(r, dim)).as(dim).isEqualTo(expected(dim, row -> true));
    }
  }

  @Test
  void countsWithATagFilterAreMultiSelect() throws IOException {
    SearchResult r = index.search(SearchRequest.builder().size(0).filter("tag", "Russia")
        .facet("tag", 1000).facet("author", 1000).facet("section", 1000).facet("region", 1000).build());
    Predicate<JsonNode> russia = has("tag", "Russia");
    assertThat(r.total()).isEqualTo(rows.stream().filter(russia).count());
    assertThat(actual(r, "tag")).as("tag counts as if unfiltered").isEqualTo(expected("tag", row -> true));
    for (String dim : List.of("author", "section", "region")) {
      assertThat(actual(r, dim)).as(dim + " under the filter").isEqualTo(expected(dim, russia));
    }
  }

  @Test
  void countsWithTwoTagsAndAnAuthorFilter() throws IOException {
    SearchResult r = index.search(SearchRequest.builder().size(0).filter("tag", "Russia", "Venezuela")
        .filter("section", "Politics").facet("tag", 1000).facet("section", 1000).facet("author", 1000).build());
    Predicate<JsonNode> tags = has("tag", "Russia", "Venezuela");
    Predicate<JsonNode> politics = has("section", "Politics");
    assertThat(r.total()).isEqualTo(rows.stream().filter(tags.and(politics)).count());
    assertThat(actual(r, "tag")).isEqualTo(expected("tag", politics));
    assertThat(actual(r, "section")).isEqualTo(expected("section", tags));
    assertThat(actual(r, "author")).isEqualTo(expected("author", tags.and(politics)));
  }
}
