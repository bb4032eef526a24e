package io.newssearch.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newssearch.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The tagging rule on whole articles: title, lead, repeated mentions, source tags, regions. */
class GazetteerTaggerTest {

  private static final GazetteerTagger TAGGER = GazetteerTagger.standard();

  // Our own text, modelled on the kind of story the seed is: Russia pulls staff out of
  // Venezuela, the U.S. reacts, Colombia's foreign minister is quoted once deep in the body.
  private static final String TITLE = "Russia pulls military advisers out of Venezuela";
  private static final String BODY =
      """
      Russia has withdrawn most of the military advisers it kept in Venezuela, officials in \
      Caracas and Moscow confirmed on Monday, leaving the government with fewer foreign allies \
      on the ground.

      The Kremlin had sent the specialists last year to service Russian-made aircraft and air \
      defence systems. A spokesman for the U.S. State Department said Washington welcomed the \
      departure and would keep pressing for new elections.

      Officials in the United States have argued for months that Moscow's presence prolonged \
      the crisis. Colombia's foreign minister said the region needed calm rather than more \
      outside powers.

      Analysts said Latin American governments would watch whether the personnel return. The \
      U.S. Treasury is expected to announce further measures this week.
      """;

  private static Article article(String title, String body) {
    return Article.builder().url("https://example.test/a").title(title).body(body).build();
  }

  @Test
  void russiaVenezuelaArticle() {
    Article tagged = TAGGER.tag(article(TITLE, BODY));

    assertThat(tagged.tags()).containsExactly("Russia", "United States", "Venezuela");
    assertThat(tagged.regions())
        .containsExactly("Eastern Europe", "Northern America", "South America");
    // Colombia is found, once, outside title and lead: context, not subject.
    assertThat(TAGGER.mentions(TITLE, BODY))
        .contains(new MentionCount("Colombia", 1, 0, 0))
        .extracting(MentionCount::country)
        .containsExactly("Russia", "United States", "Venezuela", "Colombia");
  }

