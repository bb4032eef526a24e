package io.newssearch.bench;

import io.newssearch.Article;
import io.newssearch.ArticleIndex;
import io.newssearch.ingest.IngestReport;
import io.newssearch.ingest.Ingester;
import io.newssearch.tag.Tagger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * What tagging costs inside ingestion (issue 4: at most 10 % of the Reuters ingest time), and
 * the library's ingest straight from Reuters SGML (issue 5).
 *
 * <p>Tagging: the same JSONL through the library's Ingester with the default gazetteer tagger
 * and with {@code Tagger.none()}, alternating, same rounds; the figure's "baseline" column is
 * the untagged library ingest, so the ratio is the share of speed tagging keeps. Then the
 * tagger's own CPU time inside ingests against the CPU time of the rest of them (see {@link
 * #taggerCpu}): the share of CPU tagging adds, which holds still where the wall clock does not.
 *
 * <p>Both figures are medians over the rounds, with the mean ratio and the range of the round
 * ratios in the note: on this 2-core VM one ingest of the same 21k stories, same code, took
 * from 0.86 to 1.23 s in one session, so a mean of a few rounds moves with a single slow one.
 *
 * <p>SGML: the library ingests the Reuters reut2-*.sgm files themselves (reading, SGML parsing, tagging off)
 * next to raw Lucene indexing the same stories from their JSONL conversion; the ratio includes
 * the SGML parsing the baseline does not do.
 */
final class TaggingBench {

  private TaggingBench() {}

  static void run(Path jsonl, Path sgml, Path work, String label, long articles, int warmups,
      int rounds, List<Figure> out) throws IOException {
    // Warm-up: untimed ingests each way, so the JIT has compiled both paths (with one each,
    // the measured rounds were still speeding up).
    for (int i = 0; i < warmups; i++) {
      for (Tagger t : List.of(Tagger.defaultTagger(), Tagger.none())) {
        Path dir = IngestBench.clean(work.resolve("warm-tagging"));
        Library.ingest(jsonl, dir, t);
        IngestBench.delete(dir);
      }
    }
    double[][] tagging = alternate(rounds, "tagging", "tagged", "untagged", withTags -> {
      Path dir = IngestBench.clean(work.resolve(withTags ? "tagged" : "untagged"));
      IngestBench.Times t = Library.ingest(jsonl, dir, withTags ? Tagger.defaultTagger() : Tagger.none());
      IngestBench.delete(dir);
      return t.articles() / (t.totalNanos() / 1e9);
    });
    out.add(Figure.of(label, articles, "ingest", "articles_per_s_with_tagging", null, null,
        "articles/s", "higher", Stats.median(tagging[0]), Stats.median(tagging[1]),
        "library with the default tagger vs the library without (not raw Lucene); "
            + spread(tagging)));
    out.add(taggerCpu(jsonl, work, label, articles, Math.max(3, rounds / 2)));
    if (sgml == null) {
      return;
    }
    List<Path> sgmFiles;
    try (var files = java.nio.file.Files.list(sgml)) {
      // The stories only: the collection's documentation files are not part of the figure.
      sgmFiles = files.filter(f -> f.getFileName().toString().endsWith(".sgm")).sorted().toList();
    }
    double[][] sgmlRates = alternate(rounds, "sgml", "library", "baseline", library -> {
      Path dir = IngestBench.clean(work.resolve(library ? "sgml" : "sgml-baseline"));
      double rate;
      if (library) {
        long start = System.nanoTime();
        long indexed;
        try (ArticleIndex index = ArticleIndex.open(dir,
            ArticleIndex.Options.defaults().withTagger(Tagger.none()).withMaxStaleness(0))) {
          IngestReport report = Ingester.into(index)
              .commitEvery(Long.MAX_VALUE, Duration.ofDays(365)).ingest(sgmFiles);
          indexed = report.indexed();
        }
        rate = indexed / ((System.nanoTime() - start) / 1e9);
      } else {
        IngestBench.Times t = RawLucene.ingest(jsonl, dir, 2);
        rate = t.articles() / (t.totalNanos() / 1e9);
      }
      IngestBench.delete(dir);
      return rate;
    });
    out.add(Figure.of(label, articles, "ingest", "articles_per_s_from_sgml", null, null,
        "articles/s", "higher", Stats.median(sgmlRates[0]), Stats.median(sgmlRates[1]),
        "library reads the SGML files; raw Lucene indexes the same stories from JSONL; "
            + spread(sgmlRates)));
  }

