package io.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.ArticleIndex;
import io.newssearch.FacetValue;
import io.newssearch.ingest.IngestReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTest {

  @Test
  void theTourFindsWhatEachStepPromises() throws Exception {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      IngestReport report = Demo.load(index, Path.of("index-fixtures"));
      assertThat(report.indexed()).isGreaterThanOrEqualTo(40);
      assertThat(report.rejected()).isZero();
      List<Demo.Outcome> steps = Demo.run(index);
      assertThat(steps).hasSizeBetween(4, 6);
      for (Demo.Outcome o : steps.subList(0, steps.size() - 1)) {
        assertThat(o.result().total()).as(o.step().title()).isPositive();
        assertThat(o.result().hits().get(0).snippets()).as(o.step().title()).isNotEmpty();
      }
      Demo.Outcome facets = steps.get(2);
      assertThat(facets.result().facet("tag")).anyMatch(v -> v.value().equals("Russia") && v.selected());
      assertThat(facets.result().facet("tag")).filteredOn(v -> !v.selected()).extracting(FacetValue::count)
          .allMatch(c -> c > 0);
      Demo.Outcome none = steps.get(steps.size() - 1);
      assertThat(none.result().total()).isZero();
      assertThat(none.result().suggestion()).isNotBlank();
    }
  }

  @Test
  void theCommandPrintsHitsSnippetsAndFacetBars() {
    CliTest.Run r = CliTest.run("demo", "--color", "never");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("news-search demo: indexed").contains("**").contains("###")
        .contains("No articles match.");
  }

  @Test
  void aMissingFixturesFolderIsAClearError() {
    CliTest.Run r = CliTest.run("demo", "--fixtures", "no-such-folder");
    assertThat(r.code()).isEqualTo(Main.FATAL);
    assertThat(r.err()).contains("no-such-folder");
  }
}
