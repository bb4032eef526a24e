package io.newssearch.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.ingest.ReadOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A paragraph of the story that mentions cookies is story, not a consent banner. */
class CookieParagraphTest {

  @Test
  void aStoryParagraphAboutCookiesStays() throws Exception {
    Path capture = Path.of("index-fixtures/captures/cordillera-report/02-chile-constitution-plebiscite.txt");
    String paragraph = "Volunteers at the polling station in Ñuñoa sold homemade cookies and coffee to"
        + " raise money for the neighbourhood school, and by noon the cookies were gone.";
    String text = Files.readString(capture)
        .replace("late into the night at Plaza Italia in central Santiago.",
            "late into the night at Plaza Italia in central Santiago.\n\n" + paragraph);
    ReadOutcome o = CaptureReader.read(text, "test");
    assertThat(o).isInstanceOf(ReadOutcome.Parsed.class);
    String body = ((ReadOutcome.Parsed) o).article().body();
    assertThat(body).contains(paragraph).doesNotContain("We use cookies");
  }
}
