package io.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.newssearch.ArticleIndex;
import io.newssearch.SearchResult;
import io.newssearch.FacetValue;
import io.newssearch.SearchRequest;
import io.newssearch.cli.Main;
import io.newssearch.tag.Tagger;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole Reuters-21578 collection, ingested into an index on disk. Every expected number is
 * counted here from the raw SGML by plain string scanning, never with {@link ReutersReader}, so
 * the reader and the index are checked against an independent reading.
 *
 * <p>Runs in the corpus profile: {@code mvn test -Pcorpus -Dcorpus=/work/shared}. Fails (never
 * skips) when the corpus is not there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReutersCorpusTest {

  /** Stories in the collection, as its README counts them. */
  private static final int STORIES = 21_578;

  @TempDir static Path temp;

  private static Path corpus;
  private static List<Path> files;
  private static List<RawStory> raw;
  private static ArticleIndex index;
  private static IngestReport first;

  /** What the test reads from one story's SGML, by string scanning. */
  record RawStory(String file, String newId, String date, List<String> topics, List<String> places, boolean hasText) {}

  @BeforeAll
  static void ingestTheCollection() throws IOException {
    String root = System.getProperty("corpus");
    if (root == null || root.isBlank()) {
      fail("system property 'corpus' is not set: run mvn test -Pcorpus -Dcorpus=/path/to/shared");
    }
    corpus = Path.of(root, "corpora", "reuters21578");
    if (!Files.isDirectory(corpus)) {
      fail("Reuters-21578 is not at " + corpus.toAbsolutePath() + " (-Dcorpus=" + root + ")");
    }
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.getFileName().toString().matches("reut2-\\d{3}\\.sgm")).sorted().toList();
    }
    if (files.size() != 22) {
      fail("expected the 22 files reut2-000.sgm .. reut2-021.sgm in " + corpus + ", found " + files.size());
    }
    raw = new ArrayList<>();
    for (Path f : files) {
      raw.addAll(scan(f));
    }
    index = ArticleIndex.open(temp.resolve("index"), ArticleIndex.Options.defaults().withTagger(Tagger.none()));
    first = Ingester.into(index).ingest(files);
    index.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }

  // ---- the independent reading: indexOf over the raw text, nothing else ----

  private static List<RawStory> scan(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<RawStory> stories = new ArrayList<>();
    int at = 0;
    while (true) {
      int start = text.indexOf("<REUTERS ", at);
      if (start < 0) {
        return stories;
      }
      int end = text.indexOf("</REUTERS>", start);
      String s = text.substring(start, end);
      at = end;
      String newId = between(s, "NEWID=\"", "\"");
      String textPart = between(s, "<TEXT", "</TEXT>");
      String visible = textPart.substring(textPart.indexOf('>') + 1).replaceAll("&#\\d+;", "").strip();
      stories.add(new RawStory(file.getFileName().toString(), newId, between(s, "<DATE>", "</DATE>"),
          ds(between(s, "<TOPICS>", "</TOPICS>")), ds(between(s, "<PLACES>", "</PLACES>")),
          !visible.isEmpty()));
    }
  }

  private static String between(String s, String open, String close) {
    int i = s.indexOf(open);
    if (i < 0) {
      return "";
    }
    int j = s.indexOf(close, i + open.length());
    return s.substring(i + open.length(), j < 0 ? s.length() : j);
  }

  private static List<String> ds(String category) {
    List<String> values = new ArrayList<>();
    for (String part : category.split("<D>")) {
      if (part.endsWith("</D>")) {
        values.add(part.substring(0, part.length() - 4));
      }
    }
    return values;
  }

  private static long storiesWith(java.util.function.Predicate<RawStory> p) {
    return raw.stream().filter(p).count();
  }

  private static long total(SearchRequest.Builder request) throws IOException {
    return index.search(request.size(0).build()).total();
  }

  /** The count of one value in a dimension's facet over the whole index. */
  private static long facetCount(String dimension, String value) throws IOException {
    List<FacetValue> values =
        index.search(SearchRequest.builder().size(0).facet(dimension, 500).build()).facet(dimension);
    return values.stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count).sum();
  }

  // ---- the tests ----

  @Test
  @Order(1)
  void everyStoryWithTextIsIndexedAndTheOneWithoutIsSkippedByName() throws IOException {
    assertThat(raw).hasSize(STORIES);
    List<String> withoutText = raw.stream().filter(r -> !r.hasText()).map(r -> r.file() + " (NEWID=" + r.newId() + ")").toList();
    // The collection has one story whose TEXT holds only control marks (NEWID=12793).
    assertThat(withoutText).hasSize(1);
    long expected = STORIES - withoutText.size();
    assertThat(first.rejected()).as("rejected").isZero();
    assertThat(first.skipped()).as("skipped").isEqualTo(withoutText.size());
    assertThat(first.problems())
        .extracting(p -> Path.of(p.input()).getFileName() + " (" + p.location() + "): " + p.reason())
        .containsExactlyElementsOf(withoutText.stream().map(w -> w + ": no title and no body").toList());
    assertThat(first.indexed()).isEqualTo(expected);
    assertThat(first.files()).isEqualTo(22);
    assertThat(index.count()).isEqualTo(expected);
    System.out.printf("Reuters-21578: %d stories, %d indexed, %d skipped in %.1f s (%.0f articles/s, %.1f MB/s), %d commits%n",
        raw.size(), first.indexed(), first.skipped(), first.elapsed().toMillis() / 1000.0,
        first.articlesPerSecond(), first.megabytesPerSecond(), first.commits());
  }

  @Test
  @Order(2)
  void everyStoryHasItsPrefixedNewId() throws IOException {
    for (int i = 0; i < raw.size(); i += 97) {
      RawStory r = raw.get(i);
      if (r.hasText()) {
        assertThat(index.get("reuters-21578:" + r.newId())).as("NEWID %s", r.newId()).isPresent();
      }
    }
    assertThat(index.get("reuters-21578:12793")).isEmpty();
  }

  @Test
  @Order(3)
  void topicsCountAsSections() throws IOException {
    for (String topic : List.of("crude", "grain", "money-fx")) {
      long expected = storiesWith(r -> r.hasText() && r.topics().contains(topic));
      assertThat(expected).as(topic).isGreaterThan(100);
      assertThat(total(SearchRequest.builder().filter("section", topic))).as("filter section %s", topic).isEqualTo(expected);
      assertThat(facetCount("section", topic)).as("facet section %s", topic).isEqualTo(expected);
    }
  }

  @Test
  @Order(4)
  void placesCountAsCountryTags() throws IOException {
    Map<String, String> codes = Map.of("venezuela", "Venezuela", "usa", "United States", "ussr", "Russia");
    Map<String, Long> expected = new TreeMap<>();
    Map<String, Long> actual = new TreeMap<>();
    for (var e : codes.entrySet()) {
      // Only this code maps to this name, so the tag counts exactly the stories with the code.
      expected.put(e.getValue(), storiesWith(r -> r.hasText() && r.places().contains(e.getKey())));
      actual.put(e.getValue(), total(SearchRequest.builder().filter("tag", e.getValue())));
      assertThat(facetCount("tag", e.getValue())).as("facet tag %s", e.getValue()).isEqualTo(expected.get(e.getValue()));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(expected.get("Venezuela")).isPositive();
  }

  @Test
  @Order(5)
  void everyPlaceCodeOfTheCollectionIsInThePlacesTable() {
    TreeSet<String> unknown = new TreeSet<>();
    raw.forEach(r -> r.places().stream().filter(c -> !ReutersPlaces.isKnown(c)).forEach(unknown::add));
    assertThat(unknown).isEmpty();
  }

  @Test
  @Order(6)
  void aMonthOfDatesCountsTheStoriesDatedInIt() throws IOException {
    long march = storiesWith(r -> r.hasText() && r.date().contains("-MAR-1987"));
    assertThat(march).isGreaterThan(1000);
    long inRange = total(SearchRequest.builder().from(LocalDate.of(1987, 3, 1)).to(LocalDate.of(1987, 3, 31)));
    assertThat(inRange).isEqualTo(march);
    assertThat(facetCount("month", "1987-03")).isEqualTo(march);
  }

  @Test
  @Order(7)
  void ingestingAgainReplacesEveryStoryAndAddsNone() throws IOException {
    IngestReport again = Ingester.into(index).ingest(files);
    long expected = storiesWith(RawStory::hasText);
    assertThat(again.indexed()).isEqualTo(expected);
    assertThat(again.replaced()).isEqualTo(expected);
    assertThat(again.rejected()).isZero();
    index.refresh();
    assertThat(index.count()).isEqualTo(expected);
  }

  @Test
  @Order(8)
  void theIndexCommandIndexesTheCorpusFolder() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path cliIndex = temp.resolve("cli-index");
    long started = System.nanoTime();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute("index", "--index", cliIndex.toString(), "--quiet", corpus.toString());
    double seconds = (System.nanoTime() - started) / 1e9;
    long expected = storiesWith(RawStory::hasText);
    assertThat(code).as("exit code; stderr: %s", err).isEqualTo(Main.OK);
    RawStory empty = raw.stream().filter(r -> !r.hasText()).findFirst().orElseThrow();
    assertThat(out.toString())
        .contains("rejected 0")
        .contains("skipped  " + corpus.resolve(empty.file()) + " (NEWID=" + empty.newId() + "): no title and no body");
    // The folder also holds the collection's documentation (README.txt, category notes, data
    // lists). They are read as plain-text pages: the ones with a headline become documents of
    // their own, the lists are skipped. Every story is in, and nothing else is from Reuters.
    try (ArticleIndex reopened = ArticleIndex.openReadOnly(cliIndex)) {
      SearchResult stories = reopened.search(SearchRequest.builder().size(0).filter("source", "Reuters").build());
      assertThat(stories.total()).isEqualTo(expected);
      long others = reopened.count() - expected;
      long textFiles;
      try (var files = Files.list(corpus)) {
        textFiles = files.filter(f -> !f.getFileName().toString().endsWith(".sgm")).count();
      }
      assertThat(others).isBetween(0L, textFiles);
      assertThat(out.toString()).contains("the index holds " + reopened.count() + " articles");
    }
    System.out.printf("index command over %s: %.1f s%n%s", corpus, seconds, out);
  }
}
