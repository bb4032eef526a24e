package io.newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.ArticleIndex;
import io.newssearch.SearchRequest;
import io.newssearch.tag.Tagger;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

  private static final ArticleIndex.Options NO_TAGS =
      ArticleIndex.Options.defaults().withTagger(Tagger.none()).withMaxStaleness(0);

  private static String line(String id, String title) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"Body of " + title + ".\"}\n";
  }

  /**
   * One reader and one indexer, whose indexer stops after its first article until {@code release}
   * opens: the queue fills, half of it untagged, then with articles the reader tagged.
   */
  private static Ingester stalled(ArticleIndex index, java.util.concurrent.CountDownLatch release) {
    IngestListener stall = new IngestListener() {
      @Override
      public void indexed(io.newssearch.Article article, String where) {
        try {
          release.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    return Ingester.into(index).threads(1, 1).listener(stall);
  }

  /**
   * Of n articles in a.jsonl, the tagger refused the one with this id, on this line: reported
   * with the file as its input and the line as its location, not indexed.
   */
  private static void assertOneRefused(
      ArticleIndex index, IngestReport report, int n, String id, int line) throws IOException {
    assertThat(report.indexed()).isEqualTo(n - 1);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.input()).endsWith("a.jsonl");
      assertThat(p.location()).isEqualTo("line " + line);
      assertThat(p.reason()).contains("no tags for article '" + id + "'");
    });
    assertThat(index.get(id)).isEmpty();
  }

  /** A JSONL file of n articles, ids prefix0, prefix1, ... */
  private static Path lines(Path file, String prefix, int n) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(line(prefix + i, "Title " + i));
    }
    return Files.writeString(file, text);
  }

  private static void gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void goodInputsAreIndexedAndEachBadOneIsNamedWithItsReason(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.jsonl"), line("a1", "Alpha") + "{broken\n" + line("a2", "Beta"));
    gzip(in.resolve("b.jsonl.gz"), line("b1", "Gamma") + line("b2", "Delta"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("image.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3});
    Files.write(in.resolve("broken.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
    Files.createDirectories(in.resolve(".hidden"));
    Files.writeString(in.resolve(".hidden/x.jsonl"), line("h1", "Hidden"));
    Path big = in.resolve("big-page.txt");
    Files.writeString(big, "x ".repeat(2000));

    List<ReadOutcome> heard = Collections.synchronizedList(new ArrayList<>());
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), NO_TAGS)) {
      IngestReport r = Ingester.into(index).maxPageBytes(1000)
          .listener(new IngestListener() {
            @Override
            public void problem(ReadOutcome o) {
              heard.add(o);
            }
          })
          .ingest(List.of(in, dir.resolve("missing.jsonl")));
      assertThat(r.indexed()).isEqualTo(4);
      assertThat(index.count()).isEqualTo(4);
      assertThat(r.files()).isEqualTo(6);
      assertThat(r.skipped()).isEqualTo(1);
      assertThat(r.rejected()).isEqualTo(5);
      assertThat(r.problems()).extracting(p -> p.where() + ": " + p.reason()).containsExactlyInAnyOrder(
          in.resolve("a.jsonl") + " (line 2): not valid JSON: Unexpected character ('b' (code 98)): was expecting double-quote to start field name",
          in.resolve("empty.txt") + ": empty file",
          in.resolve("image.bin") + ": not text: looks like binary data",
          in.resolve("broken.jsonl.gz") + ": file ends early (truncated gzip or stream)",
          big + ": page of 3.9 KB is larger than the 1000 B page limit; not read",
          dir.resolve("missing.jsonl") + ": no such file or folder");
      assertThat(heard).hasSize(6);
      assertThat(index.search(SearchRequest.of("gamma")).total()).isEqualTo(1);
    }
  }

  @Test
  void reingestingTheSameInputsConverges(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("a.jsonl");
    Files.writeString(in, line("a1", "Alpha") + line("a2", "Beta") + line("a3", "Gamma"));
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), NO_TAGS)) {
      IngestReport first = Ingester.into(index).ingest(List.of(in));
      assertThat(first.replaced()).isZero();
      IngestReport second = Ingester.into(index).ingest(List.of(in));
      assertThat(second.indexed()).isEqualTo(3);
      assertThat(second.replaced()).isEqualTo(3);
      assertThat(index.count()).isEqualTo(3);
    }
  }

  @Test
  void commitsPeriodicallySoACrashLosesAtMostAWindow(@TempDir Path dir) throws IOException {
    Path in = lines(dir.resolve("many.jsonl"), "id", 500);
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), NO_TAGS)) {
      IngestReport r = Ingester.into(index).commitEvery(100, Duration.ofHours(1)).threads(1, 2).ingest(List.of(in));
      assertThat(r.indexed()).isEqualTo(500);
      assertThat(r.commits()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void articlesFromAnIteratorAreIndexed() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS)) {
      List<io.newssearch.Article> list = io.newssearch.TestArticles.all();
      IngestReport r = Ingester.into(index).ingest(list.iterator(), "app");
      assertThat(r.indexed()).isEqualTo(list.size());
      assertThat(index.count()).isEqualTo(list.size());
    }
  }

  @Test
  void theTaggerOfTheIndexRunsDuringIngest(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("a.jsonl"), line("a1", "Alpha"));
    Tagger tagger = a -> a.withTags(List.of("Chile"));
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(tagger))) {
      Ingester.into(index).ingest(List.of(in));
      assertThat(index.get("a1")).get().extracting(io.newssearch.Article::tags).isEqualTo(List.of("Chile"));
    }
  }

  @Test
  void aFailingIndexStopsTheIngestWithAnErrorInsteadOfHanging(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < 5000; i++) { // more files than the walker's queue holds
      Files.writeString(in.resolve("f" + i + ".jsonl"), line("id" + i, "Title " + i));
    }
    Tagger broken = a -> {
      throw new IllegalStateException("tagger broke");
    };
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), NO_TAGS.withTagger(broken))) {
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ingester.into(index).ingest(List.of(in)))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("ingest stopped")
            .hasMessageContaining("tagger broke");
      });
      assertThat(index.count()).isZero();
    }
  }

  @Test
  void anErrorOnAnIngestThreadEndsTheIngestWithItAsTheCause(@TempDir Path dir) throws IOException {
    Path in = lines(dir.resolve("a.jsonl"), "a", 5000); // more than the queue holds
    Tagger broken = a -> {
      throw new NoClassDefFoundError("com/example/TaggerData");
    };
    IngestListener buggy = new IngestListener() {
      @Override
      public void indexed(io.newssearch.Article article, String where) {
        throw new AssertionError("listener bug");
      }
    };
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(broken))) {
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Ingester.into(index).threads(1, 1).ingest(List.of(in)))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("ingest stopped")
            .hasCauseInstanceOf(NoClassDefFoundError.class);
      });
    }
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS)) {
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Ingester.into(index).threads(2, 2).listener(buggy).ingest(List.of(in)))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("listener bug")
            .hasCauseInstanceOf(AssertionError.class);
      });
    }
  }

  @Test
  void aLineWithADateBeyondTheIndexIsRejectedWithItsNumberAndTheOthersAreIndexed(@TempDir Path dir)
      throws IOException {
    Path in = Files.writeString(dir.resolve("a.jsonl"), line("a1", "Alpha")
        + "{\"id\":\"a2\",\"title\":\"Far\",\"published\":\"+300000000-01-01T00:00:00Z\",\"body\":\"B.\"}\n"
        + line("a3", "Gamma"));
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS)) {
      IngestReport r = Ingester.into(index).ingest(List.of(in));
      assertThat(r.indexed()).isEqualTo(2);
      assertThat(r.problems()).singleElement().satisfies(p -> {
        assertThat(p.where()).isEqualTo(in + " (line 2)");
        assertThat(p.reason()).contains("+300000000-01-01T00:00Z is outside the dates an index holds");
      });
    }
  }

  @Test
  void theLaterLineOfAFileWinsOverAnEarlierOneWithTheSameId(@TempDir Path dir) throws IOException {
    int n = 5000;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(line("d" + i, "Old " + i)).append(line("d" + i, "New " + i));
    }
    Path in = Files.writeString(dir.resolve("a.jsonl"), text);
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS)) {
      IngestReport r = Ingester.into(index).threads(1, 4).ingest(List.of(in));
      assertThat(r.indexed()).isEqualTo(2 * n);
      assertThat(index.count()).isEqualTo(n);
      List<String> old = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String title = index.get("d" + i).orElseThrow().title();
        if (!title.equals("New " + i)) {
          old.add(title);
        }
      }
      assertThat(old).as("articles that kept their earlier line").isEmpty();
    }
    // The same for an app's iterator: the later article wins.
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS)) {
      List<io.newssearch.Article> articles = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (String v : List.of("Old ", "New ")) {
          articles.add(io.newssearch.Article.builder().id("d" + i).title(v + i).body("B.").build());
        }
      }
      Ingester.into(index).threads(1, 4).ingest(articles.iterator(), "app");
      long old = 0;
      for (int i = 0; i < n; i++) {
        old += index.get("d" + i).orElseThrow().title().equals("New " + i) ? 0 : 1;
      }
      assertThat(old).as("articles that kept the earlier one").isZero();
    }
  }

  @Test
  void anIndexInsideAnInputFolderIsNotReadAsInput(@TempDir Path dir) throws IOException {
    // named relative to another folder, so only the real paths match
    ingestTwiceReadingOneFile(dir, dir.resolve("data/../data/./idx"));
  }

  /**
   * Ingests the folder {@code dir/data}, holding one JSONL file of two articles, twice into an
   * index at {@code indexDir}: the second run finds the index's files (segments, .cfs,
   * write.lock) if they lie in the input, and must read only the JSONL file, without problems.
   */
  private static void ingestTwiceReadingOneFile(Path dir, Path indexDir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("a.jsonl"), line("a1", "Alpha") + line("a2", "Beta"));
    for (int run = 0; run < 2; run++) {
      try (ArticleIndex index = ArticleIndex.open(indexDir, NO_TAGS)) {
        IngestReport r = Ingester.into(index).ingest(List.of(data));
        assertThat(r.problems()).isEmpty();
        assertThat(r.files()).isEqualTo(1);
        assertThat(index.count()).isEqualTo(2);
      }
    }
  }

  @Test
  void aFailedIngestSaysTrulyThatWhatWasAddedBeforeIsKept(@TempDir Path dir) throws IOException {
    Path in = lines(dir.resolve("a.jsonl"), "a", 400);
    Tagger failing = a -> {
      if (a.id().equals("a300")) {
        throw new IllegalStateException("tagger broke");
      }
      return a;
    };
    try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), NO_TAGS.withTagger(failing))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> Ingester.into(index).threads(1, 1).ingest(List.of(in)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("articles added before the failure stay in the index")
          .hasMessageNotContaining("last commit");
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir.resolve("idx"))) {
      assertThat(index.get("a0")).isPresent(); // added before a300, committed by close
    }
  }

  @Test
  void anInterruptedIngestReturnsOnlyOnceItsThreadsHaveEnded(@TempDir Path dir) throws Exception {
    Path in = lines(dir.resolve("a.jsonl"), "a", 3000);
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch interruptSent = new java.util.concurrent.CountDownLatch(1);
    java.util.Set<Thread> ingestThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Tagger slow = a -> {
      if (started.getCount() > 0) {
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("news-search-ingest-"))
            .forEach(ingestThreads::add);
        started.countDown();
        try {
          interruptSent.await(30, java.util.concurrent.TimeUnit.SECONDS); // hang guard only
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return a;
    };
    Thread caller = Thread.currentThread();
    Thread interrupter = new Thread(() -> {
      try {
        started.await();
      } catch (InterruptedException e) {
        return;
      }
      caller.interrupt();
      interruptSent.countDown();
    });
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(slow))) {
      interrupter.start();
      try {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ingester.into(index).ingest(List.of(in)))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("ingest stopped")
            .hasCauseInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag restored").isTrue();
      } finally {
        Thread.interrupted();
      }
      assertThat(ingestThreads).isNotEmpty().noneMatch(Thread::isAlive);
    }
  }

  @Test
  void anIndexInTheInputFolderItselfLeavesItsOwnFilesOutAndReadsTheRest(@TempDir Path dir)
      throws IOException {
    ingestTwiceReadingOneFile(dir, dir.resolve("data"));
  }

  @Test
  void aLinkLoopInAFolderIsWalkedOnce(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.jsonl"), line("a1", "Alpha"));
    Files.createSymbolicLink(in.resolve("self"), in);
    List<Path> seen = new ArrayList<>();
    InputWalker.walk(in, seen::add, o -> { }, () -> false);
    assertThat(seen).containsExactly(in.resolve("a.jsonl"));
  }

  @Test
  void whileTheIndexersKeepUpTheyTagEachArticleOnce(@TempDir Path dir) throws IOException {
    Path in = lines(dir.resolve("a.jsonl"), "f", 40);
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    Tagger recording = a -> {
      threads.add(Thread.currentThread().getName().replaceAll("-\\d+$", ""));
      return a.withTags(List.of("Chile"));
    };
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(recording))) {
      IngestReport fromFiles = Ingester.into(index).threads(2, 2).ingest(List.of(in));
      assertThat(fromFiles.indexed()).isEqualTo(40);
      // 40 articles never fill half the queue: the indexers are not behind.
      assertThat(threads).hasSize(40).containsOnly("news-search-ingest-indexer");
      threads.clear();
      List<io.newssearch.Article> more = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        more.add(index.get("f" + i).orElseThrow().toBuilder().id("it" + i).tags(List.of()).build());
      }
      Ingester.into(index).ingest(more.iterator(), "app");
      assertThat(threads).hasSize(10).containsOnly("news-search-ingest-indexer");
      assertThat(index.get("it3")).get().extracting(io.newssearch.Article::tags).isEqualTo(List.of("Chile"));
      assertThat(index.count()).isEqualTo(50);
    }
  }

  @Test
  void whileTheIndexersFallBehindTheReaderTagsEachArticleOnce(@TempDir Path dir) throws Exception {
    int n = 700;
    Path in = lines(dir.resolve("a.jsonl"), "a", n);
    java.util.concurrent.CountDownLatch readerDone = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger byReader = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger byIndexer = new java.util.concurrent.atomic.AtomicInteger();
    Tagger counting = a -> {
      if (Thread.currentThread().getName().startsWith("news-search-ingest-reader")) {
        byReader.incrementAndGet();
        if (a.id().equals("a" + (n - 1))) {
          readerDone.countDown();
        }
      } else {
        byIndexer.incrementAndGet();
      }
      return a.withTags(List.of("Chile"));
    };
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(counting))) {
      IngestReport report = stalled(index, readerDone).ingest(List.of(in));
      assertThat(report.indexed()).isEqualTo(n);
      assertThat(byReader.get() + byIndexer.get()).as("each article tagged once").isEqualTo(n);
      int half = Ingester.QUEUE_CAPACITY / 2;
      assertThat(byReader.get()).isBetween(n - half - 1, n - half);
      assertThat(index.get("a" + (n - 1))).get().extracting(io.newssearch.Article::tags).isEqualTo(List.of("Chile"));
      assertThat(index.get("a0")).get().extracting(io.newssearch.Article::tags).isEqualTo(List.of("Chile"));
    }
  }

  @Test
  void whenTheReaderTagsARefusalIsReportedAndANullFromTheTaggerStopsTheIngest(@TempDir Path dir)
      throws Exception {
    int n = 700;
    Path in = lines(dir.resolve("a.jsonl"), "a", n);
    java.util.concurrent.CountDownLatch refusedRead = new java.util.concurrent.CountDownLatch(1);
    List<String> taggedBy = Collections.synchronizedList(new ArrayList<>());
    Tagger refusing = a -> {
      if (a.id().equals("a650")) {
        taggedBy.add(Thread.currentThread().getName());
        refusedRead.countDown();
        throw new IllegalArgumentException("no tags for article 'a650'");
      }
      return a.withTags(List.of("Chile"));
    };
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(refusing))) {
      assertOneRefused(index, stalled(index, refusedRead).ingest(List.of(in)), n, "a650", 651);
      assertThat(index.get("a699")).isPresent();
    }
    java.util.concurrent.CountDownLatch nullRead = new java.util.concurrent.CountDownLatch(1);
    Tagger broken = a -> {
      if (a.id().equals("a650")) {
        taggedBy.add(Thread.currentThread().getName());
        nullRead.countDown();
        return null;
      }
      return a;
    };
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(broken))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> stalled(index, nullRead).ingest(List.of(in)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("ingest stopped")
          .hasMessageContaining("returned null for article 'a650'");
    }
    assertThat(taggedBy).hasSize(2).allMatch(t -> t.startsWith("news-search-ingest-reader"));
  }

  @Test
  void anArticleTheTaggerRefusesIsReportedWithWhereItCameFromAndTheRestAreIndexed(@TempDir Path dir)
      throws IOException {
    Path in = Files.writeString(dir.resolve("a.jsonl"),
        line("a1", "Alpha") + line("bad", "Beta") + line("a3", "Gamma"));
    Tagger picky = a -> {
      if (a.id().equals("bad")) {
        throw new IllegalArgumentException("no tags for article 'bad'");
      }
      return a;
    };
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(picky))) {
      assertOneRefused(index, Ingester.into(index).ingest(List.of(in)), 3, "bad", 2);
      assertThat(index.get("a3")).isPresent();
    }
  }
}
