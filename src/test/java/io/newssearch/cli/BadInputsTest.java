package io.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.ArticleIndex;
import io.newssearch.SearchRequest;
import io.newssearch.ingest.InputFiles;
import io.newssearch.ingest.ReadOutcome;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: a folder mixing good files with every kind of bad one. The good ones are all
 * searchable, each bad one is named with its reason, and the exit code says some were rejected.
 */
class BadInputsTest {

  private static final Path CAPTURE = Path.of("index-fixtures/captures/cordillera-report/02-chile-constitution-plebiscite.txt");

  @Test
  void goodFilesAreIndexedAndEveryBadOneIsNamed(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String capture = Files.readString(CAPTURE);
    // good
    Files.writeString(in.resolve("good.jsonl"),
        "{\"id\":\"g1\",\"title\":\"Copper exports rise\",\"body\":\"Copper exports rose in May.\"}\n");
    Files.writeString(in.resolve("good-capture.txt"), capture);
    Files.copy(Path.of("src/test/resources/html/plain.html"), in.resolve("good.html"));
    Files.writeString(in.resolve("windows.txt"), capture.replace("\n", "\r\n")); // same page: one article
    // Latin-1: the capture (another headline, so another article) with an extra word in its
    // body, its accents in ISO-8859-1 bytes
    String title = "Chileans vote by a wide margin to replace Pinochet-era constitution";
    Files.write(in.resolve("latin1.txt"), capture.replace(title, title + " again")
        .replace("late into the night", "late into the night, señor,")
        .getBytes(Charset.forName("ISO-8859-1")));
    // invalid UTF-8: a stray byte in the middle of otherwise good UTF-8
    byte[] utf8 = capture.replace(title, title + " once more")
        .replace("late into the night", "late into the night at café Zémbla").getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(utf8, utf8.length + 1);
    broken[utf8.length] = (byte) 0xFF;
    Files.write(in.resolve("bad-utf8.txt"), broken);
    // bad
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0});
    byte[] gz;
    try (var bytes = new java.io.ByteArrayOutputStream(); OutputStream out = new GZIPOutputStream(bytes)) {
      out.write("{\"id\":\"z1\",\"title\":\"Zipped\",\"body\":\"x\"}\n".repeat(50).getBytes(StandardCharsets.UTF_8));
      out.close();
      gz = bytes.toByteArray();
    }
    Files.write(in.resolve("truncated.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
    Path huge = in.resolve("huge.jsonl");
    try (OutputStream out = Files.newOutputStream(huge)) {
      out.write("{\"id\":\"huge\",\"title\":\"".getBytes(StandardCharsets.US_ASCII));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 200; i++) {
        out.write(block); // a 200 MB single line
      }
      out.write("\"}".getBytes(StandardCharsets.US_ASCII));
    }
    Files.createSymbolicLink(in.resolve("unreadable.txt"), Path.of("/proc/self/mem")); // read fails with EIO, even for root
    Files.createSymbolicLink(in.resolve("vanished.txt"), in.resolve("deleted-before-reading.txt"));

    CliTest.Run r = CliTest.run("index", "--index", dir.resolve("idx").toString(), in.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(Main.SOME_REJECTED);
    assertThat(r.out()).contains("indexed 6 articles");
    assertThat(r.out()).contains("the index holds 5 articles"); // the CRLF copy replaced the capture
    assertThat(r.out())
        .contains(in.resolve("empty.txt") + ": empty file")
        .contains(in.resolve("photo.jpg") + ": not text: looks like binary data")
        .contains(in.resolve("truncated.jsonl.gz") + ": file ends early")
        .contains(in.resolve("huge.jsonl") + " (line 1): line is longer than")
        .contains(in.resolve("unreadable.txt") + ": cannot read")
        .contains(in.resolve("vanished.txt") + ": broken link");
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir.resolve("idx"))) {
      assertThat(index.search(SearchRequest.of("copper exports")).total()).isEqualTo(1);
      assertThat(index.search(SearchRequest.of("\"dock workers\"")).total()).isEqualTo(1);
      var latin1 = index.search(SearchRequest.of("senor"));
      assertThat(latin1.total()).isEqualTo(1);
      assertThat(latin1.hits().get(0).snippets().get(0).text()).as("Latin-1 decoded").contains("señor");
      var mostlyUtf8 = index.search(SearchRequest.of("zembla"));
      assertThat(mostlyUtf8.total()).isEqualTo(1);
      assertThat(mostlyUtf8.hits().get(0).snippets().get(0).text()).as("UTF-8 kept despite a bad byte")
          .contains("café Zémbla");
    }
  }

  @Test
  void aFileThatVanishesBeforeItIsReadIsNamed(@TempDir Path dir) {
    List<ReadOutcome> out = new ArrayList<>();
    InputFiles.read(dir.resolve("gone.txt"), 1 << 20, out::add);
    assertThat(out).singleElement().isInstanceOf(ReadOutcome.Invalid.class)
        .extracting(o -> ((ReadOutcome.Invalid) o).reason()).isEqualTo("file vanished before it could be read");
  }
}
