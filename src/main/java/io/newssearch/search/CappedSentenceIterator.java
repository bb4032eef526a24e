package io.newssearch.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;

/**
 * Sentence boundaries, and inside a sentence longer than a cap also the start of every word, so
 * that a passage built from these boundaries never has to be a whole run-on sentence (a page
 * without punctuation is one "sentence" of any length). A word longer than the hard cut is cut
 * inside. Sentences up to the cap break exactly as the sentence iterator breaks them.
 *
 * <p>Not part of the API promise. Not thread-safe, as any BreakIterator; {@link #clone} gives an
 * independent copy.
 */
final class CappedSentenceIterator extends BreakIterator {

  private BreakIterator sentences;
  private final int maxSentence;
  private final int hardCut;
  private String text = "";
  private int begin;
  private int current;

  /**
   * @param sentences the sentence iterator to refine
   * @param maxSentence longest sentence, in chars, kept whole
   * @param hardCut longest run, in chars, between two boundaries inside a long sentence
   */
  CappedSentenceIterator(BreakIterator sentences, int maxSentence, int hardCut) {
    this.sentences = sentences;
    this.maxSentence = maxSentence;
    this.hardCut = Math.max(1, hardCut);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    begin = 0;
    sentences.setText(newText);
    current = sentences.current();
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder sb = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      sb.append(c);
    }
    text = sb.toString();
    begin = newText.getBeginIndex();
    sentences.setText(newText);
    current = sentences.current();
  }

  @Override
  public CharacterIterator getText() {
    return sentences.getText();
  }

  @Override
  public int first() {
    return current = sentences.first();
  }

  @Override
  public int last() {
    return current = sentences.last();
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public int next() {
    return current == sentences.last() ? DONE : following(current);
  }

  @Override
  public int next(int n) {
    int result = current;
    for (; n > 0 && result != DONE; n--) {
      result = next();
    }
    for (; n < 0 && result != DONE; n++) {
      result = previous();
    }
    return result;
  }

  @Override
  public int previous() {
    return current == sentences.first() ? DONE : preceding(current);
  }

  @Override
  public int following(int offset) {
    int end = sentences.following(offset);
    if (end == DONE) {
      current = sentences.last();
      return DONE;
    }
    int start = sentences.previous();
    current = end - start <= maxSentence ? end : nextCut(offset, end);
    return current;
  }

  @Override
  public int preceding(int offset) {
    int start = sentences.preceding(offset);
    if (start == DONE) {
      current = sentences.first();
      return DONE;
    }
    int end = sentences.next();
    current = end - start <= maxSentence ? start : previousCut(offset, start);
    return current;
  }

  @Override
  public boolean isBoundary(int offset) {
    if (offset == sentences.first()) {
      current = offset;
      return true;
    }
    return following(offset - 1) == offset;
  }

  @Override
  public Object clone() {
    CappedSentenceIterator copy = (CappedSentenceIterator) super.clone();
    copy.sentences = (BreakIterator) sentences.clone();
    return copy;
  }

  /** The first word start after {@code offset}, at most the sentence end or a hard cut away. */
  private int nextCut(int offset, int sentenceEnd) {
    int limit = Math.min(sentenceEnd, offset + hardCut);
    for (int p = offset + 1; p < limit; p++) {
      if (isWordStart(p)) {
        return p;
      }
    }
    if (limit == sentenceEnd) {
      return sentenceEnd;
    }
    return Character.isLowSurrogate(charAt(limit)) ? limit + 1 : limit;
  }

  /** The last word start before {@code offset}, at least the sentence start or a hard cut back. */
  private int previousCut(int offset, int sentenceStart) {
    int limit = Math.max(sentenceStart, offset - hardCut);
    for (int p = offset - 1; p > limit; p--) {
      if (isWordStart(p)) {
        return p;
      }
    }
    if (limit == sentenceStart) {
      return sentenceStart;
    }
    return Character.isLowSurrogate(charAt(limit)) ? limit - 1 : limit;
  }

  private boolean isWordStart(int p) {
    return !isSpace(charAt(p)) && isSpace(charAt(p - 1));
  }

  private char charAt(int offset) {
    return text.charAt(offset - begin);
  }

  /** Whitespace as the snippet formatter collapses it. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }
}
