package io.newssearch.bench;

import io.newssearch.search.UserQueryParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of turning user text into a Lucene query, per kind of text: the library's forgiving
 * parser, and Lucene's classic MultiFieldQueryParser configured as the baseline uses it.
 *
 * <pre>java -jar target/news-search-bench.jar jmh QueryParserBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QueryParserBenchmark {

  @Param({
    "oil",
    "dollar yen",
    "\"interest rates\" OR \"central bank\"",
    "export* -coffee",
    "tag:japan section:trade oil",
    "date:[1987-03-01 TO 1987-03-31] wheat",
    "oil AND (opec"
  })
  public String text;

  @Benchmark
  public Object library() {
    return UserQueryParser.parse(text);
  }

  @Benchmark
  public Object luceneClassic() {
    try {
      return RawLucene.classicParser().parse(text);
    } catch (org.apache.lucene.queryparser.classic.ParseException e) {
      return e; // the broken input: what the classic parser does is throw
    }
  }
}
