package io.newssearch.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newssearch.Published;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaptureEvaluationTest {

  @Test
  void ngramScoresCountSharedFourGramsAsMultisets() {
    // got: 6 words -> 3 four-grams; want: 5 words -> 2 four-grams; shared: "b c d e".
    double[] prf = CaptureEvaluation.ngramScores("A b, c d e f", "x b c d e", 4);
    assertThat(prf[0]).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(prf[1]).isCloseTo(1 / 2.0, within(1e-9));
    assertThat(prf[2]).isCloseTo(0.4, within(1e-9));
    assertThat(CaptureEvaluation.ngramScores("", "", 4)).containsExactly(1, 1, 1);
    assertThat(CaptureEvaluation.ngramScores("a b c d a b c d", "a b c d", 4)[0])
        .isCloseTo(1 / 5.0, within(1e-9));
  }

  @Test
  void datesCompareByDayAndInstant() {
    Published zoned = Dates.parse("Jun. 3, 2019 10:15 AM ET");
    assertThat(CaptureEvaluation.samePublished(zoned, "2019-06-03T10:15:00-04:00")).isTrue();
    assertThat(CaptureEvaluation.samePublished(zoned, "2019-06-03T10:15:00Z")).isFalse();
    assertThat(CaptureEvaluation.samePublished(zoned, "2019-06-03")).isFalse();
    assertThat(CaptureEvaluation.samePublished(Published.of(LocalDate.of(2019, 6, 3)), "2019-06-03"))
        .isTrue();
    assertThat(CaptureEvaluation.samePublished(null, "")).isTrue();
  }
}
