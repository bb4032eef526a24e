package io.newssearch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenCursorTest {

  private static String words(String text) {
    List<String> out = new ArrayList<>();
    TokenCursor c = new TokenCursor(text);
    while (c.next()) {
      out.add(c.word());
    }
    return String.join(" ", out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Russia's envoy                  | russia envoy
          Russia’s envoy                  | russia envoy
          Russian-made jets               | russian made jets
          VENEZUELA PERÚ Perú             | venezuela peru peru
          the U.S. and U.S.A.             | the u.s and u.s.a
          EE.UU. y EE. UU.                | ee.uu y ee uu
          Washington, D.C.                | washington d.c
          St. Lucia and e.g. this         | st lucia and e g this
          Côte d'Ivoire                   | cote d ivoire
          İSTANBUL ıstanbul Istanbul      | istanbul istanbul istanbul
          Łódź Ørsted Straße              | lodz orsted straße
          N'Djamena, Nuku'alofa           | n djamena nuku alofa
          "  ...  "                       | ""
          """)
  void cutsAndFolds(String text, String expected) {
    assertThat(words(text)).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void decomposedAccentsFoldLikeComposedOnes() {
    assertThat(words("Peru\u0301 Me\u0301xico")).isEqualTo("peru mexico");
  }

  @Test
  void foldingIgnoresTheTurkishDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(words("IRAQ ITALY INDIA")).isEqualTo("iraq italy india");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void flagsDescribeCaseAndTheGapBefore() {
    TokenCursor c = new TokenCursor("Chad Smith, US-led\n\nNew para. Next");
    List<Integer> flags = new ArrayList<>();
    while (c.next()) {
      flags.add(c.flags());
    }
    assertThat(flags).hasSize(7);
    int chad = flags.get(0);
    int smith = flags.get(1);
    int us = flags.get(2);
    int led = flags.get(3);
    int fresh = flags.get(4);
    int next = flags.get(6);
    assertThat(chad & TokenCursor.SENTENCE_START).isNotZero();
    assertThat(chad & TokenCursor.LONG).isNotZero();
    assertThat(smith & (TokenCursor.ADJACENT | TokenCursor.FIRST_UPPER))
        .isEqualTo(TokenCursor.ADJACENT | TokenCursor.FIRST_UPPER);
    assertThat(us & TokenCursor.ADJACENT).as("comma between").isZero();
    assertThat(us & TokenCursor.CAPS).isNotZero();
    assertThat(led & TokenCursor.ADJACENT).as("hyphen between").isZero();
    assertThat(led & TokenCursor.JOINED).isNotZero();
    assertThat(led & TokenCursor.FIRST_LOWER).isNotZero();
    assertThat(fresh & TokenCursor.PARAGRAPH_START).isNotZero();
    assertThat(next & TokenCursor.SENTENCE_START).isNotZero();
    assertThat(next & TokenCursor.PARAGRAPH_START).isZero();
  }

  @Test
  void hashMatchesHashOfTheFoldedWord() {
    TokenCursor c = new TokenCursor("Perú");
    assertThat(c.next()).isTrue();
    assertThat(c.hash()).isEqualTo(TokenCursor.hashOf("peru"));
  }

  @Test
  void overlongWordsAreMarkedTruncated() {
    TokenCursor c = new TokenCursor("x".repeat(TokenCursor.MAX_WORD + 5) + " Peru");
    assertThat(c.next()).isTrue();
    assertThat(c.truncated()).isTrue();
    assertThat(c.next()).isTrue();
    assertThat(c.truncated()).isFalse();
    assertThat(c.word()).isEqualTo("peru");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Russia's envoy met the U.S. team in Perú.
          "  leading gap, then words"
          "G7 and 1.5 mln, e.g. this; D.C.'s"
          "Łódź and 日本 and \uD83D\uDE00 too"
          "abcdefghijklmnop ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP ok"
          "Why? Because.  Next\n\nPara-graph - end"
          """)
  void cutAllGivesTheWordsNextGives(String text) {
    List<String> expected = new ArrayList<>();
    TokenCursor c = new TokenCursor(text);
    while (c.next()) {
      expected.add(c.start() + ":" + c.flags() + ":" + c.hash() + ":" + c.word());
    }
    List<String> actual = new ArrayList<>();
    TokenCursor d = new TokenCursor(text);
    d.cutAll((start, flags, hash) -> actual.add(start + ":" + flags + ":" + hash + ":" + d.word()));
    assertThat(actual).isNotEmpty().isEqualTo(expected);
  }

  @Test
  void hashesOfTheSameFoldedWordAgreeWhateverItsLength() {
    for (String word : List.of("a", "peru", "abcdefgh", "abcdefghi", "x".repeat(40))) {
      TokenCursor c = new TokenCursor(word.toUpperCase(Locale.ROOT));
      assertThat(c.next()).isTrue();
      assertThat(c.hash()).as(word).isEqualTo(TokenCursor.hashOf(word));
    }
    assertThat(TokenCursor.hashOf("abcdefgh")).isNotEqualTo(TokenCursor.hashOf("abcdefghi"));
  }
}
