package io.newssearch.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled data itself: complete, well-formed, consistent. */
class GazetteerDataTest {

  private static final Gazetteer G = Gazetteer.standard();

  /** The canonical names the project brief fixes for countries fixtures are likely to name. */
  private static final List<String> BRIEF_NAMES =
      List.of(
          "United States", "Canada", "Mexico", "Cuba", "Haiti", "Dominican Republic", "Guatemala",
          "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Venezuela", "Colombia",
          "Ecuador", "Peru", "Bolivia", "Brazil", "Argentina", "Chile", "Uruguay", "Paraguay",
          "Russia", "Ukraine", "Belarus", "Poland", "Hungary", "Romania", "Moldova", "Czechia",
          "Slovakia", "Bulgaria", "Germany", "France", "Netherlands", "Belgium", "Austria",
          "Switzerland", "United Kingdom", "Ireland", "Sweden", "Finland", "Norway", "Denmark",
          "Estonia", "Latvia", "Lithuania", "Spain", "Portugal", "Italy", "Greece", "Serbia",
          "Georgia", "Armenia", "Azerbaijan", "Kazakhstan", "Turkey", "Syria", "Israel", "Iran",
          "Iraq", "Saudi Arabia", "Qatar", "China", "Japan", "South Korea", "North Korea", "India",
          "Pakistan", "Vietnam", "Indonesia", "Australia", "Nigeria", "South Africa", "Egypt",
          "Morocco", "Algeria", "Libya");

  @Test
  void holdsEveryUnMemberAndObserverAndCommonTerritories() {
    List<Country> all = G.countries();
    assertThat(all.stream().filter(c -> c.status() == Country.Status.MEMBER)).hasSize(193);
    assertThat(all.stream().filter(c -> c.status() == Country.Status.OBSERVER))
        .extracting(Country::name)
        .containsExactlyInAnyOrder("Vatican City", "Palestine");
    assertThat(all.stream().map(Country::name))
        .contains(
            "Puerto Rico", "Greenland", "Hong Kong", "Taiwan", "Kosovo", "Western Sahara",
            "Macao", "Guam", "Bermuda", "Falkland Islands");
  }

  @Test
  void briefNamesAreCanonicalNames() {
    Set<String> names = G.countries().stream().map(Country::name).collect(Collectors.toSet());
    assertThat(names).containsAll(BRIEF_NAMES);
  }

  @Test
  void rowsAreWellFormed() {
    Set<String> codes = new HashSet<>();
    for (Country c : G.countries()) {
      assertThat(c.iso2()).as(c.name()).matches("[A-Z]{2}");
      assertThat(codes.add(c.iso2())).as("unique code " + c.iso2()).isTrue();
      assertThat(Gazetteer.REGIONS).as(c.name()).contains(c.region());
      assertThat(c.names()).as(c.name() + " has names").isNotEmpty();
      for (String alias : aliases(c)) {
        assertThat(alias).as(c.name()).isNotBlank().doesNotContain("\t", "|");
      }
    }
  }

  @Test
  void everyRegionHoldsACountry() {
    Set<String> used = G.countries().stream().map(Country::region).collect(Collectors.toSet());
    assertThat(used).containsExactlyInAnyOrderElementsOf(Gazetteer.REGIONS);
  }

