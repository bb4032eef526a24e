package io.newssearch;

/** How hits are ordered. Ties are broken by article id, so paging is stable. */
public enum SortOrder {
  /** Best match first (BM25, title boosted). */
  RELEVANCE,
  /** Most recently published first; undated articles last. */
  NEWEST,
  /** Earliest published first; undated articles last. */
  OLDEST
}
