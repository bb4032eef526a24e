/**
 * How a {@link io.newssearch.SearchRequest} is executed: query parsing, facets, cursors and
 * snippets. No API promise; use {@link io.newssearch.ArticleIndex#search}.
 */
package io.newssearch.search;
