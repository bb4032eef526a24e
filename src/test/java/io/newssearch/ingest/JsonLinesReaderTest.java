package io.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.Article;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesReaderTest {

  private static List<ReadOutcome> read(String text) throws IOException {
    List<ReadOutcome> out = new ArrayList<>();
    JsonLinesReader.read(new StringReader(text), "in.jsonl", out::add);
    return out;
  }

  @Test
  void readsEveryFieldAndIgnoresUnknownKeys() throws IOException {
    List<ReadOutcome> out = read("""
        {"id":"a1","url":"https://x.org/a","source":"X","title":"T","authors":["A","B"],\
        "published":"2019-06-03T10:15:00-04:00","sections":["World"],"tags":["Peru"],\
        "regions":["South America"],"language":"es","body":"Text.","wordcount":3,"extra":{"k":1}}
        """);
    assertThat(out).hasSize(1).first().isInstanceOf(ReadOutcome.Parsed.class);
    Article a = ((ReadOutcome.Parsed) out.get(0)).article();
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.authors()).containsExactly("A", "B");
    assertThat(a.published().toString()).isEqualTo("2019-06-03T10:15:00-04:00");
    assertThat(a.language()).isEqualTo("es");
    assertThat(out.get(0).location()).isEqualTo("line 1");
  }

  @Test
  void aliasesAndSingleStringsAreAccepted() throws IOException {
    Article a = ((ReadOutcome.Parsed) read(
        "{\"headline\":\"H\",\"author\":\"Solo Writer\",\"date\":\"2020-01-02\",\"section\":\"Economy\",\"text\":\"B\"}")
        .get(0)).article();
    assertThat(a.title()).isEqualTo("H");
    assertThat(a.authors()).containsExactly("Solo Writer");
    assertThat(a.sections()).containsExactly("Economy");
    assertThat(a.body()).isEqualTo("B");
    assertThat(a.id()).startsWith("h:");
  }

  @Test
  void aBadLineIsReportedWithItsNumberAndTheGoodLinesAreRead() throws IOException {
    List<ReadOutcome> out = read("""
        {"id":"1","title":"One","body":"x"}

        {"id":"2","title":"Two" "body":"x"}
        {"id":"3","title":"Three","body":"x"}
        """);
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Parsed.class);
    assertThat(out.get(1)).isInstanceOf(ReadOutcome.Invalid.class);
    assertThat(out.get(1).location()).isEqualTo("line 3");
    assertThat(((ReadOutcome.Invalid) out.get(1)).reason()).startsWith("not valid JSON");
    assertThat(out.get(2)).isInstanceOf(ReadOutcome.Parsed.class);
    assertThat(out.get(2).location()).isEqualTo("line 4");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "[1,2]                                        | expected a JSON object",
    "{\"title\": 5, \"body\": \"x\"}              | \"title\" must be a string",
    "{\"title\": \"t\", \"authors\": [1]}         | \"authors\" must hold only strings",
    "{\"title\": \"t\", \"tags\": {\"a\": 1}}     | \"tags\" must be a list of strings",
    "{\"title\": \"t\", \"published\": \"June\"}  | published 'June' is not an ISO-8601 date",
    "{\"id\": \"x\", \"title\": \"\", \"body\": \" \"} | empty title and body",
    "{\"body\": \"only body\"}                    | id is missing",
    "\"just a string\"                            | expected a JSON object",
    "{\"id\": \"a\", \"title\": \"t\"}{\"id\": \"b\", \"title\": \"u\"} | not valid JSON",
  })
  void invalidLinesSayWhy(String line, String reason) throws IOException {
    List<ReadOutcome> out = read(line);
    assertThat(out).hasSize(1).first().isInstanceOf(ReadOutcome.Invalid.class);
    assertThat(((ReadOutcome.Invalid) out.get(0)).reason()).contains(reason);
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndingsAreHandled() throws IOException {
    List<ReadOutcome> out = read("\uFEFF{\"id\":\"1\",\"title\":\"One\"}\r\n{\"id\":\"2\",\"title\":\"Two\"}\r\n");
    assertThat(out).hasSize(2).allMatch(o -> o instanceof ReadOutcome.Parsed);
    assertThat(out.get(1).location()).isEqualTo("line 2");
  }

  @Test
  void anOverlongLineIsSkippedWithoutBeingHeld() throws IOException {
    String huge = "{\"title\":\"" + "x".repeat(JsonLinesReader.MAX_LINE_CHARS + 10) + "\"}";
    List<ReadOutcome> out = read(huge + "\n{\"id\":\"ok\",\"title\":\"Fine\"}\n");
    assertThat(out).hasSize(2);
    assertThat(((ReadOutcome.Invalid) out.get(0)).reason()).contains("longer than");
    assertThat(out.get(1)).isInstanceOf(ReadOutcome.Parsed.class);
    assertThat(out.get(1).location()).isEqualTo("line 2");
  }

  @Test
  void aByteOrderMarkOnABlankFirstLineIsNotALine() throws IOException {
    List<ReadOutcome> out = read("\uFEFF\n{\"id\":\"c1\",\"title\":\"After blank\"}\n");
    assertThat(out).singleElement().isInstanceOf(ReadOutcome.Parsed.class);
    assertThat(out.get(0).location()).isEqualTo("line 2");
  }

  @Test
  void aJsonArrayAfterAByteOrderMarkIsRead() throws IOException {
    List<ReadOutcome> out = new ArrayList<>();
    JsonLinesReader.readArray(new StringReader(
        "\uFEFF[{\"id\":\"b1\",\"title\":\"One\"},{\"id\":\"b2\",\"title\":\"Two\"}]"), "a.json", out::add);
    assertThat(out).hasSize(2).allMatch(o -> o instanceof ReadOutcome.Parsed);
  }

  @Test
  void aJsonArrayFileIsReadItemByItem() throws IOException {
    List<ReadOutcome> out = new ArrayList<>();
    JsonLinesReader.readArray(new StringReader("""
        [
          {"id": "1", "title": "One"},
          {"id": "2", "title": 7},
          {"id": "3",
           "title": "Three"}
        ]"""), "a.json", out::add);
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Parsed.class);
    assertThat(out.get(1)).isInstanceOf(ReadOutcome.Invalid.class);
    assertThat(out.get(1).location()).isEqualTo("item 2");
    assertThat(((ReadOutcome.Parsed) out.get(2)).article().title()).isEqualTo("Three");
  }

  @Test
  void aTruncatedJsonArrayKeepsTheItemsBeforeTheBreak() throws IOException {
    List<ReadOutcome> out = new ArrayList<>();
    JsonLinesReader.readArray(new StringReader("[{\"id\": \"1\", \"title\": \"One\"}, {\"id\": \"2\", \"ti"),
        "a.json", out::add);
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).isInstanceOf(ReadOutcome.Parsed.class);
    assertThat(out.get(1)).isInstanceOf(ReadOutcome.Invalid.class);
  }
}
