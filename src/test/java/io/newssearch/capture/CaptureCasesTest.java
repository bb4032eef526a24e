package io.newssearch.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newssearch.Article;
import io.newssearch.ingest.ReadOutcome;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own small captures in {@code capture-cases/}, each with an {@code .expected.json}: the
 * fields, where the body starts and ends, and text that must (not) be in it. Layouts differ from
 * the seed's: a wrapped text-browser dump with the byline after the body, a blog with comments,
 * a Spanish page with the cookie banner first, a magazine with a newsletter box and a bio.
 */
class CaptureCasesTest {

  static Path casesDir() throws URISyntaxException {
    return Path.of(CaptureCasesTest.class.getResource("/capture-cases").toURI());
  }

  static Stream<Path> cases() throws IOException, URISyntaxException {
    List<Path> files;
    try (Stream<Path> list = Files.list(casesDir())) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream();
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cleansAsExpected(Path capture) throws IOException {
    String name = capture.getFileName().toString().replaceAll("\\.txt$", "");
    JsonNode want =
        new ObjectMapper().readTree(capture.resolveSibling(name + ".expected.json").toFile());
    ReadOutcome outcome = CaptureReader.read(read(capture), name);
    if (want.has("skip")) {
      assertThat(outcome).isInstanceOf(ReadOutcome.Skipped.class);
      assertThat(((ReadOutcome.Skipped) outcome).reason()).contains(want.get("skip").asText());
      return;
    }
    assertThat(outcome)
        .as(() -> CaptureReader.explain(read0(capture)).toString())
        .isInstanceOf(ReadOutcome.Parsed.class);
    Article a = ((ReadOutcome.Parsed) outcome).article();
    String explain = CaptureReader.explain(read(capture)).toString();
    assertThat(a.title()).as(explain).isEqualTo(want.get("title").asText());
    assertThat(a.authors()).as(explain).isEqualTo(strings(want.get("authors")));
    assertThat(CaptureEvaluation.samePublished(a.published(), want.get("published").asText()))
        .as("published %s, want %s", a.published(), want.get("published").asText())
        .isTrue();
    assertThat(a.sections()).as(explain).isEqualTo(strings(want.get("sections")));
    assertThat(a.source()).isEqualTo(want.get("source").asText());
    assertThat(a.language()).isEqualTo(want.get("language").asText());
    if (want.has("url")) {
      assertThat(a.url()).isEqualTo(want.get("url").asText());
      assertThat(a.id()).isEqualTo(want.get("url").asText());
    }
    String body = a.body();
    assertThat(body).as(explain).startsWith(want.get("first").asText());
    assertThat(body).as(explain).endsWith(want.get("last").asText());
    if (want.has("paragraphs")) {
      assertThat(body.split("\n\n")).as(body).hasSize(want.get("paragraphs").asInt());
    }
    for (String s : strings(want.get("present"))) {
      assertThat(body).as(explain).contains(s);
    }
    for (String s : strings(want.get("absent"))) {
      assertThat(body).as(explain).doesNotContain(s);
    }
  }

  private static String read0(Path p) {
    try {
      return read(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      node.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  @Test
  void lineEndingsBomAndNoBreakSpacesDoNotChangeTheResult() throws Exception {
    for (Path capture : cases().toList()) {
      String text = read(capture);
      String windows = "\uFEFF" + text.replace("\n", "\r\n").replace(" the ", "\u00A0the ");
      String oldMac = text.replace("\n", "\r").replace("  • ", "\t• ");
      assertThat(summary(CaptureReader.read(windows, "w")))
          .as(capture.toString())
          .isEqualTo(summary(CaptureReader.read(text, "w")).replace("\u00A0", " "));
      assertThat(summary(CaptureReader.read(oldMac, "w")))
          .as(capture.toString())
          .isEqualTo(summary(CaptureReader.read(text, "w")));
    }
  }

  @Test
  void resultDoesNotDependOnTheDefaultLocale() throws Exception {
    Locale saved = Locale.getDefault();
    List<String> plain = new ArrayList<>();
    for (Path p : cases().toList()) {
      plain.add(summary(CaptureReader.read(read(p), "x")));
    }
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      List<String> turkish = new ArrayList<>();
      for (Path p : cases().toList()) {
        turkish.add(summary(CaptureReader.read(read(p), "x")));
      }
      assertThat(turkish).isEqualTo(plain);
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static String summary(ReadOutcome o) {
    return switch (o) {
      case ReadOutcome.Parsed p -> p.article().toString();
      case ReadOutcome.Skipped s -> "skipped " + s.reason();
      case ReadOutcome.Invalid i -> "invalid " + i.reason();
    };
  }

  @Test
  void emptyBinaryAndFurnitureOnlyInputsSayWhy() {
    assertThat(CaptureReader.read("", "e")).isEqualTo(new ReadOutcome.Skipped("e", "", "empty input"));
    assertThat(CaptureReader.read(" \r\n\t\n\uFEFF", "e"))
        .isEqualTo(new ReadOutcome.Skipped("e", "", "empty input"));
    assertThat(CaptureReader.read("PK\u0003\u0004\u0000\u0000\u0014\u0000binary", "b"))
        .isInstanceOfSatisfying(
            ReadOutcome.Invalid.class, i -> assertThat(i.reason()).startsWith("looks like binary data"));
    String menu = "  • Home\n  • World\n  • Politics\n  • Sport\nSubscribe\nLog in\n© 2024 Site\n";
    assertThat(CaptureReader.read(menu, "m"))
        .isInstanceOfSatisfying(
            ReadOutcome.Skipped.class, s -> assertThat(s.reason()).startsWith("no article found"));
  }

  @Test
  void explainSaysWhyEachBlockWasDropped() throws Exception {
    Path blog = casesDir().resolve("blog-with-comments.txt");
    Explanation e = CaptureReader.explain(read(blog));
    assertThat(e.outcome()).isEqualTo("article");
    assertThat(e.entries()).anySatisfy(x -> {
      assertThat(x.text()).startsWith("Why Uruguay's pension vote");
      assertThat(x.verdict()).isEqualTo("headline");
    });
    assertThat(e.entries())
        .filteredOn(x -> x.text().equals("Home"))
        .singleElement()
        .satisfies(x -> {
          assertThat(x.kept()).isFalse();
          assertThat(x.verdict()).isEqualTo("menu or link list item");
        });
    assertThat(e.entries())
        .filteredOn(x -> x.text().startsWith("14 thoughts on"))
        .singleElement()
        .satisfies(x -> assertThat(x.verdict()).isEqualTo("comments header"));
    assertThat(e.toString()).contains("keep").contains("drop").contains("comments header");
  }
}
