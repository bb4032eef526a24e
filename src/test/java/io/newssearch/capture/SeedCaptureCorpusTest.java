package io.newssearch.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.Article;
import io.newssearch.Published;
import io.newssearch.ingest.ReadOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The capture the project was created from, read from the shared corpus (never copied into the
 * project). Runs when the system property {@code corpus} names the shared folder
 * ({@code -Dcorpus=../shared}); a missing seed file then fails the test.
 */
@EnabledIfSystemProperty(
    named = "corpus",
    matches = ".*\\S.*",
    disabledReason = "corpus tests need -Dcorpus=<shared folder> (e.g. -Dcorpus=../shared)")
class SeedCaptureCorpusTest {

  private static Article seed() throws IOException {
    Path file = Path.of(System.getProperty("corpus"), "seed", "000_8d36f5c76b77caa2.txt");
    assertThat(file)
        .as("the seed capture must exist when -Dcorpus is given (corpus=%s)",
            System.getProperty("corpus"))
        .isRegularFile();
    ReadOutcome outcome =
        CaptureReader.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    assertThat(outcome).isInstanceOf(ReadOutcome.Parsed.class);
    return ((ReadOutcome.Parsed) outcome).article();
  }

  @Test
  void readsTheHeaderFields() throws IOException {
    Article a = seed();
    assertThat(a.title())
        .isEqualTo("Russia withdraws personnel from Venezuela but maintains support for Maduro");
    assertThat(a.authors()).containsExactly("Sabrina Martín");
    assertThat(a.published()).isEqualTo(Published.of(LocalDate.of(2019, 6, 3)));
    assertThat(a.sections())
        .containsExactly(
            "Columnists", "International Relations", "Opinion", "Politics", "United States",
            "Venezuela");
    assertThat(a.source()).isEqualTo("PanAm Post");
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void bodyIsTheArticleOnly() throws IOException {
    String body = seed().body();
    List<String> paragraphs = List.of(body.split("\n\n"));
    // The image caption before the text may stay; nothing else may come first.
    assertThat(paragraphs.subList(0, Math.min(2, paragraphs.size())))
        .anySatisfy(p -> assertThat(p).startsWith("U.S. president Donald Trump said on Twitter"));
    assertThat(body).endsWith("privileged access to Venezuela’s oil fields.");
    assertThat(body)
        .doesNotContain("View All Result") // menus
        .doesNotContain("Podcast")
        .doesNotContain("Chris Rock") // the related-articles box inside the text
        .doesNotContain("RelatedArticles")
        .doesNotContain("journalist") // the author bio
        .doesNotContain("Related Posts")
        .doesNotContain("Subscribe")
        .doesNotContain("©") // footer
        .doesNotContain("cookies");
    // The subheading between paragraphs stays.
    assertThat(paragraphs).contains("Russia and its economic interests");
  }
}