  @Test
  void everyAliasLeadsBackToItsOwnCountry() {
    // The loader refuses an alias of two countries; this checks the lookups agree with the rows.
    for (Country c : G.countries()) {
      for (String alias : aliases(c)) {
        assertThat(G.canonical(alias)).as(alias).isEqualTo(c.name());
      }
      assertThat(G.canonical(c.iso2())).isEqualTo(c.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Venezuela      | VE | South America
          Mexico         | MX | Central America
          Cuba           | CU | Caribbean
          United States  | US | Northern America
          Russia         | RU | Eastern Europe
          Ukraine        | UA | Eastern Europe
          Poland         | PL | Eastern Europe
          Germany        | DE | Western Europe
          France         | FR | Western Europe
          United Kingdom | GB | Northern Europe
          Spain          | ES | Southern Europe
          Italy          | IT | Southern Europe
          Turkey         | TR | Western Asia
          Iran           | IR | Southern Asia
          China          | CN | Eastern Asia
          Georgia        | GE | Western Asia
          Kazakhstan     | KZ | Central Asia
          Vietnam        | VN | South-eastern Asia
          Egypt          | EG | Northern Africa
          Nigeria        | NG | Western Africa
          DR Congo       | CD | Middle Africa
          Kenya          | KE | Eastern Africa
          South Africa   | ZA | Southern Africa
          Australia      | AU | Australia and New Zealand
          Fiji           | FJ | Melanesia
          Guam           | GU | Micronesia
          Samoa          | WS | Polynesia
          Jersey         | JE | Channel Islands
          Czechia        | CZ | Eastern Europe
          Kosovo         | XK | Southern Europe
          """)
  void knownCodesAndRegions(String name, String iso2, String region) {
    Country c = G.country(name);
    assertThat(c).isNotNull();
    assertThat(c.iso2()).isEqualTo(iso2);
    assertThat(c.region()).isEqualTo(region);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          EE.UU.             | United States
          ee.uu.             | United States
          u.s.               | United States
          u.s.a.             | United States
          U.s.               | United States
          u.k.               | United Kingdom
          estadounidenses    | United States
          usa                | United States
          uk                 | United Kingdom
          west-germany       | Germany
          ussr               | Russia
          zaire              | DR Congo
          trinidad-tobago    | Trinidad and Tobago
          ivory-coast        | Ivory Coast
          south_korea        | South Korea
          VENEZOLANAS        | Venezuela
          Kremlin            | Russia
          GB                 | United Kingdom
          """)
  void canonicalAcceptsAliasesCodesAndFormerNames(String input, String expected) {
    assertThat(G.canonical(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"Korea", "Congo", "Latin America", "Americas", "gb", "Atlantis", "''"})
  void canonicalIsNullForAmbiguousStopsAndUnknown(String input) {
    assertThat(G.canonical(input)).isNull();
  }

  @Test
  void ambiguousNamesAreNotAliases() {
    for (String phrase : List.of("Korea", "Korean", "Congo", "Congolese", "Virgin Islands")) {
      PhraseIndex.Entry e = G.index().entry(phrase);
      assertThat(e).as(phrase).isNotNull();
      assertThat(e.role).as(phrase).isEqualTo(PhraseIndex.AMBIGUOUS);
    }
  }

  private static final String HEADER =
      "name\tiso2\tregion\tstatus\tnames\tdemonyms\tcapitals\tmetonyms\tother\n";
  private static final String RULES = "kind\tphrase\targument\n";

  /** A data row with the given leading cells and the rest empty. */
  private static String row(String... cells) {
    String[] all = new String[9];
    java.util.Arrays.fill(all, "");
    System.arraycopy(cells, 0, all, 0, cells.length);
    return String.join("\t", all) + "\n";
  }

  @Test
  void parseRejectsMalformedRowsNamingTheLine() {
    assertThatThrownBy(() -> Gazetteer.parse(HEADER + row("Narnia", "NAR", "South America", "other"), RULES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gazetteer.tsv line 2")
        .hasMessageContaining("NAR");
    assertThatThrownBy(() -> Gazetteer.parse(HEADER + row("Narnia", "NN", "Middle Earth", "other"), RULES))
        .hasMessageContaining("region 'Middle Earth'");
    assertThatThrownBy(
            () ->
                Gazetteer.parse(
                    HEADER
                        + row("Narnia", "NN", "South America", "other", "Narnia|Cair")
                        + row("Archenland", "AA", "South America", "other", "Cair"),
                    RULES))
        .hasMessageContaining("line 3")
        .hasMessageContaining("'Cair'");
    assertThatThrownBy(() -> Gazetteer.parse("name\tcode\n", RULES))
        .hasMessageContaining("column names");
    assertThatThrownBy(() -> Gazetteer.parse(HEADER + "Narnia\tNN\tSouth America\n", RULES))
        .hasMessageContaining("3 cells, expected 9");
  }

  @Test
  void parseRejectsRulesThatNameNoAlias() {
    String data = HEADER + row("Narnia", "NN", "South America", "other", "Narnia");
    assertThatThrownBy(() -> Gazetteer.parse(data, RULES + "weak\tCair\n"))
        .hasMessageContaining("ambiguity.tsv line 2")
        .hasMessageContaining("'Cair'");
    assertThatThrownBy(() -> Gazetteer.parse(data, RULES + "ambiguous\tCair\tNarnia|Atlantis\n"))
        .hasMessageContaining("'Atlantis'");
    assertThatThrownBy(() -> Gazetteer.parse(data, RULES + "shout\tNarnia\n"))
        .hasMessageContaining("unknown kind 'shout'");
    assertThatThrownBy(() -> Gazetteer.parse(data, RULES + "stop\tNarnia\n"))
        .hasMessageContaining("stop 'Narnia'");
  }

  private static List<String> aliases(Country c) {
    List<String> all = new ArrayList<>(c.names());
    all.addAll(c.demonyms());
    all.addAll(c.capitals());
    all.addAll(c.metonyms());
    all.addAll(c.other());
    return all;
  }
}
