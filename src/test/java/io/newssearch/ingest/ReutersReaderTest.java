package io.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.Article;
import io.newssearch.Published;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Reuters-21578 reader on small stories written for this test in the collection's layout
 * (see the corpus README): invented wire copy, invented reporters.
 */
class ReutersReaderTest {

  private static final String DOCTYPE = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n";

  /** A story as the collection lays it out; {@code text} is what goes inside TEXT. */
  private static String story(int newId, String date, String topics, String places, String text) {
    return "<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\""
        + (newId + 9000) + "\" NEWID=\"" + newId + "\">\n"
        + "<DATE>" + date + "</DATE>\n"
        + "<TOPICS>" + ds(topics) + "</TOPICS>\n"
        + "<PLACES>" + ds(places) + "</PLACES>\n"
        + "<PEOPLE></PEOPLE>\n<ORGS></ORGS>\n<EXCHANGES></EXCHANGES>\n<COMPANIES></COMPANIES>\n"
        + "<UNKNOWN> \n&#5;&#5;&#5;C T\n&#22;&#22;&#1;f0001&#31;reute\nu f BC-TEST   03-03 0001</UNKNOWN>\n"
        + "<TEXT>&#2;\n" + text + "</TEXT>\n"
        + "</REUTERS>\n";
  }

  /** "a|b" → "<D>a</D><D>b</D>". */
  private static String ds(String values) {
    StringBuilder out = new StringBuilder();
    for (String v : values.split("\\|")) {
      if (!v.isEmpty()) {
        out.append("<D>").append(v).append("</D>");
      }
    }
    return out.toString();
  }

  /** A normal story: title, dateline, body. */
  private static String simple(int newId, String title, String body) {
    return story(newId, "3-MAR-1987 09:15:05.40", "", "",
        "<TITLE>" + title + "</TITLE>\n<DATELINE>    LIMA, March 3 - </DATELINE><BODY>" + body
            + "\n Reuter\n&#3;</BODY>");
  }

  private static List<ReadOutcome> read(String text) throws IOException {
    return read(new StringReader(text));
  }

  private static List<ReadOutcome> read(Reader in) throws IOException {
    List<ReadOutcome> out = new ArrayList<>();
    ReutersReader.read(in, "reut2-test.sgm", out::add);
    return out;
  }

  private static Article only(String text) throws IOException {
    List<ReadOutcome> out = read(text);
    assertThat(out).hasSize(1).first().isInstanceOf(ReadOutcome.Parsed.class);
    return ((ReadOutcome.Parsed) out.get(0)).article();
  }

  /** Table notation for lists: "a;b", or "-" for none. */
  private static List<String> split(String list) {
    return list.equals("-") ? List.of() : Arrays.asList(list.split(";"));
  }

