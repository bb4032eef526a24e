package io.newssearch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, the tagger returns, and only ever canonical names with sane counts. */
class GazetteerTaggerPropertyTest {

  private static final GazetteerTagger TAGGER = GazetteerTagger.standard();
  private static final Set<String> NAMES =
      Gazetteer.standard().countries().stream().map(Country::name).collect(Collectors.toSet());

  @Property(tries = 300)
  void randomTextNeverThrows(@ForAll String title, @ForAll String body) {
    check(TAGGER.mentions(title, body));
  }

  @Property(tries = 300)
  void wordSoupNeverThrows(@ForAll("soup") String title, @ForAll("soup") String body) {
    check(TAGGER.mentions(title, body));
  }

  /** Aliases, rule words and punctuation glued at random: the trie's edge cases. */
  @Provide
  Arbitrary<String> soup() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "Russia", "Russia's", "U.S.", "US", "EE.", "UU.", "EE.UU.", "Korea", "South", "North",
            "Papua", "New", "Guinea", "Georgia", "Atlanta", "governor", "Jordan", "Chad", "Smith",
            "Washington", "D.C.", "Post", "in", "Spanish", "speaking", "en", "español", "ruso",
            "Latin", "American", "Congo", "DR", "Democratic", "Republic", "of", "the", "’s", "'",
            "-", ".", ",", "\n\n", " ", "İ", "ı", "e\u0301", "\uD83D\uDE00", "TELL", "CAR");
    return piece.list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  private static void check(List<MentionCount> mentions) {
    for (MentionCount m : mentions) {
      assertThat(NAMES).contains(m.country());
      assertThat(m.total()).isPositive();
      assertThat(m.inTitle() + m.inLead()).isLessThanOrEqualTo(m.total());
    }
  }
}
