package io.newssearch.cli;

import io.newssearch.ArticleIndex;
import io.newssearch.ingest.IngestReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: index the bundled fixtures in memory and walk through a few searches. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Indexes the bundled index-fixtures in memory and walks through searches that"
        + " show relevance, a phrase, facets and drill-down, a date range and a search with no hits.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--fixtures", paramLabel = "DIR", defaultValue = "index-fixtures",
      description = "The fixtures folder (default ${DEFAULT-VALUE}).")
  Path fixtures;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto, always or never.")
  String color;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Terminal terminal = Terminal.choose(color);
    ResultPrinter printer = new ResultPrinter(out, terminal);
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      IngestReport report = Demo.load(index, fixtures);
      out.printf(Locale.ROOT, "news-search demo: indexed %d articles from %s in %.2f s (%d skipped, %d rejected)%n",
          report.indexed(), fixtures, report.elapsed().toMillis() / 1000.0, report.skipped(), report.rejected());
      for (var p : report.problems()) {
        out.printf(Locale.ROOT, "  %s %s: %s%n", p.kind(), p.where(), p.reason());
      }
      int n = 0;
      for (Demo.Outcome o : Demo.run(index)) {
        n++;
        out.printf(Locale.ROOT, "%n%s%n%d. %s%n   $ news-search %s%n", "-".repeat(78), n, o.step().title(), o.step().command());
        printer.print(o.result());
      }
      out.println();
    }
    out.flush();
    return Main.OK;
  }
}
