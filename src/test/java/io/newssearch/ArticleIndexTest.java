package io.newssearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newssearch.index.Schema;
import io.newssearch.tag.Tagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {

  private static final ArticleIndex.Options NO_TAGS = ArticleIndex.Options.defaults().withTagger(Tagger.none());

  @Test
  void addingTheSameIdTwiceKeepsOneDocumentWithTheNewerVersion() throws Exception {
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS)) {
      Article first = TestArticles.all().get(0);
      index.add(first);
      index.add(first.toBuilder().title("Updated headline").build());
      index.refresh();
      assertThat(index.count()).isEqualTo(1);
      assertThat(index.get(first.id())).get().extracting(Article::title).isEqualTo("Updated headline");
    }
  }

  @Test
  void deleteRemovesTheArticle() throws Exception {
    try (ArticleIndex index = TestArticles.index()) {
      index.delete("r1");
      index.refresh();
      assertThat(index.count()).isEqualTo(TestArticles.all().size() - 1);
      assertThat(index.get("r1")).isEmpty();
    }
  }

  @Test
  void getAndDeleteStripTheIdAsArticleDoesAndRefuseABlankOne() throws Exception {
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS)) {
      Article padded = index.add(Article.builder().id(" padded ").title("T").body("B").build());
      String url = "https://Example.com/a/?utm_source=x#frag";
      Article byUrl = index.add(Article.builder().url(url).title("T").body("B").build());
      index.refresh();
      assertThat(padded.id()).isEqualTo("padded");
      assertThat(index.get(" padded ")).contains(padded);
      assertThat(index.get(" " + Article.canonicalUrl(url) + "\n")).contains(byUrl);
      assertThat(index.get(url)).as("a raw URL is not the id; its canonical form is").isEmpty();

      index.delete("\tpadded ");
      index.delete(Article.canonicalUrl(url));
      index.refresh();
      assertThat(index.count()).isZero();

      for (String blank : new String[] {"", "  ", "\n"}) {
        assertThatThrownBy(() -> index.get(blank))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id").hasMessageContaining("blank");
        assertThatThrownBy(() -> index.delete(blank))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id").hasMessageContaining("blank");
      }
      assertThatThrownBy(() -> index.get(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }
  }

  @Test
  void storedArticleRoundTrips() throws Exception {
    try (ArticleIndex index = TestArticles.index()) {
      for (Article a : TestArticles.all()) {
        assertThat(index.get(a.id())).contains(a);
      }
    }
  }

  @Test
  void aWriteIsVisibleAfterRefresh() throws Exception {
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withMaxStaleness(0))) {
      index.add(TestArticles.all().get(0));
      assertThat(index.count()).as("not refreshed, no background refresh").isZero();
      index.refresh();
      assertThat(index.count()).isEqualTo(1);
    }
  }

  @Test
  void aWriteBecomesVisibleWithinOneSecondWithoutRefresh() throws Exception {
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS)) {
      index.add(TestArticles.all().get(0));
      long deadline = System.nanoTime() + 1_000_000_000L;
      while (index.count() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(index.count()).as("visible within 1 s (background refresh every 0.25 s)").isEqualTo(1);
    }
  }

  @Test
  void commitIsDurableAcrossReopen(@TempDir Path dir) throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir, NO_TAGS)) {
      for (Article a : TestArticles.all()) {
        index.add(a);
      }
      index.commit();
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
      assertThat(index.count()).isEqualTo(TestArticles.all().size());
      assertThat(index.isReadOnly()).isTrue();
      assertThatThrownBy(() -> index.add(TestArticles.all().get(0)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
      assertThatThrownBy(() -> index.addTagged(TestArticles.all().get(0)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
    }
  }

  @Test
  void aSecondWriterGetsAClearLockedError(@TempDir Path dir) throws Exception {
    try (ArticleIndex first = ArticleIndex.open(dir, NO_TAGS)) {
      first.add(TestArticles.all().get(0));
      assertThatThrownBy(() -> ArticleIndex.open(dir, NO_TAGS))
          .isInstanceOf(IndexLockedException.class)
          .hasMessageContaining(dir.toString())
          .hasMessageContaining("locked by another writer");
      // The failed open did not disturb the first writer.
      first.commit();
      first.refresh();
      assertThat(first.count()).isEqualTo(1);
    }
  }

  @Test
  void readOnlyOpenOfAMissingIndexSaysSo(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> ArticleIndex.openReadOnly(dir.resolve("nothing")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> ArticleIndex.openReadOnly(dir.resolve("empty")))
        .hasMessageContaining("no news-search index");
  }

  @Test
  void aNewIndexCanBeOpenedReadOnlyBeforeItsFirstCommit(@TempDir Path dir) throws Exception {
    try (ArticleIndex writer = ArticleIndex.open(dir, NO_TAGS)) {
      writer.add(TestArticles.all().get(0)); // buffered, not committed
      try (ArticleIndex reader = ArticleIndex.openReadOnly(dir)) {
        assertThat(reader.count()).isZero();
        writer.commit();
        reader.refresh();
        assertThat(reader.count()).isEqualTo(1);
      }
    }
  }

  @Test
  void anIndexPathThatIsAFileIsRejected(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("f"), "x");
    assertThatThrownBy(() -> ArticleIndex.open(file)).hasMessageContaining("not a directory");
  }

  @Test
  void theTaggerRunsOnEveryAdd() throws Exception {
    Tagger marksPeru = a -> a.withTags(List.of("Peru")).withRegions(List.of("South America"));
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(marksPeru))) {
      Article added = index.add(TestArticles.all().get(0));
      assertThat(added.tags()).containsExactly("Peru");
      index.refresh();
      assertThat(index.get(added.id())).get().extracting(Article::tags).isEqualTo(List.of("Peru"));
    }
  }

  @Test
  void concurrentWritersAndSearchersDoNotLoseArticles() throws Exception {
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS)) {
      List<Thread> threads = new java.util.ArrayList<>();
      java.util.concurrent.atomic.AtomicReference<Throwable> error = new java.util.concurrent.atomic.AtomicReference<>();
      for (int t = 0; t < 4; t++) {
        int base = t * 100;
        threads.add(new Thread(() -> {
          try {
            for (int i = 0; i < 100; i++) {
              index.add(Article.builder().id("a" + (base + i)).title("Title " + i).body("Body text").build());
              index.search(SearchRequest.of("title"));
            }
          } catch (Throwable e) {
            error.set(e);
          }
        }));
      }
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join();
      }
      assertThat(error.get()).isNull();
      index.refresh();
      assertThat(index.count()).isEqualTo(400);
    }
  }

  @Test
  void tagAppliesTheIndexTaggerWithoutWritingAndAddTaggedWritesWithoutIt() throws Exception {
    int[] calls = {0};
    Tagger chile = a -> {
      calls[0]++;
      return a.withTags(List.of("Chile"));
    };
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(chile).withMaxStaleness(0))) {
      Article plain = TestArticles.all().get(0).withTags(List.of("Peru"));
      Article tagged = index.tag(plain);
      index.refresh();
      assertThat(tagged.tags()).containsExactly("Chile");
      assertThat(index.count()).as("tag() writes nothing").isZero();
      assertThat(index.addTagged(tagged)).isEqualTo(tagged);
      assertThat(calls[0]).as("addTagged does not tag again").isEqualTo(1);
      index.addTagged(plain.toBuilder().id("as-given").build());
      index.refresh();
      assertThat(index.get(plain.id())).get().extracting(Article::tags).isEqualTo(List.of("Chile"));
      assertThat(index.get("as-given")).get().extracting(Article::tags).isEqualTo(List.of("Peru"));
      assertThat(calls[0]).isEqualTo(1);
    }
  }

  @Test
  void tagAndAddTaggedRefuseAnOverlongArticleAsAddDoesWithoutTaggingIt() throws Exception {
    int[] calls = {0};
    Tagger counting = a -> {
      calls[0]++;
      return a;
    };
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(counting))) {
      Article huge = TestArticles.all().get(0).toBuilder()
          .body("x ".repeat(Schema.MAX_TEXT_CHARS / 2 + 1)).build();
      assertThatThrownBy(() -> index.tag(huge))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(huge.id())
          .hasMessageContaining("longer than");
      assertThatThrownBy(() -> index.addTagged(huge))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("longer than");
      assertThat(calls[0]).isZero();
    }
  }

  @Test
  void aTaggerThatReturnsNullIsNamedInsteadOfIndexingNothing() throws Exception {
    try (ArticleIndex index = ArticleIndex.inMemory(NO_TAGS.withTagger(a -> null))) {
      Article a = TestArticles.all().get(0);
      assertThatThrownBy(() -> index.add(a))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("returned null for article '" + a.id() + "'");
    }
  }
}
