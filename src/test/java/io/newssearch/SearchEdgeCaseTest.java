package io.newssearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newssearch.tag.Tagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Edge cases of searching that once threw or matched the wrong articles. */
class SearchEdgeCaseTest {

  private static ArticleIndex empty() {
    return ArticleIndex.inMemory(ArticleIndex.Options.defaults().withTagger(Tagger.none()));
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void dateFacetsOfAnIndexWithoutDatesAreEmpty() throws IOException {
    try (ArticleIndex index = empty()) {
      index.add(Article.builder().id("x").title("Undated").body("oil").language("en").build());
      index.refresh();
      SearchResult r = index.search(
          SearchRequest.builder().facets("date", "month", "author", "language").build());
      assertThat(r.facet("date")).isEmpty();
      assertThat(r.facet("month")).isEmpty();
      assertThat(r.facet("author")).isEmpty();
      assertThat(r.facet("language")).extracting(FacetValue::toString).containsExactly("en (1)");
      // Drill-sideways counts take another path through the facets.
      SearchResult filtered = index.search(
          SearchRequest.builder().filter("language", "en").facets("date", "month").build());
      assertThat(filtered.facet("date")).isEmpty();
      assertThat(filtered.facet("month")).isEmpty();
    }
  }

  @Test
  void orJoinsItsTwoNeighboursNotTheWholeQuery() throws IOException {
    try (ArticleIndex index = TestArticles.index()) {
      // production: r1 r2 c1; sanctions: r3; midterm: u1. None has production and either other.
      assertThat(ids(index.search(SearchRequest.of("production sanctions OR midterm")))).isEmpty();
      assertThat(ids(index.search(SearchRequest.of("sanctions OR midterm production")))).isEmpty();
      assertThat(ids(index.search(SearchRequest.of("production -border sanctions OR trucks")))).isEmpty();
    }
  }

  @Test
  void aTagQueryMatchesTheCountryNotOthersWhoseNameHoldsIt() throws IOException {
    try (ArticleIndex index = empty()) {
      index.add(Article.builder().id("ss").title("Juba").body("t").tags(List.of("South Sudan")).build());
      index.add(Article.builder().id("sd").title("Khartoum").body("t").tags(List.of("Sudan")).build());
      index.add(Article.builder().id("eg").title("Malabo").body("t").tags(List.of("Equatorial Guinea")).build());
      index.add(Article.builder().id("gn").title("Conakry").body("t").tags(List.of("Guinea")).build());
      index.refresh();
      assertThat(ids(index.search(SearchRequest.builder().filter("tag", "Sudan").build()))).containsExactly("sd");
      assertThat(ids(index.search(SearchRequest.of("tag:sudan")))).containsExactly("sd");
      assertThat(ids(index.search(SearchRequest.of("country:SUDAN")))).containsExactly("sd");
      assertThat(ids(index.search(SearchRequest.of("tag:guinea")))).containsExactly("gn");
      assertThat(ids(index.search(SearchRequest.of("tag:\"sudan\"")))).containsExactly("sd");
      assertThat(ids(index.search(SearchRequest.of("country:\"Sudán\"")))).containsExactly("sd");
      assertThat(ids(index.search(SearchRequest.of("tag:\"south sudan\"")))).containsExactly("ss");
      assertThat(ids(index.search(SearchRequest.of("tag:\"equatorial guinea\"")))).containsExactly("eg");
      assertThat(ids(index.search(SearchRequest.of("tag:guinea -tag:sudan")))).containsExactly("gn");
      // A value that names no country is still searched as words of the tags.
      assertThat(ids(index.search(SearchRequest.of("tag:equatorial")))).containsExactly("eg");
    }
  }

  @Test
  void aTagQueryFindsACountryTagWrittenAnotherWayButNotInsideALongerName() throws IOException {
    try (ArticleIndex index = empty()) { // no tagger: the tags stay as an app wrote them
      index.add(Article.builder().id("ru").title("A").body("t").tags(List.of("russia")).build());
      index.add(Article.builder().id("sd").title("B").body("t").tags(List.of("sudan")).build());
      index.add(Article.builder().id("ss").title("C").body("t").tags(List.of("south sudan")).build());
      index.add(Article.builder().id("both").title("D").body("t")
          .tags(List.of("South Sudan", "Sudan")).build());
      index.add(Article.builder().id("cn").title("E").body("t").tags(List.of("China trade")).build());
      index.refresh();
      assertThat(ids(index.search(SearchRequest.of("tag:russia")))).containsExactly("ru");
      assertThat(ids(index.search(SearchRequest.of("tag:Rusia")))).containsExactly("ru");
      assertThat(ids(index.search(SearchRequest.of("tag:sudan")))).containsExactlyInAnyOrder("sd", "both");
      assertThat(ids(index.search(SearchRequest.of("tag:\"south sudan\"")))).containsExactlyInAnyOrder("ss", "both");
      assertThat(ids(index.search(SearchRequest.of("tag:china")))).containsExactly("cn");
    }
  }

  @Test
  void aLanguageWithARegionIsOneExactCode() throws IOException {
    try (ArticleIndex index = empty()) {
      index.add(Article.builder().id("us").title("One").body("b").language("en-US").build());
      index.add(Article.builder().id("br").title("Two").body("b").language("pt-BR").build());
      index.add(Article.builder().id("it").title("Three").body("b").language("it").build());
      index.refresh();
      assertThat(ids(index.search(SearchRequest.of("language:en-US")))).containsExactly("us");
      assertThat(ids(index.search(SearchRequest.of("lang:\"en-us\"")))).containsExactly("us");
      assertThat(ids(index.search(SearchRequest.of("language:pt-BR")))).containsExactly("br");
      SearchResult spaced = index.search(SearchRequest.of("lang:\"en us\""));
      assertThat(spaced.total()).isZero(); // not a code, but not an error either
      Locale before = Locale.getDefault();
      try {
        Locale.setDefault(Locale.forLanguageTag("tr"));
        assertThat(ids(index.search(SearchRequest.of("language:IT")))).containsExactly("it");
      } finally {
        Locale.setDefault(before);
      }
    }
  }

  @Test
  void aVeryLongQuerySearchesItsFirstWordsAndSaysSo() throws IOException {
    try (ArticleIndex index = TestArticles.index()) {
      // Each word searches two fields, so 480 words are 960 clauses: 64 fewer than Lucene's limit.
      String words = "oil " + IntStream.range(1, 600).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
      SearchResult r = index.search(SearchRequest.of(words));
      assertThat(r.total()).isZero();
      assertThat(r.warnings()).singleElement().asString().contains("first 480 of 600 words");

      String either = "oil OR " + IntStream.range(1, 600).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
      SearchResult any = index.search(SearchRequest.of(either));
      assertThat(ids(any)).containsExactlyInAnyOrder("r1", "r2", "c1");
      assertThat(any.warnings()).singleElement().asString().contains("first 959 of 1199 words");

      // The same through the plain-words fallback (an unclosed quote), with filters added.
      SearchResult broken = index.search(SearchRequest.builder().query("\"" + words)
          .filter("tag", "Venezuela").from(LocalDate.of(2019, 1, 1)).facets("tag", "date").build());
      assertThat(broken.total()).isZero();
      assertThat(broken.warnings()).anyMatch(w -> w.contains("first 480 of 600 words"));

      // Too many words even for one boolean query of the grammar.
      String many = IntStream.range(0, 2000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
      SearchResult r2 = index.search(SearchRequest.of(many));
      assertThat(r2.total()).isZero();
      assertThat(r2.warnings()).singleElement().asString().contains("first 480 of 2000 words");
      assertThat(index.search(SearchRequest.of("title:(" + many + ")")).total()).isZero();
      assertThat(index.search(SearchRequest.of("\"" + many + "\"")).total()).isZero();
      String oneToken = IntStream.range(0, 2000).mapToObj(i -> "(w" + i + ")").collect(Collectors.joining());
      assertThat(index.search(SearchRequest.of(oneToken)).warnings())
          .anyMatch(w -> w.contains("first 480 of 2000 words"));
    }
  }

  @Test
  void aDottedCountryAbbreviationInLowerCaseIsTheCountry() throws IOException {
    try (ArticleIndex index = TestArticles.index()) {
      for (String value : List.of("U.S.", "u.s.", "u.s.a.", "ee.uu.")) {
        SearchResult r = index.search(SearchRequest.builder().filter("tag", value).build());
        assertThat(ids(r)).as(value).containsExactly("u1");
        assertThat(r.warnings()).as(value).isEmpty();
        assertThat(ids(index.search(SearchRequest.of("tag:" + value)))).as(value).containsExactly("u1");
      }
    }
  }

  @Test
  void aBodyWithoutSentenceBreaksStillGivesSnippetsOfAboutTheRequestedLength() throws IOException {
    String body = words("word", 3000) + " zeppelin " + words("more", 3000) + " zeppelin "
        + words("last", 3000);
    String blob = "x".repeat(20_000) + " zeppelin " + "y".repeat(20_000);
    try (ArticleIndex index = empty()) {
      index.add(Article.builder().id("b").title("Title").body(body).build());
      index.add(Article.builder().id("blob").title("Blob").body(blob).build());
      index.refresh();

      // The whole body is one sentence, so one passage: cut around its first match.
      SearchHit hit = only(index.search(SearchRequest.of("zeppelin")), "b");
      assertThat(hit.snippets()).hasSize(1);
      for (Snippet s : hit.snippets()) {
        assertThat(s.text().length()).isBetween(80, 320);
        assertThat(s.render("[", "]")).contains("[zeppelin]");
        assertWholeWordsOf(body, s.text());
      }
      SearchResult longer = index.search(SearchRequest.builder().query("zeppelin").snippetLength(400).build());
      assertThat(only(longer, "b").snippets().get(0).text().length()).isBetween(200, 800);

      // Nothing in the body matches: its beginning, cut at a word.
      Snippet first = only(index.search(SearchRequest.of("title:title")), "b").snippets().get(0);
      assertThat(first.text()).startsWith("word0 word1 ");
      assertThat(first.text().length()).isBetween(80, 320);
      assertWholeWordsOf(body, first.text());

      // One word of 20,000 letters on each side: cut inside it.
      Snippet cut = only(index.search(SearchRequest.of("zeppelin")), "blob").snippets().get(0);
      assertThat(cut.text().length()).isLessThanOrEqualTo(320);
      assertThat(cut.render("[", "]")).contains("[zeppelin]");
    }
  }

  @Test
  void aLongSentenceWithTheMatchNearItsStartIsCutToo() throws IOException {
    // One sentence of some 580 chars, the match 150 chars in: the passage starts and ends at
    // words near the match instead of running to the end of the sentence.
    String body = words("aa", 25) + " zeppelin " + words("bb", 70) + " end.";
    zeppelinSnippetOfAtMost320(body);
  }

  /** The first snippet of a body matching "zeppelin": at most 320 chars, the match in it. */
  private static Snippet zeppelinSnippetOfAtMost320(String body) throws IOException {
    try (ArticleIndex index = empty()) {
      index.add(Article.builder().id("z").title("T").body(body).build());
      index.refresh();
      Snippet s = only(index.search(SearchRequest.of("zeppelin")), "z").snippets().get(0);
      assertThat(s.text().length()).isLessThanOrEqualTo(320);
      assertThat(s.render("[", "]")).contains("[zeppelin]");
      return s;
    }
  }

  @Test
  void aCutInsideAWordOfSurrogatePairsKeepsEveryPairWhole() throws IOException {
    String pairs = "\uD835\uDC00".repeat(10_000); // one 'word' of 10,000 mathematical A's
    for (String body : List.of(pairs + " zeppelin " + pairs, "x" + pairs + " zeppelin x" + pairs)) {
      String t = zeppelinSnippetOfAtMost320(body).text();
      assertThat(Character.isLowSurrogate(t.charAt(0))).as("starts inside a pair").isFalse();
      assertThat(Character.isHighSurrogate(t.charAt(t.length() - 1))).as("ends inside a pair").isFalse();
    }
  }

  private static String words(String stem, int n) {
    return IntStream.range(0, n).mapToObj(i -> stem + i).collect(Collectors.joining(" "));
  }

  private static SearchHit only(SearchResult r, String id) {
    return r.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
  }

  private static void assertWholeWordsOf(String body, String snippet) {
    int at = body.indexOf(snippet);
    assertThat(at).as(snippet).isNotNegative();
    int end = at + snippet.length();
    assertThat(at == 0 || body.charAt(at - 1) == ' ').as("starts at a word: " + snippet).isTrue();
    assertThat(end == body.length() || body.charAt(end) == ' ').as("ends at a word: " + snippet).isTrue();
  }

  @Test
  void anExclusiveDateEndLeavesOutTheWholeDayMonthOrYear() throws IOException {
    try (ArticleIndex index = TestArticles.index()) {
      // 2019: r2 (March), r1 (June 3), c1 (June 20); 2020: v1.
      assertThat(index.search(SearchRequest.of("date:{2019 TO 2020}")).total()).isZero();
      assertThat(ids(index.search(SearchRequest.of("date:{2019-03-10 TO 2019-06-20}")))).containsExactly("r1");
      assertThat(ids(index.search(SearchRequest.of("date:{2019-03 TO 2020}")))).containsExactlyInAnyOrder("r1", "c1");
    }
  }

  @Test
  void theFarthestDaysAreOpenEnds() throws IOException {
    try (ArticleIndex index = TestArticles.index()) {
      List<String> dated = List.of("r1", "r2", "r3", "v1", "u1", "m1", "c1");
      assertThat(ids(index.search(SearchRequest.builder().from(LocalDate.MIN).to(LocalDate.MAX).size(20).build())))
          .containsExactlyInAnyOrderElementsOf(dated);
      assertThat(ids(index.search(SearchRequest.builder().from(LocalDate.MIN).size(20).build())))
          .containsExactlyInAnyOrderElementsOf(dated);
      assertThat(ids(index.search(SearchRequest.builder().to(LocalDate.MAX).size(20).build())))
          .containsExactlyInAnyOrderElementsOf(dated);
      assertThat(ids(index.search(SearchRequest.builder().from(LocalDate.MIN).to(LocalDate.of(2018, 12, 31)).build())))
          .containsExactly("u1");
      assertThat(ids(index.search(SearchRequest.builder().from(LocalDate.of(2022, 1, 1)).to(LocalDate.MAX).build())))
          .containsExactly("r3");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"7fc00000", "7f800000", "ff800000"}) // NaN, +infinity, -infinity
  void aCursorWhoseScoreIsNoNumberIsRejected(String floatBits) throws IOException {
    String cursor = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("v2|RELEVANCE|" + floatBits + "|1").getBytes(StandardCharsets.UTF_8));
    try (ArticleIndex index = TestArticles.index()) {
      assertThatThrownBy(() -> index.search(SearchRequest.builder().query("oil").cursor(cursor).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cursor '" + cursor + "'");
      // A real score in the same form is taken.
      String real = Base64.getUrlEncoder().withoutPadding()
          .encodeToString("v2|RELEVANCE|3f800000|1".getBytes(StandardCharsets.UTF_8));
      assertThat(index.search(SearchRequest.builder().query("oil").cursor(real).build()).total()).isPositive();
    }
  }
}
