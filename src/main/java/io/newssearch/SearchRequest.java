package io.newssearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * What to search for: query text (or a Lucene query), filters, date range, order, page and
 * facets. Immutable and thread-safe; build with {@link #builder()} or {@link #of(String)}.
 *
 * <pre>{@code
 * SearchRequest request = SearchRequest.builder()
 *     .query("maduro \"oil production\" -opinion")
 *     .filter("tag", "Russia", "Venezuela")      // Russia OR Venezuela
 *     .filter("section", "Politics")             // AND section Politics
 *     .from(LocalDate.of(2019, 1, 1)).to(LocalDate.of(2019, 12, 31))
 *     .sort(SortOrder.NEWEST)
 *     .size(20)
 *     .facets("tag", "region", "author", "date")
 *     .build();
 * }</pre>
 *
 * <p>Query text syntax: words (all must match), {@code "phrases"}, {@code -exclusion}, {@code
 * OR}, {@code prefix*}, {@code field:value} for title, body, author, tag, region, section,
 * source, language, and {@code date:2019-06} or {@code date:[2019-01-01 TO 2019-06-30]}. Broken
 * syntax is searched as plain words and the result says so in its warnings. No query (or blank
 * text) matches every article.
 *
 * @param queryText the user's query, or null
 * @param luceneQuery a ready Lucene query instead of text, or null
 * @param filters exact facet values per dimension (OR within, AND across dimensions)
 * @param from earliest publication day, inclusive (UTC), or null
 * @param to latest publication day, inclusive (UTC), or null
 * @param sort order of hits
 * @param size hits per page, 0 to 1000 (0: only totals and facets)
 * @param cursor the previous result's {@code nextCursor}, or null for the first page
 * @param facets dimensions to count and how many values of each to return, in result order
 * @param snippets body passages per hit, 0 to 10 (0: no snippets, no highlighting)
 * @param snippetLength target passage length in characters, 40 to 1000
 */
public record SearchRequest(
    String queryText,
    Query luceneQuery,
    Map<String, List<String>> filters,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int size,
    String cursor,
    Map<String, Integer> facets,
    int snippets,
    int snippetLength) {

  /** Dimensions that can be filtered on. */
  public static final Set<String> FILTER_DIMENSIONS =
      Set.of("tag", "region", "author", "section", "source", "language");

  /**
   * Dimensions that can be counted: the filter dimensions, {@code date} (years) and {@code
   * month} ("2019-06").
   */
  public static final Set<String> FACET_DIMENSIONS =
      Set.of("tag", "region", "author", "section", "source", "language", "date", "month");

  /** Hits per page when not set. */
  public static final int DEFAULT_SIZE = 10;

  /** Facet values per dimension when not set. */
  public static final int DEFAULT_FACET_VALUES = 10;

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException naming the parameter and its bad value (a null filter
   *     value is a blank value)
   * @throws NullPointerException naming the parameter, for a null map, dimension, values list
   *     or sort
   */
  public SearchRequest {
    if (queryText != null && luceneQuery != null) {
      throw new IllegalArgumentException("give query text or a Lucene query, not both");
    }
    Map<String, List<String>> f = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : Objects.requireNonNull(filters, "filters").entrySet()) {
      if (e.getKey() == null) {
        throw new NullPointerException(
            "filter dimension is null; use one of " + sorted(FILTER_DIMENSIONS));
      }
      if (!FILTER_DIMENSIONS.contains(e.getKey())) {
        throw new IllegalArgumentException(
            "filter dimension '" + e.getKey() + "' is unknown; use one of " + sorted(FILTER_DIMENSIONS));
      }
      List<String> values = new ArrayList<>();
      for (String v : Objects.requireNonNull(e.getValue(), () -> "filter " + e.getKey() + " values")) {
        if (v == null || v.isBlank()) {
          throw new IllegalArgumentException("filter " + e.getKey() + " has a blank value");
        }
        values.add(v.strip());
      }
      if (!values.isEmpty()) {
        f.put(e.getKey(), List.copyOf(values));
      }
    }
    filters = Collections.unmodifiableMap(f);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    Objects.requireNonNull(sort, "sort");
    if (size < 0 || size > 1000) {
      throw new IllegalArgumentException("size " + size + " is outside 0..1000");
    }
    Map<String, Integer> fc = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : Objects.requireNonNull(facets, "facets").entrySet()) {
      if (e.getKey() == null) {
        throw new NullPointerException(
            "facet dimension is null; use one of " + sorted(FACET_DIMENSIONS));
      }
      if (!FACET_DIMENSIONS.contains(e.getKey())) {
        throw new IllegalArgumentException(
            "facet dimension '" + e.getKey() + "' is unknown; use one of " + sorted(FACET_DIMENSIONS));
      }
      if (e.getValue() < 1 || e.getValue() > 10_000) {
        throw new IllegalArgumentException(
            "facet " + e.getKey() + " asks for " + e.getValue() + " values; use 1..10000");
      }
      fc.put(e.getKey(), e.getValue());
    }
    facets = Collections.unmodifiableMap(fc);
    if (snippets < 0 || snippets > 10) {
      throw new IllegalArgumentException("snippets " + snippets + " is outside 0..10");
    }
    if (snippetLength < 40 || snippetLength > 1000) {
      throw new IllegalArgumentException("snippetLength " + snippetLength + " is outside 40..1000");
    }
  }

  /** A request for the first page of hits for {@code queryText}, default settings. */
  public static SearchRequest of(String queryText) {
    return builder().query(queryText).build();
  }

  /** A builder with the defaults: relevance order, 10 hits, 3 snippets of ~160 chars, no facets. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.queryText = queryText;
    b.luceneQuery = luceneQuery;
    filters.forEach((k, v) -> b.filters.put(k, new ArrayList<>(v)));
    b.from = from;
    b.to = to;
    b.sort = sort;
    b.size = size;
    b.cursor = cursor;
    b.facets.putAll(facets);
    b.snippets = snippets;
    b.snippetLength = snippetLength;
    return b;
  }

  /** This request for the page after {@code result} (which must come from this request). */
  public SearchRequest next(SearchResult result) {
    if (result.nextCursor() == null) {
      throw new IllegalArgumentException("the result is the last page: it has no next cursor");
    }
    return toBuilder().cursor(result.nextCursor()).build();
  }

  /** True when the request filters on {@code value} in {@code dimension} (exact match). */
  public boolean isSelected(String dimension, String value) {
    return filters.getOrDefault(dimension, List.of()).contains(value);
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  /** Builds a {@link SearchRequest}; not thread-safe. */
  public static final class Builder {
    private String queryText;
    private Query luceneQuery;
    private final Map<String, List<String>> filters = new LinkedHashMap<>();
    private LocalDate from;
    private LocalDate to;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int size = DEFAULT_SIZE;
    private String cursor;
    private final Map<String, Integer> facets = new LinkedHashMap<>();
    private int snippets = 3;
    private int snippetLength = 160;

    private Builder() {}

    /** User query text (replaces a Lucene query set before). */
    public Builder query(String text) {
      this.queryText = text;
      this.luceneQuery = null;
      return this;
    }

    /** A Lucene query instead of text (replaces text set before); not highlighted if opaque. */
    public Builder query(Query query) {
      this.luceneQuery = query;
      this.queryText = null;
      return this;
    }

    /**
     * Adds accepted values for a dimension: any of them matches (OR); dimensions AND. A null or
     * blank value is refused by {@link #build()}.
     */
    public Builder filter(String dimension, String... values) {
      // Arrays.asList keeps a null value for build() to name; List.of would throw a bare NPE.
      Objects.requireNonNull(values, () -> "filter " + dimension + " values");
      return filter(dimension, Arrays.asList(values));
    }

    /**
     * Adds accepted values for a dimension: any of them matches (OR); dimensions AND. A null or
     * blank value is refused by {@link #build()}.
     */
    public Builder filter(String dimension, List<String> values) {
      Objects.requireNonNull(values, () -> "filter " + dimension + " values");
      filters.computeIfAbsent(dimension, k -> new ArrayList<>()).addAll(values);
      return this;
    }

    /** Earliest publication day, inclusive, or null for no lower bound. */
    public Builder from(LocalDate day) {
      this.from = day;
      return this;
    }

    /** Latest publication day, inclusive, or null for no upper bound. */
    public Builder to(LocalDate day) {
      this.to = day;
      return this;
    }

    public Builder sort(SortOrder order) {
      this.sort = order;
      return this;
    }

    /** Hits per page, 0 to 1000. */
    public Builder size(int hits) {
      this.size = hits;
      return this;
    }

    /** Continue after the page that returned this cursor. */
    public Builder cursor(String nextCursor) {
      this.cursor = nextCursor;
      return this;
    }

    /** Count these dimensions, {@value SearchRequest#DEFAULT_FACET_VALUES} values each. */
    public Builder facets(String... dimensions) {
      for (String d : Objects.requireNonNull(dimensions, "facet dimensions")) {
        facets.put(d, DEFAULT_FACET_VALUES);
      }
      return this;
    }

    /** Count this dimension, returning up to {@code topValues} values. */
    public Builder facet(String dimension, int topValues) {
      facets.put(dimension, topValues);
      return this;
    }

    /** Body passages per hit, 0 (none) to 10. */
    public Builder snippets(int passages) {
      this.snippets = passages;
      return this;
    }

    /** Target passage length in characters. */
    public Builder snippetLength(int chars) {
      this.snippetLength = chars;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalArgumentException naming the parameter and its bad value
     */
    public SearchRequest build() {
      return new SearchRequest(
          queryText, luceneQuery, filters, from, to, sort, size, cursor, facets, snippets,
          snippetLength);
    }
  }
}
