package io.newssearch.ingest;

import io.newssearch.Article;

/**
 * Hears what an ingest does, as it does it: each article indexed, each input skipped or
 * rejected, and progress about once a second. Methods may be called from several threads at
 * once; implementations must be thread-safe and quick.
 *
 * <pre>{@code
 * IngestListener listener = new IngestListener() {
 *   public void problem(ReadOutcome o) { System.err.println("cannot index " + o.where()); }
 * };
 * }</pre>
 */
public interface IngestListener {

  /** An article was added to the index (as tagged). */
  default void indexed(Article article, String where) {}

  /** An input or part of one was skipped or rejected ({@link ReadOutcome.Skipped}/{@link ReadOutcome.Invalid}). */
  default void problem(ReadOutcome outcome) {}

  /** Progress so far; called about once a second from the ingesting thread. */
  default void progress(IngestProgress progress) {}

  /** A listener that ignores everything. */
  IngestListener NONE = new IngestListener() {};
}
