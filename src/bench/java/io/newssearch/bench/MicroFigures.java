package io.newssearch.bench;

import io.newssearch.Article;
import io.newssearch.capture.CaptureReader;
import io.newssearch.ingest.JsonLinesReader;
import io.newssearch.ingest.ReadOutcome;
import io.newssearch.tag.Tagger;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of the parts of ingest that have no raw-Lucene equivalent: page-capture cleaning
 * (MB/s of capture text) and tagging (MB/s of body text). Each is skipped, with a message, while
 * the library still has only a placeholder for it.
 */
final class MicroFigures {

  private MicroFigures() {}

  static void run(Path captures, Path jsonl, String label, long articles, List<Figure> out)
      throws IOException {
    capture(captures, label, articles, out);
    tagging(jsonl, label, articles, out);
  }

  static void capture(Path captures, String label, long articles, List<Figure> out)
      throws IOException {
    if (captures == null || !Files.isDirectory(captures)) {
      System.err.println("capture cleaning: no captures folder " + captures + "; skipped");
      return;
    }
    List<String[]> pages = new ArrayList<>();
    try (Stream<Path> s = Files.walk(captures)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        pages.add(new String[] {Files.readString(p, StandardCharsets.UTF_8), p.toString()});
      }
    }
    long parsed = pages.stream()
        .filter(p -> CaptureReader.read(p[0], p[1]) instanceof ReadOutcome.Parsed).count();
    if (parsed == 0) {
      System.err.println("capture cleaning: CaptureReader parses none of " + pages.size()
          + " captures (still a placeholder?); skipped");
      return;
    }
    long bytes = 0;
    for (String[] p : pages) {
      bytes += p[0].getBytes(StandardCharsets.UTF_8).length;
    }
    double rate = loop(2, 5, () -> {
      for (String[] p : pages) {
        CaptureReader.read(p[0], p[1]);
      }
    });
    out.add(Figure.of(label, articles, "ingest", "capture_clean_mb_per_s", null, null, "MB/s",
        "higher", bytes / 1e6 * rate, null,
        pages.size() + " fixture captures, " + parsed + " parsed as articles; single thread"));
  }

  static void tagging(Path jsonl, String label, long articles, List<Figure> out) throws IOException {
    Tagger tagger = Tagger.defaultTagger();
    Article probe = Article.builder().id("probe").title("Oil talks in Caracas")
        .body("Ministers from Venezuela and Russia met in Caracas to discuss oil output.").build();
    if (tagger.tag(probe).tags().isEmpty()) {
      System.err.println("tagging: the default tagger tags nothing (still a placeholder?); skipped");
      return;
    }
    List<Article> sample = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      List<Article> all = sample;
      JsonLinesReader.read(in, jsonl.toString(), o -> {
        if (o instanceof ReadOutcome.Parsed p && all.size() < 5000) {
          all.add(p.article().withTags(List.of()).withRegions(List.of()));
        }
      });
    }
    long bytes = 0;
    for (Article a : sample) {
      bytes += a.body().getBytes(StandardCharsets.UTF_8).length;
    }
    double rate = loop(2, 5, () -> {
      for (Article a : sample) {
        tagger.tag(a);
      }
    });
    out.add(Figure.of(label, articles, "ingest", "tagging_mb_per_s", null, null, "MB/s",
        "higher", bytes / 1e6 * rate, null,
        "default tagger, first " + sample.size() + " articles of the corpus; single thread"));
    out.add(Figure.of(label, articles, "ingest", "tagging_articles_per_s", null, null,
        "articles/s", "higher", sample.size() * rate, null, "default tagger; single thread"));
  }

  /** Runs {@code body} for warm seconds, then counts runs per second over measured seconds. */
  private static double loop(double warm, double measured, Runnable body) {
    long end = System.nanoTime() + (long) (warm * 1e9);
    while (System.nanoTime() < end) {
      body.run();
    }
    long start = System.nanoTime();
    long runs = 0;
    do {
      body.run();
      runs++;
    } while (System.nanoTime() - start < measured * 1e9);
    return runs / ((System.nanoTime() - start) / 1e9);
  }
}
