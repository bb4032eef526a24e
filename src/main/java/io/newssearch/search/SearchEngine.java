package io.newssearch.search;

import io.newssearch.FacetValue;
import io.newssearch.Published;
import io.newssearch.SearchHit;
import io.newssearch.SearchRequest;
import io.newssearch.SearchResult;
import io.newssearch.Snippet;
import io.newssearch.SortOrder;
import io.newssearch.index.Schema;
import io.newssearch.tag.Gazetteer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * Runs one {@link SearchRequest} against one searcher: query, filters, drill-sideways facets,
 * sorting with a stable cursor, stored fields and snippets. Not part of the API promise; used by
 * {@code ArticleIndex.search}. Stateless and thread-safe.
 */
public final class SearchEngine {

  private SearchEngine() {}

  /**
   * Executes a request.
   *
   * @throws IOException on index read errors
   * @throws IllegalArgumentException when the cursor does not belong to this request's order
   */
  public static SearchResult search(NewsSearcher searcher, SearchRequest request)
      throws IOException {
    List<String> warnings = new ArrayList<>();
    Query userQuery = userQuery(request, warnings);
    Query query = withDateRange(userQuery, request);

    SortedSetDocValuesReaderState state = searcher.facetState();
    DrillDownQuery drillDown = null;
    Map<String, List<String>> selected = new LinkedHashMap<>();
    if (!request.filters().isEmpty()) {
      drillDown = new DrillDownQuery(Schema.FACETS, query);
      for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
        List<String> exact = resolveValues(searcher, f.getKey(), f.getValue(), warnings);
        selected.put(f.getKey(), exact);
        for (String value : exact) {
          drillDown.add(f.getKey(), value);
        }
      }
      query = drillDown;
    }

    Sort sort = sortFor(request.sort());
    FieldDoc after = request.cursor() == null ? null : Cursor.decode(request.cursor(), request.sort());
    // One more than the page: tells whether a next page exists without another search.
    TopFieldCollectorManager top =
        new TopFieldCollectorManager(sort, request.size() + 1, after, Integer.MAX_VALUE);

    boolean wantFacets = !request.facets().isEmpty() && state != null;
    TopDocs topDocs;
    Facets facets = null;
    if (wantFacets && drillDown != null) {
      DrillSideways sideways = new DrillSideways(searcher, Schema.FACETS, state);
      DrillSideways.ConcurrentDrillSidewaysResult<?> r = sideways.search(drillDown, top);
      topDocs = (TopDocs) r.collectorResult;
      facets = r.facets;
    } else if (wantFacets) {
      Object[] both = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
      topDocs = (TopDocs) both[0];
      facets = new SortedSetDocValuesFacetCounts(state, (FacetsCollector) both[1]);
    } else {
      topDocs = searcher.search(query, top);
    }

    long total = topDocs.totalHits.value();
    ScoreDoc[] docs = topDocs.scoreDocs;
    int pageSize = Math.min(request.size(), docs.length);
    String nextCursor =
        docs.length > request.size() && pageSize > 0
            ? Cursor.encode(request.sort(), (FieldDoc) docs[pageSize - 1])
            : null;