  /**
   * The tagger's own CPU time inside ingestion, against the CPU time of the rest of the same
   * ingest: the share that tagging adds to a CPU-bound ingest. The default tagger runs wrapped in
   * a timer of the calling thread's CPU time (reader or indexer, wherever the pipeline tags);
   * the timer's own cost, measured the same way around {@code Tagger.none()} in ingests between
   * them, is taken off. Unlike the alternating ratio, a share of CPU within one ingest does not
   * move when the VM runs faster or slower from round to round.
   */
  private static Figure taggerCpu(Path jsonl, Path work, String label, long articles, int rounds)
      throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[] timerNanos = new double[rounds]; // per call, around Tagger.none()
    double[] taggerNanos = new double[rounds]; // per call, around the default tagger
    long[] calls = new long[rounds];
    double[] ingestSeconds = new double[rounds]; // process CPU of each tagged ingest
    for (int r = 0; r < 2 * rounds; r++) {
      boolean timerOnly = r % 2 == 1;
      Tagger inner = timerOnly ? Tagger.none() : Tagger.defaultTagger();
      LongAdder nanos = new LongAdder();
      LongAdder count = new LongAdder();
      Tagger timed = article -> {
        long start = threads.getCurrentThreadCpuTime();
        Article tagged = inner.tag(article);
        nanos.add(threads.getCurrentThreadCpuTime() - start);
        count.increment();
        return tagged;
      };
      IngestBench.settle();
      Path dir = IngestBench.clean(work.resolve("tagger-cpu"));
      long cpuBefore = process.getProcessCpuTime();
      Library.ingest(jsonl, dir, timed);
      long cpu = process.getProcessCpuTime() - cpuBefore;
      IngestBench.delete(dir);
      double perCall = nanos.sum() / (double) count.sum();
      if (timerOnly) {
        timerNanos[r / 2] = perCall;
      } else {
        taggerNanos[r / 2] = perCall;
        calls[r / 2] = count.sum();
        ingestSeconds[r / 2] = cpu / 1e9;
      }
      System.err.printf("  tagger cpu round %d %-10s %.2f us/article of thread CPU, ingest %.2f s CPU%n",
          r / 2 + 1, timerOnly ? "timer only" : "tagger", perCall / 1e3, cpu / 1e9);
    }
    double timer = Stats.median(timerNanos);
    double[] taggerSeconds = new double[rounds]; // the tagger's own, the timer's cost taken off
    double[] restSeconds = new double[rounds]; // the rest of the ingest, without the timer
    double[] shares = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      taggerSeconds[r] = (taggerNanos[r] - timer) * calls[r] / 1e9;
      restSeconds[r] = ingestSeconds[r] - taggerNanos[r] * calls[r] / 1e9;
      shares[r] = taggerSeconds[r] / restSeconds[r];
    }
    return Figure.of(label, articles, "ingest", "tagger_cpu_s", null, null, "s CPU", "lower",
        Stats.median(taggerSeconds), Stats.median(restSeconds),
        String.format(java.util.Locale.ROOT,
            "the default tagger's CPU inside the ingest vs the CPU of the rest of it: the share "
                + "tagging adds to a CPU-bound ingest; %.2f us per article (timer's own %.2f us "
                + "taken off); %d rounds, median; round shares %.3f-%.3f",
            (Stats.median(taggerNanos) - timer) / 1e3, timer / 1e3, rounds,
            java.util.Arrays.stream(shares).min().orElse(0),
            java.util.Arrays.stream(shares).max().orElse(0)));
  }

  /** "N rounds, median; mean ratio m, round ratios lo-hi" for the rates of both sides. */
  private static String spread(double[][] rates) {
    int n = rates[0].length;
    double[] ratios = new double[n];
    for (int r = 0; r < n; r++) {
      ratios[r] = rates[0][r] / rates[1][r];
    }
    return String.format(java.util.Locale.ROOT,
        "%d rounds, median; mean ratio %.3f, round ratios %.2f-%.2f", n,
        Stats.mean(rates[0]) / Stats.mean(rates[1]), java.util.Arrays.stream(ratios).min().orElse(0),
        java.util.Arrays.stream(ratios).max().orElse(0));
  }

  /** One measured run of one side: {@code first} is the side reported as "library". */
  @FunctionalInterface
  private interface Side {
    double articlesPerSecond(boolean first) throws IOException;
  }

  /**
   * Runs both sides {@code rounds} times, alternating which goes first, each after the disk
   * settles; returns the rates of the first side and of the second.
   */
  private static double[][] alternate(int rounds, String what, String firstName, String secondName,
      Side side) throws IOException {
    double[][] rates = new double[2][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        boolean first = (r % 2 == 0) == (k == 0);
        IngestBench.settle();
        double rate = side.articlesPerSecond(first);
        rates[first ? 0 : 1][r] = rate;
        System.err.printf("  %s round %d %-9s %,8.0f articles/s%n", what, r + 1,
            first ? firstName : secondName, rate);
      }
    }
    return rates;
  }
}
