package io.newssearch.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.Published;
import io.newssearch.capture.Dates.DayOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

  /** Rows: text | expected (ISO date, or date-time with zone id or offset, or "none"). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          June 3, 2019                                   | 2019-06-03
          Jun. 3, 2019                                   | 2019-06-03
          Jun 3 2019                                     | 2019-06-03
          Sept. 30, 2021                                 | 2021-09-30
          3 June 2019                                    | 2019-06-03
          3rd of June 2019                               | 2019-06-03
          2019-06-03                                     | 2019-06-03
          2019/06/03                                     | 2019-06-03
          Tuesday March 28, 2023                         | 2023-03-28
          Posted on March 4, 2021                        | 2021-03-04
          Posted on March 4, 2021 by Lee Park            | 2021-03-04
          3 de junio de 2019                             | 2019-06-03
          Lunes, 3 de junio del 2019                     | 2019-06-03
          junio 3, 2019                                  | 2019-06-03
          7 de septiembre de 2018                        | 2018-09-07
          03/06/2019                                     | 2019-06-03
          03.06.2019                                     | 2019-06-03
          13/06/2019                                     | 2019-06-13
          06/13/2019                                     | 2019-06-13
          6/3/19                                         | 2019-03-06
          03/06/2019 - 10:15                             | 2019-06-03
          June 3, 2019 / 10:15 AM                        | 2019-06-03
          Jun. 3, 2019 10:15 AM ET                       | 2019-06-03T10:15[America/New_York]
          Updated 10:15 AM EST, Mon June 3, 2019         | 2019-06-03T10:15[America/New_York]
          Updated 9:42 AM EDT, Mon July 17, 2023         | 2023-07-17T09:42[America/New_York]
          December 12, 2023 8:20 PM ET                   | 2023-12-12T20:20[America/New_York]
          March 19, 2018 6:42 AM CT                      | 2018-03-19T06:42[America/Chicago]
          March 19, 2018 6:42 a.m. PT                    | 2018-03-19T06:42[America/Los_Angeles]
          September 27, 2021 / 6:05 AM UTC / Updated 5 hours ago | 2021-09-27T06:05Z
          27 September 2021 18:05 BST                    | 2021-09-27T18:05[Europe/London]
          27 September 2021 12:00 GMT                    | 2021-09-27T12:00Z
          03/06/2019 - 10:15 CET                         | 2019-06-03T10:15[Europe/Paris]
          Publicado: 25/11/2019 - 08:40 (GMT-3)          | 2019-11-25T08:40-03:00
          2019-06-03T10:15:00+02:00                      | 2019-06-03T10:15+02:00
          2019-06-03T10:15:00Z                           | 2019-06-03T10:15Z
          2019-06-03 10:15                               | 2019-06-03
          12:05 AM ET June 3, 2019                       | 2019-06-03T00:05[America/New_York]
          4:20 p.m. PT Jan. 9, 2024                      | 2024-01-09T16:20[America/Los_Angeles]
          Feb. 7, 2023                                   | 2023-02-07
          2022-08-09 11:30 UTC                           | 2022-08-09T11:30Z
          2022-08-09T11:30 UTC                           | 2022-08-09
          Actualizado: 5 de mayo de 2021 / Publicado: 4 de mayo de 2021 | 2021-05-04
          Updated June 4, 2019                           | 2019-06-04
          Publicado el 04.09.2021 a las 18:20 · Actualizado el 05.09.2021 a las 09:00 (GMT-3) | 2021-09-04T18:20-03:00
          Sábado 11.03.2023, 20:15 hrs (GMT-6)           | 2023-03-11T20:15-06:00
          Puerto Alder / 08.11.2022 19:05:00 (GMT-6)     | 2022-11-08T19:05-06:00
          Puerto Alder / 08.11.2022 19:05:00             | 2022-11-08
          8 NOV 2022 - 19:05                             | 2022-11-08
          8 NOV. 2022 - 19:05 hs                         | 2022-11-08
          8 NOV 2022 - 19:05 (GMT-4)                     | 2022-11-08T19:05-04:00
          08 DIC 2022, 07:30 UTC-3                       | 2022-12-08T07:30-03:00
          February 30, 2019                              | none
          June 2019                                      | none
          The 2019 budget                                | none
          version 3.6.19                                 | none
          Call 555-1234 today                            | none
          """)
  void parsesDateShapes(String text, String expected) {
    Published got = Dates.parse(text);
    if (expected.equals("none")) {
      assertThat(got).as(text).isNull();
      return;
    }
    assertThat(got).as(text).isEqualTo(published(expected));
  }

  /** Two stamps on one line, separated by a bar: rows are text => expected. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          Posted 9:05 p.m. ET Oct. 2, 2020 | Updated 10:40 p.m. ET Oct. 2, 2020     => 2020-10-02T21:05[America/New_York]
          Updated 8:10 a.m. CT March 3, 2022 | Published 6:45 a.m. CT March 3, 2022 => 2022-03-03T06:45[America/Chicago]
          Publicado 04.09.2021 a las 18:20 | Actualizado 05.09.2021 a las 09:00 (GMT-3) => 2021-09-04T18:20-03:00
          Oct. 2, 2020 | 9:05 PM ET                                                 => 2020-10-02T21:05[America/New_York]
          """)
  void readsThePublicationOfTwoStampsOnALine(String text, String expected) {
    assertThat(Dates.parse(text)).as(text).isEqualTo(published(expected));
  }

  /** findAll gives every date left to right, whichever of them find() would call the story's. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          Updated 8:10 a.m. CT March 3, 2022 | Published 6:45 a.m. CT March 3, 2022 => 2022-03-03T08:10[America/Chicago] 2022-03-03T06:45[America/Chicago]
          Posted 9:05 p.m. ET Oct. 2, 2020 | Updated 10:40 p.m. ET Oct. 2, 2020     => 2020-10-02T21:05[America/New_York] 2020-10-02T22:40[America/New_York]
          From June 3, 2019 to 2019-07-01 and 5 August 2019                         => 2019-06-03 2019-07-01 2019-08-05
          """)
  void findAllGivesEveryDateLeftToRight(String text, String expected) {
    List<Published> all = Dates.findAll(text, DayOrder.DAY_FIRST).stream().map(Dates.Match::value).toList();
    List<Published> want = java.util.Arrays.stream(expected.strip().split(" ")).map(DatesTest::published).toList();
    assertThat(all).as(text).isEqualTo(want);
  }

  @Test
  void aLineOfTwoStampsIsADateAndNothingElseWhicheverComesFirst() {
    for (String line : List.of(
        "Updated 8:10 a.m. CT March 3, 2022 | Published 6:45 a.m. CT March 3, 2022",
        "Published 6:45 a.m. CT March 3, 2022 | Updated 8:10 a.m. CT March 3, 2022")) {
      assertThat(new Block(0, line, false, 0, true).isDateOnly(DayOrder.DAY_FIRST)).as(line).isTrue();
    }
    String prose = "Updated 8:10 a.m. CT March 3, 2022 after the governor spoke to reporters in Austin";
    assertThat(new Block(0, prose, false, 0, true).isDateOnly(DayOrder.DAY_FIRST)).isFalse();
  }

  /**
   * A zone the page states elsewhere stands in for a time's missing one, never for a zone the
   * line gives. Rows: text | the page's zone | expected.
   */
  @ParameterizedTest(name = "{0} on a page in {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          8 NOV 2022 - 19:05                             | -04:00           | 2022-11-08T19:05-04:00
          Puerto Alder / 08.11.2022 19:05:00             | -06:00           | 2022-11-08T19:05-06:00
          November 8, 2022 7:05 PM                       | America/New_York | 2022-11-08T19:05[America/New_York]
          8 NOV 2022 - 19:05 (GMT-3)                     | -04:00           | 2022-11-08T19:05-03:00
          8 NOV 2022                                     | -04:00           | 2022-11-08
          """)
  void readsAZonelessTimeInThePagesZone(String text, String zone, String expected) {
    Dates.Match m = Dates.find(text, DayOrder.DAY_FIRST, ZoneId.of(zone));
    assertThat(m.value()).as(text).isEqualTo(published(expected));
  }

  /** Rows: a line => the zones it states, joined by ";" (empty: none). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          Hora de Puerto Alder (GMT-4)                   => -04:00
          Port Alder 21:14 UTC+01:00                     => +01:00
          Updated 9:20 AM ET                             => America/New_York
          Puerto Alder 21:14                             =>
          The GMT offset changes in March                =>
          """)
  void findsTheZonesALineStates(String line, String zones) {
    List<String> got = Dates.zonesIn(line).stream().map(ZoneId::getId).distinct().toList();
    assertThat(String.join(";", got)).as(line).isEqualTo(zones == null ? "" : zones);
  }

  private static Published published(String s) {
    if (s.length() == 10) {
      return Published.of(LocalDate.parse(s));
    }
    int bracket = s.indexOf('[');
    if (bracket > 0) {
      LocalDateTime local = LocalDateTime.parse(s.substring(0, bracket));
      return Published.of(local.atZone(ZoneId.of(s.substring(bracket + 1, s.length() - 1))));
    }
    if (s.endsWith("Z")) {
      return Published.of(LocalDateTime.parse(s.substring(0, s.length() - 1)).atZone(ZoneOffset.UTC));
    }
    int sign = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
    return Published.of(
        LocalDateTime.parse(s.substring(0, sign)).atOffset(ZoneOffset.of(s.substring(sign))));
  }

  @Test
  void ambiguousNumericDatesFollowTheGivenOrder() {
    assertThat(Dates.parse("03/06/2019", DayOrder.DAY_FIRST).date())
        .isEqualTo(LocalDate.of(2019, 6, 3));
    assertThat(Dates.parse("03/06/2019", DayOrder.MONTH_FIRST).date())
        .isEqualTo(LocalDate.of(2019, 3, 6));
    // A part above 12 decides whatever the order says; dots are always day-first.
    assertThat(Dates.parse("13/06/2019", DayOrder.MONTH_FIRST).date())
        .isEqualTo(LocalDate.of(2019, 6, 13));
    assertThat(Dates.parse("03.06.2019", DayOrder.MONTH_FIRST).date())
        .isEqualTo(LocalDate.of(2019, 6, 3));
  }

  @Test
  void reportsTheOrderANumericDateShows() {
    assertThat(Dates.find("13/06/2019", DayOrder.MONTH_FIRST).numericOrder())
        .isEqualTo(DayOrder.DAY_FIRST);
    assertThat(Dates.find("06/13/2019", DayOrder.DAY_FIRST).numericOrder())
        .isEqualTo(DayOrder.MONTH_FIRST);
    assertThat(Dates.find("03/06/2019", DayOrder.DAY_FIRST).numericOrder()).isNull();
    assertThat(Dates.find("June 3, 2019 10:15 AM ET", DayOrder.DAY_FIRST).usZone()).isTrue();
  }

  /** Rows: text | what the label before the (chosen) date says it is. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Published March 3, 2022                        | PUBLISHED
          Publicado el 3 de marzo de 2022                | PUBLISHED
          Last updated: March 3, 2022                    | UPDATED
          Actualizado 03/03/2022 10:00                   | UPDATED
          Printed 2021-03-04 10:00 UTC for account 12    | COPIED
          Retrieved on 4 March 2021                      | COPIED
          Consultado el 4 de marzo de 2021               | COPIED
          March 3, 2022                                  | NONE
          Printed by a reader · March 3, 2022            | NONE
          """)
  void readsTheLabelOfAStamp(String text, Dates.Stamp expected) {
    Dates.Match m = Dates.find(text, DayOrder.DAY_FIRST);
    assertThat(Dates.stamp(text, m)).as(text).isEqualTo(expected);
  }

  @Test
  void matchSpansTheDateAndItsTime() {
    String line = "By Ana Ruiz | June 3, 2019 10:15 AM ET | 4 min read";
    Dates.Match m = Dates.find(line, DayOrder.DAY_FIRST);
    assertThat(line.substring(m.start(), m.end())).isEqualTo("June 3, 2019 10:15 AM ET");
  }

  @Test
  void monthNamesDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Dates.parse("3 JUNE 2019")).isEqualTo(Published.of(LocalDate.of(2019, 6, 3)));
      assertThat(Dates.parse("1 DICIEMBRE 2020"))
          .isEqualTo(Published.of(LocalDate.of(2020, 12, 1)));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
