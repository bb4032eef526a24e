package io.newssearch.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;

/**
 * Sentence boundaries, and where the next (or previous) sentence boundary is further than a cap
 * away, the start of a word instead, so that a passage built from these boundaries never has to
 * be a whole run-on sentence (a page without punctuation is one "sentence" of any length). A
 * word longer than the hard cut is cut inside. Text whose sentences are shorter than the cap
 * breaks exactly as the sentence iterator breaks it.
 *
 * <p>Each move asks the sentence iterator one question: the distance from the offset decides, not
 * the length of the sentence, whose other end would cost a step back of the sentence iterator (in
 * the JDK's, a re-scan from a safe point), which made snippets a quarter slower in the benchmark.
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
  private int end;
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
    end = newText.length();
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
    end = newText.getEndIndex();
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
    return current == end ? DONE : following(current);
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
    return current == begin ? DONE : preceding(current);
  }

  @Override
  public int following(int offset) {
    int next = sentences.following(offset);
    if (next == DONE) {
      current = end;
      return DONE;
    }
    current = next - offset <= maxSentence ? next : nextCut(offset, next);
    return current;
  }

  @Override
  public int preceding(int offset) {
    int previous = sentences.preceding(offset);
    if (previous == DONE) {
      current = begin;
      return DONE;
    }
    current = offset - previous <= maxSentence ? previous : previousCut(offset, previous);
    return current;
  }

  @Override
  public boolean isBoundary(int offset) {
    if (offset == begin) {
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
