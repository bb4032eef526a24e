package io.newssearch.index;

import io.newssearch.Article;
import io.newssearch.Published;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The one place that knows the index layout: every field name, how it is indexed and why, the
 * analyzer, and the single {@link FacetsConfig}. The writer ({@link #toDocument}) and the
 * searcher ({@link #toArticle}, the query parser, facets, highlighting) both use it.
 *
 * <pre>{@code
 * Document doc = Schema.toDocument(article);   // what ArticleIndex adds
 * Article back = Schema.toArticle(storedFields.document(docId));
 * }</pre>
 *
 * <p>Not part of the API promise: the layout may change between versions (re-index then).
 * Thread-safe: all state is immutable after class initialisation.
 */
public final class Schema {

  /** Unique key, exact match: upserts and deletes find the old document by this term. */
  public static final String ID = "id";

  /**
   * A 64-bit hash of the id as numeric doc values: the tie-break between hits of equal score or
   * date that keeps page cursors stable. Numeric, because sorting on the id's own sorted doc
   * values looks up the id bytes of every competitive hit, which cost a search up to a third of
   * its time in the benchmarks.
   */
  public static final String ID_ORDER = "id_order";

  /** Headline: analyzed with offsets in postings so highlighting needs no re-analysis. */
  public static final String TITLE = "title";

  /** Article text: analyzed with offsets in postings, stored for snippets. */
  public static final String BODY = "body";

  /** Author names as words, for {@code author:martin}; the exact names are the author facet. */
  public static final String AUTHOR = "author";

  /** Tags (countries) as words, for {@code tag:russia}; exact values are the tag facet. */
  public static final String TAG = "tag";

  /** Regions as words, for {@code region:"south america"}. */
  public static final String REGION = "region";

  /** Sections as words, for {@code section:politics}. */
  public static final String SECTION = "section";

  /** Source (site) name as words, for {@code source:ledger}. */
  public static final String SOURCE = "source";

  /** Language code, exact. */
  public static final String LANGUAGE = "language";

  /** Published instant in epoch millis: a point for range filters, doc values for sorting. */
  public static final String PUBLISHED = "published";

  /** Canonical URL, only stored: nobody searches by URL fragments. */
  public static final String URL = "url";

  // Stored-only copies of the exact values a hit shows (the searchable fields above are analyzed).
  /** Stored ISO-8601 text of the published date, exactly as the article gave it. */
  public static final String STORED_PUBLISHED = "published_iso";

  /** Stored exact author names. */
  public static final String STORED_AUTHORS = "authors_exact";

  /** Stored exact tags. */
  public static final String STORED_TAGS = "tags_exact";

  /** Stored exact regions. */
  public static final String STORED_REGIONS = "regions_exact";

  /** Stored exact sections. */
  public static final String STORED_SECTIONS = "sections_exact";

  /** Stored exact source name. */
  public static final String STORED_SOURCE = "source_exact";

  /** Stored fields a search hit reads: all but the body, which only the highlighter reads. */
  public static final java.util.Set<String> HIT_FIELDS =
      java.util.Set.of(
          ID, URL, TITLE, STORED_SOURCE, STORED_AUTHORS, STORED_PUBLISHED, STORED_SECTIONS,
          STORED_TAGS, STORED_REGIONS, LANGUAGE);

  /**
   * Longest title or body the index accepts, in chars. The highlighter reads up to this much,
   * so a match anywhere in an accepted article gets a snippet.
   */
  public static final int MAX_TEXT_CHARS = 2_000_000;

  /** Facet dimensions. Values are the exact strings of the article. */
  public static final String DIM_TAG = "tag";

  public static final String DIM_REGION = "region";
  public static final String DIM_AUTHOR = "author";
  public static final String DIM_SECTION = "section";
  public static final String DIM_SOURCE = "source";
  public static final String DIM_LANGUAGE = "language";

  /** Hierarchical year / month ("2019" / "06") of the published date, in UTC. */
  public static final String DIM_DATE = "date";

  /** Every facet dimension, in the order results list them by default. */
  public static final List<String> DIMENSIONS =
      List.of(DIM_TAG, DIM_REGION, DIM_AUTHOR, DIM_SECTION, DIM_SOURCE, DIM_LANGUAGE, DIM_DATE);

  /** Text fields the default query searches, with their boosts (a title match counts more). */
  public static final java.util.Map<String, Float> DEFAULT_FIELDS =
      java.util.Map.of(TITLE, 2.0f, BODY, 1.0f);

  /** The analyzer used for every analyzed field, at index and at query time. */
  public static final Analyzer ANALYZER = new NewsAnalyzer();

  /** The single facet configuration; it is not stored in the index, so both sides use this. */
  public static final FacetsConfig FACETS = facetsConfig();

  // Offsets in postings: the UnifiedHighlighter reads match positions without re-analysing.
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private Schema() {}

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : List.of(DIM_TAG, DIM_REGION, DIM_AUTHOR, DIM_SECTION)) {
      config.setMultiValued(dim, true);
    }
    config.setHierarchical(DIM_DATE, true);
    return config;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The tie-break value of an id (see {@link #ID_ORDER}). */
  public static long idOrder(String id) {
    return StringHelper.murmurhash3_x64_128(new BytesRef(id))[0];
  }

  /** The term that identifies an article's document. */
  public static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /**
   * The Lucene document of an article, facets included.
   *
   * @throws IOException if the facet configuration rejects a value (it never should)
   */
  public static Document toDocument(Article article) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new NumericDocValuesField(ID_ORDER, idOrder(article.id())));
    if (article.url() != null) {
      doc.add(new StoredField(URL, article.url()));
    }
    doc.add(new Field(TITLE, article.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(BODY, article.body(), TEXT_WITH_OFFSETS));
    if (article.source() != null) {
      doc.add(new TextField(SOURCE, article.source(), Field.Store.NO));
      doc.add(new StoredField(STORED_SOURCE, article.source()));
      doc.add(new SortedSetDocValuesFacetField(DIM_SOURCE, article.source()));
    }
    if (article.language() != null) {
      String lang = article.language().toLowerCase(Locale.ROOT);
      doc.add(new StringField(LANGUAGE, lang, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(DIM_LANGUAGE, lang));
    }
    addMulti(doc, article.authors(), AUTHOR, STORED_AUTHORS, DIM_AUTHOR);
    addMulti(doc, article.tags(), TAG, STORED_TAGS, DIM_TAG);
    addMulti(doc, article.regions(), REGION, STORED_REGIONS, DIM_REGION);
    addMulti(doc, article.sections(), SECTION, STORED_SECTIONS, DIM_SECTION);
    Published published = article.published();
    if (published != null) {
      long millis = published.epochMillis();
      doc.add(new LongPoint(PUBLISHED, millis));
      doc.add(new NumericDocValuesField(PUBLISHED, millis));
      doc.add(new StoredField(STORED_PUBLISHED, published.toString()));
      LocalDate utc = published.instant().atZone(ZoneOffset.UTC).toLocalDate();
      doc.add(
          new SortedSetDocValuesFacetField(
              DIM_DATE,
              String.valueOf(utc.getYear()),
              String.format(Locale.ROOT, "%02d", utc.getMonthValue())));
    }
    return FACETS.build(doc);
  }

  private static void addMulti(
      Document doc, List<String> values, String textField, String storedField, String dim) {
    for (String value : values) {
      doc.add(new TextField(textField, value, Field.Store.NO));
      doc.add(new StoredField(storedField, value));
      doc.add(new SortedSetDocValuesFacetField(dim, value));
    }
  }

  /** The article a stored document holds (tags and regions as indexed). */
  public static Article toArticle(Document doc) {
    String published = doc.get(STORED_PUBLISHED);
    return new Article(
        doc.get(ID),
        doc.get(URL),
        doc.get(STORED_SOURCE),
        doc.get(TITLE),
        List.of(doc.getValues(STORED_AUTHORS)),
        published == null ? null : Published.parse(published),
        List.of(doc.getValues(STORED_SECTIONS)),
        List.of(doc.getValues(STORED_TAGS)),
        List.of(doc.getValues(STORED_REGIONS)),
        doc.get(LANGUAGE),
        doc.get(BODY));
  }

  /** Reads the stored document of {@code docId} and returns its article. */
  public static Article readArticle(StoredFields storedFields, int docId) throws IOException {
    return toArticle(storedFields.document(docId));
  }
}
