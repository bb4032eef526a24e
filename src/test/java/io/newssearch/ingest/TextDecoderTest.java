package io.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

  @Test
  void utf8WithAndWithoutBom() {
    byte[] plain = "Nicolás Maduro".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(plain).text()).isEqualTo("Nicolás Maduro");
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertThat(TextDecoder.decode(bom).text()).isEqualTo("Nicolás Maduro");
  }

  @Test
  void latin1PagesDecodeCorrectly() {
    byte[] latin1 = "Perú y México, señor".getBytes(Charset.forName("ISO-8859-1"));
    TextDecoder.Decoded d = TextDecoder.decode(latin1);
    assertThat(d.text()).isEqualTo("Perú y México, señor");
    assertThat(d.charset()).isEqualTo("windows-1252");
  }

  @Test
  void mostlyUtf8WithOneBrokenByteStaysUtf8() {
    byte[] good = "Perú, México, Bogotá and Brasília — ".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[good.length + 1];
    System.arraycopy(good, 0, broken, 0, good.length);
    broken[good.length] = (byte) 0xC3; // a truncated sequence at the end
    TextDecoder.Decoded d = TextDecoder.decode(broken);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.text()).startsWith("Perú, México, Bogotá").endsWith("\uFFFD");
  }

  @Test
  void utf16WithBom() {
    byte[] bytes = "\uFEFFKyiv".getBytes(StandardCharsets.UTF_16LE);
    assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Kyiv");
    assertThat(TextDecoder.looksBinary(bytes, bytes.length)).isFalse();
  }

  @Test
  void binaryIsRecognised() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    assertThat(TextDecoder.looksBinary(png, png.length)).isTrue();
    byte[] text = "plain\ttext\r\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(TextDecoder.looksBinary(text, text.length)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"title\":\"x\"}                         | a.txt      | JSON_LINES",
    "  [ {\"title\":\"x\"} ]                   | a.json     | JSON_LINES",
    "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">     | r.sgm      | REUTERS_SGML",
    "<REUTERS TOPICS=\"YES\" NEWID=\"1\">      | r.txt      | REUTERS_SGML",
    "<!DOCTYPE html><html><body>x</body></html>| p.txt      | HTML",
    "<html lang=en><head>                      | p          | HTML",
    "Home » Politics                           | p.html     | PAGE_CAPTURE",
    "[IMG] a picture line                      | p.txt      | PAGE_CAPTURE",
    "{\"body\":\"quotes <REUTERS NEWID=1>\"}   | a.jsonl    | JSON_LINES",
  })
  void formatsAreDetectedFromContent(String head, String name, Format expected) {
    byte[] b = head.getBytes(StandardCharsets.UTF_8);
    assertThat(Format.detect(b, b.length, name)).isEqualTo(expected);
  }
}
