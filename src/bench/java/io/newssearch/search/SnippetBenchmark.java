package io.newssearch.search;

import io.newssearch.Snippet;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of formatting highlighter passages: the library's structured snippets (whitespace
 * collapsed, match ranges mapped), their HTML rendering, and Lucene's default formatter for
 * comparison. Lives in the search package to reach the package-private formatter; it is not
 * part of the library jar (bench profile only).
 *
 * <pre>java -jar target/news-search-bench.jar jmh SnippetBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SnippetBenchmark {

  private String content;
  private Passage[] passages;
  private Snippet snippet;
  private final SnippetHighlighter.SnippetFormatter formatter = new SnippetHighlighter.SnippetFormatter(160);
  private final DefaultPassageFormatter lucene = new DefaultPassageFormatter();

  @Setup
  public void setup() {
    StringBuilder s = new StringBuilder();
    String[] sentences = {
      "The harbour board said on Tuesday that crude oil exports rose for a third month.",
      "Traders in the  port  city expect <prices> to stay firm while the strike lasts.",
      "A spokeswoman for the ministry declined to comment on the interest rates decision.",
      "Shipping agents reported queues of tankers waiting outside the breakwater & locks."
    };
    for (int i = 0; i < 12; i++) {
      s.append(sentences[i % sentences.length]).append(i % 3 == 2 ? "\n\n" : " ");
    }
    content = s.toString();
    passages = new Passage[3];
    int start = 0;
    for (int p = 0; p < 3; p++) {
      int end = content.indexOf('.', start + 150) + 1;
      Passage passage = new Passage();
      passage.setStartOffset(start);
      passage.setEndOffset(end);
      for (String word : new String[] {"crude oil", "prices", "interest rates", "tankers"}) {
        int at = content.indexOf(word, start);
        if (at >= 0 && at + word.length() <= end) {
          passage.addMatch(at, at + word.length(), new BytesRef(word), 1);
        }
      }
      passages[p] = passage;
      start = end + 1;
    }
    snippet = SnippetHighlighter.SnippetFormatter.toSnippet(content, passages[0]);
  }

  @Benchmark
  public Object libraryFormat() {
    return formatter.format(passages, content);
  }

  @Benchmark
  public Object libraryToHtml() {
    return snippet.toHtml();
  }

  @Benchmark
  public Object luceneDefaultFormat() {
    return lucene.format(passages, content);
  }
}
