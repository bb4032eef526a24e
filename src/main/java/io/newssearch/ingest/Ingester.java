package io.newssearch.ingest;

import io.newssearch.Article;
import io.newssearch.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts files, folders or a stream of articles into an index: a bounded pipeline of a walker,
 * reader threads (parse, clean) and indexer threads (add), with periodic commits, progress
 * and a report. Memory stays bounded whatever the corpus size: at most {@link #QUEUE_CAPACITY}
 * articles wait between the stages.
 *
 * <p>Tagging goes to whichever stage has time to spare. While at least half the queue waits,
 * the indexers are the slower stage, and a reader tags each article itself ({@link
 * ArticleIndex#tag}) before handing it over: off the indexer threads, where the same tagger took
 * 2.5 times the CPU per article (measured on Reuters, next to Lucene's indexing). Otherwise the
 * indexers tag as they add, so a slow tagger of the app's own is shared by all of them rather
 * than left to the readers. Articles from an iterator are always tagged by the indexers, since
 * the one feeding thread runs the app's own source.
 *
 * <pre>{@code
 * try (ArticleIndex index = ArticleIndex.open(Path.of("idx"))) {
 *   IngestReport report = Ingester.into(index)
 *       .commitEvery(50_000, Duration.ofSeconds(60))
 *       .listener(myListener)
 *       .ingest(List.of(Path.of("pages"), Path.of("export.jsonl.gz")));
 * }
 * }</pre>
 *
 * <p>Nothing is lost: bad inputs are reported and skipped; the index is committed every N
 * articles or T seconds and at the end, so a crash loses at most that window and re-running the
 * same ingest converges to the same index (articles are upserted by id). An I/O error of the
 * index itself (disk full) stops the ingest with an IOException; the articles added before it
 * stay in the index, and closing the index commits them (a crash leaves the last commit).
 * Folders are walked as {@link InputWalker} says, leaving out the index's own folder. Gzip files
 * are read transparently. An Ingester is immutable and may be reused; each ingest call runs on
 * its own threads.
 */
public final class Ingester {

  /** Most problems a report keeps with their details; the counts are always complete. */
  public static final int MAX_PROBLEMS_KEPT = 1000;

  /** Articles that may wait between reading and indexing. */
  public static final int QUEUE_CAPACITY = 1024;

  private final ArticleIndex index;
  private final int readers;
  private final int indexers;
  private final long commitEveryDocs;
  private final Duration commitEveryTime;
  private final long maxPageBytes;
  private final IngestListener listener;

  private Ingester(
      ArticleIndex index, int readers, int indexers, long commitEveryDocs, Duration commitEveryTime,
      long maxPageBytes, IngestListener listener) {
    this.index = index;
    this.readers = readers;
    this.indexers = indexers;
    this.commitEveryDocs = commitEveryDocs;
    this.commitEveryTime = commitEveryTime;
    this.maxPageBytes = maxPageBytes;
    this.listener = listener;
  }

  /**
   * An ingester for this index: readers and indexers sized to the machine's cores, a commit
   * every 50,000 articles or 60 seconds, pages up to 16 MB.
   */
  public static Ingester into(ArticleIndex index) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new Ingester(
        Objects.requireNonNull(index, "index"), Math.max(1, cores / 2), Math.max(1, cores),
        50_000, Duration.ofSeconds(60), 16L * 1024 * 1024, IngestListener.NONE);
  }

  /**
   * Threads that read and clean files, and threads that index articles (each ≥ 1); see the class
   * comment for which of them tag.
   */
  public Ingester threads(int readerThreads, int indexerThreads) {
    if (readerThreads < 1 || indexerThreads < 1) {
      throw new IllegalArgumentException(
          "threads must be at least 1, got readers=" + readerThreads + " indexers=" + indexerThreads);
    }
    return new Ingester(index, readerThreads, indexerThreads, commitEveryDocs, commitEveryTime, maxPageBytes, listener);
  }

  /** Commit after this many articles or this much time, whichever comes first. */
  public Ingester commitEvery(long articles, Duration time) {
    if (articles < 1) {
      throw new IllegalArgumentException("commitEvery articles must be at least 1, got " + articles);
    }
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException("commitEvery time must be positive, got " + time);
    }
    return new Ingester(index, readers, indexers, articles, time, maxPageBytes, listener);
  }

  /** Largest page (capture or HTML file) read; larger ones are rejected without reading. */
  public Ingester maxPageBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxPageBytes must be positive, got " + bytes);
    }
    return new Ingester(index, readers, indexers, commitEveryDocs, commitEveryTime, bytes, listener);
  }

  /** Who hears about each article, problem and progress. */
  public Ingester listener(IngestListener l) {
    return new Ingester(index, readers, indexers, commitEveryDocs, commitEveryTime, maxPageBytes,
        Objects.requireNonNull(l, "listener"));
  }

  /**
   * Ingests files and folders.
   *
   * @throws IOException when the index cannot be written (what was added before stays, and
   *     closing the index commits it), or when
   *     the index's tagger or the listener failed, with what it threw as the cause (an Error too,
   *     as {@code Future.get} wraps one: it was thrown on an ingest thread, which has ended)
   */
  public IngestReport ingest(List<Path> paths) throws IOException {
    Run run = new Run();
    return run.execute(
        () -> {
          for (Path p : paths) {
            run.walk(p);
          }
        });
  }

  /**
   * Ingests articles from an iterator (an app's own source), tagging and upserting each.
   *
   * @param name names the source in problems
   * @throws IOException when the index cannot be written, or the iterator, the tagger or the
   *     listener failed (the cause)
   */
  public IngestReport ingest(Iterator<Article> articles, String name) throws IOException {
    Run run = new Run();
    return run.executeArticles(articles, name);
  }

  /** An article on its way to the indexers; {@code tagged} when a reader tagged it already. */
  private record Item(Article article, String input, String location, boolean tagged) {
    /** "input (location)", as the listener hears it. */
    String where() {
      return input + " (" + location + ")";
    }
  }

  private static final Item END = new Item(null, null, null, false);
  private static final Path NO_MORE_FILES = Path.of("");

  /** The state of one ingest call. */
  private final class Run {
    final long started = System.nanoTime();
    final BlockingQueue<Path> files = new ArrayBlockingQueue<>(4096);
    // One queue per indexer, an article going to the one its id hashes to: the articles of one
    // id are then added by one thread in the order they were read, so the later line of a file
    // wins (with one shared queue, two indexers raced and the older line could win). `room`
    // bounds all the queues together, so one indexer busy with a segment flush can take up to
    // the whole backlog while the others go on.
    final List<BlockingQueue<Item>> queues = newQueues();
    final java.util.concurrent.Semaphore room = new java.util.concurrent.Semaphore(QUEUE_CAPACITY);
    final AtomicLong filesFound = new AtomicLong();
    final AtomicLong bytesFound = new AtomicLong();
    final AtomicLong filesDone = new AtomicLong();
    final AtomicLong bytesDone = new AtomicLong();
    final AtomicLong indexed = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicBoolean walkComplete = new AtomicBoolean();
    final AtomicReference<Throwable> fatal = new AtomicReference<>();
    final java.util.concurrent.Semaphore commitDue = new java.util.concurrent.Semaphore(0);
    final List<IngestReport.Problem> problems = new ArrayList<>();
    int commits;

    IngestReport execute(ThrowingRunnable walkAll) throws IOException {
      long before = countBefore();
      List<Thread> readerThreads = new ArrayList<>();
      Thread walker = start("walker", () -> {
        try {
          walkAll.run();
        } finally {
          walkComplete.set(true);
          for (int i = 0; i < readers; i++) {
            putFile(NO_MORE_FILES);
          }
        }
      });
      for (int i = 0; i < readers; i++) {
        readerThreads.add(start("reader-" + i, this::readFiles));
      }
      List<Thread> indexerThreads = startIndexers();
      Thread closer = start("reader-join", () -> {
        join(readerThreads);
        endIndexers();
      });
      try {
        superviseUntilDone(indexerThreads);
      } catch (Throwable e) {
        fatal.compareAndSet(null, e); // stops the other threads before the joins below
        throw e;
      } finally {
        // Also when a commit failed: every thread stops once `fatal` is set, and none may
        // still be adding when the caller closes the index.
        join(List.of(walker, closer));
        join(readerThreads);
        join(indexerThreads);
      }
      return finish(before, filesDone.get(), bytesDone.get());
    }

    IngestReport executeArticles(Iterator<Article> articles, String name) throws IOException {
      long before = countBefore();
      walkComplete.set(true);
      List<Thread> indexerThreads = startIndexers();
      Thread feeder = start("feeder", () -> {
        try {
          long n = 0;
          while (articles.hasNext() && fatal.get() == null) {
            n++;
            Article a = articles.next();
            if (a == null) {
              problem(new ReadOutcome.Invalid(name, "item " + n, "null article"));
            } else {
              putItem(new Item(a, name, "item " + n, false));
            }
          }
        } finally {
          endIndexers();
        }
      });
      try {
        superviseUntilDone(indexerThreads);
      } catch (Throwable e) {
        fatal.compareAndSet(null, e);
        throw e;
      } finally {
        join(List.of(feeder));
        join(indexerThreads);
      }
      return finish(before, 0, 0);
    }

    private long countBefore() throws IOException {
      index.refresh();
      return index.count();
    }

    private List<BlockingQueue<Item>> newQueues() {
      List<BlockingQueue<Item>> list = new ArrayList<>();
      for (int i = 0; i < indexers; i++) {
        // Room for every article that may wait, and END: adding to it never blocks.
        list.add(new ArrayBlockingQueue<>(QUEUE_CAPACITY + 1));
      }
      return List.copyOf(list);
    }

    private List<Thread> startIndexers() {
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < indexers; i++) {
        BlockingQueue<Item> queue = queues.get(i);
        threads.add(start("indexer-" + i, () -> indexItems(queue)));
      }
      return threads;
    }

    /** Tells every indexer to stop once its queue is done; never waits for room. */
    private void endIndexers() {
      for (BlockingQueue<Item> queue : queues) {
        queue.add(END);
      }
    }

    /**
     * Waits for the indexers, committing on schedule and reporting progress. An indexer that
     * completes a multiple of the commit interval wakes this loop at once, so commits follow
     * the count closely instead of the next 100 ms tick.
     */
    private void superviseUntilDone(List<Thread> indexerThreads) throws IOException {
      long lastProgress = System.nanoTime();
      long lastCommitTime = System.nanoTime();
      long lastCommitCount = 0;
      while (indexerThreads.stream().anyMatch(Thread::isAlive)) {
        try {
          commitDue.tryAcquire(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          fatal.compareAndSet(null, e);
          break;
        }
        long now = System.nanoTime();
        long count = indexed.get();
        if (fatal.get() == null
            && (count - lastCommitCount >= commitEveryDocs
                || now - lastCommitTime >= commitEveryTime.toNanos())) {
          if (count > lastCommitCount) {
            commit(); // holds at least the `count` articles added before it started
          }
          lastCommitCount = count;
          lastCommitTime = now;
        }
        if (now - lastProgress >= 1_000_000_000L) {
          listener.progress(progress());
          lastProgress = now;
        }
      }
    }

    private void commit() throws IOException {
      try {
        index.commit();
        commits++;
      } catch (IOException | RuntimeException e) {
        fatal.compareAndSet(null, e);
        throw e;
      }
    }

    private IngestReport finish(long before, long filesRead, long bytesRead) throws IOException {
      Throwable f = fatal.get();
      if (f != null) {
        // Not "the index keeps its last commit": close() commits what was added before the failure.
        String stopped = "ingest stopped; articles added before the failure stay in the index"
            + " (closing it commits them): ";
        if (f instanceof IOException io) {
          throw new IOException(stopped + io.getMessage(), io);
        }
        throw new IOException(stopped + f, f);
      }
      commit();
      index.refresh();
      long added = index.count() - before;
      listener.progress(progress());
      List<IngestReport.Problem> kept;
      synchronized (problems) {
        kept = List.copyOf(problems);
      }
      return new IngestReport(
          filesRead, bytesRead, indexed.get(), Math.max(0, indexed.get() - added), skipped.get(),
          rejected.get(), kept, Duration.ofNanos(System.nanoTime() - started), commits);
    }

    IngestProgress progress() {
      return new IngestProgress(
          filesDone.get(), filesFound.get(), walkComplete.get(), bytesDone.get(), bytesFound.get(),
          indexed.get(), skipped.get(), rejected.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    void walk(Path root) throws IOException {
      InputWalker.walk(
          root, index.folder().orElse(null), this::found, this::problem, () -> fatal.get() != null);
    }

    private void found(Path file) {
      filesFound.incrementAndGet();
      try {
        bytesFound.addAndGet(Files.size(file));
      } catch (IOException e) {
        // The reader reports an unreadable or vanished file; the total is only for the ETA.
      }
      putFile(file);
    }

    private void readFiles() {
      while (fatal.get() == null) {
        Path file = take(files);
        if (file == null || file == NO_MORE_FILES) {
          return;
        }
        InputFiles.read(file, maxPageBytes, outcome -> {
          if (outcome instanceof ReadOutcome.Parsed p) {
            if (waiting() < QUEUE_CAPACITY / 2) { // the indexers keep up: they tag
              putItem(new Item(p.article(), p.input(), p.location(), false));
            } else {
              Article tagged = tag(p);
              if (tagged != null) {
                putItem(new Item(tagged, p.input(), p.location(), true));
              }
            }
          } else {
            problem(outcome);
          }
        });
        filesDone.incrementAndGet();
        try {
          bytesDone.addAndGet(Files.size(file));
        } catch (IOException e) {
          // vanished after reading: already reported by the reader if it mattered
        }
      }
    }

    private void indexItems(BlockingQueue<Item> queue) {
      while (true) {
        Item item = take(queue);
        if (item == null || item == END) {
          return;
        }
        room.release();
        if (fatal.get() != null) {
          continue; // drain so producers never block forever
        }
        try {
          indexOne(item);
        } catch (Throwable e) {
          // Errors too (a listener's AssertionError, a tagger's StackOverflowError, OOM): this
          // thread must live on to drain its queue, or a reader waits for room forever; the
          // ingest ends with `e` as its cause.
          fatal.compareAndSet(null, e);
        }
      }
    }

    private void indexOne(Item item) throws IOException {
      Article added;
      try {
        added = item.tagged() ? index.addTagged(item.article()) : index.add(item.article());
      } catch (IllegalArgumentException e) {
        problem(new ReadOutcome.Invalid(item.input(), item.location(), e.getMessage()));
        return;
      }
      if (indexed.incrementAndGet() % commitEveryDocs == 0) {
        commitDue.release();
      }
      listener.indexed(added, item.where());
    }

    /**
     * The article after the index's tagger, or null when it was refused (too long, or the tagger
     * refused it: reported, as the indexers report what add refuses) or the tagger failed (which
     * stops the ingest, as there).
     */
    private Article tag(ReadOutcome.Parsed p) {
      try {
        return index.tag(p.article());
      } catch (IllegalArgumentException e) {
        problem(new ReadOutcome.Invalid(p.input(), p.location(), e.getMessage()));
      } catch (RuntimeException | Error e) {
        fatal.compareAndSet(null, e);
      }
      return null;
    }

    void problem(ReadOutcome outcome) {
      if (outcome instanceof ReadOutcome.Skipped) {
        skipped.incrementAndGet();
      } else {
        rejected.incrementAndGet();
      }
      synchronized (problems) {
        if (problems.size() < MAX_PROBLEMS_KEPT) {
          problems.add(IngestReport.Problem.of(outcome));
        }
      }
      listener.problem(outcome);
    }

    private void putFile(Path p) {
      put(files, p);
    }

    /** Articles waiting for the indexers, in all their queues. */
    private int waiting() {
      return QUEUE_CAPACITY - room.availablePermits();
    }

    /**
     * Hands an article to the indexer its id hashes to, once there is room; once the ingest has
     * failed, gives up (dropping it).
     */
    private void putItem(Item item) {
      try {
        while (!room.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          if (fatal.get() != null) {
            return;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fatal.compareAndSet(null, e);
        return;
      }
      int h = item.article().id().hashCode();
      queues.get(Math.floorMod(h ^ (h >>> 16), queues.size())).add(item);
    }

    /**
     * Blocks until there is room; once the ingest has failed, gives up (dropping the element).
     * Readers stop on failure without draining, so their NO_MORE_FILES may be dropped.
     */
    private <T> void put(BlockingQueue<T> queue, T element) {
      try {
        while (!queue.offer(element, 100, TimeUnit.MILLISECONDS)) {
          if (fatal.get() != null) {
            return;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fatal.compareAndSet(null, e);
      }
    }

    private <T> T take(BlockingQueue<T> queue) {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fatal.compareAndSet(null, e);
        return null;
      }
    }

    private Thread start(String name, ThrowingRunnable body) {
      Thread t = new Thread(() -> {
        try {
          body.run();
        } catch (Throwable e) {
          fatal.compareAndSet(null, e);
        }
      }, "news-search-ingest-" + name);
      t.setDaemon(true);
      t.start();
      return t;
    }

    /**
     * Waits for every thread to end, even when this one is interrupted: an interrupt stops the
     * ingest (through {@code fatal}), but its threads must not be left adding to an index the
     * caller is about to close. The interrupt flag is restored at the end.
     */
    private void join(List<Thread> threads) {
      boolean interrupted = Thread.interrupted();
      try {
        for (Thread t : threads) {
          while (true) {
            try {
              t.join();
              break;
            } catch (InterruptedException e) {
              interrupted = true;
              fatal.compareAndSet(null, e);
            }
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