  @Test
  void aWholeStoryMapsToEveryField() throws IOException {
    String sgml = DOCTYPE + story(7, "3-MAR-1987 09:15:05.40", "crude|ship", "venezuela|usa",
        "<TITLE>PILOTS IN MARACAIBO EXTEND OVERTIME BAN</TITLE>\n"
            + "<AUTHOR>    by Odalys Ferreira, Reuters</AUTHOR>\n"
            + "<DATELINE>    MARACAIBO, March 3 - </DATELINE><BODY>Harbour pilots on the lake said\n"
            + "they would keep refusing night shifts until the port authority\n"
            + "answers their letter.\n"
            + "&\\tThree tankers waited at anchor on Tuesday, a shipping agent\n"
            + "said.\n"
            + "    The authority said talks would resume next week.\n"
            + " Reuter\n"
            + "&#3;</BODY>");
    List<ReadOutcome> out = read(sgml);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).location()).isEqualTo("NEWID=7");
    assertThat(out.get(0).input()).isEqualTo("reut2-test.sgm");
    Article a = ((ReadOutcome.Parsed) out.get(0)).article();
    assertThat(a.id()).isEqualTo("reuters-21578:7");
    assertThat(a.url()).isNull();
    assertThat(a.source()).isEqualTo("Reuters");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.title()).isEqualTo("PILOTS IN MARACAIBO EXTEND OVERTIME BAN");
    assertThat(a.authors()).containsExactly("Odalys Ferreira");
    assertThat(a.published())
        .isEqualTo(Published.of(ZonedDateTime.of(1987, 3, 3, 9, 15, 5, 400_000_000, ZoneOffset.UTC)));
    assertThat(a.sections()).containsExactly("crude", "ship");
    assertThat(a.tags()).containsExactly("Venezuela", "United States");
    assertThat(a.regions()).isEmpty();
    assertThat(a.body()).isEqualTo(
        "MARACAIBO, March 3 - Harbour pilots on the lake said they would keep refusing night"
            + " shifts until the port authority answers their letter.\n\n"
            + "Three tankers waited at anchor on Tuesday, a shipping agent said.\n\n"
            + "The authority said talks would resume next week.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    // raw TITLE                                   | title as indexed
    "COPPER &amp; ZINC OUTPUT FALLS                | COPPER & ZINC OUTPUT FALLS",
    "ANDEAN MINING &lt;ANDM> RAISES PAYOUT         | ANDEAN MINING <ANDM> RAISES PAYOUT",
    "QUOTE &quot;FIRM&quot; &gt; EXPECTED          | QUOTE \"FIRM\" > EXPECTED",
    "ESCAPED TWICE &amp;lt;X>                      | ESCAPED TWICE &lt;X>",
    "CAF&#201; PRICES &#x41;GAIN                   | CAFÉ PRICES AGAIN",
    "CONTROL&#3; MARKS&#127; GO&#5;                | CONTROL MARKS GO",
    "AT&T AND B&O STAY                             | AT&T AND B&O STAY",
    "UNKNOWN &bogus; AND &#xZZ; STAY               | UNKNOWN &bogus; AND &#xZZ; STAY",
    "A LONE & AMPERSAND WITH NO SEMICOLON          | A LONE & AMPERSAND WITH NO SEMICOLON",
  })
  void entitiesAreDecodedOnceAndControlCharactersDropped(String raw, String expected) throws IOException {
    assertThat(only(simple(1, raw, "Some text.")).title()).isEqualTo(expected);
  }

  @Test
  void rawControlCharactersAndWrappedTitlesAreCleaned() throws IOException {
    Article a = only(simple(1, "WHEAT \u0005TENDER\nCANCELLED", "Grain \u0016traders said so."));
    assertThat(a.title()).isEqualTo("WHEAT TENDER CANCELLED");
    assertThat(a.body()).isEqualTo("LIMA, March 3 - Grain traders said so.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    // DATE element ("-": empty)                          | published ("-": none)
    "26-FEB-1987 15:01:01.79                              | 1987-02-26T15:01:01.79Z",
    "\" 3-MAR-1987 09:15:05.40\"                           | 1987-03-03T09:15:05.4Z",
    "3-MAR-1987  09:15:05.40                              | 1987-03-03T09:15:05.4Z",
    "27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM                | 1987-03-27T00:02:59.13Z",
    "7-APR-1987 16:22:00.0                                | 1987-04-07T16:22:00Z",
    "9-APR-1987 00:00:00.00    # a note left by an editor | 1987-04-09T00:00:00Z",
    "19-oct-1987 11:30:00                                 | 1987-10-19T11:30:00Z",
    "31-MAR-1987 605:12:19.12                             | 1987-03-31",
    "31-MAR-1987 25:10:00.00                              | 1987-03-31",
    "2-JUN-1987                                           | 1987-06-02",
    "31-FEB-1987 10:00:00.00                              | -",
    "12-XYZ-1987 10:00:00.00                              | -",
    "sometime in the spring                               | -",
    "-                                                    | -",
  })
  void datesAreReadLenientlyInUtc(String date, String expected) throws IOException {
    Article a = only(story(1, date.equals("-") ? "" : date, "", "", "<TITLE>T</TITLE><BODY>Text.</BODY>"));
    if (expected.equals("-")) {
      assertThat(a.published()).isNull();
    } else {
      assertThat(a.published()).isEqualTo(Published.parse(expected));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    // AUTHOR element                                    | authors (";" between, "-": none)
    "\"    by Odalys Ferreira, Reuters\"                  | Odalys Ferreira",
    "\"    By MARTA QUISPE, REUTERS\"                     | Marta Quispe",
    "\"    BY IAN O'DWYER\"                               | Ian O'Dwyer",
    "\"    BY TOM d'ARCY, Reuters\"                       | Tom D'Arcy",
    "\"    by ana paz\"                                   | Ana Paz",
    "\"    By Lena Sorensen and Tomas Ekdahl, Reuters\"   | Lena Sorensen;Tomas Ekdahl",
    "\"    BY RUI COSTA AND JOANA MELO\"                  | Rui Costa;Joana Melo",
    "\"    By Chen Wei-ling, Reuter.\"                    | Chen Wei-ling",
    "\"    By Hugo Brandt Reuters\"                       | Hugo Brandt",
    "\"    By Greta McBride, Reutersd\"                   | Greta McBride",
    "\"    Reuters\"                                      | -",
  })
  void bylinesBecomeAuthorNames(String author, String expected) throws IOException {
    Article a = only(story(1, "1-MAR-1987 10:00:00.00", "", "",
        "<TITLE>T</TITLE>\n<AUTHOR>" + author + "</AUTHOR>\n<BODY>Text.</BODY>"));
    assertThat(a.authors()).isEqualTo(split(expected));
  }

  @Test
  void theDatelineOpensTheBodyOnlyWhenThereIsABody() throws IOException {
    Article withBody = only(simple(1, "T", "Fishermen stayed in port."));
    assertThat(withBody.body()).isEqualTo("LIMA, March 3 - Fishermen stayed in port.");
    Article titleOnly = only(story(2, "1-MAR-1987 10:00:00.00", "", "",
        "<TITLE>T</TITLE>\n<DATELINE>    LIMA, March 3 - </DATELINE>"));
    assertThat(titleOnly.body()).isEmpty();
  }

  @Test
  void aBriefWithoutBodyIsKeptWithItsTitle() throws IOException {
    String brief = story(30, "2-MAR-1987 11:00:00.00", "money-supply", "usa",
        "******<TITLE>TREASURY BALANCES AT FED ROSE ON FRIDAY\n</TITLE>Blah blah blah.\n&#3;\n\n")
        .replace("<TEXT>", "<TEXT TYPE=\"BRIEF\">");
    Article a = only(brief);
    assertThat(a.title()).isEqualTo("TREASURY BALANCES AT FED ROSE ON FRIDAY");
    assertThat(a.body()).isEmpty();
    assertThat(a.sections()).containsExactly("money-supply");
  }

  @Test
  void anUnstructuredStoryTakesItsFirstLineAsTitleAndKeepsItsRows() throws IOException {
    String unproc = story(99, "2-MAR-1987 11:00:00.00", "", "",
        "HARBOUR FREIGHT RATES - MARCH 2\n"
            + "    Route               Rate    Prev\n"
            + " Callao-Houston........41.50   40.75\n"
            + " Santos-Rotterdam......38.25   38.25\n"
            + " Reuter\n&#3;\n")
        .replace("<TEXT>", "<TEXT TYPE=\"UNPROC\">");
    Article a = only(unproc);
    assertThat(a.title()).isEqualTo("HARBOUR FREIGHT RATES - MARCH 2");
    assertThat(a.body()).isEqualTo(
        "Route               Rate    Prev\n"
            + "Callao-Houston........41.50   40.75\n"
            + "Santos-Rotterdam......38.25   38.25");
  }

  @Test
  void aStoryWithNoTitleAndNoBodyIsSkippedWithItsNewId() throws IOException {
    String empty = story(12, "3-APR-1987 07:09:06.48", "", "", "&#3;\n\n")
        .replace("<TEXT>", "<TEXT TYPE=\"UNPROC\">");
    List<ReadOutcome> out = read(DOCTYPE + simple(11, "FIRST", "One.") + empty + simple(13, "THIRD", "Three."));
    assertThat(out).hasSize(3);
    assertThat(out.get(1)).isEqualTo(
        new ReadOutcome.Skipped("reut2-test.sgm", "NEWID=12", "no title and no body"));
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Parsed.class);
    assertThat(out.get(2)).isInstanceOf(ReadOutcome.Parsed.class);
  }

  @Test
  void aTruncatedFileKeepsTheStoriesBeforeTheCut() throws IOException {
    String whole = DOCTYPE + simple(1, "ONE", "First.") + simple(2, "TWO", "Second.") + simple(3, "THREE", "Third.");
    String cut = whole.substring(0, whole.indexOf("Third.") + 3);
    List<ReadOutcome> out = read(cut);
    assertThat(out).hasSize(3);
    assertThat(out.subList(0, 2)).allMatch(o -> o instanceof ReadOutcome.Parsed);
    assertThat(out.get(2)).isInstanceOf(ReadOutcome.Invalid.class);
    assertThat(out.get(2).location()).isEqualTo("NEWID=3");
    assertThat(((ReadOutcome.Invalid) out.get(2)).reason()).startsWith("truncated story");
  }

  @Test
  void aFileCutInsideAnOpenTagNamesTheOffset() throws IOException {
    String first = DOCTYPE + simple(1, "ONE", "First.");
    List<ReadOutcome> out = read(first + "<REUTERS TOPICS=\"YES\" LEWISSPL");
    assertThat(out).hasSize(2);
    assertThat(out.get(1).location()).isEqualTo("offset " + first.length());
    assertThat(((ReadOutcome.Invalid) out.get(1)).reason()).startsWith("truncated story");
  }

  @Test
  void aStoryCutOffByTheNextOneIsReportedAndTheNextOneRead() throws IOException {
    String one = simple(1, "ONE", "First.");
    String cutOne = one.substring(0, one.indexOf("First."));
    List<ReadOutcome> out = read(DOCTYPE + cutOne + simple(2, "TWO", "Second."));
    assertThat(out).hasSize(2);
    assertThat(out.get(0).location()).isEqualTo("NEWID=1");
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Invalid.class);
    assertThat(((ReadOutcome.Parsed) out.get(1)).article().title()).isEqualTo("TWO");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    // PLACES codes (";" between, "-": none)  | tags (";" between, "-": none)
    "usa;uk                                   | United States;United Kingdom",
    "el-salvador;venezuela                    | El Salvador;Venezuela",
    "west-germany;east-germany                | Germany",
    "ussr                                     | Russia",
    "zaire                                    | Democratic Republic of the Congo",
    "burma;kampuchea                          | Myanmar;Cambodia",
    "yemen-arab-republic;yemen-demo-republic  | Yemen",
    "hong-kong                                | Hong Kong",
    "yugoslavia                               | -",
    "czechoslovakia;poland                    | Poland",
    "netherlands-antilles                     | -",
    "atlantis;peru                            | Peru",
    "-                                        | -",
  })
  void placeCodesBecomeCountryTags(String codes, String tags) throws IOException {
    Article a = only(story(1, "1-MAR-1987 10:00:00.00", "", codes.equals("-") ? "" : codes.replace(';', '|'),
        "<TITLE>T</TITLE><BODY>Text.</BODY>"));
    assertThat(a.tags()).isEqualTo(split(tags));
  }

  @Test
  void topicsBecomeSectionsAsGiven() throws IOException {
    Article a = only(story(1, "1-MAR-1987 10:00:00.00", "grain|wheat|money-fx", "",
        "<TITLE>T</TITLE><BODY>Text.</BODY>"));
    assertThat(a.sections()).containsExactly("grain", "wheat", "money-fx");
  }

  @Test
  void categoriesDoNotDependOnTheDefaultLocale() throws IOException {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      Article a = only(story(1, "1-mar-1987 10:00:00.00", "", "ITALY|CHINA|INDIA",
          "<TITLE>T</TITLE><BODY>Text.</BODY>"));
      assertThat(a.tags()).containsExactly("Italy", "China", "India");
      assertThat(a.published()).isEqualTo(Published.parse("1987-03-01T10:00:00Z"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  /** Table notation: "/" is a line break, "<ET>" the collection's escaped tab "&\\t", "<TAB>" a tab. */
  private static String lines(String table) {
    return table.replace("/", "\n").replace("<ET>", "&\\t").replace("<TAB>", "\t");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    // BODY                                               | body as indexed
    "First line/wraps here./<ET>Second one./ Reuter/&#3;  | First line wraps here.//Second one.",
    "One./    Two, indented./<TAB>Three, tabbed.          | One.//Two, indented.//Three, tabbed.",
    "Blank lines///split too.                             | Blank lines//split too.",
    "Ends on the sign-off. REUTER                         | Ends on the sign-off.",
    "Shouted sign-off./ REUTER...^M/&#3;                  | Shouted sign-off.",
    "Joined sign-off/Reuter                               | Joined sign-off",
    "<ET> Reuter                                          | -",
    "Only the sign-off goes, he told Reuters.             | Only the sign-off goes, he told Reuters.",
    "Carriage returns^M/as text go.^M                     | Carriage returns as text go.",
    "Rates:/    Overnight    6.25    6.10/    One week     6.30    6.20 | Rates://Overnight    6.25    6.10/One week     6.30    6.20",
  })
  void bodiesGetParagraphsAndLoseTheSignOff(String raw, String expected) {
    assertThat(ReutersReader.body(lines(raw))).isEqualTo(expected.equals("-") ? "" : lines(expected));
  }

  @Test
  void storiesAreFoundWhateverTheChunkBoundaries() throws IOException {
    StringBuilder sgml = new StringBuilder(DOCTYPE);
    for (int i = 1; i <= 120; i++) {
      sgml.append(simple(i, "STORY " + i, ("Sentence number " + i + ". ").repeat(i * 7)));
    }
    List<ReadOutcome> whole = read(sgml.toString());
    List<ReadOutcome> trickled = read(new Trickle(sgml.toString()));
    assertThat(whole).hasSize(120).allMatch(o -> o instanceof ReadOutcome.Parsed);
    assertThat(trickled).isEqualTo(whole);
  }

  @Test
  void anOverlongStoryIsRejectedUnreadAndTheNextOneIsRead() throws IOException {
    String huge = simple(1, "HUGE", "word ".repeat(ReutersReader.MAX_STORY_CHARS / 5 + 10));
    List<ReadOutcome> out = read(DOCTYPE + huge + simple(2, "NEXT", "Fine."));
    assertThat(out).hasSize(2);
    assertThat(out.get(0).location()).isEqualTo("NEWID=1");
    assertThat(((ReadOutcome.Invalid) out.get(0)).reason()).contains("longer than");
    assertThat(((ReadOutcome.Parsed) out.get(1)).article().title()).isEqualTo("NEXT");
  }

  @Test
  void aStoryWithoutNewIdIsInvalidAtItsOffset() throws IOException {
    String noId = simple(5, "NO ID", "Text.").replace(" NEWID=\"5\"", "");
    List<ReadOutcome> out = read(DOCTYPE + noId);
    assertThat(out).containsExactly(new ReadOutcome.Invalid(
        "reut2-test.sgm", "offset " + DOCTYPE.length(), "story has no NEWID attribute"));
  }

  @Test
  void aFileWithoutStoriesIsSkipped() throws IOException {
    assertThat(read(DOCTYPE + "nothing here\n")).containsExactly(
        new ReadOutcome.Skipped("reut2-test.sgm", "", "no <REUTERS> story in the file"));
  }

  @Test
  void theFormatIsDetectedAndReadThroughInputFiles() throws IOException {
    byte[] bytes = (DOCTYPE + simple(4, "VIA INPUT FILES", "Text.")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<ReadOutcome> out = new ArrayList<>();
    InputFiles.read(new java.io.ByteArrayInputStream(bytes), "reut2-x.sgm", "reut2-x.sgm", bytes.length, 1000, out::add);
    assertThat(out).hasSize(1);
    assertThat(((ReadOutcome.Parsed) out.get(0)).article().id()).isEqualTo("reuters-21578:4");
  }

  @Test
  void thePlacesTableCoversTheCollectionsCodes() {
    // The collection defines 175 PLACES codes (all-places-strings.lc.txt); each has a line.
    assertThat(ReutersPlaces.table()).hasSize(175);
    assertThat(ReutersPlaces.isKnown("netherlands-antilles")).isTrue();
    assertThat(ReutersPlaces.isKnown("atlantis")).isFalse();
  }

  /** A reader that hands out 1 to 7 chars per call, to cross every chunk boundary. */
  private static final class Trickle extends Reader {
    private final String text;
    private int at;

    Trickle(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (at >= text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + at % 7), text.length() - at);
      text.getChars(at, at + n, buf, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
