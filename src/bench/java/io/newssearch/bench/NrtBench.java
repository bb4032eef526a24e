package io.newssearch.bench;

import io.newssearch.Article;
import io.newssearch.ArticleIndex;
import io.newssearch.tag.Tagger;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Search throughput while ingesting, and NRT visibility. On an existing index: one thread
 * upserts generated articles at a fixed rate (half new, half replacing an existing id), two
 * threads search the query set with facets and snippets as fast as they can, and a probe thread
 * polls for a new article (one at a time, picked at random moments) until a search sees it
 * (the time from the add call to the first search that finds it). The library uses
 * ArticleIndex with its default staleness (0.25 s); the baseline a SearcherManager refreshed by
 * a ControlledRealTimeReopenThread with the same settings, building facet state on each refresh
 * as the library does. Phases alternate library / baseline; each writes new articles to the
 * same index.
 */
final class NrtBench {

  private NrtBench() {}

  /** Max staleness of both sides, seconds: the library's default unless -Dbench.staleness=S. */
  static final double STALENESS =
      Double.parseDouble(System.getProperty("bench.staleness",
          String.valueOf(ArticleIndex.Options.defaults().maxStaleness())));

  /** The operations a phase needs from an engine. */
  interface Live extends Closeable {
    void upsert(Article a) throws IOException;

    boolean visible(String id) throws IOException;

    void search(Queries.BenchQuery q) throws IOException;
  }

  static Live library(Path dir) throws IOException {
    ArticleIndex index = ArticleIndex.open(dir,
        ArticleIndex.Options.defaults().withTagger(Tagger.none()).withMaxStaleness(STALENESS));
    return new Live() {
      public void upsert(Article a) throws IOException {
        index.add(a);
      }

      public boolean visible(String id) throws IOException {
        return index.get(id).isPresent();
      }

      public void search(Queries.BenchQuery q) throws IOException {
        index.search(q.request(Queries.Mode.BOTH));
      }

      public void close() throws IOException {
        index.close();
      }
    };
  }

  /**
   * Diagnostic only ({@code -Dbench.nrtHybrid=true}): the baseline's writer and refresh with the
   * library's searcher and search code, to tell whether an NRT gap comes from the search code or
   * from the writer side. Not in the reported figures.
   */
  static Live hybrid(Path dir) throws IOException {
    RawLucene.Live live = new RawLucene.Live(dir, STALENESS, io.newssearch.search.NewsSearcher.factory());
    return overBaselineWriter(live, q -> {
      org.apache.lucene.search.IndexSearcher s = live.searchers.acquire();
      try {
        io.newssearch.search.SearchEngine.search(
            (io.newssearch.search.NewsSearcher) s, q.request(Queries.Mode.BOTH));
      } finally {
        live.searchers.release(s);
      }
    });
  }

  static Live baseline(Path dir) throws IOException {
    if (Boolean.getBoolean("bench.nrtHybrid")) {
      return hybrid(dir);
    }
    RawLucene.Live live = new RawLucene.Live(dir, STALENESS);
    return overBaselineWriter(live, q -> live.search(q, Queries.Mode.BOTH));
  }

  /** How a phase searches, given a query. */
  @FunctionalInterface
  private interface Search {
    void search(Queries.BenchQuery q) throws IOException;
  }

  /** The baseline's writer, visibility probe and close, with the given search. */
  private static Live overBaselineWriter(RawLucene.Live live, Search search) {
    return new Live() {
      public void upsert(Article a) throws IOException {
        live.upsert(a);
      }

      public boolean visible(String id) throws IOException {
        return live.visible(id);
      }

      public void search(Queries.BenchQuery q) throws IOException {
        search.search(q);
      }

      public void close() throws IOException {
        live.close();
      }
    };
  }

  record Phase(double qps, double searchP50, double searchP99, double upsertsPerS,
      double[] visibilityMs) {}