    List<SearchHit> hits = hits(searcher, request, userQuery, docs, pageSize);
    Map<String, List<FacetValue>> facetValues = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> f : request.facets().entrySet()) {
      facetValues.put(
          f.getKey(),
          facets == null
              ? selectedOnly(f.getKey(), selected)
              : facetValues(facets, state, f.getKey(), f.getValue(), selected.get(f.getKey())));
    }
    String suggestion = total == 0 ? suggest(searcher, request.queryText()) : null;
    return new SearchResult(total, hits, facetValues, nextCursor, warnings, suggestion);
  }

  private static Query userQuery(SearchRequest request, List<String> warnings) {
    if (request.luceneQuery() != null) {
      return request.luceneQuery();
    }
    UserQueryParser.Parsed parsed = UserQueryParser.parse(request.queryText());
    warnings.addAll(parsed.warnings());
    return parsed.query();
  }

  private static Query withDateRange(Query q, SearchRequest request) {
    if (request.from() == null && request.to() == null) {
      return q;
    }
    long[] range = UserQueryParser.dayRange(request.from(), request.to());
    long lo = range[0];
    long hi = range[1];
    return new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi), BooleanClause.Occur.FILTER)
        .build();
  }

  static Sort sortFor(SortOrder order) {
    SortField id = new SortField(Schema.ID_ORDER, SortField.Type.LONG);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
      case NEWEST -> {
        SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        yield new Sort(f, id);
      }
      case OLDEST -> {
        SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG);
        f.setMissingValue(Long.MAX_VALUE);
        yield new Sort(f, id);
      }
    };
  }

  /**
   * The exact indexed values a user's filter values stand for: matched ignoring case and
   * accents ("russia" is "Russia", "sabrina martin" is "Sabrina Martín"), and for tags any name,
   * alias or code the gazetteer knows ("usa", "EE.UU.", "US" are "United States"). A value the
   * index does not hold is kept as given (it matches nothing) and reported in a warning.
   */
  static List<String> resolveValues(
      NewsSearcher searcher, String dim, List<String> values, List<String> warnings)
      throws IOException {
    List<String> exact = new ArrayList<>();
    for (String v : values) {
      if (searcher.hasLabel(dim, v)) {
        // The value as indexed: no need for the folded table of every label.
        if (!exact.contains(v)) {
          exact.add(v);
        }
        continue;
      }
      Map<String, List<String>> known = searcher.labelsByFoldedValue(dim);
      List<String> hits = known.get(fold(v));
      if (hits == null) {
        // A country or region by another name: "usa", "EE.UU.", "RU" -> the canonical value.
        String canonical = switch (dim) {
          case "tag" -> Gazetteer.standard().canonical(v);
          case "region" -> Gazetteer.canonicalRegion(v);
          default -> null;
        };
        hits = canonical == null ? null : known.get(fold(canonical));
      }
      if (hits == null) {
        warnings.add(dim + " '" + v + "' does not occur in the index");
        exact.add(v);
      } else {
        hits.stream().filter(h -> !exact.contains(h)).forEach(exact::add);
      }
    }
    return exact;
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * The form filter values are compared in: the analyzer's own normalisation (lower case without
   * regard to locale, every accent and letter variant folded as in indexed text: "Wałęsa" is
   * "walesa"), whitespace collapsed.
   */
  static String fold(String s) {
    return Schema.ANALYZER.normalize(Schema.AUTHOR, WHITESPACE.matcher(s.strip()).replaceAll(" "))
        .utf8ToString();
  }

  private static List<FacetValue> facetValues(
      Facets facets, SortedSetDocValuesReaderState state, String dim, int topN,
      List<String> selected) throws IOException {
    List<FacetValue> out = new ArrayList<>();
    if ((dim.equals("date") || dim.equals("month")) && state.getDimTree(Schema.DIM_DATE) == null) {
      // No article of this reader has a date; Lucene's counts would fail on the missing tree.
      return out;
    }
    switch (dim) {
      case "date" -> {
        for (LabelAndValue lv : children(facets, Schema.DIM_DATE)) {
          out.add(new FacetValue(lv.label, lv.value.longValue(), false));
        }
        return chronological(out, topN);
      }
      case "month" -> {
        for (LabelAndValue year : children(facets, Schema.DIM_DATE)) {
          for (LabelAndValue month : children(facets, Schema.DIM_DATE, year.label)) {
            out.add(new FacetValue(year.label + "-" + month.label, month.value.longValue(), false));
          }
        }
        return chronological(out, topN);
      }
      default -> {
        FacetResult r = facets.getTopChildren(topN, dim);
        List<String> sel = selected == null ? List.of() : selected;
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            out.add(new FacetValue(lv.label, lv.value.longValue(), sel.contains(lv.label)));
          }
        }
        // A selected value stays visible with its count, even 0 or outside the top N.
        for (String s : sel) {
          if (out.stream().noneMatch(v -> v.value().equals(s))) {
            out.add(new FacetValue(s, specificCount(facets, dim, s), true));
          }
        }
        return out;
      }
    }
  }

  private static List<LabelAndValue> children(Facets facets, String dim, String... path)
      throws IOException {
    try {
      FacetResult r = facets.getAllChildren(dim, path);
      return r == null ? List.of() : List.of(r.labelValues);
    } catch (IllegalArgumentException e) {
      return List.of(); // the dimension or path has no values in this index
    }
  }

  private static long specificCount(Facets facets, String dim, String value) throws IOException {
    try {
      Number n = facets.getSpecificValue(dim, value);
      return n == null || n.longValue() < 0 ? 0 : n.longValue();
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  /** The top N by count, shown in chronological order (labels sort as dates). */
  private static List<FacetValue> chronological(List<FacetValue> values, int topN) {
    List<FacetValue> kept = new ArrayList<>(values);
    if (kept.size() > topN) {
      kept.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
      kept = new ArrayList<>(kept.subList(0, topN));
    }
    kept.sort(Comparator.comparing(FacetValue::value));
    return kept;
  }

  private static List<FacetValue> selectedOnly(String dim, Map<String, List<String>> selected) {
    return selected.getOrDefault(dim, List.of()).stream().map(v -> new FacetValue(v, 0, true)).toList();
  }

  private static List<SearchHit> hits(
      NewsSearcher searcher, SearchRequest request, Query userQuery, ScoreDoc[] docs, int n)
      throws IOException {
    if (n == 0) {
      return List.of();
    }
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = docs[i].doc;
    }
    Map<String, List<List<Snippet>>> snippets = Map.of();
    if (request.snippets() > 0) {
      snippets =
          searcher.highlighter(request.snippetLength()).highlight(userQuery, ids, request.snippets());
    }
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Document d = stored.document(ids[i], Schema.HIT_FIELDS);
      String title = d.get(Schema.TITLE);
      List<Snippet> titleSnippets =
          snippets.isEmpty() ? List.of() : snippets.get(Schema.TITLE).get(i);
      Snippet highlightedTitle =
          titleSnippets.isEmpty() ? new Snippet(title, List.of()) : titleSnippets.get(0);
      List<Snippet> body = snippets.isEmpty() ? List.of() : snippets.get(Schema.BODY).get(i);
      String published = d.get(Schema.STORED_PUBLISHED);
      float score = docs[i] instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : Float.NaN;
      hits.add(
          new SearchHit(
              d.get(Schema.ID),
              d.get(Schema.URL),
              d.get(Schema.STORED_SOURCE),
              title,
              highlightedTitle,
              List.of(d.getValues(Schema.STORED_AUTHORS)),
              published == null ? null : Published.parse(published),
              List.of(d.getValues(Schema.STORED_SECTIONS)),
              List.of(d.getValues(Schema.STORED_TAGS)),
              List.of(d.getValues(Schema.STORED_REGIONS)),
              d.get(Schema.LANGUAGE),
              score,
              body));
    }
    return hits;
  }

  /** "Did you mean": each unknown word replaced by the closest frequent indexed word. */
  /** Longest query, in words, that gets a spelling suggestion when it finds nothing. */
  public static final int MAX_SUGGESTION_WORDS = 32;

  private static String suggest(NewsSearcher searcher, String text) throws IOException {
    if (text == null || text.isBlank()) {
      return null;
    }
    String[] words = WHITESPACE.split(text.strip());
    if (words.length > MAX_SUGGESTION_WORDS) {
      return null; // a spelling of a long text is no help, and each word costs a term walk
    }
    DirectSpellChecker checker = new DirectSpellChecker();
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    for (String word : words) {
      String plain = word.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
      String replacement = word;
      if (plain.length() >= 3 && plain.equals(word.toLowerCase(Locale.ROOT))) {
        SuggestWord[] s =
            checker.suggestSimilar(
                new Term(Schema.BODY, plain), 1, searcher.getIndexReader(),
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (s.length > 0) {
          replacement = s[0].string;
          changed = true;
        }
      }
      out.append(out.isEmpty() ? "" : " ").append(replacement);
    }
    return changed ? out.toString() : null;
  }

  /** Every label of a flat dimension, grouped by its folded form. Used by NewsSearcher. */
  static Map<String, List<String>> labelsByFoldedValue(SortedSetDocValuesReaderState state, String dim)
      throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    if (state == null) {
      return out;
    }
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return out;
    }
    SortedSetDocValues dv = state.getDocValues();
    for (int ord = range.start(); ord <= range.end(); ord++) {
      BytesRef term = dv.lookupOrd(ord);
      String[] path = FacetsConfig.stringToPath(term.utf8ToString());
      String label = path[path.length - 1];
      out.computeIfAbsent(fold(label), k -> new ArrayList<>()).add(label);
    }
    return out;
  }
}
