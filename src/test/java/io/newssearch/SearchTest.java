package io.newssearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newssearch.tag.Tagger;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTest {

  private static ArticleIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = TestArticles.index();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static SearchResult search(SearchRequest.Builder b) throws IOException {
    return index.search(b.build());
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  private static String facet(SearchResult r, String dim) {
    return r.facet(dim).stream().map(FacetValue::toString).collect(Collectors.joining(", "));
  }

  @Test
  void facetCountsWithoutAFilter() throws IOException {
    SearchResult r = search(SearchRequest.builder().facets("tag", "author", "section", "language", "date"));
    assertThat(r.total()).isEqualTo(8);
    assertThat(facet(r, "tag")).isEqualTo("Venezuela (4), Russia (3), Colombia (1), Mexico (1), United States (1)");
    assertThat(facet(r, "author")).isEqualTo("Ana Ruiz (3), Ben Cole (2), Carla Díaz (2)");
    assertThat(facet(r, "section")).isEqualTo("Politics (4), Economy (1), Elections (1), Energy (1), World (1)");
    assertThat(facet(r, "language")).isEqualTo("en (7), es (1)");
    assertThat(facet(r, "date")).isEqualTo("2018 (1), 2019 (3), 2020 (1), 2021 (1), 2022 (1)");
  }

  @Test
  void filteringATagKeepsTheOtherTagCountsAndCountsOtherDimensionsUnderTheFilter() throws IOException {
    SearchResult r = search(SearchRequest.builder().filter("tag", "Russia").facets("tag", "author", "region"));
    assertThat(r.total()).isEqualTo(3);
    assertThat(facet(r, "tag")).isEqualTo("Venezuela (4), Russia (3), Colombia (1), Mexico (1), United States (1)");
    assertThat(r.facet("tag")).filteredOn(FacetValue::selected).extracting(FacetValue::value).containsExactly("Russia");
    assertThat(facet(r, "author")).isEqualTo("Ana Ruiz (2), Ben Cole (1)");
    assertThat(facet(r, "region")).isEqualTo("Eastern Europe (3), South America (2)");
  }

  @Test
  void valuesOfOneDimensionAreOrAndDimensionsAreAnd() throws IOException {
    SearchResult r = search(SearchRequest.builder().filter("tag", "Russia", "Mexico").filter("author", "Ana Ruiz")
        .facets("tag", "author"));
    assertThat(ids(r)).containsExactlyInAnyOrder("r1", "r3");
    // tag counts ignore the tag filter but respect the author filter, and the other way round;
    // equal counts are listed by name.
    assertThat(facet(r, "tag")).isEqualTo("Russia (2), Venezuela (2), Colombia (1), Mexico (0)");
    assertThat(facet(r, "author")).isEqualTo("Ana Ruiz (2), Ben Cole (1), Carla Díaz (1)");
  }

  @Test
  void filterValuesIgnoreCaseAndAccents() throws IOException {
    SearchResult r = search(SearchRequest.builder().filter("author", "carla diaz").filter("tag", "VENEZUELA"));
    assertThat(ids(r)).containsExactly("v1");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void tagFiltersTakeAnyNameOrCodeOfTheCountry() throws IOException {
    for (String name : List.of("usa", "U.S.", "Estados Unidos", "US")) {
      SearchResult r = search(SearchRequest.builder().filter("tag", name));
      assertThat(ids(r)).as(name).containsExactly("u1");
      assertThat(r.warnings()).isEmpty();
    }
    assertThat(ids(search(SearchRequest.builder().filter("region", "northern america")))).containsExactly("u1");
  }

  @Test
  void filterValuesFoldLettersThatAreNotAccents() throws IOException {
    try (ArticleIndex idx = TestArticles.index()) {
      idx.add(TestArticles.article("w1", "Gdańsk shipyard", "Lech Wałęsa", "World", "2019-01-01", "en",
          List.of(), List.of(), "A story."));
      idx.refresh();
      assertThat(idx.search(SearchRequest.builder().filter("author", "lech walesa").build()).total())
          .isEqualTo(1);
    }
  }

  @Test
  void anUnknownFilterValueMatchesNothingAndWarns() throws IOException {
    SearchResult r = search(SearchRequest.builder().filter("tag", "Narnia").facets("tag"));
    assertThat(r.total()).isZero();
    assertThat(r.warnings()).anyMatch(w -> w.contains("Narnia"));
    assertThat(r.facet("tag")).contains(new FacetValue("Narnia", 0, true));
  }

  @Test
  void facetsOnAQueryWithNoHitsAreEmptyNotAnError() throws IOException {
    SearchResult r = search(SearchRequest.builder().query("zzzz").filter("tag", "Russia").facets("tag", "author"));
    assertThat(r.total()).isZero();
    assertThat(r.facet("author")).isEmpty();
  }

  @Test
  void deletedArticlesAreNotCounted() throws IOException {
    try (ArticleIndex idx = TestArticles.index()) {
      idx.delete("r1");
      idx.delete("r2");
      idx.refresh();
      SearchResult r = idx.search(SearchRequest.builder().facets("tag").filter("tag", "Russia").build());
      assertThat(r.total()).isEqualTo(1);
      assertThat(r.facet("tag").stream().filter(v -> v.value().equals("Venezuela")).findFirst())
          .get().extracting(FacetValue::count).isEqualTo(2L);
    }
  }

  @Test
  void monthFacetIsChronological() throws IOException {
    SearchResult r = search(SearchRequest.builder().query("oil").facets("month"));
    assertThat(facet(r, "month")).isEqualTo("2019-03 (1), 2019-06 (2)");
  }

  @Test
  void theCursorPagesThroughEveryHitExactlyOnceInEveryOrder() throws IOException {
    for (SortOrder order : SortOrder.values()) {
      SearchRequest request = SearchRequest.builder().size(3).sort(order).build();
      List<String> seen = new ArrayList<>();
      SearchResult page = index.search(request);
      seen.addAll(ids(page));
      int pages = 1;
      while (page.hasMore()) {
        page = index.search(request.next(page));
        seen.addAll(ids(page));
        pages++;
      }
      assertThat(seen).as(order.name()).hasSize(8).doesNotHaveDuplicates();
      assertThat(pages).isEqualTo(3);
    }
  }

  @Test
  void theCursorStaysValidWhileArticlesAreAdded() throws IOException {
    try (ArticleIndex idx = TestArticles.index()) {
      SearchRequest request = SearchRequest.builder().size(4).sort(SortOrder.OLDEST).build();
      SearchResult first = idx.search(request);
      // A new, older article lands before the cursor: it must not shift the next page.
      idx.add(TestArticles.article("old", "An old story", "Ana Ruiz", "World", "2001-01-01", "en",
          List.of(), List.of(), "Old text."));
      idx.refresh();
      SearchResult second = idx.search(request.next(first));
      Set<String> all = new HashSet<>(ids(first));
      all.addAll(ids(second));
      assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first)).doesNotContain("old");
      assertThat(all).hasSize(8);
    }
  }

  @Test
  void aCursorFromAnotherOrderIsRejected() throws IOException {
    SearchResult r = search(SearchRequest.builder().size(2).sort(SortOrder.NEWEST));
    assertThatThrownBy(() -> index.search(SearchRequest.builder().size(2).cursor(r.nextCursor()).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEWEST");
    assertThatThrownBy(() -> index.search(SearchRequest.builder().cursor("garbage!").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
  }

  @Test
  void sortsByDateWithUndatedLast() throws IOException {
    assertThat(ids(search(SearchRequest.builder().sort(SortOrder.NEWEST))))
        .containsExactly("r3", "m1", "v1", "c1", "r1", "r2", "u1", "n1");
    assertThat(ids(search(SearchRequest.builder().sort(SortOrder.OLDEST))))
        .containsExactly("u1", "r2", "r1", "c1", "v1", "m1", "r3", "n1");
  }

  @Test
  void dateRangeIsInclusiveOfBothDays() throws IOException {
    SearchResult r = search(SearchRequest.builder().from(LocalDate.of(2019, 6, 3)).to(LocalDate.of(2019, 6, 20)));
    assertThat(ids(r)).containsExactlyInAnyOrder("r1", "c1");
  }

  @Test
  void titleMatchesRankAboveBodyMatches() throws IOException {
    // "venezuela" is in r1's and c1's titles, and only in the bodies of v1 and r2 ("venezuelan").
    List<String> ranked = ids(search(SearchRequest.builder().query("venezuela")));
    assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("r1", "c1");
    assertThat(ranked).contains("v1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "oil production                      | r1 c1 r2",
    "\"oil production\"                  | r1 c1",
    "oil -border                         | r1 r2",
    "-russia                             | r2 r3 v1 u1 m1 c1 n1",
    "sanctions OR midterm                | r3 u1",
    "oil kremlin OR sanctions            | r1 r2",
    "kremlin OR moscow oil               | r1 r2",
    "oil AND kremlin OR rouble           | r1 r2",
    "(kremlin OR moscow) oil             | r1 r2",
    "(kremlin OR sanctions) (oil OR rouble) | r1 r2 r3",
    "(kremlin OR sanctions) (oil OR trucks) | r1 r2",
    "kremlin OR sanctions oil OR trucks  | r1 r2",
    "oil kremlin OR sanctions production OR rouble | r1 r2",
    "kremlin OR moscow rouble OR trucks  | r3",
    "produc*                             | r1 c1 r2",
    "title:venezuela                     | r1 c1",
    "author:ruiz                         | r1 r3 c1",
    "tag:russia                          | r1 r2 r3",
    "tag:\"united states\"               | u1",
    "tag:usa                             | u1",
    "country:EE.UU.                      | u1",
    "country:\"Estados Unidos\"          | u1",
    "region:\"south america\"            | r1 r2 v1 c1",
    "section:energy                      | r2",
    "language:es                         | v1",
    "date:2019-06                        | r1 c1",
    "date:2019                           | r1 r2 c1",
    "date:[2019-01-01 TO 2019-06-10]     | r1 r2",
    "date:[2021-01 TO *]                 | m1 r3",
    "date:{2018 TO 2021]                 | r1 r2 c1 v1 m1",
    "date:[2019-06-03 TO 2019-06-20}     | r1",
    "date:{2019-06 TO *]                 | v1 m1 r3",
    "date:[* TO 2019}                    | u1",
    "nicolas                             | r1 v1",
    "NICOLÁS maduro                      | r1 v1",
    "kremlin's                           | r1 r2",
    "mexico                              | m1",
  })
  void querySyntax(String query, String expected) throws IOException {
    SearchResult r = search(SearchRequest.builder().query(query).size(20));
    assertThat(r.warnings()).as("warnings").isEmpty();
    assertThat(ids(r)).containsExactlyInAnyOrder(expected.split(" "));
  }

  @Test
  void aLuceneQueryCanBeGivenInsteadOfText() throws IOException {
    SearchResult r = search(SearchRequest.builder().query(new TermQuery(new Term("body", "rouble"))));
    assertThat(ids(r)).containsExactly("r3");
  }

  @Test
  void unknownFieldsAreSearchedAsWordsWithAWarning() throws IOException {
    SearchResult r = search(SearchRequest.builder().query("colour:border"));
    assertThat(r.warnings()).anyMatch(w -> w.contains("unknown field 'colour:'"));
    assertThat(r.total()).isZero(); // "colour" and "border" must both match; no article has both
    SearchResult r2 = search(SearchRequest.builder().query("trucks:border"));
    assertThat(ids(r2)).containsExactly("c1");
  }

  @Test
  void noHitsSuggestsASpelling() throws IOException {
    SearchResult r = search(SearchRequest.builder().query("sanctoins"));
    assertThat(r.total()).isZero();
    assertThat(r.suggestion()).isEqualTo("sanctions");
  }

  @Test
  void aQueryLongerThanASuggestionIsWorthGetsNone() throws IOException {
    String longQuery = "sanctoins " + "zzqx ".repeat(io.newssearch.search.SearchEngine.MAX_SUGGESTION_WORDS);
    SearchResult r = search(SearchRequest.builder().query(longQuery));
    assertThat(r.total()).isZero();
    assertThat(r.suggestion()).isNull();
    SearchResult shortQuery = search(SearchRequest.builder().query("sanctoins zzqx"));
    assertThat(shortQuery.suggestion()).startsWith("sanctions");
  }

  @Test
  void sizeZeroGivesTotalsAndFacetsOnly() throws IOException {
    SearchResult r = search(SearchRequest.builder().size(0).facets("tag"));
    assertThat(r.hits()).isEmpty();
    assertThat(r.total()).isEqualTo(8);
    assertThat(r.nextCursor()).isNull();
    assertThat(r.facet("tag")).isNotEmpty();
  }

  @Test
  void hitsCarryTheArticleFields() throws IOException {
    SearchHit hit = search(SearchRequest.builder().query("kremlin caracas deal")).hits().get(0);
    assertThat(hit.id()).isEqualTo("r2");
    assertThat(hit.url()).isEqualTo("https://news.example/r2");
    assertThat(hit.authors()).containsExactly("Ben Cole");
    assertThat(hit.published()).isEqualTo(Published.parse("2019-03-10"));
    assertThat(hit.tags()).containsExactly("Russia", "Venezuela");
    assertThat(hit.regions()).containsExactly("Eastern Europe", "South America");
    assertThat(hit.sections()).containsExactly("Energy");
    assertThat(hit.score()).isPositive();
    assertThat(hit.highlightedTitle().render("[", "]")).isEqualTo("[Kremlin] and [Caracas] sign an oil [deal]");
  }

  @Test
  void requestValidationNamesTheBadParameter() {
    assertThatThrownBy(() -> SearchRequest.builder().filter("colour", "red").build())
        .hasMessageContaining("'colour'");
    assertThatThrownBy(() -> SearchRequest.builder().size(5000).build()).hasMessageContaining("size 5000");
    assertThatThrownBy(() -> SearchRequest.builder().from(LocalDate.of(2020, 1, 2)).to(LocalDate.of(2020, 1, 1)).build())
        .hasMessageContaining("after");
    assertThatThrownBy(() -> SearchRequest.builder().facet("tag", 0).build()).hasMessageContaining("tag");
  }

  @Test
  void aNullInTheBuilderIsNamedNotABareNullPointerException() {
    String none = null;
    // each row: a build with a null somewhere, the exception, what its message says
    Object[][] rows = {
      {(Runnable) () -> SearchRequest.builder().filter("tag", none).build(),
          IllegalArgumentException.class, "filter tag has a blank value"},
      {(Runnable) () -> SearchRequest.builder().filter("tag", "Russia", none).build(),
          IllegalArgumentException.class, "filter tag has a blank value"},
      {(Runnable) () -> SearchRequest.builder().filter("tag", (String[]) null).build(),
          NullPointerException.class, "filter tag values"},
      {(Runnable) () -> SearchRequest.builder().filter("tag", (List<String>) null).build(),
          NullPointerException.class, "filter tag values"},
      {(Runnable) () -> SearchRequest.builder().filter(none, "x").build(),
          NullPointerException.class, "filter dimension is null"},
      {(Runnable) () -> SearchRequest.builder().facets("tag", none).build(),
          NullPointerException.class, "facet dimension is null"},
      {(Runnable) () -> SearchRequest.builder().facets((String[]) null).build(),
          NullPointerException.class, "facet dimensions"},
      {(Runnable) () -> SearchRequest.builder().facet(none, 5).build(),
          NullPointerException.class, "facet dimension is null"},
    };
    for (Object[] row : rows) {
      assertThatThrownBy(((Runnable) row[0])::run).as((String) row[2])
          .isExactlyInstanceOf((Class<?>) row[1]).hasMessageContaining((String) row[2]);
    }
  }

  @Test
  void anEmptyIndexAnswersEveryKindOfRequest() throws IOException {
    try (ArticleIndex empty = ArticleIndex.inMemory(ArticleIndex.Options.defaults().withTagger(Tagger.none()))) {
      SearchResult r = empty.search(SearchRequest.builder().query("x").filter("tag", "Russia")
          .facets("tag", "date", "month").build());
      assertThat(r.total()).isZero();
      assertThat(r.facet("date")).isEmpty();
    }
  }
}
