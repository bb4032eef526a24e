package io.newssearch.search;

import io.newssearch.Snippet;
import io.newssearch.index.Schema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights the title (whole) and the body (passages of about the requested length) of hits
 * with the UnifiedHighlighter, reading match offsets from postings, and returns structured
 * {@link Snippet}s rather than markup.
 *
 * <p>Choices: weight matches, so a phrase is one highlight and not separate words; the maximum
 * length is the longest text the index accepts ({@link Schema#MAX_TEXT_CHARS}), since the
 * highlighter's default of 10,000 chars silently skips matches deep in long articles; passages
 * come back in document order; when nothing in the body matches, its first passage is returned;
 * a passage is at most about twice the requested length, even in text without sentence breaks:
 * a longer one (a run-on sentence, a page without punctuation) is cut at words around its first
 * match by the formatter, so that breaking prose costs what Lucene's sentence iterator costs.
 * Not part of the API promise. Thread-safe: one instance per searcher and passage length
 * (see {@link NewsSearcher#highlighter}), shared by every search on that searcher.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private final int passageLength;
  private final SnippetFormatter bodyFormatter;

  SnippetHighlighter(IndexSearcher searcher, int passageLength) {
    super(
        UnifiedHighlighter.builder(searcher, Schema.ANALYZER)
            .withWeightMatches(true)
            .withMaxLength(Schema.MAX_TEXT_CHARS)
            .withFormatter(new SnippetFormatter(Integer.MAX_VALUE)) // the title: whole
            .withMaxNoHighlightPassages(1));
    this.passageLength = passageLength;
    this.bodyFormatter = new SnippetFormatter(passageLength);
  }

  @Override
  protected PassageFormatter getFormatter(String field) {
    return Schema.BODY.equals(field) ? bodyFormatter : super.getFormatter(field);
  }

  /**
   * Snippets per field and hit.
   *
   * @return field name to one list of snippets per doc id, in the order of {@code docIds}
   */
  Map<String, List<List<Snippet>>> highlight(Query query, int[] docIds, int bodyPassages)
      throws IOException {
    String[] fields = {Schema.TITLE, Schema.BODY};
    Map<String, Object[]> raw =
        highlightFieldsAsObjects(fields, query, docIds, new int[] {1, bodyPassages});
    Map<String, List<List<Snippet>>> out = new java.util.HashMap<>();
    for (String field : fields) {
      Object[] perDoc = raw.get(field);
      List<List<Snippet>> lists = new ArrayList<>(docIds.length);
      for (int i = 0; i < docIds.length; i++) {
        @SuppressWarnings("unchecked")
        List<Snippet> s = perDoc == null || perDoc[i] == null ? List.of() : (List<Snippet>) perDoc[i];
        lists.add(s);
      }
      out.put(field, lists);
    }
    return out;
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    if (Schema.TITLE.equals(field)) {
      return new WholeBreakIterator();
    }
    return LengthGoalBreakIterator.createClosestToLength(
        BreakIterator.getSentenceInstance(Locale.ROOT), passageLength, 0.3f);
  }

  /**
   * Turns passages into snippets: whitespace runs collapsed, match ranges merged and mapped. A
   * passage longer than twice the length (a sentence can be any length) is cut to about the
   * length, at words, from a little before its first match.
   */
  static final class SnippetFormatter extends PassageFormatter {
    private final int length;

    /** @param length the passage length asked for; {@code Integer.MAX_VALUE} never cuts */
    SnippetFormatter(int length) {
      this.length = length;
    }

    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> snippets = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        int start = p.getStartOffset();
        int end = Math.min(p.getEndOffset(), content.length());
        if (end - start > 2L * length) {
          int[] window = window(content, start, end, p, length);
          start = window[0];
          end = window[1];
        }
        snippets.add(toSnippet(content, p, start, end));
      }
      return snippets;
    }

    /**
     * About {@code length} chars of {@code start..end} around the passage's first match: from a
     * quarter of the length before it, starting and ending at words (or inside a word longer
     * than a quarter of the length, never between the halves of a surrogate pair).
     */
    static int[] window(String content, int start, int end, Passage p, int length) {
      int matchStart = p.getNumMatches() > 0 ? Math.max(start, p.getMatchStarts()[0]) : start;
      int matchEnd = p.getNumMatches() > 0 ? Math.min(end, p.getMatchEnds()[0]) : start;
      int from = Math.max(start, matchStart - length / 4);
      for (int i = from; i > start && i > from - length / 4; i--) {
        if (isSpace(content.charAt(i - 1))) { // a word starts at i
          from = i;
          break;
        }
      }
      if (from > start && !isSpace(content.charAt(from - 1)) && Character.isLowSurrogate(content.charAt(from))) {
        from++;
      }
      int to = Math.min(end, Math.max(from + length, matchEnd));
      for (int i = to; i < end && i < to + length / 4; i++) {
        if (isSpace(content.charAt(i))) { // a word ends at i
          to = i;
          break;
        }
      }
      if (to < end && !isSpace(content.charAt(to)) && Character.isLowSurrogate(content.charAt(to))) {
        to++;
      }
      return new int[] {from, to};
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || c == '\u00A0';
    }

    static Snippet toSnippet(String content, Passage p) {
      return toSnippet(content, p, p.getStartOffset(), Math.min(p.getEndOffset(), content.length()));
    }

    static Snippet toSnippet(String content, Passage p, int start, int end) {
      StringBuilder text = new StringBuilder(end - start);
      // map[i] = position in text of content char start+i (whitespace runs share one slot).
      int[] map = new int[end - start + 1];
      boolean pendingSpace = false;
      for (int i = start; i < end; i++) {
        char c = content.charAt(i);
        if (isSpace(c)) {
          pendingSpace = text.length() > 0;
          map[i - start] = text.length();
          continue;
        }
        if (pendingSpace) {
          text.append(' ');
          pendingSpace = false;
        }
        map[i - start] = text.length();
        text.append(c);
      }
      map[end - start] = text.length();
      List<Snippet.Range> ranges = new ArrayList<>();
      int lastEnd = -1;
      for (int m = 0; m < p.getNumMatches(); m++) {
        int ms = Math.max(p.getMatchStarts()[m], start);
        int me = Math.min(p.getMatchEnds()[m], end);
        if (me <= ms) {
          continue;
        }
        int s = map[ms - start];
        int e = me - start < map.length ? mapEnd(map, me - start, text) : text.length();
        if (!ranges.isEmpty() && s <= lastEnd) {
          Snippet.Range prev = ranges.remove(ranges.size() - 1);
          s = prev.start();
          e = Math.max(e, prev.end());
        }
        if (e > s) {
          ranges.add(new Snippet.Range(s, e));
          lastEnd = e;
        }
      }
      return new Snippet(text.toString(), ranges);
    }

    /** End offset in text for an exclusive content end, not counting trailing collapsed space. */
    private static int mapEnd(int[] map, int contentEnd, StringBuilder text) {
      int e = map[contentEnd];
      // If the char before the end was whitespace, map[contentEnd] may point past a space.
      while (e > 0 && e <= text.length() && text.charAt(e - 1) == ' ') {
        e--;
      }
      return e;
    }
  }
}
