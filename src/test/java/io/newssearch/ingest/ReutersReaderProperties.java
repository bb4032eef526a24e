package io.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random, cut and shuffled SGML never makes the Reuters reader throw: every story gives one
 * outcome with a reason or an article. Speed is not tested here (benchmarks measure it).
 */
class ReutersReaderProperties {

  private static final String SAMPLE =
      "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
          + "<REUTERS TOPICS=\"YES\" NEWID=\"1\">\n<DATE>2-MAR-1987 10:00:00.00</DATE>\n"
          + "<TOPICS><D>grain</D></TOPICS>\n<PLACES><D>peru</D><D>ussr</D></PLACES>\n"
          + "<TEXT>&#2;\n<TITLE>QUINOA EXPORTS &amp; PRICES CLIMB</TITLE>\n"
          + "<AUTHOR>    By Ana Quispe, Reuters</AUTHOR>\n"
          + "<DATELINE>    CUZCO, March 2 - </DATELINE><BODY>Growers in the valley said the\n"
          + "harvest came in early.\n&\\tBuyers &lt;QNA> paid more than last year.\n"
          + " Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
          + "<REUTERS TOPICS=\"NO\" NEWID=\"2\">\n<DATE> 3-MAR-1987 605:00:00.00</DATE>\n"
          + "<TEXT TYPE=\"UNPROC\">&#2;\nPORT RATES - MARCH 3\n Lima.....4.5   4.4\n</TEXT>\n</REUTERS>\n";

  private static final List<String> FRAGMENTS =
      List.of(
          "<REUTERS NEWID=\"7\">", "<REUTERS ", "</REUTERS>", "<DATE>", "</DATE>", "<TEXT>",
          "</TEXT>", "<TEXT TYPE=\"BRIEF\">", "<TITLE>", "</TITLE>", "<BODY>", "</BODY>",
          "<AUTHOR>", "</AUTHOR>", "<DATELINE>", "</DATELINE>", "<TOPICS>", "</TOPICS>",
          "<PLACES>", "</PLACES>", "<D>", "</D>", "&", "&#", "&#3;", "&amp;", ";", "&\\t", "\n",
          "\r\n", " ", "    ", "Reuter", "REUTER", "^M", "1-MAR-1987 10:00:00.00", "99-ZZZ-0000",
          "usa", "Blah blah blah.", "***", "x", "By A and B, Reuters", "\u0000", "\uFFFD");

  private static List<ReadOutcome> read(String text) throws IOException {
    List<ReadOutcome> out = new ArrayList<>();
    ReutersReader.read(new StringReader(text), "random.sgm", out::add);
    for (ReadOutcome o : out) {
      switch (o) {
        case ReadOutcome.Parsed p ->
            assertThat(p.article().title().isEmpty() && p.article().body().isEmpty()).isFalse();
        case ReadOutcome.Skipped s -> assertThat(s.reason()).isNotBlank();
        case ReadOutcome.Invalid i -> assertThat(i.reason()).isNotBlank();
      }
    }
    return out;
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Provide
  Arbitrary<String> sgmlLike() {
    return Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(20))
        .list()
        .ofMaxSize(80)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 400)
  void fragmentSoupNeverThrows(@ForAll("sgmlLike") String text) throws IOException {
    List<ReadOutcome> out = read(text);
    // At most one outcome per story opened, or one for a file without stories.
    assertThat(out.size()).isLessThanOrEqualTo(Math.max(1, occurrences(text, "<REUTERS")));
  }

  @Property(tries = 200)
  void arbitraryStringsNeverThrow(@ForAll String text) throws IOException {
    read(text);
  }

  @Property(tries = 300)
  void aCutSampleKeepsEveryCompleteStory(@ForAll @IntRange(min = 0, max = 2000) int cut)
      throws IOException {
    String text = SAMPLE.substring(0, Math.min(cut, SAMPLE.length()));
    long complete = occurrences(text, "</REUTERS>");
    List<ReadOutcome> out = read(text);
    assertThat(out.stream().filter(o -> o instanceof ReadOutcome.Parsed).count()).isEqualTo(complete);
  }

  @Property(tries = 300)
  void aMutatedSampleNeverThrows(
      @ForAll @IntRange(min = 0, max = 1000) int at,
      @ForAll @IntRange(min = 0, max = 40) int length,
      @ForAll("sgmlLike") String insert)
      throws IOException {
    int from = Math.min(at, SAMPLE.length());
    int to = Math.min(from + length, SAMPLE.length());
    read(SAMPLE.substring(0, from) + insert + SAMPLE.substring(to));
  }
}
