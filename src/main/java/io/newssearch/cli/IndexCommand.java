package io.newssearch.cli;

import io.newssearch.ArticleIndex;
import io.newssearch.ingest.IngestListener;
import io.newssearch.ingest.IngestProgress;
import io.newssearch.ingest.IngestReport;
import io.newssearch.ingest.Ingester;
import io.newssearch.ingest.ReadOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code index --index DIR PATH...}: ingest files and folders and report what happened. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Ingests files and folders (JSON Lines, page captures, HTML, Reuters SGML; gzip too) into"
          + " the index, then prints what was indexed, skipped and rejected.",
      "Exit code 0: all good; 1: some inputs rejected, the rest committed; 2: bad arguments;"
          + " 3: fatal (index locked, disk full; what was indexed before it is committed if the"
          + " disk allows)."
    })
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory (created if missing).")
  Path indexDir;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = "No progress and no per-item problems; only the summary.")
  boolean quiet;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "50000",
      description = "Commit after this many articles (default ${DEFAULT-VALUE}).")
  long commitEvery;

  @Option(names = "--commit-seconds", paramLabel = "S", defaultValue = "60",
      description = "Commit at least this often, in seconds (default ${DEFAULT-VALUE}).")
  long commitSeconds;

  @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: cores).")
  Integer threads;

  @Option(names = "--max-page-mb", paramLabel = "MB", defaultValue = "16",
      description = "Largest page file read, in MB (default ${DEFAULT-VALUE}).")
  long maxPageMb;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = new ProgressLine(err, quiet || json);
    IngestListener listener = new IngestListener() {
      @Override
      public void problem(ReadOutcome o) {
        if (!quiet && !json) {
          progress.message(describe(o));
        }
      }

      @Override
      public void progress(IngestProgress p) {
        progress.update(p);
      }
    };
    ArticleIndex.Options options = ArticleIndex.Options.defaults().withMaxStaleness(0);
    IngestReport report;
    try (ArticleIndex index = ArticleIndex.open(indexDir, options)) {
      Ingester ingester = Ingester.into(index)
          .commitEvery(commitEvery, Duration.ofSeconds(commitSeconds))
          .maxPageBytes(maxPageMb * 1024 * 1024)
          .listener(listener);
      if (threads != null) {
        ingester = ingester.threads(Math.max(1, threads / 2), threads);
      }
      report = ingester.ingest(paths);
      progress.done();
      if (json) {
        out.println(Json.write(new JsonReport(report, index.count())));
      } else {
        printSummary(out, report, index.count());
      }
    }
    return report.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
  }

  record JsonReport(IngestReport report, long indexSize) {}

  static String describe(ReadOutcome o) {
    return switch (o) {
      case ReadOutcome.Skipped s -> "skipped  " + s.where() + ": " + s.reason();
      case ReadOutcome.Invalid i -> "rejected " + i.where() + ": " + i.reason();
      case ReadOutcome.Parsed p -> "parsed   " + p.where();
    };
  }

  static void printSummary(PrintWriter out, IngestReport r, long indexSize) {
    out.printf(Locale.ROOT, "indexed %d article%s (%d replaced an existing one) from %d file%s, %.1f MB%n",
        r.indexed(), r.indexed() == 1 ? "" : "s", r.replaced(), r.files(), r.files() == 1 ? "" : "s", r.bytes() / 1e6);
    out.printf(Locale.ROOT, "skipped %d, rejected %d%n", r.skipped(), r.rejected());
    for (IngestReport.Problem p : r.problems()) {
      out.printf(Locale.ROOT, "  %-8s %s: %s%n", p.kind(), p.where(), p.reason());
    }
    if (r.skipped() + r.rejected() > r.problems().size()) {
      out.printf(Locale.ROOT, "  ... and %d more%n", r.skipped() + r.rejected() - r.problems().size());
    }
    out.printf(Locale.ROOT, "time %.2f s (%.0f articles/s, %.1f MB/s), %d commit%s; the index holds %d articles%n",
        r.elapsed().toMillis() / 1000.0, r.articlesPerSecond(), r.megabytesPerSecond(), r.commits(),
        r.commits() == 1 ? "" : "s", indexSize);
  }
}
