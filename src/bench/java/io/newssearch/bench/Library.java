package io.newssearch.bench;

import io.newssearch.Article;
import io.newssearch.ArticleIndex;
import io.newssearch.SearchResult;
import io.newssearch.ingest.IngestListener;
import io.newssearch.ingest.IngestReport;
import io.newssearch.ingest.Ingester;
import io.newssearch.tag.Tagger;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The library side of every figure: only public API, used as an application would. */
final class Library {

  private Library() {}

  /**
   * Ingests a JSONL file into a new index the way the CLI does (Ingester, background refresh
   * off), with one commit at the end. The articles carry their tags, so the tagger is off here:
   * the baseline indexes them as given too; tagging is measured on its own.
   */
  static IngestBench.Times ingest(Path jsonl, Path indexDir, Tagger tagger) throws IOException {
    long start = System.nanoTime();
    AtomicLong lastIndexed = new AtomicLong(start);
    IngestListener listener = new IngestListener() {
      @Override
      public void indexed(Article article, String where) {
        lastIndexed.lazySet(System.nanoTime());
      }
    };
    ArticleIndex.Options options =
        ArticleIndex.Options.defaults().withTagger(tagger).withMaxStaleness(0);
    try (ArticleIndex index = ArticleIndex.open(indexDir, options)) {
      IngestReport report = Ingester.into(index)
          .commitEvery(Long.MAX_VALUE, Duration.ofDays(365))
          .listener(listener)
          .ingest(List.of(jsonl));
      long end = System.nanoTime();
      if (report.rejected() > 0 || report.skipped() > 0) {
        throw new IOException("library ingest of " + jsonl + " rejected " + report.rejected()
            + " and skipped " + report.skipped() + ": " + report.problems());
      }
      // The final commit (with the refresh and count that end an ingest) is what follows the
      // last indexed article.
      return new IngestBench.Times(report.indexed(), end - start, end - lastIndexed.get());
    }
  }

  static RawLucene.Answer search(ArticleIndex index, Queries.BenchQuery q, Queries.Mode mode)
      throws IOException {
    SearchResult r = index.search(q.request(mode));
    return new RawLucene.Answer(r.total(), r.hits().size(), r);
  }
}
