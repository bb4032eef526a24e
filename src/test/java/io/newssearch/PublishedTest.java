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
