package io.newssearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Article's list cleaning, whichever way it takes (short lists that need no cleaning are kept
 * without a set), equals its definition: stripped, without null, blank or repeated values, in
 * first-seen order.
 */
class ArticleListProperties {

  @Property(tries = 2000)
  void listsAreCleanedAsDefined(@ForAll("lists") List<String> values) {
    LinkedHashSet<String> expected = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        expected.add(v.strip());
      }
    }
    Article a = new Article("x", null, null, "T", values, null, values, values, values, null, "");
    for (List<String> cleaned : List.of(a.authors(), a.sections(), a.tags(), a.regions())) {
      assertThat(cleaned).containsExactlyElementsOf(expected);
    }
  }

  @Provide
  Arbitrary<List<String>> lists() {
    // Few distinct values, so that repeats are common; padding and blanks on both sides.
    Arbitrary<String> value = Arbitraries.of("a", "b", "Russia", " a", "a ", "\tb", "", " ", "\n",
        "United States", "United  States", "\u00a0a", "a\u2003", "\u2003");
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(12, value), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)))
        .list().ofMaxSize(12).map(ArrayList::new);
  }
}
