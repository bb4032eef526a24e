package io.newssearch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TokenCursor#cutAll}, the tagger's fast way through a text, gives exactly the words of
 * {@link TokenCursor#next()}: the same starts, flags, hashes and folded words, whatever the text.
 */
class CutAllPropertyTest {

  @Property(tries = 2000)
  void anyTextCutsAsNextCutsIt(@ForAll String text) {
    assertThat(cutAll(text)).isEqualTo(next(text));
  }

  @Property(tries = 3000)
  void newsLikeTextCutsAsNextCutsIt(@ForAll("newsLike") String text) {
    assertThat(cutAll(text)).isEqualTo(next(text));
  }

  /**
   * Pieces that take each way through cutAll: plain words of every length around the eight
   * characters it reads at once and the 64 it reads in a block, abbreviations, numbers,
   * possessives, accents, characters past U+00FF and outside the BMP, and every kind of gap.
   */
  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "Russia", "Russia's", "U.S.", "US", "EE.UU.", "G7", "1.5", "a.", "B.", "x", "é",
                "Perú", "’s", "'", "'s", "-", "--", ".", ",", "?", "¿", "!", "\n", "\n\n", " ",
                "  ", "\t", "\r\n", "İ", "ı", "e\u0301", "\uD83D\uDE00", "Łódź", "日本", "\u00a0",
                "abcdefgh", "abcdefghi", "ABCDEFGH", "0123456789", "Ab1", "“", "”", "—", "(",
                "\"", "x".repeat(63), "y".repeat(64), "z".repeat(65), "Ñ"),
            Arbitraries.strings().withCharRange('A', 'z').ofMinLength(1).ofMaxLength(20));
    Arbitrary<String> gap = Arbitraries.of("", " ", " ", ", ", ". ", "\n", "-");
    return Arbitraries.oneOf(piece, gap).list().ofMaxSize(80).map(l -> String.join("", l));
  }

  /** start, flags, hash and folded word of each word, as next() reads them. */
  private static List<String> next(String text) {
    List<String> out = new ArrayList<>();
    TokenCursor c = new TokenCursor(text);
    while (c.next()) {
      out.add(c.start() + " " + c.flags() + " " + c.hash() + " " + c.word());
    }
    return out;
  }

  /** The same through cutAll, read from the cursor the sink is given, as the tagger reads it. */
  private static List<String> cutAll(String text) {
    List<String> out = new ArrayList<>();
    TokenCursor c = new TokenCursor(text);
    c.cutAll((start, flags, hash) -> {
      out.add(start + " " + flags + " " + hash + " " + c.word());
      assertThat(c.start()).isEqualTo(start);
      assertThat(c.hash()).isEqualTo(hash);
      assertThat(c.is(c.word().toCharArray())).isTrue();
      c.wordAt(0); // the sink may move the cursor; the cut goes on where it was
    });
    return out;
  }
}
