package io.newssearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.tag.Tagger;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HighlightTest {

  private static ArticleIndex index;
  private static final String FILLER =
      "Officials met again on Tuesday to review the figures from the regional offices. ";

  @BeforeAll
  static void open() throws IOException {
    index = ArticleIndex.inMemory(ArticleIndex.Options.defaults().withTagger(Tagger.none()));
    index.add(Article.builder().id("xss").title("A <b>bold</b> headline about pipelines")
        .body("The ministry said <script>alert('pipeline')</script> was found in the pipeline report."
            + " Another sentence follows here.").build());
    index.add(Article.builder().id("long").title("A long report")
        .body(FILLER.repeat(400) + "At the very end the word zeppelin appears once. " + FILLER.repeat(5))
        .build());
    index.add(Article.builder().id("phrase").title("Output falls")
        .body("Oil output rose. " + FILLER.repeat(3) + "Then oil production fell by a third. "
            + FILLER.repeat(3) + "Production of oil is the main business.").build());
    index.add(Article.builder().id("many").title("Many mentions")
        .body((FILLER + "The harbour was closed. ").repeat(30)).build());
    index.refresh();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static SearchHit hit(String query) throws IOException {
    SearchResult r = index.search(SearchRequest.of(query));
    assertThat(r.hits()).as(query).isNotEmpty();
    return r.hits().get(0);
  }

  @Test
  void articleTextIsEscapedInHtmlSnippets() throws IOException {
    SearchHit h = hit("pipeline");
    String html = h.snippets().get(0).toHtml();
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(html).contains("<mark>pipeline</mark>");
    assertThat(h.highlightedTitle().toHtml()).startsWith("A &lt;b&gt;bold&lt;/b&gt; headline");
  }

  @Test
  void aPhraseIsOneHighlightNotSeparateWords() throws IOException {
    SearchHit h = hit("\"oil production\"");
    List<Snippet> snippets = h.snippets();
    assertThat(snippets).hasSize(1);
    Snippet s = snippets.get(0);
    assertThat(s.highlights()).hasSize(1);
    Snippet.Range r = s.highlights().get(0);
    assertThat(s.text().substring(r.start(), r.end())).isEqualTo("oil production");
  }

  @Test
  void aMatchDeepInALongArticleStillGetsASnippet() throws IOException {
    SearchHit h = hit("zeppelin");
    assertThat(h.id()).isEqualTo("long");
    assertThat(h.snippets()).hasSize(1);
    assertThat(h.snippets().get(0).render("[", "]")).contains("[zeppelin]");
  }

  @Test
  void snippetsKeepCloseToTheRequestedLengthAndAtMostThree() throws IOException {
    SearchHit h = hit("harbour");
    assertThat(h.snippets()).hasSize(3);
    for (Snippet s : h.snippets()) {
      assertThat(s.text().length()).isBetween(60, 320);
      assertThat(s.hasHighlights()).isTrue();
    }
    SearchResult longer = index.search(SearchRequest.builder().query("harbour").snippetLength(400).snippets(1).build());
    assertThat(longer.hits().get(0).snippets()).hasSize(1);
    int longest = h.snippets().stream().mapToInt(sn -> sn.text().length()).max().orElseThrow();
    assertThat(longer.hits().get(0).snippets().get(0).text().length())
        .as("a longer requested length gives a longer passage")
        .isGreaterThan(longest)
        .isGreaterThanOrEqualTo(200);
  }

  @Test
  void whenTheBodyDoesNotMatchTheFirstSentencesAreShown() throws IOException {
    SearchResult r = index.search(SearchRequest.builder().query("title:output").build());
    SearchHit h = r.hits().get(0);
    assertThat(h.snippets()).hasSize(1);
    assertThat(h.snippets().get(0).text()).startsWith("Oil output rose.");
    assertThat(h.snippets().get(0).hasHighlights()).isFalse();
    assertThat(h.highlightedTitle().render("[", "]")).isEqualTo("[Output] falls");
  }

  @Test
  void noSnippetsWhenNoneAreAsked() throws IOException {
    SearchResult r = index.search(SearchRequest.builder().query("harbour").snippets(0).build());
    assertThat(r.hits().get(0).snippets()).isEmpty();
    assertThat(r.hits().get(0).highlightedTitle().text()).isEqualTo("Many mentions");
  }
}
