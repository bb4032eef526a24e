package io.newssearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTest {

  @Test
  void idIsTheCanonicalUrlWhenThereIsOne() {
    Article a = Article.builder().url("HTTPS://Example.COM:443/news/a/?utm_source=x&page=2#top")
        .title("T").body("B").build();
    assertThat(a.id()).isEqualTo("https://example.com/news/a?page=2");
  }

  @Test
  void idIsAStableHashOfSourceTitleAndDateWithoutUrl() {
    Article.Builder b = Article.builder().source("Wire").title("Headline").body("x")
        .published(Published.of(LocalDate.of(2019, 6, 3)));
    String id = b.build().id();
    assertThat(id).startsWith("h:").hasSize(34);
    assertThat(b.body("other body").build().id()).as("body does not change identity").isEqualTo(id);
    assertThat(b.title("Other headline").build().id()).isNotEqualTo(id);
  }

  @Test
  void anExplicitIdWins() {
    assertThat(Article.builder().id(" my-id ").url("https://x.org/a").title("T").build().id()).isEqualTo("my-id");
  }

  @Test
  void noIdAndNothingToDeriveOneFromIsRejectedWithAReason() {
    assertThatThrownBy(() -> Article.builder().body("only a body").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id is missing");
  }

  @Test
  void emptyTitleAndBodyIsRejectedNamingTheArticle() {
    assertThatThrownBy(() -> Article.builder().id("x1").title("  ").body("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x1'")
        .hasMessageContaining("empty title and body");
  }

  @Test
  void listsAreCleanedAndImmutable() {
    Article a = Article.builder().id("x").title("T")
        .authors(Arrays.asList(" Ana ", null, "", "Ana", "Bo"))
        .tags(null).build();
    assertThat(a.authors()).containsExactly("Ana", "Bo");
    assertThat(a.tags()).isEmpty();
    assertThatThrownBy(() -> a.authors().add("C")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCleanImmutableListIsKeptAndAMutableOneIsCopied() {
    List<String> clean = List.of("Russia", "Venezuela");
    assertThat(new Article("x", null, null, "T", List.of(), null, List.of(), clean, List.of(),
        null, "").tags()).isSameAs(clean);
    List<String> mutable = new java.util.ArrayList<>(clean);
    Article a = new Article("x", null, null, "T", List.of(), null, List.of(), mutable, List.of(),
        null, "");
    mutable.set(0, "Cuba");
    assertThat(a.tags()).containsExactly("Russia", "Venezuela");
    assertThatThrownBy(() -> a.tags().add("C")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void longListsAndListsWithOneFlawAreCleanedToo() {
    List<String> nine = List.of("a", "b", "c", "d", "e", "f", "g", "h", " a ");
    assertThat(Article.builder().id("x").title("T").tags(nine).build().tags())
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    assertThat(Article.builder().id("x").title("T").tags(List.of("a", "b", "a")).build().tags())
        .containsExactly("a", "b");
    assertThat(Article.builder().id("x").title("T").tags(List.of("a", "b ")).build().tags())
        .containsExactly("a", "b");
    assertThat(Article.builder().id("x").title("T").tags(List.of("a", "\t")).build().tags())
        .containsExactly("a");
  }

  @Test
  void blankOptionalValuesBecomeNull() {
    Article a = Article.builder().id("x").title("T").url(" ").source("").language("  ").build();
    assertThat(a.url()).isNull();
    assertThat(a.source()).isNull();
    assertThat(a.language()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "http://a.org/x/,                       http://a.org/x",
    "http://a.org/,                         http://a.org",
    "http://a.org:8080/x?fbclid=1&q=2,      http://a.org:8080/x?q=2",
    "https://a.org/x?utm_medium=a&gclid=b,  https://a.org/x",
    "not a url,                             not a url",
  })
  void canonicalUrls(String in, String expected) {
    assertThat(Article.canonicalUrl(in)).isEqualTo(expected);
  }

  @Test
  void toBuilderRoundTrips() {
    Article a = Article.builder().url("https://a.org/x").source("S").title("T").authors(List.of("A"))
        .published(Published.parse("2020-01-02T03:04:05Z")).sections(List.of("World"))
        .tags(List.of("Peru")).regions(List.of("South America")).language("en").body("B").build();
    assertThat(a.toBuilder().build()).isEqualTo(a);
  }
}
