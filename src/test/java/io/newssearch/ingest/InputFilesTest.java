package io.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding and format detection of whole files, as the ingester reads them. */
class InputFilesTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static List<ReadOutcome> read(String fileName, byte[] bytes) throws IOException {
    List<ReadOutcome> out = new ArrayList<>();
    InputFiles.read(new ByteArrayInputStream(bytes), fileName, fileName, bytes.length, 1 << 20, out::add);
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static Article article(ReadOutcome o) {
    assertThat(o).isInstanceOf(ReadOutcome.Parsed.class);
    return ((ReadOutcome.Parsed) o).article();
  }

  private static String line(String id, String title) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"Body.\"}\n";
  }

  @Test
  void jsonLinesInWindows1252AreDecodedAsWindows1252() throws IOException {
    byte[] bytes = (line("l1", "Nicolás Maduro habla") + line("l2", "La economía crece 5 €"))
        .getBytes(CP1252);
    List<ReadOutcome> out = read("latin1.jsonl", bytes);
    assertThat(out).hasSize(2);
    assertThat(article(out.get(0)).title()).isEqualTo("Nicolás Maduro habla");
    assertThat(article(out.get(1)).title()).isEqualTo("La economía crece 5 €");
  }

  @Test
  void aLaterLineThatIsNotUtf8InAUtf8FileIsReportedWithItsNumber() throws IOException {
    StringBuilder head = new StringBuilder();
    for (int i = 1; i <= 200; i++) { // past the 8 KB the charset is taken from
      head.append(line("u" + i, "Canción número " + i));
    }
    byte[] bytes = concat(
        head.toString().getBytes(StandardCharsets.UTF_8),
        line("bad", "Nicolás").getBytes(CP1252),
        line("u202", "Después").getBytes(StandardCharsets.UTF_8));
    assertThat(bytes.length).isGreaterThan(Format.SNIFF_BYTES);
    List<ReadOutcome> out = read("mixed.jsonl", bytes);
    assertThat(out).hasSize(202);
    assertThat(article(out.get(0)).title()).isEqualTo("Canción número 1");
    assertThat(out.get(200)).isInstanceOf(ReadOutcome.Invalid.class);
    assertThat(out.get(200).where()).isEqualTo("mixed.jsonl (line 201)");
    assertThat(((ReadOutcome.Invalid) out.get(200)).reason()).contains("not valid in the file's charset");
    assertThat(article(out.get(201)).title()).isEqualTo("Después");
    assertThat(out).filteredOn(o -> o instanceof ReadOutcome.Parsed)
        .allSatisfy(o -> assertThat(article(o).title()).doesNotContain("\uFFFD"));
  }

  @Test
  void aJsonArrayInWindows1252IsDecodedAsWindows1252() throws IOException {
    byte[] bytes = "[{\"id\":\"a1\",\"title\":\"Año nuevo\",\"body\":\"B.\"}]".getBytes(CP1252);
    assertThat(article(read("a.json", bytes).get(0)).title()).isEqualTo("Año nuevo");
  }

  private static final String PAGE = "<html><head><title>T</title></head><body>"
      + "<h1>Russia withdraws personnel from Venezuela</h1><p>Russia has informed us that they have"
      + " removed most of their people from Venezuela, the president said on Monday in a statement"
      + " to reporters.</p><p>The move follows weeks of tension between the two governments over"
      + " the oil industry and the future of the country.</p></body></html>";

  @Test
  void utf16WithAByteOrderMarkIsRecognisedAfterTheMark() throws IOException {
    for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bom = "\uFEFF".getBytes(utf16);
      byte[] jsonl = concat(bom, (line("u1", "Añadido") + line("u2", "Second")).getBytes(utf16));
      assertThat(Format.detect(jsonl, jsonl.length, "u16.jsonl")).isEqualTo(Format.JSON_LINES);
      List<ReadOutcome> out = read("u16.jsonl", jsonl);
      assertThat(out).hasSize(2);
      assertThat(article(out.get(0)).title()).isEqualTo("Añadido");
      assertThat(article(out.get(1)).id()).isEqualTo("u2");

      byte[] html = concat(bom, PAGE.getBytes(utf16));
      assertThat(Format.detect(html, html.length, "u16.html")).isEqualTo(Format.HTML);
      assertThat(article(read("u16.html", html).get(0)).title())
          .isEqualTo("Russia withdraws personnel from Venezuela");
    }
  }

  @Test
  void aUtf8ByteOrderMarkIsRemovedOnceFromStreamedFiles() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] array = concat(bom, "[{\"id\":\"b1\",\"title\":\"One\"},{\"id\":\"b2\",\"title\":\"Two\"}]"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(read("bomarray.json", array)).hasSize(2).allMatch(o -> o instanceof ReadOutcome.Parsed);
    byte[] blank = concat(bom, ("\n" + line("c1", "After blank")).getBytes(StandardCharsets.UTF_8));
    assertThat(read("bomblank.jsonl", blank)).singleElement()
        .satisfies(o -> assertThat(o.location()).isEqualTo("line 2"))
        .isInstanceOf(ReadOutcome.Parsed.class);
  }

  @Test
  void aJsonLinesFileWhoseFirstLineIsBrokenLosesOnlyThatLine() throws IOException {
    for (String name : List.of("firstbad.jsonl", "firstbad.ndjson", "firstbad.json", "firstbad.jsonl.gz")) {
      byte[] bytes = ("\"id\":\"x0\",\"title\":\"Cut off\",\"body\":\"Lost its brace.\"}\n"
          + line("x1", "One") + line("x2", "Two")).getBytes(StandardCharsets.UTF_8);
      if (name.endsWith(".gz")) {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
          out.write(bytes);
        }
        bytes = gz.toByteArray();
      }
      List<ReadOutcome> out = read(name, bytes);
      assertThat(out).as(name).hasSize(3);
      assertThat(out.get(0)).isInstanceOf(ReadOutcome.Invalid.class);
      assertThat(out.get(0).location()).isEqualTo("line 1");
      assertThat(article(out.get(1)).id()).isEqualTo("x1");
      assertThat(article(out.get(2)).id()).isEqualTo("x2");
    }
  }

  @Test
  void aBrokenFirstLineThatStartsLikeAnArrayLosesOnlyThatLine() throws IOException {
    for (String first : List.of("[1,2]", "[\"not an article\"]", "[")) {
      byte[] bytes = (first + "\n" + line("x1", "One") + line("x2", "Two"))
          .getBytes(StandardCharsets.UTF_8);
      List<ReadOutcome> out = read("mixed.jsonl", bytes);
      assertThat(out).as(first).hasSize(3);
      assertThat(out.get(0)).as(first).isInstanceOf(ReadOutcome.Invalid.class);
      assertThat(out.get(0).location()).isEqualTo("line 1");
      assertThat(article(out.get(1)).id()).isEqualTo("x1");
      assertThat(article(out.get(2)).id()).isEqualTo("x2");
    }
    // An array of articles is still read as one, wherever its first object starts.
    for (String array : List.of("[{\"id\":\"a\",\"title\":\"A\"}]", " [\n  {\"id\":\"a\",\"title\":\"A\"}\n]", "[]")) {
      List<ReadOutcome> out = read("array.json", array.getBytes(StandardCharsets.UTF_8));
      assertThat(out).as(array).allMatch(o -> o instanceof ReadOutcome.Parsed);
    }
  }
}
