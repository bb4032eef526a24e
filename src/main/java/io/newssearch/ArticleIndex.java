package io.newssearch;

import io.newssearch.index.Schema;
import io.newssearch.search.NewsSearcher;
import io.newssearch.search.SearchEngine;
import io.newssearch.tag.Tagger;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * A searchable index of articles: add (upsert by id), delete, commit, and one {@link
 * #search(SearchRequest)} call with facets and snippets.
 *
 * <pre>{@code
 * try (ArticleIndex index = ArticleIndex.open(Path.of("news-index"))) {
 *   index.add(article);                       // replaces any article with the same id
 *   index.commit();                           // durable
 *   SearchResult r = index.search(SearchRequest.builder()
 *       .query("venezuela oil").facets("tag", "date").build());
 * }
 * }</pre>
 *
 * <p>Writes become searchable after {@link #refresh()}, and by themselves within {@link
 * Options#maxStaleness()} (a quarter of a second by default, plus the refresh itself). Only
 * {@link #commit()} (and {@link #close()}) make them durable: after a crash the index opens at
 * its last commit.
 *
 * <p>Thread-safe: any number of threads may search, add and delete at once. Every added article
 * goes through the index's {@link Tagger} first.
 */
public final class ArticleIndex implements Closeable {

  /**
   * How an index is opened. Immutable.
   *
   * <pre>{@code
   * ArticleIndex.open(dir, ArticleIndex.Options.defaults().withTagger(Tagger.none()));
   * }</pre>
   *
   * @param tagger decides tags and regions of every added article
   * @param ramBufferMb memory for buffered documents before a segment is flushed
   * @param maxStaleness seconds after which writes are visible without refresh(); 0 turns the
   *     background refresh off (bulk loads that call refresh() or commit() themselves)
   */
  public record Options(Tagger tagger, double ramBufferMb, double maxStaleness) {
    public Options {
      Objects.requireNonNull(tagger, "tagger");
      if (!(ramBufferMb >= 1 && ramBufferMb <= 2048)) {
        throw new IllegalArgumentException("ramBufferMb " + ramBufferMb + " is outside 1..2048");
      }
      if (!(maxStaleness >= 0 && maxStaleness <= 3600)) {
        throw new IllegalArgumentException("maxStaleness " + maxStaleness + " is outside 0..3600 s");
      }
    }

    /**
     * The default tagger, a 64 MB RAM buffer, a refresh every 0.25 s. A write is visible after
     * that wait plus the refresh itself: measured at 1,000 upserts/s with two busy search
     * threads on 2 cores, p50 0.25 s and p99 0.75 s (at 0.5 s the p99 passed 1 s).
     */
    public static Options defaults() {
      return new Options(Tagger.defaultTagger(), 64, 0.25);
    }

    public Options withTagger(Tagger t) {
      return new Options(t, ramBufferMb, maxStaleness);
    }

    public Options withRamBufferMb(double mb) {
      return new Options(tagger, mb, maxStaleness);
    }

    public Options withMaxStaleness(double seconds) {
      return new Options(tagger, ramBufferMb, seconds);
    }
  }

  private final String name;
  private final Directory directory;
  private final IndexWriter writer; // null when read-only
  private final ReferenceManager<IndexSearcher> searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener; // null when off
  private final Tagger tagger;

  private ArticleIndex(String name, Directory directory, IndexWriter writer, Options options)
      throws IOException {
    this.name = name;
    this.directory = directory;
    this.writer = writer;
    this.tagger = options.tagger();
    this.searchers =
        writer == null
            ? new SearcherManager(directory, NewsSearcher.factory())
            : new SearcherManager(writer, NewsSearcher.factory());
    if (writer != null && options.maxStaleness() > 0) {
      reopener =
          new ControlledRealTimeReopenThread<>(
              writer, searchers, options.maxStaleness(), Math.min(0.05, options.maxStaleness()));
      reopener.setName("news-search-refresh " + name);
      reopener.setDaemon(true);
      reopener.start();
    } else {
      reopener = null;
    }
  }

  /**
   * Opens (or creates) an index in a directory for reading and writing, with default options.
   *
   * @throws IndexLockedException when another writer has the directory open
   * @throws IOException when the directory cannot be created or read
   */
  public static ArticleIndex open(Path dir) throws IOException {
    return open(dir, Options.defaults());
  }

  /**
   * Opens (or creates) an index in a directory for reading and writing. A new index is
   * committed empty at once, so {@link #openReadOnly} can open it before the first commit of
   * its writes.
   *
   * @throws IndexLockedException when another writer has the directory open
   * @throws IOException when the directory cannot be created or read
   */
  public static ArticleIndex open(Path dir, Options options) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(options, "options");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("index path " + dir + " exists and is not a directory");
    }
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    IndexWriter writer = null;
    try {
      boolean created = !DirectoryReader.indexExists(directory);
      writer = newWriter(directory, options);
      if (created) {
        // An empty first commit, so that a read-only open (a search while the first ingest
        // runs, before its first periodic commit) finds an empty index instead of none.
        writer.commit();
      }
      return new ArticleIndex(dir.toString(), directory, writer, options);
    } catch (LockObtainFailedException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw new IndexLockedException(dir, e);
    } catch (IOException | RuntimeException e) {
      // Never leave the write lock held by a half-opened index.
      IOUtils.closeWhileHandlingException(writer, directory);
      throw e;
    }
  }

  /**
   * Opens an existing index for searching only; it can be open while another process writes to
   * it, and {@link #refresh()} picks up that writer's commits.
   *
   * @throws IOException when there is no index in the directory, or it cannot be read
   */
  public static ArticleIndex openReadOnly(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no index directory here");
    }
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexNotFoundException("no news-search index in " + dir);
      }
      return new ArticleIndex(dir.toString(), directory, null, Options.defaults());
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** A new empty index in memory (tests, demos), default options. */
  public static ArticleIndex inMemory() {
    return inMemory(Options.defaults());
  }

  /** A new empty index in memory (tests, demos). */
  public static ArticleIndex inMemory(Options options) {
    Directory directory = new ByteBuffersDirectory();
    IndexWriter writer = null;
    try {
      writer = newWriter(directory, options);
      return new ArticleIndex("memory", directory, writer, options);
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(writer, directory);
      throw new java.io.UncheckedIOException("an in-memory index cannot fail to open", e);
    }
  }

  private static IndexWriter newWriter(Directory directory, Options options) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Schema.ANALYZER);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(options.ramBufferMb());
    config.setCommitOnClose(true);
    return new IndexWriter(directory, config);
  }

  /**
   * Adds an article after tagging it, replacing any article with the same id. Searchable after
   * {@link #refresh()} or within the staleness window; durable after {@link #commit()}.
   *
   * @return the article as indexed (with its tags and regions)
   * @throws IllegalArgumentException when the title or body is longer than {@link
   *     Schema#MAX_TEXT_CHARS}
   * @throws IllegalStateException when the index is read-only
   * @throws IOException on write errors
   */
  public Article add(Article article) throws IOException {
    writable();
    return write(tag(article));
  }

  /**
   * What {@link #add} would index for this article: the article after this index's tagger,
   * without adding it. With {@link #addTagged}, a pipeline can tag on other threads than the ones
   * that write, as the {@code Ingester} does when its indexers are behind.
   *
   * @throws IllegalArgumentException when the title or body is longer than {@link
   *     Schema#MAX_TEXT_CHARS} (checked before tagging, as {@link #add} does)
   * @throws IllegalStateException when the tagger returns null
   */
  public Article tag(Article article) {
    checkLength(Objects.requireNonNull(article, "article"));
    Article tagged = tagger.tag(article);
    if (tagged == null) {
      throw new IllegalStateException(
          "the tagger " + tagger.getClass().getName() + " returned null for article '"
              + article.id() + "'");
    }
    return tagged;
  }

  /**
   * Adds an article as it is, without the tagger: {@link #add} for an article that went through
   * {@link #tag} already. Replaces any article with the same id.
   *
   * @return the article
   * @throws IllegalArgumentException when the title or body is longer than {@link
   *     Schema#MAX_TEXT_CHARS}
   * @throws IllegalStateException when the index is read-only
   * @throws IOException on write errors
   */
  public Article addTagged(Article article) throws IOException {
    writable();
    checkLength(Objects.requireNonNull(article, "article"));
    return write(article);
  }

  private static void checkLength(Article article) {
    if (article.body().length() > Schema.MAX_TEXT_CHARS
        || article.title().length() > Schema.MAX_TEXT_CHARS) {
      throw new IllegalArgumentException(
          "article '"
              + article.id()
              + "' is longer than "
              + Schema.MAX_TEXT_CHARS
              + " chars; split it or shorten it");
    }
  }

  private Article write(Article article) throws IOException {
    writable().updateDocument(Schema.idTerm(article.id()), Schema.toDocument(article));
    return article;
  }

  /**
   * Deletes the article with this id, if there is one. The id is stripped, as {@link Article}
   * strips it. An id derived from a URL is the canonical URL, not the URL as given: delete such
   * an article with {@code delete(Article.canonicalUrl(url))} (see {@link Article#canonicalUrl}).
   *
   * @throws IllegalArgumentException when the id is blank
   * @throws IllegalStateException when the index is read-only
   */
  public void delete(String id) throws IOException {
    writable().deleteDocuments(Schema.idTerm(checkId(id)));
  }

  /** The id as {@link Article} holds it: stripped, never blank. */
  private static String checkId(String id) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id '" + id + "' is blank");
    }
    return id.strip();
  }

  /**
   * Makes every write so far durable: a crash after this loses none of them.
   *
   * @throws IllegalStateException when the index is read-only
   */
  public void commit() throws IOException {
    writable().commit();
  }

  /** Makes every write so far visible to searches now (or, read-only, picks up new commits). */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Number of articles visible to searches. */
  public int count() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The article with this id as indexed, if it is visible to searches. The id is stripped, as
   * {@link Article} strips it. An id derived from a URL is the canonical URL, not the URL as
   * given: look such an article up with {@code get(Article.canonicalUrl(url))}.
   *
   * @throws IllegalArgumentException when the id is blank
   */
  public Optional<Article> get(String id) throws IOException {
    Term idTerm = Schema.idTerm(checkId(id));
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(new TermQuery(idTerm), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(Schema.readArticle(s.storedFields(), top.scoreDocs[0].doc));
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Searches: one call for hits, snippets, facet counts and the next-page cursor. User query
   * text never throws for bad syntax (see {@link SearchRequest}).
   *
   * @throws IllegalArgumentException when the request's cursor belongs to another sort order or
   *     is damaged
   * @throws IOException on index read errors
   */
  public SearchResult search(SearchRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    IndexSearcher s = searchers.acquire();
    try {
      return SearchEngine.search((NewsSearcher) s, request);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The folder this index is in, or empty for an in-memory index; an ingest leaves it out when
   * it walks the input folders.
   */
  public Optional<Path> folder() {
    return directory instanceof FSDirectory fs ? Optional.of(fs.getDirectory()) : Optional.empty();
  }

  /** True when this index was opened read-only. */
  public boolean isReadOnly() {
    return writer == null;
  }

  private IndexWriter writable() {
    if (writer == null) {
      throw new IllegalStateException("index " + name + " is open read-only");
    }
    return writer;
  }

  /** Commits pending writes (unless read-only) and releases the directory and its lock. */
  @Override
  public void close() throws IOException {
    try (Directory d = directory;
        IndexWriter w = writer;
        ReferenceManager<IndexSearcher> m = searchers) {
      if (reopener != null) {
        reopener.close();
      }
    }
  }

  @Override
  public String toString() {
    return "ArticleIndex[" + name + (writer == null ? ", read-only]" : "]");
  }
}
