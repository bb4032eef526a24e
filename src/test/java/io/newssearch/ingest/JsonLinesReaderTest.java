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

  @Test
  void contentAfterTheArrayIsReportedNotDropped() throws IOException {
    String one = "[{\"id\":\"y1\",\"title\":\"One\"}]";
    java.util.Map<String, String> whereByText = java.util.Map.of(
        one + "\n[{\"id\":\"y2\",\"title\":\"Two\"}]\n", "line 2",
        one + "\n\n  {\"id\":\"y2\"}", "line 3",
        one + " ]", "line 1");
    whereByText.forEach((text, where) -> {
      List<ReadOutcome> out = readArray(text);
      assertThat(out).as(text).hasSize(2);
      assertThat(out.get(0)).isInstanceOf(ReadOutcome.Parsed.class);
      assertThat(out.get(1)).isInstanceOf(ReadOutcome.Invalid.class);
      assertThat(out.get(1).location()).as(text).isEqualTo(where);
      assertThat(((ReadOutcome.Invalid) out.get(1)).reason()).contains("after the array's closing ']'");
    });
  }

  @Test
  void aSyntaxErrorInAnArrayIsBlamedOnTheItemBeingRead() throws IOException {
    String one = "{\"id\":\"a1\",\"title\":\"One\"}";
    String two = "{\"id\":\"a2\",\"title\":\"Two\"}";
    java.util.Map<String, String> whereByText = java.util.Map.of(
        "[\n" + one + ",\n" + two + "\n{\"id\":\"a3\"}\n]", "item 3", // the comma before item 3 is missing
        "[\n" + one + ",\n{\"id\":\"a2\" \"title\":\"Two\"}]", "item 2", // inside item 2
        "[" + one + ", , " + two + "]", "item 2",
        "[ x ]", "item 1");
    whereByText.forEach((text, where) -> {
      List<ReadOutcome> out = readArray(text);
      assertThat(out.get(out.size() - 1)).as(text).isInstanceOf(ReadOutcome.Invalid.class);
      assertThat(out.get(out.size() - 1).location()).as(text).isEqualTo(where);
    });
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

  /** What the array reader makes of a text, as a list. */
  private static List<ReadOutcome> readArray(String text) {
    List<ReadOutcome> out = new ArrayList<>();
    try {
      JsonLinesReader.readArray(new StringReader(text), "a.json", out::add);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
