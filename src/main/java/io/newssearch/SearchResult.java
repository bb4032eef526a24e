package io.newssearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one search returns: the total, a page of hits, facet counts, a cursor for the next page,
 * and warnings about the query.
 *
 * <pre>{@code
 * SearchResult r = index.search(SearchRequest.builder().query("venezuela").facets("tag").build());
 * r.total();                   // every match, not just this page
 * r.facets().get("tag");       // [Venezuela (7), Russia (3), ...]
 * r.nextCursor();              // null on the last page
 * r.warnings();                // e.g. "query syntax error ...; searched as plain words"
 * }</pre>
 *
 * @param total number of matching articles (exact)
 * @param hits this page, in the requested order
 * @param facets counts per requested dimension, in the order requested; each list holds the
 *     top values by count (date dimensions chronologically), plus every selected value
 * @param nextCursor pass to {@link SearchRequest.Builder#cursor} for the next page; null when
 *     this page is the last
 * @param warnings what the search had to do differently from what was asked; empty when nothing
 * @param suggestion a corrected query ("did you mean") when nothing matched and one was found,
 *     else null
 */
public record SearchResult(
    long total,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    String nextCursor,
    List<String> warnings,
    String suggestion) {

  public SearchResult {
    hits = List.copyOf(hits);
    Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
    facets.forEach((dim, values) -> copy.put(dim, List.copyOf(values)));
    facets = java.util.Collections.unmodifiableMap(copy);
    warnings = List.copyOf(warnings);
  }

  /** True when there is a next page. */
  public boolean hasMore() {
    return nextCursor != null;
  }

  /** The counts of one dimension, or an empty list when it was not requested. */
  public List<FacetValue> facet(String dimension) {
    return facets.getOrDefault(dimension, List.of());
  }
}
