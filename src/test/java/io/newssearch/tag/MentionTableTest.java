package io.newssearch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One sentence per row and the mentions it yields ("country=count", most first, then by name;
 * "-" for none). The sentence is a body with one paragraph, so every row exercises the finder
 * and the ambiguity rules, not the tagging rule.
 */
class MentionTableTest {

  private static final GazetteerTagger TAGGER = GazetteerTagger.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # Names, case, accents, possessives, hyphens
          Russia withdrew its advisers.                                   | Russia=1
          VENEZUELA REJECTS THE PLAN                                      | Venezuela=1
          Perú y Peru son el mismo país.                                  | Peru=2
          Russia's envoy and Russia’s ambassador left.                    | Russia=2
          Russian-made helicopters landed near the border.                | Russia=1
          The Russians and the Venezuelans met in private.                | Russia=1, Venezuela=1
          Britain, the UK, the U.K. and the United Kingdom agreed.        | United Kingdom=4
          Côte d'Ivoire, also called Ivory Coast, voted.                  | Ivory Coast=2
          # Spanish forms
          Rusia envió técnicos a Venezuela.                               | Russia=1, Venezuela=1
          Estados Unidos y EE.UU. son el mismo país.                      | United States=2
          Funcionarios de EE. UU. y de EEUU llegaron a Caracas.           | United States=2
          Un diplomático venezolano habló con dos venezolanas.            | Venezuela=2
          El presidente ruso recibió a los checos.                        | Czechia=1, Russia=1
          Checo Pérez is a Mexican racing driver.                         | Mexico=1
          Entrevista en español con el canciller ruso.                    | Russia=1
          # U.S. and US
          The U.S. and the USA are one country.                           | United States=2
          Tell us what the US wants from the talks.                       | United States=1
          TELL US WHY THE TALKS FAILED                                    | -
          U.S. TRADE DEFICIT WIDENS                                       | United States=1
          # Multi-word names and longest match
          The Dominican Republic and Dominica signed a deal.              | Dominica=1, Dominican Republic=1
          South Korea and North Korea held talks.                         | North Korea=1, South Korea=1
          Korea's exports rose again.                                     | -
          Korean officials in Seoul said exports rose.                    | South Korea=2
          Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea.  | Equatorial Guinea=1, Guinea=1, Guinea-Bissau=1, Papua New Guinea=1
          Niger and Nigeria share a long border.                          | Niger=1, Nigeria=1
          Nigerien troops entered Nigerian territory.                     | Niger=1, Nigeria=1
          South Sudan split from Sudan.                                   | South Sudan=1, Sudan=1
          Northern Ireland borders Ireland.                               | Ireland=1, United Kingdom=1
          The People's Republic of China and the Republic of China.       | China=1, Taiwan=1
          Congo's army moved.                                             | -
          Congolese soldiers crossed from DR Congo.                       | DR Congo=2
          New Mexico is not Mexico.                                       | Mexico=1
          Mexico City and the Mexican government disagreed.               | Mexico=2
          # Americas
          Latin American countries watched closely.                       | -
          South American and Central American leaders met.                | -
          Leaders from across the Americas met in Panama.                 | Panama=1
          North American markets fell.                                    | -
          Americans voted on Tuesday.                                     | United States=1
          # Words that merely contain a country's name
          She bought fine china in Chinatown.                             | -
          Indiana and Indianapolis voters went to the polls.              | -
          Roman ruins were found near the Romanian border.                | Romania=1
          The Omanization policy pleased Omani officials.                 | Oman=1
          The Polish minister would not polish his shoes.                 | Poland=1
          # Ambiguous names
          He carved the turkey on Thursday.                               | -
          Turkey closed its airspace.                                     | Turkey=1
          Chad Smith played the drums.                                    | -
          Chad closed its border with Sudan.                              | Chad=1, Sudan=1
          Michael Jordan retired again.                                   | -
          Jordan reopened the crossing.                                   | -
          Jordanian officials said Jordan would reopen the crossing.      | Jordan=2
          Georgia's governor signed the bill in Atlanta.                  | -
          Voters in Georgia and Florida went to the polls.                | -
          Retail customers in Georgia will pay more for power.            | -
          Georgia's president vetoed the bill, Georgian media said.       | Georgia=2
          Georgia and Armenia signed a deal in Tbilisi.                   | Georgia=2, Armenia=1
          # Washington and other capitals
          The Washington Post wrote about Washington state.               | -
          Washington imposed sanctions, the U.S. Treasury said.           | United States=2
          Washington imposed sanctions.                                   | -
          Statues of George Washington stand all over the U.S.           | United States=1
          Officials in Washington, D.C. and across the United States.     | United States=2
          The Kremlin said Moscow would respond, Russia's ministry added. | Russia=3
          The Kremlin declined to comment.                                | -
          Paris Hilton visited France.                                    | France=1
          The Paris Agreement was signed by France.                       | France=1
          The Lima Group met in Peru.                                     | Peru=1
          Niger Delta militants attacked Nigerian pipelines.              | Nigeria=2
          # Languages
          The interview was conducted in Spanish.                         | -
          Spanish banks fell in Madrid.                                   | Spain=2
          Spanish-speaking voters and English-language papers.            | -
          Indian Ocean islands and Indian officials in New Delhi.         | India=2
          # Territories
          Hong Kong, Puerto Rico, Greenland, Kosovo and Western Sahara.   | Greenland=1, Hong Kong=1, Kosovo=1, Puerto Rico=1, Western Sahara=1
          """)
  void mentions(String sentence, String expected) {
    String actual =
        TAGGER.mentions(null, sentence).stream()
            .map(m -> m.country() + "=" + m.total())
            .collect(Collectors.joining(", "));
    assertThat(actual.isEmpty() ? "-" : actual).isEqualTo(expected);
  }
}
