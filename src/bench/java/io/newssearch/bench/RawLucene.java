package io.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newssearch.index.NewsAnalyzer;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The raw-Lucene baseline: the leanest code that does the library's work, so every library
 * figure has a figure to be compared with. A reviewer checks it against the library with this
 * list; {@link Parity} checks the documents field by field and the searches hit by hit.
 *
 * <p>Ingest (what {@code Ingester} + {@code ArticleIndex.add} do):
 * <ol>
 *   <li>one thread reads the JSONL line by line (UTF-8, bad bytes replaced) and parses each line
 *       with a Jackson {@code ObjectMapper.readTree}; two threads (the library's indexer count on
 *       this machine) build the document and call {@code updateDocument(id term, doc)} (an upsert,
 *       as the library does); a bounded queue of 1024 between them;
 *   <li>same fields, types and analyzer (the library's {@link NewsAnalyzer}): id (StringField,
 *       stored) and its 64-bit hash as numeric doc values (the library's tie-break), url (stored), title and body (TextField stored, offsets in
 *       postings), source/authors/tags/regions/sections (TextField unstored + stored copy +
 *       SortedSetDocValuesFacetField), language (StringField stored + facet), published
 *       (LongPoint + NumericDocValues + stored ISO text + hierarchical year/month facet);
 *   <li>same IndexWriterConfig: 64 MB RAM buffer, CREATE_OR_APPEND, commit on close, all other
 *       settings Lucene's defaults; one commit at the end (timed).
 * </ol>
 *
 * <p>Search (what {@code SearchEngine.search} does):
 * <ol>
 *   <li>query text parsed by Lucene's classic {@link MultiFieldQueryParser} over title (boost 2)
 *       and body, default operator AND, split on whitespace, phrases for multi-token words; an
 *       empty query is match-all; date range as a {@link LongPoint} range FILTER clause;
 *   <li>field filters as a {@link DrillDownQuery}; with facets and filters, {@link DrillSideways}
 *       (as the library); with facets and no filter, a {@link MultiCollectorManager} of top-N and
 *       {@link FacetsCollectorManager}, then {@link SortedSetDocValuesFacetCounts} on a reader
 *       state built once per reader; counts: top 10 of tag, region, author and all years of date;
 *   <li>top 10 by score (or newest first for browse), exact total hit count;
 *   <li>the same stored fields of each hit as the library loads;
 *   <li>snippets: {@link UnifiedHighlighter} with weight matches, max length 2,000,000, one
 *       no-match passage, title whole ({@link WholeBreakIterator}) and 3 body passages of a
 *       sentence iterator closest to 160 chars; Lucene's default passage formatter.
 * </ol>
 * What the library does beyond this (forgiving query parsing with warnings, filter values
 * matched ignoring case and accents, an id tie-break for stable cursors, structured snippets,
 * selected facet values kept visible, did-you-mean on zero hits) is its own cost and is in its
 * figures.
 */
final class RawLucene {

  static final String[] TEXT_FIELDS = {"title", "body"};
  static final Map<String, Float> BOOSTS = Map.of("title", 2.0f, "body", 1.0f);
  static final Set<String> HIT_FIELDS = Set.of("id", "url", "title", "source_exact",
      "authors_exact", "published_iso", "sections_exact", "tags_exact", "regions_exact", "language");
  static final double RAM_BUFFER_MB = 64;
  static final Analyzer ANALYZER = new NewsAnalyzer();
  static final FacetsConfig FACETS = facetsConfig();
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawLucene() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    for (String dim : List.of("tag", "region", "author", "section")) {
      c.setMultiValued(dim, true);
    }
    c.setHierarchical("date", true);
    return c;
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  static IndexWriterConfig writerConfig() {
    IndexWriterConfig c = new IndexWriterConfig(ANALYZER);
    c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    c.setRAMBufferSizeMB(RAM_BUFFER_MB);
    c.setCommitOnClose(true);
    return c;
  }

  // ---- documents -------------------------------------------------------------------------

