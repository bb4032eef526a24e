package io.newssearch.cli;

import io.newssearch.Article;
import io.newssearch.ingest.InputFiles;
import io.newssearch.ingest.InputWalker;
import io.newssearch.ingest.ReadOutcome;
import io.newssearch.tag.Tagger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract [--json] PATH...}: shows what each file cleans into, without indexing. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Shows what files clean into (title, authors, date, sections, tags, body), without"
          + " indexing: the way to debug ingestion of your own pages. Folders are walked.",
      "Skipped and rejected inputs are listed on stderr. Exit code 1 when some were rejected."
    })
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Option(names = "--json", description = "A JSON array of {file, id, url, source, title, authors,"
      + " published, sections, tags, regions, language, body}.")
  boolean json;

  @Option(names = "--max-page-mb", paramLabel = "MB", defaultValue = "16", description = "Largest page read, in MB.")
  long maxPageMb;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Map<String, Object>> extracted = new ArrayList<>();
    int[] rejected = {0};
    Tagger tagger = Tagger.defaultTagger();
    for (Path root : paths) {
      InputWalker.walk(root, file -> InputFiles.read(file, maxPageMb * 1024 * 1024, outcome -> {
        switch (outcome) {
          case ReadOutcome.Parsed p -> {
            Map<String, Object> row = row(p.where(), tagger.tag(p.article()));
            if (json) {
              extracted.add(row);
            } else {
              printText(out, row);
            }
          }
          case ReadOutcome.Invalid i -> {
            rejected[0]++;
            err.println(IndexCommand.describe(i));
          }
          case ReadOutcome.Skipped s -> err.println(IndexCommand.describe(s));
        }
      }), problem -> {
        rejected[0]++;
        err.println(IndexCommand.describe(problem));
      }, () -> false);
    }
    if (json) {
      out.println(Json.write(extracted));
    }
    out.flush();
    return rejected[0] > 0 ? Main.SOME_REJECTED : Main.OK;
  }

  static Map<String, Object> row(String file, Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("id", a.id());
    m.put("url", a.url());
    m.put("source", a.source());
    m.put("title", a.title());
    m.put("authors", a.authors());
    m.put("published", a.published() == null ? null : a.published().toString());
    m.put("sections", a.sections());
    m.put("tags", a.tags());
    m.put("regions", a.regions());
    m.put("language", a.language());
    m.put("body", a.body());
    return m;
  }

  private static void printText(PrintWriter out, Map<String, Object> row) {
    out.println("== " + row.get("file"));
    row.forEach((k, v) -> {
      if (!k.equals("file") && !k.equals("body")) {
        out.println(k + ": " + (v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : v));
      }
    });
    out.println("body:");
    out.println(row.get("body"));
    out.println();
  }
}
