package io.newssearch.tag;

import io.newssearch.Article;

/**
 * Decides which countries an article is about (its tags) and the regions they lie in.
 *
 * <pre>{@code
 * Tagger tagger = Tagger.defaultTagger();      // countries from the gazetteer
 * Tagger keep = Tagger.none();                 // keep tags and regions as given
 * Article tagged = tagger.tag(article);
 * }</pre>
 *
 * <p>Runs inside ingestion for every format; an embedding application can pass its own.
 * Implementations must be thread-safe: ingestion calls them from several threads.
 */
@FunctionalInterface
public interface Tagger {

  /** The article with its tags and regions decided; never null. */
  Article tag(Article article);

  /** The tagger an index uses unless told otherwise: {@link GazetteerTagger#standard()}. */
  static Tagger defaultTagger() {
    return GazetteerTagger.standard();
  }

  /** A tagger that leaves articles as they are. */
  static Tagger none() {
    return article -> article;
  }
}
