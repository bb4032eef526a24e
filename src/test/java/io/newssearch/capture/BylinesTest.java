package io.newssearch.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {

  /** Rows: line => authors separated by ';' (empty: not a byline). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          By Ana Gómez                                         => Ana Gómez
          BY ANA GÓMEZ                                         => Ana Gómez
          By Ana Gómez and Tom Reyes                           => Ana Gómez;Tom Reyes
          By Ana Gómez, Tom Reyes and Li Wei                   => Ana Gómez;Tom Reyes;Li Wei
          By Ana Gómez in Caracas                              => Ana Gómez
          By Ana Gómez | June 3, 2019 | 4 min read             => Ana Gómez
          By Daniel Whitcombe · December 12, 2023              => Daniel Whitcombe
          By Ana Gómez (@anagomez)                             => Ana Gómez
          By Ana Gómez, Senior Correspondent                   => Ana Gómez
          Written by Tom O'Neill                               => Tom O'Neill
          Sabrina Martín by Sabrina Martín                     => Sabrina Martín
          Rachel Okafor by Rachel Okafor and Tomás Arrieta     => Rachel Okafor;Tomás Arrieta
          Posted on March 4, 2021 by Harriet Vance             => Harriet Vance
          Rosa Vidal | Reporter                                => Rosa Vidal
          Fiona Greaves | Foreign Correspondent                => Fiona Greaves
          Rosa Vidal, Political Editor                         => Rosa Vidal
          Harriet Vance | September 6, 2022                    => Harriet Vance
          Por María Pérez                                      => María Pérez
          Por María Pérez y Juan Ruiz                          => María Pérez;Juan Ruiz
          Por María José de la Cruz                            => María José de la Cruz
          Autor: Juan Ruiz                                     => Juan Ruiz
          Reporting by Marcus Hale; Editing by Ruth Lindqvist  => Marcus Hale
          Words by Ines Larrea · Photographs by Tom Vick        => Ines Larrea
          Words by Ines Larrea and Pol Duran · Photos by Tom Vick => Ines Larrea;Pol Duran
          Hal Ostrander / The Lakeside Ledger                  => Hal Ostrander
          Hal Ostrander and Mina Sato / The Lakeside Ledger    => Hal Ostrander;Mina Sato
          Hal Ostrander / AFP                                  => Hal Ostrander
          Latin America / Venezuela                            =>
          Redacción El Faro Andino                             =>
          Por Redacción Central                                =>
          By Newsroom Staff                                    =>
          By Wire Desk                                         =>
          Agencias                                             =>
          Por Agencias                                         =>
          By the way, it rained all week.                      =>
          By contrast, prices rose.                            =>
          By Monday, the government had resigned.              =>
          June 3, 2019                                         =>
          Home                                                 =>
          Russia withdraws personnel from Venezuela            =>
          — Donald J. Trump (@realDonaldTrump) June 3, 2019    =>
          Por eso el gobierno decidió esperar.                 =>
          """)
  void readsAuthors(String line, String authors) {
    List<String> expected =
        authors == null ? List.of() : Arrays.asList(authors.split(";"));
    assertThat(Bylines.parse(line)).as(line).isEqualTo(expected);
  }

  /** Rows: a line without "By" => the names it is made of (empty: it is not a names line). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          Ana Gómez and Tom Reyes                              => Ana Gómez;Tom Reyes
          María José de la Cruz                                => María José de la Cruz
          ANA GÓMEZ                                            => Ana Gómez
          FARMERS BLOCK HIGHWAYS ACROSS NORTHERN FRANCE        =>
          Redacción La Voz del Istmo                           =>
          """)
  void readsALineOfBareNames(String line, String names) {
    List<String> expected = names == null ? List.of() : Arrays.asList(names.split(";"));
    assertThat(Bylines.names(line)).as(line).isEqualTo(expected);
  }
}
