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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of the two ingest steps with no Lucene equivalent, per item: cleaning one page capture
 * (the project's 36 fixture captures in turn) and tagging one article with the default
 * (gazetteer) tagger (the project's fixture articles, their tags removed). Run from the project
 * folder, which holds index-fixtures/.
 *
 * <pre>java -jar target/news-search-bench.jar jmh CaptureAndTagBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CaptureAndTagBenchmark {

  @Param("index-fixtures")
  public String fixtures;

  private final List<String[]> captures = new ArrayList<>();
  private final List<Article> articles = new ArrayList<>();
  private final Tagger tagger = Tagger.defaultTagger();
  private int nextCapture;
  private int nextArticle;

  @Setup
  public void setup() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of(fixtures, "captures"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        captures.add(new String[] {Files.readString(p, StandardCharsets.UTF_8), p.toString()});
      }
    }
    try (Stream<Path> s = Files.walk(Path.of(fixtures, "articles"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          JsonLinesReader.read(in, p.toString(), o -> {
            if (o instanceof ReadOutcome.Parsed parsed) {
              articles.add(parsed.article().withTags(List.of()).withRegions(List.of()));
            }
          });
        }
      }
    }
    if (captures.isEmpty() || articles.isEmpty()) {
      throw new IOException("no fixtures under " + Path.of(fixtures).toAbsolutePath()
          + "; run from the project folder or pass -p fixtures=DIR");
    }
  }

  /** One capture cleaned (average over the fixture captures, 2-9 KB each). */
  @Benchmark
  public void cleanOneCapture(Blackhole bh) {
    String[] c = captures.get(nextCapture++ % captures.size());
    bh.consume(CaptureReader.read(c[0], c[1]));
  }

  /** One article tagged (average over the fixture articles). */
  @Benchmark
  public void tagOneArticle(Blackhole bh) {
    bh.consume(tagger.tag(articles.get(nextArticle++ % articles.size())));
  }
}
