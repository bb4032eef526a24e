package io.newssearch.bench;

import io.newssearch.ArticleIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Single-threaded search latency over one index, library and baseline in the same process on
 * the same index files: first a parity pass (same total hits for every query and mode), then
 * warm-up rounds, then measured rounds in a shuffled query order with library and baseline
 * alternating which goes first. p50/p90/p99 per query class and mode, and over all queries.
 */
final class SearchBench {

  private SearchBench() {}

  static void run(Path indexDir, List<Queries.BenchQuery> queries, int warmup, int rounds,
      String label, long articles, Queries.Mode[] modes, List<Figure> out) throws IOException {
    try (ArticleIndex lib = ArticleIndex.openReadOnly(indexDir);
        RawLucene.ReadOnly base = new RawLucene.ReadOnly(indexDir)) {
      int mismatches = 0;
      for (Queries.BenchQuery q : queries) {
        for (Queries.Mode m : modes) {
          RawLucene.Answer a = Library.search(lib, q, m);
          RawLucene.Answer b = RawLucene.search(base.searcher, q, m);
          if (a.total() != b.total() || a.hits() != b.hits()) {
            mismatches++;
            System.err.printf("  parity: %s [%s] library %d total / %d hits, baseline %d / %d%n",
                q, m.label(), a.total(), a.hits(), b.total(), b.hits());
          }
          if (m == Queries.Mode.PLAIN && a.total() == 0) {
            System.err.println("  note: no hits at this size for " + q);
          }
        }
      }
      System.err.printf("%s: search parity: %d of %d query/mode pairs differ in totals%n", label,
          mismatches, queries.size() * modes.length);
      for (int w = 0; w < warmup; w++) {
        for (Queries.BenchQuery q : queries) {
          for (Queries.Mode m : modes) {
            Library.search(lib, q, m);
            RawLucene.search(base.searcher, q, m);
          }
        }
      }
      Map<String, Stats.Sample> samples = new LinkedHashMap<>();
      List<Queries.BenchQuery> order = new ArrayList<>(queries);
      long sink = 0;
      for (int r = 0; r < rounds; r++) {
        Collections.shuffle(order, new Random(r));
        for (int qi = 0; qi < order.size(); qi++) {
          Queries.BenchQuery q = order.get(qi);
          for (Queries.Mode m : modes) {
            boolean libFirst = ((r + qi + m.ordinal()) & 1) == 0;
            for (int k = 0; k < 2; k++) {
              boolean isLib = libFirst == (k == 0);
              long t0 = System.nanoTime();
              RawLucene.Answer a = isLib ? Library.search(lib, q, m)
                  : RawLucene.search(base.searcher, q, m);
              double ms = (System.nanoTime() - t0) / 1e6;
              sink += a.total();
              String engine = isLib ? "lib" : "base";
              samples.computeIfAbsent(key(q.cls(), m, engine), x -> new Stats.Sample()).add(ms);
              samples.computeIfAbsent(key("all", m, engine), x -> new Stats.Sample()).add(ms);
            }
          }
        }
        System.err.printf("  search round %d/%d done%n", r + 1, rounds);
      }
      if (sink == 42) {
        System.err.println(); // keeps the results alive for the JIT
      }
      List<String> classes = new ArrayList<>(Queries.CLASSES);
      classes.add("all");
      String note = mismatches == 0 ? null : mismatches + " query/mode pairs differ in totals";
      for (String cls : classes) {
        for (Queries.Mode m : modes) {
          Stats.Sample l = samples.get(key(cls, m, "lib"));
          Stats.Sample b = samples.get(key(cls, m, "base"));
          if (l == null || b == null) {
            continue;
          }
          for (double p : new double[] {50, 90, 99}) {
            out.add(Figure.of(label, articles, "search", "p" + (int) p, cls, m.label(), "ms",
                "lower", Stats.percentile(l.values(), p), Stats.percentile(b.values(), p), note));
          }
        }
      }
    }
  }

  private static String key(String cls, Queries.Mode m, String engine) {
    return cls + "/" + m + "/" + engine;
  }
}