  static Phase phase(Live e, List<Queries.BenchQuery> queries, Generator gen, long firstNewId,
      List<String> existing, double seconds, int rate) throws IOException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Stats.Sample latency = new Stats.Sample();
    Stats.Sample visibility = new Stats.Sample();
    AtomicLong searches = new AtomicLong();
    record Probe(String id, long addedNanos) {}
    AtomicReference<Probe> pending = new AtomicReference<>();
    Thread[] searchers = new Thread[2];
    for (int t = 0; t < searchers.length; t++) {
      int offset = t * queries.size() / 2;
      searchers[t] = new Thread(() -> {
        try {
          for (int i = offset; !stop.get(); i++) {
            long t0 = System.nanoTime();
            e.search(queries.get(i % queries.size()));
            latency.add((System.nanoTime() - t0) / 1e6);
            searches.incrementAndGet();
          }
        } catch (Throwable x) {
          failure.compareAndSet(null, x);
        }
      }, "nrt-search-" + t);
    }
    Thread probe = new Thread(() -> {
      try {
        while (!stop.get()) {
          Probe p = pending.get();
          if (p != null && e.visible(p.id())) {
            visibility.add((System.nanoTime() - p.addedNanos()) / 1e6);
            pending.set(null);
          }
          Thread.sleep(5);
        }
      } catch (Throwable x) {
        if (!(x instanceof InterruptedException)) {
          failure.compareAndSet(null, x);
        }
      }
    }, "nrt-probe");
    for (Thread t : searchers) {
      t.start();
    }
    probe.start();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    long k = 0;
    long period = 1_000_000_000L / rate;
    java.util.Random probeDelay = new java.util.Random(firstNewId);
    long nextProbe = start;
    while (failure.get() == null) {
      long due = start + k * period;
      long now = System.nanoTime();
      if (now >= end) {
        break;
      }
      if (due > now) {
        LockSupport.parkNanos(due - now);
      }
      Article a = gen.article(firstNewId + k);
      boolean isNew = (k & 1) == 0;
      if (!isNew) {
        a = a.toBuilder().id(existing.get((int) ((k / 2) % existing.size()))).build();
      }
      // Visibility is timed from the call: an add that waits (a flush stall) counts too.
      long called = System.nanoTime();
      e.upsert(a);
      if (isNew && called >= nextProbe && pending.get() == null) {
        pending.set(new Probe(a.id(), called));
        // The next probe at a random moment, so probes do not fall into step with refreshes.
        nextProbe = called + 20_000_000L + (long) (probeDelay.nextDouble() * 600_000_000L);
      }
      k++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    try {
      for (Thread t : searchers) {
        t.join();
      }
      probe.join();
    } catch (InterruptedException x) {
      Thread.currentThread().interrupt();
    }
    if (failure.get() != null) {
      throw new IOException("NRT phase failed: " + failure.get(), failure.get());
    }
    double[] lat = latency.values();
    return new Phase(searches.get() / elapsed, Stats.percentile(lat, 50), Stats.percentile(lat, 99),
        k / elapsed, visibility.values());
  }

  static void run(Path indexDir, List<Queries.BenchQuery> queries, Generator gen,
      List<String> existing, double seconds, int rate, int rounds, String label, long articles,
      List<Figure> out) throws IOException {
    double[][] qps = new double[2][rounds];
    double[][] p50 = new double[2][rounds];
    double[][] p99 = new double[2][rounds];
    double[][] ups = new double[2][rounds];
    Stats.Sample[] vis = {new Stats.Sample(), new Stats.Sample()};
    // New ids every run (the index keeps earlier runs' articles, which would look visible at once).
    long nextId = 1_000_000_000L + System.currentTimeMillis() * 1000;
    // Warm-up: a short phase of each, not counted (writer start, first refreshes, JIT).
    for (int k = 0; k < 2; k++) {
      try (Live live = k == 0 ? library(indexDir) : baseline(indexDir)) {
        phase(live, queries, gen, nextId, existing, Math.min(5, seconds), rate);
      }
      nextId += (long) (Math.min(5, seconds) * rate) + 1000;
    }
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        boolean library = (r % 2 == 0) == (k == 0);
        int e = library ? 0 : 1;
        Phase p;
        try (Live live = library ? library(indexDir) : baseline(indexDir)) {
          p = phase(live, queries, gen, nextId, existing, seconds, rate);
        }
        nextId += (long) (seconds * rate) + 1000;
        qps[e][r] = p.qps();
        p50[e][r] = p.searchP50();
        p99[e][r] = p.searchP99();
        ups[e][r] = p.upsertsPerS();
        for (double v : p.visibilityMs()) {
          vis[e].add(v);
        }
        System.err.printf("  nrt round %d %-8s %6.1f searches/s (p50 %.1f ms, p99 %.1f ms) while"
            + " %,.0f upserts/s; visible after p50 %.0f ms, max %.0f ms (%d probes)%n", r + 1,
            library ? "library" : "baseline", p.qps(), p.searchP50(), p.searchP99(),
            p.upsertsPerS(), Stats.percentile(p.visibilityMs(), 50),
            Stats.percentile(p.visibilityMs(), 100), p.visibilityMs().length);
      }
    }
    String note = "2 search threads (facets + snippets) while 1 thread upserts at " + rate + "/s";
    out.add(Figure.of(label, articles, "nrt", "search_qps", null, null, "searches/s", "higher",
        Stats.mean(qps[0]), Stats.mean(qps[1]), note));
    out.add(Figure.of(label, articles, "nrt", "search_p50_ms", null, null, "ms", "lower",
        Stats.mean(p50[0]), Stats.mean(p50[1]), note));
    out.add(Figure.of(label, articles, "nrt", "search_p99_ms", null, null, "ms", "lower",
        Stats.mean(p99[0]), Stats.mean(p99[1]), note));
    out.add(Figure.of(label, articles, "nrt", "upserts_per_s", null, null, "upserts/s", "higher",
        Stats.mean(ups[0]), Stats.mean(ups[1]), "achieved; target " + rate));
    for (double p : new double[] {50, 99, 100}) {
      out.add(Figure.of(label, articles, "nrt", p == 100 ? "visible_max_ms" : "visible_p" + (int) p + "_ms",
          null, null, "ms", "lower", Stats.percentile(vis[0].values(), p),
          Stats.percentile(vis[1].values(), p),
          "from the add call to the first search that finds it; max staleness " + STALENESS + " s"));
    }
  }
}
