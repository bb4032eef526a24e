package io.newssearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken syntax never throws: it is searched as plain words and the result says so. */
class MalformedQueryTest {

  private static ArticleIndex index;

  @BeforeAll
  static void open() throws IOException {
    index = TestArticles.index();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
    "\"unclosed",
    "oil \"production",
    "AND OR",
    "AND",
    "oil AND",
    "OR oil",
    "NOT",
    "title:",
    "title: AND",
    "((",
    "(oil",
    "oil)",
    "[2019 TO",
    "date:[2019 TO",
    "{a TO b",
    "date:notadate",
    "date:2019-13",
    "*oil",
    "?il",
    "oil^",
    "oil~~",
    "\\",
    "oil \\",
    "/unclosed regex",
    "::",
    "+",
    "-",
    "!",
    "&&",
    "||",
    "title:(oil",
    "a:b:c",
  })
  void brokenSyntaxReturnsAResultAndAWarning(String query) throws IOException {
    SearchResult r = index.search(SearchRequest.of(query));
    assertThat(r).isNotNull();
    assertThat(r.warnings()).as("warnings for %s", query).isNotEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"\"oil production", "oil AND", "((oil", "oil )"})
  void theFallbackSearchesTheWords(String query) throws IOException {
    SearchResult r = index.search(SearchRequest.of(query));
    assertThat(r.total()).as(query).isPositive();
    assertThat(r.warnings()).isNotEmpty();
  }
}
