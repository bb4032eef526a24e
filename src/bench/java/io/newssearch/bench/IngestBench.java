package io.newssearch.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newssearch.tag.Tagger;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ingest figures: the same JSONL through the library (Ingester) and the baseline, alternating,
 * after warm-up ingests of the first 20,000 lines ({@code --warmup} of each); articles/s, MB/s
 * of body text, peak heap, index bytes per article and commit time. The library's index of the
 * last round is kept for the search figures.
 */
final class IngestBench {

  /** What one ingest took, library or baseline: the commit is the part after the last add. */
  record Times(long articles, long totalNanos, long commitNanos) {}

  private IngestBench() {}

  /** Articles and UTF-8 bytes of their bodies in a JSONL file. */
  record CorpusStats(long articles, long bodyBytes) {}

  static CorpusStats scan(Path jsonl) throws IOException {
    long articles = 0;
    long bytes = 0;
    JsonFactory f = new JsonFactory();
    try (InputStream in = Files.newInputStream(jsonl); JsonParser p = f.createParser(in)) {
      JsonToken t;
      int depth = 0;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (depth++ == 0) {
            articles++;
          }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 1 && p.currentName().equals("body")) {
          p.nextToken();
          bytes += p.getText().getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    return new CorpusStats(articles, bytes);
  }

  /** Runs the ingest figures; returns the path of the library-built index it keeps. */
  static Path run(Path jsonl, CorpusStats stats, Path work, String label, int warmups,
      int rounds, List<Figure> out) throws IOException {
    Files.createDirectories(work);
    int checked = Parity.checkDocuments(jsonl, 25_000);
    System.err.printf("%s: %,d articles, %.1f MB of body text; baseline documents equal the"
        + " library's for the first %d%n", label, stats.articles(), stats.bodyBytes() / 1e6, checked);

    // One warm-up ingest left both sides still speeding up in the measured rounds (the first
    // round ran at 0.7 of the last), so warm up several times on the first 20,000 lines.
    Path warm = work.resolve("warmup.jsonl");
    copyHead(jsonl, warm, 20_000);
    for (int i = 0; i < warmups; i++) {
      Library.ingest(warm, clean(work.resolve("warm-lib")), Tagger.none());
      RawLucene.ingest(warm, clean(work.resolve("warm-base")), 2);
      delete(work.resolve("warm-lib"));
      delete(work.resolve("warm-base"));
    }

    Path libIndex = work.resolve("index");
    Path baseIndex = work.resolve("index-baseline");
    double[][] rate = new double[2][rounds];
    double[][] commitMs = new double[2][rounds];
    double[][] heapGc = new double[2][rounds];
    double[][] heapUsed = new double[2][rounds];
    double[] bytesPerArticle = new double[2];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        boolean library = (r % 2 == 0) == (k == 0); // lib first in even rounds, baseline first in odd
        int e = library ? 0 : 1;
        Path dir = clean(library ? libIndex : baseIndex);
        settle();
        Times t;
        try (HeapWatch heap = HeapWatch.start()) {
          t = library ? Library.ingest(jsonl, dir, Tagger.none()) : RawLucene.ingest(jsonl, dir, 2);
          heapGc[e][r] = heap.peakAfterGcMb();
          heapUsed[e][r] = heap.peakUsedMb();
        }
        if (t.articles() != stats.articles()) {
          throw new IOException((library ? "library" : "baseline") + " indexed " + t.articles()
              + " articles, the corpus has " + stats.articles());
        }
        rate[e][r] = t.articles() / (t.totalNanos() / 1e9);
        commitMs[e][r] = t.commitNanos() / 1e6;
        bytesPerArticle[e] = size(dir) / (double) t.articles();
        System.err.printf("  round %d %-8s %,8.0f articles/s  %6.2f MB/s  commit %,6.0f ms"
            + "  heap after GC %,5.0f MB (used %,5.0f MB)  %,.0f bytes/article%n",
            r + 1, library ? "library" : "baseline", rate[e][r],
            stats.bodyBytes() / 1e6 / (t.totalNanos() / 1e9), commitMs[e][r], heapGc[e][r],
            heapUsed[e][r], bytesPerArticle[e]);
      }
    }
    delete(baseIndex);
    long n = stats.articles();
    double libRate = Stats.mean(rate[0]);
    double baseRate = Stats.mean(rate[1]);
    double mbPerArticle = stats.bodyBytes() / 1e6 / n;
    String note = rounds + " rounds, mean";
    out.add(Figure.of(label, n, "ingest", "articles_per_s", null, null, "articles/s", "higher",
        libRate, baseRate, note));
    out.add(Figure.of(label, n, "ingest", "body_mb_per_s", null, null, "MB/s", "higher",
        libRate * mbPerArticle, baseRate * mbPerArticle, note));
    out.add(Figure.of(label, n, "ingest", "commit_ms", null, null, "ms", "lower",
        Stats.mean(commitMs[0]), Stats.mean(commitMs[1]),
        "library: final commit + refresh + count after the last article"));
    out.add(Figure.of(label, n, "ingest", "peak_heap_after_gc_mb", null, null, "MB", "lower",
        max(heapGc[0]), max(heapGc[1]), "largest heap right after a GC, " + maxHeapNote()));
    out.add(Figure.of(label, n, "ingest", "peak_heap_used_mb", null, null, "MB", "lower",
        max(heapUsed[0]), max(heapUsed[1]), "largest sampled heap, garbage included"));
    out.add(Figure.of(label, n, "ingest", "index_bytes_per_article", null, null, "bytes",
        "lower", bytesPerArticle[0], bytesPerArticle[1], null));
    return libIndex;
  }

  /**
   * Lets the previous phase's writes reach the disk before the next phase starts, so neither
   * side pays for the other's dirty pages.
   */
  static void settle() {
    try {
      new ProcessBuilder("sync").inheritIO().start().waitFor();
      Thread.sleep(1000);
    } catch (IOException e) {
      // no sync command: the sleep alone
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String maxHeapNote() {
    return "-Xmx " + Runtime.getRuntime().maxMemory() / 1048576 + " MB";
  }

  private static double max(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, x);
    }
    return m;
  }

  static void copyHead(Path from, Path to, int lines) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while (n < lines && (line = r.readLine()) != null) {
        w.write(line);
        w.newLine();
        n++;
      }
    }
  }

  static Path clean(Path dir) throws IOException {
    delete(dir);
    Files.createDirectories(dir);
    return dir;
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      long total = 0;
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        total += Files.size(p);
      }
      return total;
    }
  }

  /** The first {@code n} ids of a JSONL corpus (articles the NRT benchmark replaces). */
  static List<String> ids(Path jsonl, int n) throws IOException {
    List<String> ids = new ArrayList<>();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while (ids.size() < n && (line = r.readLine()) != null) {
        if (!line.isBlank()) {
          ids.add(json.readTree(line).get("id").textValue());
        }
      }
    }
    return ids;
  }
}