  @Test
  void aLowerThresholdTagsTheSingleMentionToo() {
    assertThat(TAGGER.withMinMentions(1).withMinShare(0).countries(TITLE, BODY))
        .containsExactly("Russia", "United States", "Venezuela", "Colombia");
    assertThat(TAGGER.withMinMentions(1).countries(TITLE, BODY))
        .as("one mention is under a quarter of Russia's six")
        .containsExactly("Russia", "United States", "Venezuela");
    assertThatThrownBy(() -> TAGGER.withMinMentions(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minMentions");
  }

  @Test
  void countsKeepTitleAndLeadApart() {
    assertThat(TAGGER.mentions(TITLE, BODY).get(0))
        .isEqualTo(new MentionCount("Russia", 6, 1, 2));
  }

  @Test
  void titleOrTwoMentionsWithAFairShareMakeATag() {
    String filler = "Officials met again on Tuesday to talk about trade and prices.";
    // Only in the title.
    assertThat(TAGGER.countries("Peru weighs new mining rules", filler)).containsExactly("Peru");
    // Once, even in the lead: context, no tag.
    assertThat(TAGGER.countries("Mining rules", "Chile said on Monday it would act.\n\n" + filler))
        .isEmpty();
    // Once after the lead: no tag.
    assertThat(TAGGER.countries("Mining rules", filler + "\n\nBolivia was also mentioned."))
        .isEmpty();
    // Twice after the lead: a tag.
    assertThat(
            TAGGER.countries(
                "Mining rules", filler + "\n\nBolivia was also mentioned. Bolivian firms agreed."))
        .containsExactly("Bolivia");
    // Twice, but in a story that names another country nine times: background.
    String brazil = "Brazil's miners and Brazilian banks met in Brasília. ".repeat(3);
    assertThat(TAGGER.countries("Mining rules", brazil + "Chile and Chilean firms watched."))
        .containsExactly("Brazil");
    assertThat(TAGGER.withMinShare(0).countries("Mining rules", brazil + "Chile and Chilean firms watched."))
        .containsExactly("Brazil", "Chile");
    assertThatThrownBy(() -> TAGGER.withMinShare(1.5)).hasMessageContaining("minShare");
  }

  @Test
  void leadEndsAfterLeadWordsWhenTheBodyHasNoParagraphs() {
    String longLead = "word ".repeat(GazetteerTagger.LEAD_WORDS) + "Ecuador once.";
    assertThat(TAGGER.mentions("Mining rules", longLead))
        .containsExactly(new MentionCount("Ecuador", 1, 0, 0));
    assertThat(TAGGER.mentions("Mining rules", "Ecuador once. " + "word ".repeat(100)))
        .containsExactly(new MentionCount("Ecuador", 1, 0, 1));
  }

  @Test
  void sourceTagsAndSectionsAreCanonicalisedAndKept() {
    Article a =
        Article.builder()
            .url("https://example.test/b")
            .title("Markets close higher")
            .body("Shares rose on Friday.")
            .tags(List.of("usa", "west-germany", "Elections"))
            .sections(List.of("Venezuela", "Americas", "Opinion"))
            .regions(List.of("south america", "Latin America"))
            .build();
    Article tagged = TAGGER.tag(a);
    assertThat(tagged.tags()).containsExactly("Germany", "United States", "Venezuela", "Elections");
    assertThat(tagged.regions())
        .containsExactly("Western Europe", "Northern America", "South America", "Latin America");
  }

  @Test
  void tagsAreOrderedByMentionsThenName() {
    Article tagged =
        TAGGER.tag(
            article(
                "Brazil, Argentina and Chile talk trade",
                "Argentina and Brazil agreed. Chile waited. Argentine and Brazilian officials met."
                    + " Argentina signed."));
    assertThat(tagged.tags()).containsExactly("Argentina", "Brazil", "Chile");
    assertThat(tagged.regions()).containsExactly("South America");
  }

  @Test
  void namelikeCheckIsOffInTitleCaseHeadlines() {
    assertThat(TAGGER.countries("Chad Holds Presidential Elections", "Voting went calmly."))
        .containsExactly("Chad");
    assertThat(TAGGER.countries("Chad Smith joins the band on tour", "Voting went calmly."))
        .isEmpty();
  }

  @Test
  void sameResultsUnderTheTurkishLocale() throws java.io.IOException {
    List<String[]> inputs =
        List.of(
            new String[] {"IRAQ, ITALY AND INDIA SIGN ACCORD", "Iraqi and Italian envoys met."},
            new String[] {TITLE, BODY},
            new String[] {"İSRAİL VE İRAN", "Israeli officials said Iran would respond, and Israel would wait."});
    List<List<String>> root = new ArrayList<>();
    for (String[] in : inputs) {
      root.add(TAGGER.countries(in[0], in[1]));
    }
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      for (int k = 0; k < inputs.size(); k++) {
        assertThat(TAGGER.countries(inputs.get(k)[0], inputs.get(k)[1])).isEqualTo(root.get(k));
      }
      // A gazetteer parsed under the Turkish locale reads the same data the same way.
      Gazetteer turkish = Gazetteer.parse(resource("gazetteer.tsv"), resource("ambiguity.tsv"));
      assertThat(turkish.canonical("IRAQ")).isEqualTo("Iraq");
      assertThat(GazetteerTagger.of(turkish).countries(inputs.get(0)[0], inputs.get(0)[1]))
          .isEqualTo(root.get(0));
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(root.get(0)).containsExactlyInAnyOrder("Iraq", "Italy", "India");
    assertThat(root.get(2)).containsExactlyInAnyOrder("Israel", "Iran");
  }

  @Test
  void concurrentTaggingGivesTheSameResult() throws Exception {
    Article a = article(TITLE, BODY);
    List<String> expected = TAGGER.tag(a).tags();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int k = 0; k < 64; k++) {
        results.add(pool.submit(() -> TAGGER.tag(a).tags()));
      }
      for (Future<List<String>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void noneTaggerLeavesArticlesAlone() {
    Article a = article(TITLE, BODY);
    assertThat(Tagger.none().tag(a)).isSameAs(a);
  }

  private static String resource(String name) throws java.io.IOException {
    try (var in = Gazetteer.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
