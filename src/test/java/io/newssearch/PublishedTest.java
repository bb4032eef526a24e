package io.newssearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PublishedTest {

  @ParameterizedTest
  @CsvSource({
    "2019-06-03,                                 2019-06-03,                 2019-06-03T00:00:00Z",
    "2019-06-03T10:15:00-04:00,                  2019-06-03T10:15:00-04:00,  2019-06-03T14:15:00Z",
    "2019-06-03T10:15:00Z,                       2019-06-03T10:15:00Z,       2019-06-03T10:15:00Z",
    "2019-06-03T10:15:00,                        2019-06-03T10:15:00Z,       2019-06-03T10:15:00Z",
    "2019-06-03T10:15:00-04:00[America/New_York], 2019-06-03T10:15:00-04:00, 2019-06-03T14:15:00Z",
  })
  void parsesIsoAndPrintsItBack(String in, String printed, String instant) {
    Published p = Published.parse(in);
    assertThat(p.toString()).isEqualTo(printed);
    assertThat(p.instant().toString()).isEqualTo(instant);
  }

  @Test
  void theDateIsTheLocalDateOfTheSource() {
    Published p = Published.parse("2019-06-03T23:30:00-04:00");
    assertThat(p.date()).isEqualTo(LocalDate.of(2019, 6, 3));
    assertThat(p.hasTime()).isTrue();
  }

  @Test
  void badTextIsRejectedNamingIt() {
    assertThatThrownBy(() -> Published.parse("June 3rd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'June 3rd'");
  }

  @Test
  void aDateBeyondWhatEpochMillisecondsHoldIsRejectedNamingIt() {
    assertThatThrownBy(() -> Published.parse("+300000000-01-01T00:00:00Z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("published +300000000-01-01T00:00Z is outside the dates an index holds");
    assertThatThrownBy(() -> Published.of(LocalDate.of(-300_000_000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("published -300000000-01-01 is outside the dates an index holds");
    assertThatThrownBy(() -> Published.of(LocalDate.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("published +999999999-12-31 is outside");
  }

  @Test
  void theEdgesOfTheEpochMillisecondRangeAreKept() {
    java.time.Instant latest = java.time.Instant.ofEpochMilli(Long.MAX_VALUE);
    java.time.Instant earliest = java.time.Instant.ofEpochMilli(Long.MIN_VALUE);
    assertThat(Published.of(latest.atOffset(java.time.ZoneOffset.UTC)).epochMillis()).isEqualTo(Long.MAX_VALUE);
    assertThat(Published.of(earliest.atOffset(java.time.ZoneOffset.UTC)).epochMillis()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void ordersByInstant() {
    assertThat(Published.parse("2019-06-03T23:00:00-04:00")).isGreaterThan(Published.parse("2019-06-04"));
  }

  @Test
  void aRegionZoneIsKeptAsItsOffsetAndReadsBackEqual() {
    Published p = Published.of(java.time.ZonedDateTime.of(2019, 1, 23, 6, 5, 0, 0, java.time.ZoneId.of("America/New_York")));
    assertThat(p.toString()).isEqualTo("2019-01-23T06:05:00-05:00");
    assertThat(Published.parse(p.toString())).isEqualTo(p);
  }
}
