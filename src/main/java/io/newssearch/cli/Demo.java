package io.newssearch.cli;

import io.newssearch.ArticleIndex;
import io.newssearch.SearchRequest;
import io.newssearch.SearchResult;
import io.newssearch.SortOrder;
import io.newssearch.ingest.IngestReport;
import io.newssearch.ingest.Ingester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The guided tour: the bundled fixtures indexed in memory and a handful of searches that show
 * what the library does. Returns values so tests can check the tour, and the command prints
 * them.
 */
final class Demo {

  private Demo() {}

  /**
   * One search of the tour.
   *
   * @param title what it shows
   * @param command the CLI search that does the same against an index on disk
   * @param request the search
   */
  record Step(String title, String command, SearchRequest request) {}

  /** A step and its result. */
  record Outcome(Step step, SearchResult result) {}

  /** The folders of the fixtures the demo indexes (articles and page captures). */
  static List<Path> inputs(Path fixtures) throws IOException {
    if (!Files.isDirectory(fixtures)) {
      throw new java.nio.file.NoSuchFileException(
          fixtures.toString(), null, "the demo needs the project's index-fixtures folder; run it from the project root or pass --fixtures");
    }
    List<Path> inputs = new ArrayList<>();
    for (String sub : List.of("articles", "captures")) {
      Path p = fixtures.resolve(sub);
      if (Files.isDirectory(p)) {
        inputs.add(p);
      }
    }
    if (inputs.isEmpty()) {
      throw new java.nio.file.NoSuchFileException(fixtures.toString(), null, "no articles/ or captures/ folder in it");
    }
    return inputs;
  }

  /** Indexes the fixtures into an in-memory index. */
  static IngestReport load(ArticleIndex index, Path fixtures) throws IOException {
    IngestReport report = Ingester.into(index).ingest(inputs(fixtures));
    index.refresh();
    return report;
  }

  static List<Step> steps() {
    return List.of(
        new Step(
            "Relevance: articles about Russia and Venezuela, best match first (title counts double)",
            "search --index DIR russia venezuela",
            SearchRequest.builder().query("russia venezuela").size(3).facets("tag").build()),
        new Step(
            "A phrase: the words together, highlighted as one",
            "search --index DIR '\"oil production\"'",
            SearchRequest.builder().query("\"oil production\"").size(3).build()),
        new Step(
            "Facets: what everything is tagged with, then drill down to Russia. The tag counts"
                + " still show what other tags would give (multi-select), the other facets"
                + " count under the filter",
            "search --index DIR --tag Russia --facets tag,region,author",
            SearchRequest.builder().filter("tag", "Russia").size(3)
                .facet("tag", 8).facet("region", 5).facet("author", 5).snippets(1).build()),
        new Step(
            "A date range: Maduro in May to July 2019, newest first",
            "search --index DIR --from 2019-05-01 --to 2019-07-31 --sort newest maduro",
            SearchRequest.builder().query("maduro").from(LocalDate.of(2019, 5, 1))
                .to(LocalDate.of(2019, 7, 31)).sort(SortOrder.NEWEST).size(3).facets("month").build()),
        new Step(
            "Accents and case do not matter: 'nicolas' finds 'Nicolás', in English and Spanish",
            "search --index DIR --facets language nicolas",
            SearchRequest.builder().query("nicolas").size(2).facets("language").snippets(1).build()),
        new Step(
            "No hits: says so, and suggests a spelling the index knows",
            "search --index DIR venezuelaa sanctoins",
            SearchRequest.builder().query("venezuelaa sanctoins").build()));
  }

  /** Runs every step. */
  static List<Outcome> run(ArticleIndex index) throws IOException {
    List<Outcome> out = new ArrayList<>();
    for (Step s : steps()) {
      out.add(new Outcome(s, index.search(s.request())));
    }
    return out;
  }
}
