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
 * a passage is at most about twice the requested length, even in text without sentence breaks.
 * Not part of the API promise. Thread-safe: one instance per searcher and passage length
 * (see {@link NewsSearcher#highlighter}), shared by every search on that searcher.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private final int passageLength;

  SnippetHighlighter(IndexSearcher searcher, int passageLength) {
    super(
        UnifiedHighlighter.builder(searcher, Schema.ANALYZER)
            .withWeightMatches(true)
            .withMaxLength(Schema.MAX_TEXT_CHARS)
            .withFormatter(new SnippetFormatter())
            .withMaxNoHighlightPassages(1));
    this.passageLength = passageLength;
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
    // A sentence longer than twice the passage breaks at its words: else a page without
    // punctuation would be one passage of any length.
    BreakIterator sentences =
        new CappedSentenceIterator(
            BreakIterator.getSentenceInstance(Locale.ROOT), 2 * passageLength, passageLength);
    return LengthGoalBreakIterator.createClosestToLength(sentences, passageLength, 0.3f);
  }

  /** Turns passages into snippets: whitespace runs collapsed, match ranges merged and mapped. */
  static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> snippets = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        snippets.add(toSnippet(content, p));
      }
      return snippets;
    }

    static Snippet toSnippet(String content, Passage p) {
      int start = p.getStartOffset();
      int end = Math.min(p.getEndOffset(), content.length());
      StringBuilder text = new StringBuilder(end - start);
      // map[i] = position in text of content char start+i (whitespace runs share one slot).
      int[] map = new int[end - start + 1];
      boolean pendingSpace = false;
      for (int i = start; i < end; i++) {
        char c = content.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0') {
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