  /** The document of one JSONL object (the JSONL holds clean articles with explicit ids). */
  static Document toDocument(JsonNode n) throws IOException {
    return toDocument(text(n, "id"), text(n, "url"), text(n, "source"), text(n, "title"),
        list(n, "authors"), text(n, "published"), list(n, "sections"), list(n, "tags"),
        list(n, "regions"), text(n, "language"), text(n, "body"));
  }

  static Document toDocument(String id, String url, String source, String title,
      List<String> authors, String published, List<String> sections, List<String> tags,
      List<String> regions, String language, String body) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.YES));
    doc.add(new NumericDocValuesField("id_order",
        StringHelper.murmurhash3_x64_128(new BytesRef(id))[0]));
    if (url != null) {
      doc.add(new StoredField("url", url));
    }
    doc.add(new Field("title", title == null ? "" : title, TEXT_WITH_OFFSETS));
    doc.add(new Field("body", body == null ? "" : body, TEXT_WITH_OFFSETS));
    if (source != null) {
      doc.add(new TextField("source", source, Field.Store.NO));
      doc.add(new StoredField("source_exact", source));
      doc.add(new SortedSetDocValuesFacetField("source", source));
    }
    if (language != null) {
      String lang = language.toLowerCase(Locale.ROOT);
      doc.add(new StringField("language", lang, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField("language", lang));
    }
    multi(doc, authors, "author", "authors_exact");
    multi(doc, tags, "tag", "tags_exact");
    multi(doc, regions, "region", "regions_exact");
    multi(doc, sections, "section", "sections_exact");
    if (published != null) {
      // The JSONL holds offset date-times, or dates alone (midnight UTC, as the library reads them).
      OffsetDateTime t = published.length() == 10
          ? java.time.LocalDate.parse(published).atStartOfDay().atOffset(ZoneOffset.UTC)
          : OffsetDateTime.parse(published);
      long millis = t.toInstant().toEpochMilli();
      doc.add(new LongPoint("published", millis));
      doc.add(new NumericDocValuesField("published", millis));
      doc.add(new StoredField("published_iso", published));
      OffsetDateTime utc = t.withOffsetSameInstant(ZoneOffset.UTC);
      doc.add(new SortedSetDocValuesFacetField("date", String.valueOf(utc.getYear()),
          String.format(Locale.ROOT, "%02d", utc.getMonthValue())));
    }
    return FACETS.build(doc);
  }

  private static void multi(Document doc, List<String> values, String field, String stored) {
    for (String v : values) {
      doc.add(new TextField(field, v, Field.Store.NO));
      doc.add(new StoredField(stored, v));
      doc.add(new SortedSetDocValuesFacetField(field, v));
    }
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.textValue();
  }

  private static List<String> list(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(v.size());
    v.forEach(x -> out.add(x.textValue()));
    return out;
  }

  // ---- ingest ----------------------------------------------------------------------------

  private static final JsonNode END = JSON.createObjectNode();

  static IngestBench.Times ingest(Path jsonl, Path indexDir, int indexerThreads) throws IOException {
    long start = System.nanoTime();
    BlockingQueue<JsonNode> queue = new ArrayBlockingQueue<>(1024);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long[] count = {0};
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, writerConfig())) {
      List<Thread> indexers = new ArrayList<>();
      for (int i = 0; i < indexerThreads; i++) {
        Thread t = new Thread(() -> {
          try {
            for (JsonNode n = queue.take(); n != END; n = queue.take()) {
              writer.updateDocument(new Term("id", n.get("id").textValue()), toDocument(n));
            }
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
            queue.clear();
          }
        }, "baseline-indexer-" + i);
        t.start();
        indexers.add(t);
      }
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(Files.newInputStream(jsonl), StandardCharsets.UTF_8), 1 << 16)) {
        String line;
        while ((line = lines.readLine()) != null && failure.get() == null) {
          if (!line.isBlank()) {
            queue.put(JSON.readTree(line));
            count[0]++;
          }
        }
        for (int i = 0; i < indexerThreads; i++) {
          queue.put(END);
        }
        for (Thread t : indexers) {
          t.join();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      if (failure.get() != null) {
        throw new IOException("baseline ingest failed: " + failure.get(), failure.get());
      }
      long beforeCommit = System.nanoTime();
      writer.commit();
      long end = System.nanoTime();
      return new IngestBench.Times(count[0], end - start, end - beforeCommit);
    }
  }

  // ---- search ----------------------------------------------------------------------------

  /** An IndexSearcher with the facet state of its reader and a highlighter, built once. */
  static final class Searcher extends IndexSearcher {
    final SortedSetDocValuesReaderState state;
    final UnifiedHighlighter highlighter;

    Searcher(IndexReader reader) throws IOException {
      super(reader);
      state = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
      highlighter = new Highlighter(this);
    }

    static SearcherFactory factory() {
      return new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
          return new Searcher(reader);
        }
      };
    }
  }

  /** The library's highlighter settings, Lucene's default formatter. */
  static final class Highlighter extends UnifiedHighlighter {
    Highlighter(IndexSearcher searcher) {
      super(UnifiedHighlighter.builder(searcher, ANALYZER)
          .withWeightMatches(true)
          .withMaxLength(2_000_000)
          .withMaxNoHighlightPassages(1));
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
      if (field.equals("title")) {
        return new WholeBreakIterator();
      }
      return LengthGoalBreakIterator.createClosestToLength(
          BreakIterator.getSentenceInstance(Locale.ROOT), Queries.SNIPPET_LENGTH, 0.3f);
    }
  }

  private static final Sort NEWEST =
      new Sort(new SortField("published", SortField.Type.LONG, true));

  /**
   * Diagnostic only ({@code -Dbench.idTieBreak=true}): sort as the library does, with the article
   * id breaking ties, to measure what the library's stable-cursor order costs. Off in every
   * reported figure.
   */
  static final boolean ID_TIE_BREAK = Boolean.getBoolean("bench.idTieBreak");

  private static final Sort BY_SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField("id_order", SortField.Type.LONG));
  private static final Sort NEWEST_THEN_ID = new Sort(
      new SortField("published", SortField.Type.LONG, true), new SortField("id_order", SortField.Type.LONG));

  /** The answer to compare with the library's: total hits and how many hits were returned. */
  record Answer(long total, int hits, Object payload) {}

  /** Lucene's classic parser as the baseline uses it (also what the JMH parsing figure measures). */
  static MultiFieldQueryParser classicParser() {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, ANALYZER, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    return parser;
  }

  static Answer search(Searcher s, Queries.BenchQuery q, Queries.Mode mode) throws IOException {
    Query user;
    if (q.text().isEmpty()) {
      user = new MatchAllDocsQuery();
    } else {
      try {
        user = classicParser().parse(q.text());
      } catch (ParseException e) {
        throw new IllegalArgumentException("the query set should only hold valid queries: " + q, e);
      }
    }
    Query query = user;
    if (q.from() != null || q.to() != null) {
      long lo = q.from() == null ? Long.MIN_VALUE
          : q.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      long hi = q.to() == null ? Long.MAX_VALUE
          : q.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
      query = new BooleanQuery.Builder()
          .add(user, BooleanClause.Occur.MUST)
          .add(LongPoint.newRangeQuery("published", lo, hi), BooleanClause.Occur.FILTER)
          .build();
    }
    DrillDownQuery drill = null;
    if (!q.filters().isEmpty()) {
      drill = new DrillDownQuery(FACETS, query);
      for (Map.Entry<String, List<String>> f : q.filters().entrySet()) {
        for (String v : f.getValue()) {
          drill.add(f.getKey(), v);
        }
      }
      query = drill;
    }
    CollectorManager<?, ? extends TopDocs> top = ID_TIE_BREAK
        ? new TopFieldCollectorManager(q.newest() ? NEWEST_THEN_ID : BY_SCORE_THEN_ID,
            Queries.TOP_N, null, Integer.MAX_VALUE)
        : q.newest()
            ? new TopFieldCollectorManager(NEWEST, Queries.TOP_N, null, Integer.MAX_VALUE)
            : new TopScoreDocCollectorManager(Queries.TOP_N, null, Integer.MAX_VALUE);
    TopDocs topDocs;
    Facets facets = null;
    if (mode.facets && drill != null) {
      DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> r =
          new DrillSideways(s, FACETS, s.state).search(drill, top);
      topDocs = r.collectorResult;
      facets = r.facets;
    } else if (mode.facets) {
      Object[] both = s.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
      topDocs = (TopDocs) both[0];
      facets = new SortedSetDocValuesFacetCounts(s.state, (FacetsCollector) both[1]);
    } else {
      topDocs = s.search(query, top);
    }
    List<Object> out = new ArrayList<>();
    if (facets != null) {
      for (String dim : Queries.FACET_DIMS) {
        out.add(dim.equals("date") ? facets.getAllChildren(dim) : facets.getTopChildren(10, dim));
      }
    }
    int n = topDocs.scoreDocs.length;
    int[] ids = new int[n];
    StoredFields stored = s.storedFields();
    for (int i = 0; i < n; i++) {
      ids[i] = topDocs.scoreDocs[i].doc;
      Document d = stored.document(ids[i], HIT_FIELDS);
      out.add(d.get("id"));
      out.add(d.get("title"));
      out.add(d.getValues("tags_exact"));
      out.add(d.get("published_iso"));
    }
    if (mode.snippets && n > 0) {
      out.add(s.highlighter.highlightFields(TEXT_FIELDS, user, ids, new int[] {1, Queries.SNIPPETS}));
    }
    return new Answer(topDocs.totalHits.value(), n, out);
  }

  /** A read-only searcher over an index directory. */
  static final class ReadOnly implements Closeable {
    final Directory dir;
    final DirectoryReader reader;
    final Searcher searcher;

    ReadOnly(Path indexDir) throws IOException {
      dir = FSDirectory.open(indexDir);
      reader = DirectoryReader.open(dir);
      searcher = new Searcher(reader);
    }

    @Override
    public void close() throws IOException {
      reader.close();
      dir.close();
    }
  }

  /** A writer with near-real-time searchers, refreshed as the library's ArticleIndex does. */
  static final class Live implements Closeable {
    final Directory dir;
    final IndexWriter writer;
    final SearcherManager searchers;
    final ControlledRealTimeReopenThread<IndexSearcher> reopener;

    Live(Path indexDir, double maxStalenessSec) throws IOException {
      this(indexDir, maxStalenessSec, Searcher.factory());
    }

    /** With another searcher factory (the NRT diagnostic puts the library's searcher here). */
    Live(Path indexDir, double maxStalenessSec, SearcherFactory factory) throws IOException {
      dir = FSDirectory.open(indexDir);
      writer = new IndexWriter(dir, writerConfig());
      searchers = new SearcherManager(writer, factory);
      reopener = new ControlledRealTimeReopenThread<>(writer, searchers, maxStalenessSec,
          Math.min(0.05, maxStalenessSec));
      reopener.setDaemon(true);
      reopener.start();
    }

    void upsert(io.newssearch.Article a) throws IOException {
      writer.updateDocument(new Term("id", a.id()), toDocument(a.id(), a.url(), a.source(),
          a.title(), a.authors(), a.published() == null ? null : a.published().toString(),
          a.sections(), a.tags(), a.regions(), a.language(), a.body()));
    }

    /** The same work as the library's {@code ArticleIndex.get}: top-1 search, then the stored document. */
    boolean visible(String id) throws IOException {
      IndexSearcher s = searchers.acquire();
      try {
        TopDocs top = s.search(new TermQuery(new Term("id", id)), 1);
        if (top.scoreDocs.length == 0) {
          return false;
        }
        return s.storedFields().document(top.scoreDocs[0].doc).get("id") != null;
      } finally {
        searchers.release(s);
      }
    }

    Answer search(Queries.BenchQuery q, Queries.Mode mode) throws IOException {
      IndexSearcher s = searchers.acquire();
      try {
        return RawLucene.search((Searcher) s, q, mode);
      } finally {
        searchers.release(s);
      }
    }

    @Override
    public void close() throws IOException {
      reopener.close();
      searchers.close();
      writer.close();
      dir.close();
    }
  }
}
