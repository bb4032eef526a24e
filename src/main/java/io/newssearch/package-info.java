/**
 * news-search: scraped news pages into a searchable Lucene index.
 *
 * <pre>{@code
 * try (ArticleIndex index = ArticleIndex.open(Path.of("idx"))) {
 *   Ingester.into(index).ingest(List.of(Path.of("pages")));
 *   SearchResult r = index.search(SearchRequest.builder().query("oil").facets("tag").build());
 * }
 * }</pre>
 *
 * <p>This package holds what an application touches: {@link io.newssearch.ArticleIndex}, {@link
 * io.newssearch.Article}, {@link io.newssearch.SearchRequest}, {@link
 * io.newssearch.SearchResult} and their values. Ingestion is in {@code io.newssearch.ingest},
 * tagging in {@code io.newssearch.tag}.
 */
package io.newssearch;
