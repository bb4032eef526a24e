package io.newssearch.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.newssearch.Article;
import io.newssearch.ingest.InputFiles;
import io.newssearch.ingest.ReadOutcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Converts Reuters-21578 ({@code reut2-*.sgm}) to JSON Lines once, so every benchmark reads the
 * same JSONL through the same path. The stories are read by the project's own reader ({@code
 * InputFiles}, which detects the SGML format and hands it to the Reuters reader). The output
 * goes under target/ or --out: corpus text is never committed.
 */
final class ReutersConvert {

  private ReutersConvert() {}

  /** What a conversion wrote. */
  record Result(long articles, long bodyBytes, long problems) {}

  static Result convert(Path corpus, Path out) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no reut2-*.sgm files in " + corpus);
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    long[] counts = new long[3];
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (Path f : files) {
        List<Article> articles = new ArrayList<>();
        InputFiles.read(f, 64L << 20, outcome -> {
          if (outcome instanceof ReadOutcome.Parsed p) {
            articles.add(p.article());
          } else {
            counts[2]++;
          }
        });
        for (Article a : articles) {
          Generator.write(g, a);
          g.writeRaw('\n');
          counts[0]++;
          counts[1] += a.body().getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    return new Result(counts[0], counts[1], counts[2]);
  }
}
