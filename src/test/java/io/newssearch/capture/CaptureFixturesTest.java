package io.newssearch.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The quality bar of issue 3 on our own captures: mean body word-4-gram F1 at least 0.95, and
 * every title, author list and date right; the negative pages are not taken for articles.
 */
class CaptureFixturesTest {

  @Test
  void theProjectsCapturesCleanToTheirExpectedFields() throws Exception {
    CaptureEvaluation.Report r = CaptureEvaluation.evaluate(
        Path.of("index-fixtures"), Path.of("src/test/resources/captures-negative"));
    assertThat(r.files()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(r.meanF1()).isGreaterThanOrEqualTo(0.95);
    for (CaptureEvaluation.FileScore s : r.files()) {
      assertThat(s.title()).as("title of %s", s.file()).isTrue();
      assertThat(s.authors()).as("authors of %s", s.file()).isTrue();
      assertThat(s.published()).as("published of %s", s.file()).isTrue();
    }
    assertThat(r.negativeFailures()).isEmpty();
  }
}
