package io.newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.newssearch.ArticleIndex;
import io.newssearch.index.Schema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CLI ingest killed with SIGKILL in the middle loses at most the work since its last commit,
 * leaves an index that opens and holds no duplicate, and re-running the same command completes
 * it: every article exactly once.
 *
 * <p>The ingest runs in a child JVM (same java binary, same classpath), killed by {@link
 * Process#destroyForcibly()}, which on Linux sends SIGKILL: the test checks the exit status is
 * 128 + 9, as a shell reports a process killed by signal 9. The kill comes once the index
 * directory shows a commit holding some but not all articles, found by polling the latest
 * commit point, not by sleeping for a guessed time.
 */
class IngestCrashTest {

  private static final int TOTAL = 150_000;
  private static final int COMMIT_EVERY = 5_000;
  private static final long SIGKILL_EXIT = 128 + 9;

  @Test
  void aKilledIngestKeepsACleanIndexAndRerunningCompletesIt(@TempDir Path dir) throws Exception {
    Path input = writeArticles(dir.resolve("articles.jsonl"));
    Path index = dir.resolve("index");

    Process killed = startIngest(index, input, dir.resolve("run1"));
    int committed;
    try {
      committed = awaitPartialCommit(index, killed, dir.resolve("run1"));
      killed.destroyForcibly();
      assertThat(killed.waitFor(30, TimeUnit.SECONDS)).as("child ended after SIGKILL").isTrue();
    } finally {
      killed.destroyForcibly();
    }
    assertThat(killed.exitValue()).as("exit status of a process killed by SIGKILL").isEqualTo(SIGKILL_EXIT);

    try (ArticleIndex afterCrash = ArticleIndex.openReadOnly(index)) {
      assertThat(afterCrash.count()).isPositive().isLessThanOrEqualTo(TOTAL).isGreaterThanOrEqualTo(committed);
    }
    List<String> ids = liveIds(index);
    assertThat(new HashSet<>(ids)).as("distinct ids after the crash").hasSameSizeAs(ids);
    assertThat(ids).allMatch(id -> id.startsWith("crash-"));
    assertClean(index);

    Process rerun = startIngest(index, input, dir.resolve("run2"));
    try {
      assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).as("re-run finished").isTrue();
    } finally {
      rerun.destroyForcibly();
    }
    assertThat(rerun.exitValue()).as("re-run exit code; stderr: %s", read(dir.resolve("run2.err"))).isZero();
    assertThat(read(dir.resolve("run2.out"))).contains("the index holds " + TOTAL + " articles");

    List<String> after = liveIds(index);
    assertThat(after).hasSize(TOTAL);
    Set<String> distinct = new HashSet<>(after);
    assertThat(distinct).hasSize(TOTAL);
    for (int i = 0; i < TOTAL; i++) {
      if (!distinct.contains(id(i))) {
        fail("article " + id(i) + " is missing after the re-run");
      }
    }
    try (ArticleIndex done = ArticleIndex.openReadOnly(index)) {
      assertThat(done.count()).isEqualTo(TOTAL);
    }
    System.out.printf(Locale.ROOT, "crash test: killed with %d of %d committed, %d after the crash; re-run: %s",
        committed, TOTAL, ids.size(), read(dir.resolve("run2.out")));
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "crash-%06d", i);
  }

  /** Small articles with unique ids, one JSON object per line. */
  private static Path writeArticles(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < TOTAL; i++) {
        w.write("{\"id\":\"" + id(i) + "\",\"title\":\"Pier " + (i % 97) + " loads cargo batch " + i
            + "\",\"published\":\"2020-0" + (1 + i % 9) + "-1" + (i % 10) + "\",\"body\":\"Cranes at pier "
            + (i % 97) + " moved batch " + i + " before the tide turned.\"}\n");
      }
    }
    return file;
  }

  /** The CLI index command in a child JVM, output to {@code <prefix>.out} and {@code .err}. */
  private static Process startIngest(Path index, Path input, Path prefix) throws IOException {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = List.of(
        java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "index", "--index", index.toString(), "--commit-every", String.valueOf(COMMIT_EVERY),
        input.toString());
    return new ProcessBuilder(command)
        .redirectOutput(prefix.resolveSibling(prefix.getFileName() + ".out").toFile())
        .redirectError(prefix.resolveSibling(prefix.getFileName() + ".err").toFile())
        .start();
  }

  /**
   * Polls the index directory until its latest commit holds some articles but not all, and
   * returns how many. Fails if the child ends first or nothing happens for a minute.
   */
  private static int awaitPartialCommit(Path index, Process child, Path prefix) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.isDirectory(index)) {
      checkRunning(child, prefix, deadline, "no index directory yet");
      Thread.sleep(5);
    }
    try (Directory d = FSDirectory.open(index)) {
      while (true) {
        int docs = -1;
        try {
          docs = SegmentInfos.readLatestCommit(d).totalMaxDoc();
        } catch (IOException e) {
          // no commit yet, or one being written: look again
        }
        if (docs > 0 && docs < TOTAL) {
          return docs;
        }
        checkRunning(child, prefix, deadline, "latest commit holds " + docs + " articles");
        Thread.sleep(5);
      }
    }
  }

  private static void checkRunning(Process child, Path prefix, long deadline, String state) throws IOException {
    if (!child.isAlive()) {
      fail("the ingest ended (exit " + child.exitValue() + ") before it could be killed mid-way; "
          + state + "; stderr: " + read(prefix.resolveSibling(prefix.getFileName() + ".err")));
    }
    if (System.nanoTime() > deadline) {
      fail("no partial commit within 60 s; " + state);
    }
  }

  /** The id of every live document, read from the stored id of the last commit. */
  private static List<String> liveIds(Path index) throws IOException {
    List<String> ids = new ArrayList<>();
    try (Directory d = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        int withId = 0;
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          String id = live == null || live.get(doc) ? stored.document(doc, Set.of(Schema.ID)).get(Schema.ID) : null;
          if (id != null) {
            ids.add(id);
            withId++;
          }
        }
        assertThat(withId).as("live documents with an id in a segment").isEqualTo(leaf.reader().numDocs());
      }
      assertThat(ids).hasSize(reader.numDocs());
    }
    return ids;
  }

  /** Lucene's own consistency check of every segment of the last commit. */
  private static void assertClean(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
      CheckIndex.Status status = check.checkIndex();
      assertThat(status.clean).as("CheckIndex finds the index clean").isTrue();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }
}
