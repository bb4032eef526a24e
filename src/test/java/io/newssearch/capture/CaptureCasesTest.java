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
import org.junit.jupiter.params.provider.Arguments;
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

  // ---------------------------------------------------------------- one capture per rule

  /*
   * One small capture per cleaning rule about the shape of pages, each in a layout of its own
   * (written for this test, not taken from a fixture site). Rows: the rule, the capture, the
   * field looked at, and what it must be. Fields: title, authors (joined by ";"), published
   * (ISO-8601), sections (";"), source, starts (the body starts with), has / lacks (the body
   * contains / does not), paragraphs. Whatever the rule, the story's text must be the body.
   */

  /** Three paragraphs of our own prose about an invented town. */
  private static final String TEXT =
      """
      The town council of Port Alder met on Tuesday evening to argue about the new budget for \
      the harbour district, and members said the plan would go to a vote next month after a \
      public hearing.

      Residents who spoke at the meeting asked for more money for the ferry service, which has \
      run at half its usual frequency since the spring because the operator cannot find crews.

      The mayor said the town would publish the full proposal on its website this week and \
      invited residents to send written comments before the vote on the fourteenth.
      """;

  /** Two more paragraphs, for rules that need a longer text. */
  private static final String MORE =
      """

      Ferry crews in the region earn less than crews on the freight routes up the coast, the \
      operator said, and several of its captains have left for better paid work since the \
      winter timetable began in October.

      Council members from the outer wards said any new money should go first to the night \
      crossings, which shift workers at the cannery depend on and which were the first to be \
      cut when the crews left.
      """;

  private static final String MENU =
      """
      Skip to content
      THE ALDER COURIER
        • News
        • Harbour
        • Opinion
        • Sport
      Subscribe | Log in
      """;

  private static final String FOOTER =
      """

        • About us
        • Contact
        • Privacy
      © 2022 Alder Courier Media Ltd. All rights reserved.
      """;

  private static String page(String header, String body, String after) {
    return MENU + "\n" + header + "\n" + body + "\n" + after + FOOTER;
  }

  private static String page(String header) {
    return page(header, TEXT, "");
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        // Dates
        Arguments.of(
            "a time before its date, two stamps: the publication's",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                Posted 7:05 p.m. CT Nov. 8, 2022 | Updated 9:40 p.m. CT Nov. 9, 2022
                """),
            "published", "2022-11-08T19:05-06:00"),
        Arguments.of(
            "one zone written at the end of a line applies to its times",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                Por Corina Blanco
                Publicado 08.11.2022, 19:05 · Actualizado 09.11.2022, 09:00 (GMT-4)
                """),
            "published", "2022-11-08T19:05-04:00"),
        Arguments.of(
            "a printed-copy stamp is not the story's date",
            page(
                """
                Alder Courier Archive
                Printed 2023-01-30 11:00 UTC for account 88
                FERRY BUDGET GOES TO A PUBLIC VOTE IN PORT ALDER

                By Corin Blake
                8 November 2022 19:05 GMT
                """),
            "published", "2022-11-08T19:05Z"),
        Arguments.of(
            "a labelled stamp is not the headline",
            page(
                """
                Alder Courier Archive
                Printed 2023-01-30 11:00 UTC for account 88
                FERRY BUDGET GOES TO A PUBLIC VOTE IN PORT ALDER

                By Corin Blake
                8 November 2022 19:05 GMT
                """),
            "title", "FERRY BUDGET GOES TO A PUBLIC VOTE IN PORT ALDER"),
        Arguments.of(
            "a time without a zone keeps it when the page states one zone",
            page(
                """
                Port Alder time (GMT-4)

                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                8 NOV 2022 - 19:05
                """),
            "published", "2022-11-08T19:05-04:00"),
        Arguments.of(
            "a time without a zone is dropped when the page states none",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                8 NOV 2022 - 19:05
                """),
            "published", "2022-11-08"),
        Arguments.of(
            "a copy's stamp does not give the page its zone",
            page(
                """
                Retrieved 2023-01-30 11:00 UTC from the Alder Courier archive

                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                8 NOV 2022 - 19:05
                """),
            "published", "2022-11-08"),
        Arguments.of(
            "published beats updated on separate lines",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                Updated November 9, 2022
                Published November 8, 2022
                """),
            "published", "2022-11-08"),
        // Header
        Arguments.of(
            "a standfirst between headline and byline is not body",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                The harbour district asks for more money, and residents want the ferry back \
                at full strength before the summer season starts.

                By Corin Blake
                November 8, 2022
                """),
            "lacks", "residents want the ferry back"),
        Arguments.of(
            "a standfirst does not hide the byline below it",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                The harbour district asks for more money, and residents want the ferry back \
                at full strength before the summer season starts.

                Share · Tweet · Email
                [IMG]
                By Corin Blake
                November 8, 2022
                """),
            "authors", "Corin Blake"),
        Arguments.of(
            "'Name / Outlet' under the headline is a byline",
            page(
                """
                News › Harbour

                Ferry budget goes to a public vote in Port Alder

                Corin Blake / The Alder Courier
                November 8, 2022
                """),
            "authors", "Corin Blake"),
        Arguments.of(
            "'Name / Outlet' under the headline is no breadcrumb",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                Corin Blake / The Alder Courier
                November 8, 2022
                """),
            "sections", ""),
        Arguments.of(
            "a desk's signature names no author",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                Redacción Alder Courier
                November 8, 2022
                """),
            "authors", ""),
        Arguments.of(
            "a stamp relative to the visit is not the headline",
            page(
                """
                Harbour

                Ferry budget goes to a public vote in Port Alder

                LIVE | Updated 12 minutes ago

                The harbour district asks for more money, and residents want the ferry back \
                at full strength before the summer season starts.

                By Corin Blake
                November 8, 2022
                """),
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "a headline in capitals above a title-like standfirst stays the headline",
            page(
                """
                FERRY BUDGET GOES TO A PUBLIC VOTE IN PORT ALDER
                Residents want the harbour ferry back at full strength

                By Corin Blake
                November 8, 2022
                """),
            "title", "FERRY BUDGET GOES TO A PUBLIC VOTE IN PORT ALDER"),
        Arguments.of(
            "a byline in lower case under the headline is not part of it",
            page(
                """
                Ferry budget goes to a public vote in Port Alder
                por Corina Blanco
                November 8, 2022
                """),
            "authors", "Corina Blanco"),
        Arguments.of(
            "a capitals kicker is not the headline",
            page(
                """
                Harbour
                DISPATCH FROM THE QUAY

                The Ferry That Stopped Running

                By Corin Blake
                November 8, 2022
                """),
            "title", "The Ferry That Stopped Running"),
        Arguments.of(
            "the label above a kicker is the section",
            page(
                """
                Harbour
                DISPATCH

                The Ferry That Stopped Running

                By Corin Blake
                November 8, 2022
                """),
            "sections", "Harbour"),
        Arguments.of(
            "a logo mark is not part of the site's name",
            "[Logo: The Alder Courier]\n" + page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                """).replace("THE ALDER COURIER\n", ""),
            "source", "The Alder Courier"),
        Arguments.of(
            "a ticker item under a live badge is not the headline",
            page(
                """
                LIVE
                Harbour strike: dockers walk out for a second day

                Harbour

                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                """),
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "a live badge is not the section",
            page(
                """
                LIVE
                Harbour strike: dockers walk out for a second day

                Harbour

                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                """),
            "sections", "Harbour"),
        Arguments.of(
            "a live page's own headline under its badge stays the headline",
            page(
                """
                LIVE
                Ferry budget vote: the council meeting as it happens

                By Corin Blake
                November 8, 2022
                """),
            "title", "Ferry budget vote: the council meeting as it happens"),
        Arguments.of(
            "a promoted link behind a badge word is not the headline",
            page(
                """
                Trending: Six harbour towns and the ferries they lost

                Ferry budget goes to a public vote in Port Alder

                The harbour district asks for more money, and residents want the ferry back \
                at full strength before the summer season starts.

                By Corin Blake
                November 8, 2022
                """),
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "the headline is the title-like line right above the byline and date",
            page(
                """
                Spotlight on the coast: six towns and their ferries

                Harbour

                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                """),
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "a name line under an author's picture is not the headline",
            page(
                """
                Ferry Money Runs Short. The Quay Waits

                The council argues over the harbour budget, and the crews wait for an answer

                [Corin Blake's avatar]
                Corin Blake
                Nov 8, 2022 ∙ 4 min read
                """),
            "title", "Ferry Money Runs Short. The Quay Waits"),
        Arguments.of(
            "a name line under an author's picture above the date is the byline",
            page(
                """
                Ferry Money Runs Short. The Quay Waits

                The council argues over the harbour budget, and the crews wait for an answer

                [Corin Blake's avatar]
                Corin Blake
                Nov 8, 2022 ∙ 4 min read
                """),
            "authors", "Corin Blake"),
        Arguments.of(
            "a bare name under the headline is the byline when a bio below names that person",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                Corin Blake
                """,
                TEXT,
                "\nCorin Blake is a reporter who covers the harbour and the islands.\n"),
            "authors", "Corin Blake"),
        Arguments.of(
            "the title-like line under the headline is its standfirst, however long",
            page(
                """
                Harbour Notes

                Ferry Money Runs Short

                A dispatch from the quay on the evening the council could not agree on the budget

                Corin Blake and Mira Tosh
                Nov 8, 2022
                """),
            "title", "Ferry Money Runs Short"),
        Arguments.of(
            "a label above the headline that reads like a name is its section",
            page(
                """
                Harbour Notes

                Ferry Money Runs Short

                By Corin Blake
                Nov 8, 2022
                """),
            "sections", "Harbour Notes"),
        Arguments.of(
            "a label above the headline may start with a function word",
            page(
                """
                El Muelle

                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                Nov 8, 2022
                """),
            "sections", "El Muelle"),
        Arguments.of(
            "a short link line right above the headline does not make it a standfirst",
            """
            Radio Costa Norte FM 101.5
            Escuchá en vivo

            Ferry budget goes to a public vote in Port Alder

            By Corin Blake
            November 8, 2022

            """ + TEXT,
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "a section's name that the menu prints too is a label above the headline",
            page(
                """
                Harbour and Islands Desk
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                """).replace("  • Harbour\n", "  • Harbour and Islands Desk\n"),
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "a headline may ask a question",
            page(
                """
                Harbour › Explainers

                Port Alder 'pauses' its ferry plan. What does that change?

                The council keeps the night crossings for now. We answer the main questions

                By Corin Blake
                November 8, 2022
                """),
            "title", "Port Alder 'pauses' its ferry plan. What does that change?"),
        Arguments.of(
            "a line of a drawn box is not the headline",
            page(
                """
                Did Port Alder cut its ferry service in half?

                By Corin Blake
                November 8, 2022

                ┌──────────────────────────────────────────
                │ WHAT WAS SAID
                │ "The town has cut the ferry in half."
                │ [Image: Dial pointing at Half True]
                └──────────────────────────────────────────
                """),
            "title", "Did Port Alder cut its ferry service in half?"),
        Arguments.of(
            "a source line and the original's stamp line are not the headline",
            page(
                """
                Harbour › Politics
                Source: [Quay Herald logo] The Quay Herald
                The Quay Herald · 8 Nov 2022, 19:05 GMT · 4 min read

                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                """),
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "a desk's credit is not the headline",
            page(
                """
                Harbour

                Ferry budget goes to a public vote in Port Alder

                By the Newsroom
                November 8, 2022
                """),
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "a player's position and length are not sections",
            page(
                """
                Harbour

                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022

                Listen to this story
                ▶ 00:00 / 04:12
                """),
            "sections", "Harbour"),
        Arguments.of(
            "a quote with 'we' and one consent word is not a cookie banner",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT + """

                "We will not accept half a service for another winter," said Hella Brandt, who \
                captains the older of the two boats and has asked the council to pay her crew \
                what the freight lines pay.
                """ + MORE,
                ""),
            "has", "We will not accept half a service"),
        Arguments.of(
            "a media player's label goes with the player",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                """
                Listen to this story
                ▶ 00:00 / 04:12

                """ + TEXT,
                ""),
            "lacks", "Listen to this story"),
        Arguments.of(
            "a Rioplatense 'Escuchá también:' link is a read-more line",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace("\n\nResidents", "\n\nEscuchá también: \"El muelle nuevo\", la charla del lunes\n\nResidents"),
                ""),
            "lacks", "Escuchá también"),
        Arguments.of(
            "a newsletter's thanks-and-subscribe line is a prompt",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace("\n\nResidents", "\n\nThanks for reading Quayside Letters! Subscribe for free to get new posts.\n\nResidents"),
                ""),
            "lacks", "Thanks for reading"),
        Arguments.of(
            "a subheading after a chart and its source line stays in the text",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace("\n\nResidents", "\n\n[Chart: Ferry crossings a week, 2018 to 2022]\n"
                    + "Source: Port Alder harbour office\n\nWhat residents asked for\n\nResidents"),
                ""),
            "has", "What residents asked for"),
        Arguments.of(
            "a superscript note number that is a link goes, the sentence stays",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace("public hearing.\n", "public hearing.[7]1\n"),
                ""),
            "has", "public hearing.\n"),
        Arguments.of(
            "numbered notes under a rule after the text are not the text",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT + MORE + """

                ------------------------------------------

                [12]1

                Figures from the harbour office's yearly report to the council.
                """,
                ""),
            "lacks", "yearly report"),
        Arguments.of(
            "a caption that ends in 'Photo by ...' is a caption",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace("\n\nResidents", "\n\n[Image: the quay at dawn]\n\n"
                    + "Crews wait on the quay before the first crossing. Photo by the author.\n\nResidents"),
                ""),
            "lacks", "Photo by the author"),
        Arguments.of(
            "a line behind a badge between paragraphs is a promoted link",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace("\n\nResidents", "\n\nLive: Storm over the strait — latest updates\n\nResidents"),
                ""),
            "lacks", "Storm over the strait"),
        Arguments.of(
            "a label row with a bar is not the headline",
            page(
                """
                Report | Harbour and Quay Desk

                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                """),
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "a label row with a bar above the headline gives its items as sections",
            page(
                """
                Report | Harbour and Quay Desk

                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                """),
            "sections", "Report;Harbour and Quay Desk"),
        Arguments.of(
            "a headline after a label and a bar stays the headline",
            page(
                """
                Opinion | Why the ferry budget should go to a public vote

                By Corin Blake
                November 8, 2022
                """),
            "title", "Opinion | Why the ferry budget should go to a public vote"),
        Arguments.of(
            "a headline that goes on quoting on the next line is one headline",
            page(
                """
                Ferry riders in Port Alder say the new budget
                'leaves the night crossings behind'

                By Corin Blake
                November 8, 2022
                """),
            "title", "Ferry riders in Port Alder say the new budget 'leaves the night crossings behind'"),
        Arguments.of(
            "the author's own copyright is not the site; the masthead the page names again is",
            """
               [1]Quayside Letters

               [2]Subscribe [3]Sign in

            Ferry Money Runs Short. The Quay Waits

               The council argues over the harbour budget, and the crews wait for an answer

               [Corin Blake's avatar]
               [4]Corin Blake
               Nov 8, 2022 ∙ 4 min read

            """ + TEXT + """

               Thanks for reading Quayside Letters! Subscribe for free to get new posts.

               © 2022 Corin Blake
               Privacy ∙ Terms
            """,
            "source", "Quayside Letters"),
        Arguments.of(
            "a stamp or a count after a separator is not the site's name",
            """
            Harbourfeed
            Every harbour story, in one place
            Sign in

            Harbour › Politics
            Source: [Quay Herald logo] The Quay Herald
            The Quay Herald · 8 Nov 2022, 19:05 GMT · 4 min read

            Ferry budget goes to a public vote in Port Alder

            By Corin Blake

            """ + TEXT + """

            Full coverage · 9 sources
              • Ferry crews ask for a raise
                Coastline Daily · 1 day ago

            Harbourfeed is a reader. Stories belong to the papers that publish them.
            """,
            "source", "Harbourfeed"),
        Arguments.of(
            "a furniture word at the top is not the site's name, even when the page repeats it",
            """
            News
            Harbourfeed
            Every harbour story, in one place

            Ferry budget goes to a public vote in Port Alder

            By Corin Blake
            November 8, 2022

            """ + TEXT + """

            Latest News from the quay

            Harbourfeed is a reader. Stories belong to the papers that publish them.
            """,
            "source", "Harbourfeed"),
        Arguments.of(
            "a legal notice in the footer is not the site's name; a frequency is not part of it",
            """
            Radio Costa Norte FM 101.5
            Escuchá en vivo

            Ferry budget goes to a public vote in Port Alder

            By Corin Blake
            November 8, 2022

            """ + TEXT + """

            [Foto: the quay at dawn] Archivo Radio Costa Norte

            Director: Ana Ruiz · Registro de marca en trámite
            """,
            "source", "Radio Costa Norte"),
        Arguments.of(
            "the masthead starting a row of links names the site, not the copyright holder",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                """)
                .replace("THE ALDER COURIER\n", "[1]The Alder Courier [2]Donate [3]Search\n")
                .replace("Alder Courier Media Ltd.", "The Alder Courier for Harbour Affairs."),
            "source", "The Alder Courier"),
        Arguments.of(
            "a news masthead under its owner's name names the site",
            page(
                """
                Alder News

                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                """)
                .replace("THE ALDER COURIER\n", "Alder\n")
                .replace("Alder Courier Media Ltd.", "Alder."),
            "source", "Alder News"),
        Arguments.of(
            "a company's copyright names no site: the site's own title line does",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                """)
                .replace("THE ALDER COURIER\n", "Alder Coast Today | Channel 4\n")
                .replace("Alder Courier Media Ltd.", "Seaboard Signal Broadcasting LLC."),
            "source", "Alder Coast Today"),
        // Body
        Arguments.of(
            "a print-edition note citing a headline is not the headline",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                """,
                TEXT,
                """
                A version of this article appears in print in the November 10 edition with the \
                headline: "Ferry Fight Reaches the Council"

                Published November 8, 2022
                """),
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "an 'originally published' note after the text is not the headline",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                """,
                TEXT,
                """
                Originally published in the Winter 2022 issue of Harbour Quarterly as “The Last \
                Crossing.” Subscribe

                Published November 8, 2022
                """),
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "after the text, a title-like line with only a date below is not the headline",
            page(
                "Ferry budget goes to a public vote in Port Alder\n",
                TEXT + MORE,
                """
                Port Alder, as it looked to one reader before the ferry stopped

                Published November 8, 2022

                The photographs on this page were sent in by readers who answered our call in \
                the spring, and we thank all of them for letting us print their pictures.
                """),
            "title", "Ferry budget goes to a public vote in Port Alder"),
        Arguments.of(
            "a lone drop cap is joined to its word",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                "T\n" + TEXT.substring(1), ""),
            "starts", "The town council of Port Alder"),
        Arguments.of(
            "an inline drop cap is joined to its word",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                "W hen the town council of Port Alder met" + TEXT.substring(TEXT.indexOf(" on Tuesday")),
                ""),
            "starts", "When the town council of Port Alder met on Tuesday"),
        Arguments.of(
            "a one-letter word stays a word",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                "A town council met" + TEXT.substring(TEXT.indexOf(" on Tuesday")), ""),
            "starts", "A town council met on Tuesday"),
        Arguments.of(
            "a pull quote repeating the text goes, even on two lines",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace(
                    "\nResidents who spoke",
                    "\n            “since the spring because the operator\n"
                        + "               cannot find crews.”\n\nResidents who spoke"),
                ""),
            "lacks", "“since the spring"),
        Arguments.of(
            "gallery controls go",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                """,
                TEXT.replace(
                    "\nResidents who spoke",
                    "\nPrevious Next View all 9 photos\n\nResidents who spoke"),
                ""),
            "lacks", "photos"),
        Arguments.of(
            "a reading-time line goes",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                The harbour district asks for more money, and residents want the ferry back \
                at full strength before the summer season starts.

                By Corin Blake
                November 8, 2022 · 6 minute read
                """),
            "lacks", "min read"),
        Arguments.of(
            "a credit line after the text ends it",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT + "\nWith reporting by Dara Quill in Brookmouth.\n", ""),
            "lacks", "Dara Quill"),
        Arguments.of(
            "notes after the text end it",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT + "\nFootnotes\n1. The council's own figures, which the operator disputes in a letter.\n",
                ""),
            "lacks", "operator disputes"),
        Arguments.of(
            "a read-more line does not swallow the subheading after it",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace(
                    "\nResidents who spoke",
                    "\nRead more: Port Alder's quay repairs run late\n\nWhat residents"
                        + " asked for\n\nResidents who spoke"),
                ""),
            "has", "What residents asked for"),
        Arguments.of(
            "a read-more line in Spanish goes",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace(
                    "\nResidents who spoke",
                    "\nTambién le puede interesar: Obras en el muelle de Port Alder\n\nResidents"
                        + " who spoke"),
                ""),
            "lacks", "muelle"),
        Arguments.of(
            "a 'Read next:' link between paragraphs goes",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace(
                    "\nResidents who spoke",
                    "\nRead next: Why the quay repairs in Port Alder keep running late\n\nResidents"
                        + " who spoke"),
                ""),
            "lacks", "quay repairs"),
        Arguments.of(
            "a notice after the page's copyright line is not the story",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT, "")
                + "\nTide tables on this site are given for information only and are not a guide to"
                + " navigation, so check the notices of the harbour master before you sail.\n",
            "lacks", "Tide tables"),
        Arguments.of(
            "a picture's dated credit inside the text does not end it",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace(
                    "\nThe mayor said",
                    "\n[Photo: the quay at dusk]\n© 2022 Dara Quill\n\nThe mayor said"),
                ""),
            "has", "The mayor said the town would publish"),
        Arguments.of(
            "a figure's caption goes",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace(
                    "\nResidents who spoke",
                    "\nChart 2: Ferry crossings a week from Port Alder, 2019 to 2022. Source: the"
                        + " harbour office.\n\nResidents who spoke"),
                ""),
            "lacks", "crossings a week"),
        Arguments.of(
            "a player's caption label and its caption go",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace(
                    "\nResidents who spoke",
                    "\nMedia player unsupported\nMedia caption,\nWatch: The ferry's last winter"
                        + " crossing\n\nWhat did residents ask for?\n\nResidents who spoke"),
                ""),
            "lacks", "last winter crossing"),
        Arguments.of(
            "the subheading after a player's caption stays",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace(
                    "\nResidents who spoke",
                    "\nMedia player unsupported\nMedia caption,\nWatch: The ferry's last winter"
                        + " crossing\n\nWhat did residents ask for?\n\nResidents who spoke"),
                ""),
            "has", "What did residents ask for?"),
        Arguments.of(
            "the subheadings a table of contents names stay in the text",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022

                Contents
                1. The vote
                2. The ferry
                3. Notes
                """,
                "1. The vote\n\n"
                    + TEXT.replace("\nResidents who spoke", "\n2. The ferry\n\nResidents who spoke"),
                ""),
            "has", "2. The ferry\n\nResidents who spoke"),
        Arguments.of(
            "the first subheading a table of contents names opens the body",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022

                Contents
                1. The vote
                2. The ferry
                3. Notes
                """,
                "1. The vote\n\n"
                    + TEXT.replace("\nResidents who spoke", "\n2. The ferry\n\nResidents who spoke"),
                ""),
            "starts", "1. The vote\n\nThe town council"),
        Arguments.of(
            "a short line that is one link between paragraphs goes",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace(
                    "\nResidents who spoke", "\n[14]View the budget papers\n\nResidents who spoke"),
                ""),
            "lacks", "budget papers"),
        Arguments.of(
            "the link number of a footnote call goes, the call stays",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                TEXT.replace("public hearing.\n", "public hearing.[31][1]\n"),
                ""),
            "has", "public hearing.[1]\n"),
        Arguments.of(
            "a header date line and a lower-case category line stay apart",
            page(
                """
                Ferry budget goes to a public vote in Port Alder

                By Corin Blake
                November 8, 2022
                in Harbour, Budget
                """),
            "sections", "Harbour;Budget"),
        // Paginated exports and wrapped dumps
        Arguments.of(
            "page headers, footers and counters go and the cut paragraph is joined",
            """
            Alder Wire Export for subscribers                        Page 1 of 2
            Document AW-2022-1108-17

            FERRY BUDGET GOES TO A PUBLIC VOTE IN PORT ALDER

            By Corin Blake
            8 November 2022

            The town council of Port Alder met on Tuesday evening to argue about the
            new budget for the harbour district, and members said the plan would go
            to a vote next month after a public hearing. Residents who spoke at the

                                          - 1 -
            \fAlder Wire Export for subscribers                        Page 2 of 2
            Document AW-2022-1108-17

            meeting asked for more money for the ferry service, which has run at half
            its usual frequency since the spring because the operator cannot find crews.

            The mayor said the town would publish the full proposal on its website this
            week and invited residents to send written comments before the vote.

                                          - 2 -
            """,
            "has", "Residents who spoke at the meeting asked for more money"),
        Arguments.of(
            "a page header is not the headline",
            """
            Alder Wire Export for subscribers                        Page 1 of 2
            Document AW-2022-1108-17

            FERRY BUDGET GOES TO A PUBLIC VOTE IN PORT ALDER

            By Corin Blake
            8 November 2022

            The town council of Port Alder met on Tuesday evening to argue about the
            new budget for the harbour district, and members said the plan would go
            to a vote next month after a public hearing. Residents who spoke at the

                                          - 1 -
            \fAlder Wire Export for subscribers                        Page 2 of 2
            Document AW-2022-1108-17

            meeting asked for more money for the ferry service, which has run at half
            its usual frequency since the spring because the operator cannot find crews.

                                          - 2 -
            """,
            "title", "FERRY BUDGET GOES TO A PUBLIC VOTE IN PORT ALDER"),
        Arguments.of(
            "a wrapped line ending in a link number is still full",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                """
                   The town council of Port Alder met on Tuesday evening to argue over the
                   new budget for the harbour district, and members said they will [12]send
                   Mr Hale a copy before they vote next month after a hearing on the quay.

                   Residents who spoke at the meeting asked for more money for the ferry,
                   which has run at half its usual frequency since the spring, because the
                   operator cannot find crews to sail the two older boats on the winter run.

                   The mayor said the town would publish the full proposal on its website
                   this week and invited residents to send written comments before a vote
                   that is set for the fourteenth of next month at the town hall on Quay St.
                """,
                ""),
            "paragraphs", "3"),
        Arguments.of(
            "the wrapped end of a read-more line's headline goes with it",
            page(
                "Ferry budget goes to a public vote in Port Alder\n\nBy Corin Blake\nNovember 8, 2022\n",
                """
                   The town council of Port Alder met on Tuesday evening to argue over the
                   new budget for the harbour district, and members said they will send the
                   plan to a public vote next month after a hearing on the quay in June.

                   Read more: How the Harbour District Paid for Its Quay Repairs in Port
                   Alder

                   Residents who spoke at the meeting asked for more money for the ferry,
                   which has run at half its usual frequency since the spring, because the
                   operator cannot find crews to sail the two older boats on the winter run.

                   The mayor said the town would publish the full proposal on its website
                   this week and invited residents to send written comments before a vote
                   that is set for the fourteenth of next month at the town hall on Quay St.
                """,
                ""),
            "paragraphs", "3"),
        Arguments.of(
            "a title-case headline at the full width of a wrapped dump goes on to its short tail",
            page(
                """
                Port Alder's New Ferry Budget: What the Council Decided, Who Pays and What
                It Leaves Out

                By Corin Blake
                November 8, 2022
                """,
                """
                   The town council of Port Alder met on Tuesday evening to argue over the
                   new budget for the harbour district, and members said they will send the
                   plan to a public vote next month after a hearing on the quay in June.

                   Residents who spoke at the meeting asked for more money for the ferry,
                   which has run at half its usual frequency since the spring, because the
                   operator cannot find crews to sail the two older boats on the winter run.

                   The mayor said the town would publish the full proposal on its website
                   this week and invited residents to send written comments before a vote
                   that is set for the fourteenth of next month at the town hall on Quay St.
                """,
                ""),
            "title",
            "Port Alder's New Ferry Budget: What the Council Decided, Who Pays and What It Leaves Out"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void appliesEachRuleAboutTheShapeOfPages(String rule, String capture, String field, String expected) {
    ReadOutcome outcome = CaptureReader.read(capture, rule);
    String explain = CaptureReader.explain(capture).toString();
    assertThat(outcome).as(explain).isInstanceOf(ReadOutcome.Parsed.class);
    Article a = ((ReadOutcome.Parsed) outcome).article();
    String body = a.body();
    // Whatever the rule, the story's text is the body.
    assertThat(body).as(explain).contains("Residents who spoke at the meeting asked for more");
    switch (field) {
      case "title" -> assertThat(a.title()).as(explain).isEqualTo(expected);
      case "authors" -> assertThat(String.join(";", a.authors())).as(explain).isEqualTo(expected);
      case "published" ->
          assertThat(CaptureEvaluation.samePublished(a.published(), expected))
              .as("published %s, want %s%n%s", a.published(), expected, explain)
              .isTrue();
      case "sections" -> assertThat(String.join(";", a.sections())).as(explain).isEqualTo(expected);
      case "source" -> assertThat(a.source()).as(explain).isEqualTo(expected);
      case "starts" -> assertThat(body).as(explain).startsWith(expected);
      case "has" -> assertThat(body).as(explain).contains(expected);
      case "lacks" -> assertThat(body).as(explain).doesNotContain(expected).isNotBlank();
      case "paragraphs" ->
          assertThat(body.split("\n\n")).as(explain).hasSize(Integer.parseInt(expected));
      default -> throw new IllegalArgumentException("field: " + field);
    }
  }
}
