package io.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.Article;
import io.newssearch.Published;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static Article read(String name) throws Exception {
    Path p = Path.of("src/test/resources/html", name);
    ReadOutcome o = HtmlReader.read(Files.readString(p), p.toString());
    assertThat(o).as(o.toString()).isInstanceOf(ReadOutcome.Parsed.class);
    return ((ReadOutcome.Parsed) o).article();
  }

  @Test
  void declaredMetadataWinsAndTheBodyIsTheArticleOnly() throws Exception {
    Article a = read("with-metadata.html");
    assertThat(a.title()).isEqualTo("Lithium deal signed in La Paz");
    assertThat(a.authors()).containsExactly("Rosa Quispe", "Tomás Vargas");
    assertThat(a.published()).isEqualTo(Published.parse("2023-04-18T09:30:00-04:00"));
    assertThat(a.source()).isEqualTo("The Altiplano Times");
    assertThat(a.url()).isEqualTo("https://altiplanotimes.example/2023/04/lithium-deal-la-paz?utm_source=feed");
    assertThat(a.id()).isEqualTo("https://altiplanotimes.example/2023/04/lithium-deal-la-paz");
    assertThat(a.sections()).containsExactly("Economy");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.body()).startsWith("Bolivia's state lithium company signed")
        .endsWith("present its demands to Congress next week.")
        .doesNotContain("trackArticleView").doesNotContain("Most read").doesNotContain("cookies")
        .doesNotContain("Venezuela");
    assertThat(a.body().split("\n\n")).hasSize(4);
  }

  @Test
  void withoutMetadataTheCleanerFindsTheFields() throws Exception {
    Article a = read("plain.html");
    assertThat(a.title()).isEqualTo("Port strike ends in Valparaíso");
    assertThat(a.authors()).containsExactly("Camila Rojas");
    assertThat(a.published()).isEqualTo(Published.parse("2022-06-14"));
    assertThat(a.body()).startsWith("Dock workers in Valparaíso returned")
        .endsWith("by the end of next week.")
        .doesNotContain("Venezuela").doesNotContain("Share");
  }

  @Test
  void theIdFollowsTheDeclaredFieldsNotTheCleanersGuesses() throws Exception {
    Article a = read("plain.html");
    assertThat(a.id()).isEqualTo(Article.deriveId(a.url(), a.source(), a.title(), a.published()));
    String html = Files.readString(Path.of("src/test/resources/html/plain.html")).replace("<head>",
        "<head><meta property=\"og:site_name\" content=\"Costa Pacifico\">");
    Article declared = ((ReadOutcome.Parsed) HtmlReader.read(html, "x.html")).article();
    assertThat(declared.source()).isEqualTo("Costa Pacifico");
    assertThat(declared.id()).isEqualTo(Article.deriveId(null, "Costa Pacifico", declared.title(), declared.published()));
  }

  @Test
  void rendersListsAsBulletsAndBlocksAsLines() {
    String text = HtmlReader.toText(Jsoup.parse(
        "<title>T</title><ul><li>One</li><li>Two<ul><li>Deep</li></ul></li></ul><p>A <b>bold</b> word.</p><script>x()</script>"));
    assertThat(text.lines().toList()).containsExactly("T", "", "  • One", "  • Two", "    ◦ Deep", "", "A bold word.");
  }

  @Test
  void aPageWithoutAnArticleIsSkipped() {
    ReadOutcome o = HtmlReader.read("<html><body><ul><li><a>Home</a></li><li><a>News</a></li></ul></body></html>", "home.html");
    assertThat(o).isInstanceOf(ReadOutcome.Skipped.class);
  }

  @Test
  void jsonLdArticleBodyRescuesAPageTheCleanerCannotRead() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Short note\",\"articleBody\":\"The council met.\"}</script></head>"
        + "<body><div>menu</div></body></html>";
    ReadOutcome o = HtmlReader.read(html, "note.html");
    assertThat(o).isInstanceOf(ReadOutcome.Parsed.class);
    Article a = ((ReadOutcome.Parsed) o).article();
    assertThat(a.title()).isEqualTo("Short note");
    assertThat(a.body()).isEqualTo("The council met.");
    assertThat(a.authors()).isEmpty();
  }
}
