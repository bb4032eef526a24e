package io.newssearch.search;

import io.newssearch.index.Schema;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An IndexSearcher that carries the facet state of its reader. The state maps facet labels to
 * ordinals across segments; building it costs a pass over the facet doc values, so it is built
 * once per reader when the searcher is (re)opened, never per query, and never shared across
 * readers.
 *
 * <p>Not part of the API promise. Thread-safe, as IndexSearcher.
 */
public final class NewsSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;
  // Folded label -> exact labels per dimension, built on first use for this reader.
  private final java.util.concurrent.ConcurrentHashMap<String, java.util.Map<String, java.util.List<String>>>
      labels = new java.util.concurrent.ConcurrentHashMap<>();

  // One highlighter per passage length: a UnifiedHighlighter is thread-safe and caches the
  // reader's merged field infos, which a new instance per search would rebuild every time.
  private final java.util.concurrent.ConcurrentHashMap<Integer, SnippetHighlighter> highlighters =
      new java.util.concurrent.ConcurrentHashMap<>();

  NewsSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.facetState = hasFacetField(reader) ? new DefaultSortedSetDocValuesReaderState(reader, Schema.FACETS) : null;
  }

  /** The factory a SearcherManager uses, so every refreshed searcher has fresh facet state. */
  public static SearcherFactory factory() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
          throws IOException {
        return new NewsSearcher(reader);
      }
    };
  }

  /** The facet state, or null when no document has a facet yet (an empty index). */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Every label of a flat dimension grouped by its case- and accent-folded form. */
  java.util.Map<String, java.util.List<String>> labelsByFoldedValue(String dim) {
    return labels.computeIfAbsent(dim, d -> {
      try {
        return SearchEngine.labelsByFoldedValue(facetState, d);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** True when {@code value} is exactly a label of {@code dim} in this reader. */
  boolean hasLabel(String dim, String value) throws IOException {
    if (facetState == null) {
      return false;
    }
    String term = org.apache.lucene.facet.FacetsConfig.pathToString(dim, value);
    return facetState.getDocValues().lookupTerm(new org.apache.lucene.util.BytesRef(term)) >= 0;
  }

  /** The highlighter for passages of about this length, made once per searcher. */
  SnippetHighlighter highlighter(int passageLength) {
    return highlighters.computeIfAbsent(passageLength, n -> new SnippetHighlighter(this, n));
  }

  /** The dimensions that have at least one value in this reader. */
  public Set<String> dimensionsPresent() {
    if (facetState == null) {
      return Set.of();
    }
    java.util.HashSet<String> dims = new java.util.HashSet<>();
    facetState.getPrefixToOrdRange().keySet().forEach(dims::add);
    return dims;
  }

  private static boolean hasFacetField(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      if (info != null) {
        return true;
      }
    }
    return false;
  }
}
