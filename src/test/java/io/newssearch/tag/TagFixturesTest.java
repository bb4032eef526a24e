package io.newssearch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's bar on the fixtures' hand-labelled tags (JSON Lines articles and page captures):
 * precision at least 0.95 and recall at least 0.90 over (article, country) pairs.
 */
class TagFixturesTest {

  @Test
  void theDefaultTaggerAgreesWithTheHandLabels() throws Exception {
    TagEvaluation.Report r = TagEvaluation.evaluate(Path.of("index-fixtures"), Tagger.defaultTagger());
    assertThat(r.rows()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(r.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
    assertThat(r.recall()).as("recall").isGreaterThanOrEqualTo(0.90);
  }
}
