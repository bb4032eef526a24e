package io.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newssearch.ArticleIndex;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  /** Exit code, stdout and stderr of one run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String line(String id, String title, String tag) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"tags\":[\"" + tag + "\"],"
        + "\"published\":\"2019-06-0" + (id.length() % 9 + 1) + "\",\"body\":\"Story about " + title + ".\"}\n";
  }

  @Test
  void indexReportsABadLineWithItsNumberAndExitsWithOne(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"),
        line("a", "Oil in Venezuela", "Venezuela") + "not json\n" + line("bb", "Gas in Russia", "Russia"));
    Run r = run("index", "--index", dir.resolve("idx").toString(), in.toString());
    assertThat(r.code()).isEqualTo(Main.SOME_REJECTED);
    assertThat(r.out()).contains("indexed 2 articles").contains("rejected 1")
        .contains(in + " (line 2): not valid JSON");
    assertThat(r.out()).containsPattern("time \\d+\\.\\d+ s");
    assertThat(r.err()).contains("rejected " + in + " (line 2)");
    try (ArticleIndex idx = ArticleIndex.openReadOnly(dir.resolve("idx"))) {
      assertThat(idx.count()).isEqualTo(2);
    }
  }

  @Test
  void anIndexInsideTheInputFolderIsNotIngestedOnTheNextRun(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("in.jsonl"), line("a", "Oil in Venezuela", "Venezuela"));
    for (int i = 0; i < 2; i++) {
      Run r = run("index", "--index", data.resolve("idx").toString(), data.toString());
      assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.OK);
      assertThat(r.out()).contains("indexed 1 article").contains("from 1 file").contains("rejected 0");
    }
  }

  @Test
  void indexExitsZeroWhenAllIsWellAndSearchPrintsJson(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"),
        line("a", "Oil in Venezuela", "Venezuela") + line("bb", "Gas in Russia", "Russia"));
    String idx = dir.resolve("idx").toString();
    assertThat(run("index", "--index", idx, "--quiet", in.toString()).code()).isEqualTo(Main.OK);

    Run r = run("search", "--index", idx, "--json", "--facets", "tag", "oil");
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("total").asLong()).isEqualTo(1);
    assertThat(json.at("/hits/0/id").asText()).isEqualTo("a");
    assertThat(json.at("/hits/0/published").asText()).isEqualTo("2019-06-02");
    assertThat(json.at("/hits/0/snippets/0/html").asText()).contains("<mark>Oil</mark>");
    assertThat(json.at("/facets/tag/0/value").asText()).isEqualTo("Venezuela");

    Run filtered = run("search", "--index", idx, "--tag", "russia", "--color", "never");
    assertThat(filtered.out()).contains("1 article matches").contains("Gas in Russia").doesNotContain("Venezuela\n  1.");
  }

  @Test
  void searchWithBrokenSyntaxStillAnswersWithANote(@TempDir Path dir) throws Exception {
    String idx = oneArticleIndex(dir);
    Run r = run("search", "--index", idx, "--color", "never", "\"oil");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("note: query syntax not understood").contains("1 article matches");
  }

  @Test
  void aWordAfterASingleDashIsAnExclusionInTheQuery(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"),
        line("a", "Oil in Venezuela", "Venezuela") + line("bb", "Oil opinion from Russia", "Russia"));
    String idx = dir.resolve("idx").toString();
    run("index", "--index", idx, "-q", in.toString());
    // -Venezuela and -hello start with the letters of -V and -h: words, not clustered flags
    String[][] rows = {
      {"oil -opinion", "a"},
      {"-opinion oil", "a"},
      {"oil -Venezuela", "bb"},
      {"oil -hello", "a bb"},
      {"-hello oil --size 1", "a"}, // options still count after the query
    };
    for (String[] row : rows) {
      java.util.List<String> args = new java.util.ArrayList<>(
          java.util.List.of("search", "--index", idx, "--json", "--facets", "none", "--sort", "oldest"));
      args.addAll(java.util.List.of(row[0].split(" ")));
      Run r = run(args.toArray(String[]::new));
      assertThat(r.code()).as(row[0] + ": " + r.err()).isZero();
      java.util.List<String> ids = new java.util.ArrayList<>();
      new ObjectMapper().readTree(r.out()).get("hits").forEach(h -> ids.add(h.get("id").asText()));
      assertThat(String.join(" ", ids)).as(row[0]).isEqualTo(row[1]);
    }
  }

  @Test
  void anUnknownLongOptionIsAUsageErrorNotQueryWords(@TempDir Path dir) throws Exception {
    String idx = oneArticleIndex(dir);
    for (String[] args : new String[][] {
        {"search", "--index", idx, "--szie", "5", "oil"},
        {"search", "--index", idx, "oil", "--szie=5"}}) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
      assertThat(r.err()).contains("Unknown option: '--szie").contains("--size");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void afterADoubleDashEveryWordIsQueryText(@TempDir Path dir) throws Exception {
    String idx = oneArticleIndex(dir);
    for (String[] args : new String[][] {
        {"search", "--index", idx, "--json", "--", "oil", "--size", "1"},
        {"search", "--index", idx, "--json", "oil", "--", "--foo"},
        {"search", "--index", idx, "--json", "--", "-h", "oil"}}) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args) + r.err()).isEqualTo(Main.OK);
      assertThat(r.out()).as(String.join(" ", args)).contains("\"total\"");
    }
  }

  @Test
  void usageErrorsExitWithTwo(@TempDir Path dir) {
    assertThat(run("search").code()).isEqualTo(Main.USAGE);
    assertThat(run("search", "--index", dir.toString(), "--sort", "sideways", "x").code()).isEqualTo(Main.USAGE);
    assertThat(run("nonsense").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void anUnknownColorIsAUsageErrorNamingTheValue(@TempDir Path dir) throws Exception {
    String idx = oneArticleIndex(dir);
    for (String[] args : new String[][] {
        {"search", "--index", idx, "--color", "bogus", "oil"},
        {"search", "--index", dir.resolve("none").toString(), "--color", "bogus", "oil"},
        {"demo", "--color", "bogus"}}) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
      assertThat(r.err()).contains("--color 'bogus' is not one of auto, always, never").contains("Usage:");
      assertThat(r.out()).isEmpty();
    }
    assertThat(run("search", "--index", idx, "--color", "ALWAYS", "oil").out()).contains("\u001b[1m");
  }

  @Test
  void aMissingOrLockedIndexIsFatal(@TempDir Path dir) throws Exception {
    Run missing = run("search", "--index", dir.resolve("none").toString(), "x");
    assertThat(missing.code()).isEqualTo(Main.FATAL);
    assertThat(missing.err()).contains("error:").contains("none");
    Path in = Files.writeString(dir.resolve("in.jsonl"), line("a", "Oil", "Venezuela"));
    try (ArticleIndex open = ArticleIndex.open(dir.resolve("idx"))) {
      Run locked = run("index", "--index", dir.resolve("idx").toString(), in.toString());
      assertThat(locked.code()).isEqualTo(Main.FATAL);
      assertThat(locked.err()).contains("locked by another writer");
    }
  }

  @Test
  void searchAnswersWhileTheFirstIngestIntoANewIndexHasNotCommittedYet(@TempDir Path dir) throws Exception {
    try (ArticleIndex ingesting = ArticleIndex.open(dir.resolve("idx"))) {
      Run r = run("search", "--index", dir.resolve("idx").toString(), "--color", "never", "oil");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("No articles match.");
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : new String[] {"demo", "index", "search", "extract"}) {
      Run r = run(cmd, "--help");
      assertThat(r.code()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Usage: news-search " + cmd);
    }
  }

  @Test
  void extractPrintsJsonWithTheDocumentedKeys(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), line("a", "Oil in Venezuela", "Venezuela"));
    Run r = run("extract", "--json", in.toString());
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.isArray()).isTrue();
    java.util.List<String> keys = new java.util.ArrayList<>();
    json.get(0).fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("file", "id", "url", "source", "title", "authors", "published",
        "sections", "tags", "regions", "language", "body");
    assertThat(json.at("/0/file").asText()).isEqualTo(in + " (line 1)");
  }

  /** An index in {@code dir} holding one article about oil in Venezuela; its path. */
  private static String oneArticleIndex(Path dir) throws java.io.IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), line("a", "Oil in Venezuela", "Venezuela"));
    String idx = dir.resolve("idx").toString();
    run("index", "--index", idx, "-q", in.toString());
    return idx;
  }
}
