package io.newssearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark harness: {@code java -jar target/news-search-bench.jar COMMAND [--option value]...}
 *
 * <pre>
 * convert-reuters [--corpus ../shared/corpora/reuters21578] [--out target/bench/reuters.jsonl]
 * generate --model reuters.jsonl --articles N [--seed 42] --out gen.jsonl
 * run      --jsonl CORPUS.jsonl --label NAME [--model reuters.jsonl] [--work target/bench/NAME]
 *          [--results docs/bench-results/results.jsonl] [--ingest-rounds 2] [--search-rounds 15]
 *          [--tagging-rounds (the ingest rounds)] [--warmup 3] [--nrt-seconds 15]
 *          [--nrt-rounds 1] [--rate 1000]
 *          [--captures index-fixtures/captures] [--sgml ../shared/corpora/reuters21578]
 *          [--skip ingest,tagging,search,nrt,micro]
 *          [--modes plain,facets,snippets,both]
 * report   --results FILE[,FILE...] [--md FILE] [--svg FILE]
 * jmh      [JMH options]            (the micro-benchmarks: QueryParserBenchmark, SnippetBenchmark)
 * </pre>
 *
 * Every figure is printed as it is measured and appended to the results file (JSON Lines).
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization")
        .setLevel(java.util.logging.Level.SEVERE);
    if (args.length == 0) {
      usage("no command");
      return;
    }
    String cmd = args[0];
    if (cmd.equals("jmh")) {
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    Map<String, String> o = options(Arrays.copyOfRange(args, 1, args.length));
    switch (cmd) {
      case "convert-reuters" -> {
        Path out = Path.of(o.getOrDefault("out", "target/bench/reuters.jsonl"));
        ReutersConvert.Result r = ReutersConvert.convert(
            Path.of(o.getOrDefault("corpus", "../shared/corpora/reuters21578")), out);
        System.out.printf("wrote %,d articles (%.1f MB of body text) to %s; %d inputs skipped or"
            + " rejected by the reader%n", r.articles(), r.bodyBytes() / 1e6, out, r.problems());
      }
      case "generate" -> {
        Path out = Path.of(required(o, "out"));
        long n = Long.parseLong(required(o, "articles").replace("_", ""));
        CorpusModel model = CorpusModel.learn(Path.of(required(o, "model")));
        long t0 = System.nanoTime();
        long bytes = new Generator(model, Long.parseLong(o.getOrDefault("seed", "42"))).writeJsonl(out, n);
        System.out.printf("wrote %,d articles (%.1f MB of body text) to %s in %.1f s; model: %,d"
            + " articles, %,d words%n", n, bytes / 1e6, out, (System.nanoTime() - t0) / 1e9,
            model.articles, model.words.length);
      }
      case "run" -> run(o);
      case "report" -> {
        List<Path> files = Arrays.stream(required(o, "results").split(",")).map(Path::of).toList();
        Report.write(files, o.containsKey("md") ? Path.of(o.get("md")) : null,
            o.containsKey("svg") ? Path.of(o.get("svg")) : null);
        if (!o.containsKey("md") && !o.containsKey("svg")) {
          List<Figure> all = new ArrayList<>();
          for (Path p : files) {
            all.addAll(Figure.read(p));
          }
          System.out.print(Report.markdown(all));
        }
      }
      default -> usage("unknown command " + cmd);
    }
  }

  private static void run(Map<String, String> o) throws IOException {
    Path jsonl = Path.of(required(o, "jsonl"));
    String label = required(o, "label");
    Path work = Path.of(o.getOrDefault("work", "target/bench/" + label));
    Path results = Path.of(o.getOrDefault("results", "docs/bench-results/results.jsonl"));
    List<String> skip = Arrays.asList(o.getOrDefault("skip", "").split(","));
    List<Queries.BenchQuery> queries = Queries.load(o.containsKey("queries") ? Path.of(o.get("queries")) : null);
    IngestBench.CorpusStats stats = IngestBench.scan(jsonl);
    long articles = stats.articles();
    Path index = work.resolve("index");
    System.err.printf("%s: load average %s, %d cores, max heap %d MB%n", label, loadAverage(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576);

    if (!skip.contains("ingest")) {
      List<Figure> f = new ArrayList<>();
      index = IngestBench.run(jsonl, stats, work, label, Integer.parseInt(o.getOrDefault("warmup", "3")),
          Integer.parseInt(o.getOrDefault("ingest-rounds", "2")), f);
      emit(results, f);
    }
    if (!skip.contains("tagging")) {
      List<Figure> f = new ArrayList<>();
      TaggingBench.run(jsonl, o.containsKey("sgml") ? Path.of(o.get("sgml")) : null, work, label,
          articles, Integer.parseInt(o.getOrDefault("warmup", "3")),
          Integer.parseInt(o.getOrDefault("tagging-rounds", o.getOrDefault("ingest-rounds", "2"))), f);
      emit(results, f);
    }
    if (!skip.contains("search")) {
      List<Figure> f = new ArrayList<>();
      SearchBench.run(index, queries, Integer.parseInt(o.getOrDefault("warmup", "3")),
          Integer.parseInt(o.getOrDefault("search-rounds", "15")), label, articles,
          Arrays.stream(o.getOrDefault("modes", "plain,facets,snippets,both").split(","))
              .map(m -> Queries.Mode.valueOf(m.strip().toUpperCase(java.util.Locale.ROOT)))
              .toArray(Queries.Mode[]::new), f);
      emit(results, f);
    }
    if (!skip.contains("nrt")) {
      List<Figure> f = new ArrayList<>();
      Path modelFile = Path.of(o.getOrDefault("model", jsonl.toString()));
      Generator gen = new Generator(CorpusModel.learn(modelFile), 7);
      NrtBench.run(index, queries, gen, IngestBench.ids(jsonl, 10_000),
          Double.parseDouble(o.getOrDefault("nrt-seconds", "15")),
          Integer.parseInt(o.getOrDefault("rate", "1000")),
          Integer.parseInt(o.getOrDefault("nrt-rounds", "1")), label, articles, f);
      emit(results, f);
    }
    if (!skip.contains("micro")) {
      List<Figure> f = new ArrayList<>();
      MicroFigures.run(Path.of(o.getOrDefault("captures", "index-fixtures/captures")), jsonl, label,
          articles, f);
      emit(results, f);
    }
    System.err.printf("%s: done; load average %s%n", label, loadAverage());
  }

  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void emit(Path results, List<Figure> figures) throws IOException {
    for (Figure f : figures) {
      System.out.println(f.line());
    }
    Figure.append(results, figures);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        usage("expected --option value, found '" + args[i] + "'");
      }
      o.put(args[i].substring(2), args[++i]);
    }
    return o;
  }

  private static String required(Map<String, String> o, String key) {
    String v = o.get(key);
    if (v == null) {
      usage("--" + key + " is required");
    }
    return v;
  }

  private static void usage(String problem) {
    System.err.println("error: " + problem);
    System.err.println("usage: java -jar target/news-search-bench.jar"
        + " convert-reuters|generate|run|report|jmh [--option value]... (see BenchMain javadoc)");
    System.exit(2);
  }
}
