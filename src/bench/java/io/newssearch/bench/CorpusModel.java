package io.newssearch.bench;

import io.newssearch.Article;
import io.newssearch.ingest.JsonLinesReader;
import io.newssearch.ingest.ReadOutcome;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the generator learns from a JSONL corpus (Reuters-21578 converted, or any other): word
 * bigram frequencies (so generated text has the corpus's words, in proportions that make common
 * terms common and rare terms rare, and word pairs that make phrase queries match), the
 * distributions of title and body lengths in words, and the frequencies of sections. Immutable
 * after {@link #learn}; thread-safe.
 */
final class CorpusModel {

  // Words, numbers with inner separators ("1,250.5", "U.S"), and punctuation kept as tokens.
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'&.,/-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[.,;:?!]");

  final String[] words;
  private final boolean[] punct;
  // Successors of word w: next[offset[w] .. offset[w+1]) with cumulative counts cum[..].
  private final int[] offset;
  private final int[] next;
  private final long[] cum;
  // Unigram cumulative counts: the first word and the fallback after a word with no successor.
  private final long[] unigramCum;
  final int[] titleLengths;
  final int[] bodyLengths;
  final String[] sections;
  final long[] sectionCum;
  final long articles;

  private CorpusModel(String[] words, int[] offset, int[] next, long[] cum, long[] unigramCum,
      int[] titleLengths, int[] bodyLengths, String[] sections, long[] sectionCum, long articles) {
    this.words = words;
    this.punct = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      punct[i] = words[i].length() == 1 && ".,;:?!".indexOf(words[i].charAt(0)) >= 0;
    }
    this.offset = offset;
    this.next = next;
    this.cum = cum;
    this.unigramCum = unigramCum;
    this.titleLengths = titleLengths;
    this.bodyLengths = bodyLengths;
    this.sections = sections;
    this.sectionCum = sectionCum;
    this.articles = articles;
  }

  /** Learns from every article of a JSONL file (read with the library's JSONL reader). */
  static CorpusModel learn(Path jsonl) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    List<String> words = new ArrayList<>();
    long[][] pairs = {new long[1 << 20]};
    int[] nPairs = {0};
    List<Integer> titles = new ArrayList<>();
    List<Integer> bodies = new ArrayList<>();
    Map<String, Long> sectionCounts = new HashMap<>();
    long[] count = {0};
    int[] unigram = new int[1 << 16];
    int[][] uni = {unigram};
    try (Reader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      JsonLinesReader.read(in, jsonl.toString(), outcome -> {
        if (!(outcome instanceof ReadOutcome.Parsed p)) {
          return;
        }
        Article a = p.article();
        count[0]++;
        titles.add(tokens(a.title()).size());
        List<String> body = tokens(a.body());
        bodies.add(body.size());
        for (String s : a.sections()) {
          sectionCounts.merge(s, 1L, Long::sum);
        }
        int prev = -1;
        for (String t : body) {
          Integer id = ids.get(t);
          if (id == null) {
            id = words.size();
            ids.put(t, id);
            words.add(t);
          }
          if (id >= uni[0].length) {
            uni[0] = Arrays.copyOf(uni[0], uni[0].length * 2);
          }
          uni[0][id]++;
          if (prev >= 0) {
            if (nPairs[0] == pairs[0].length) {
              pairs[0] = Arrays.copyOf(pairs[0], pairs[0].length * 2);
            }
            pairs[0][nPairs[0]++] = ((long) prev << 32) | id;
          }
          prev = id;
        }
      });
    }
    if (words.isEmpty()) {
      throw new IOException("no article with body text in " + jsonl + " to learn words from");
    }
    int v = words.size();
    long[] sortedPairs = Arrays.copyOf(pairs[0], nPairs[0]);
    Arrays.sort(sortedPairs);
    int[] offset = new int[v + 1];
    int distinct = 0;
    for (int i = 0; i < sortedPairs.length; i++) {
      if (i == 0 || sortedPairs[i] != sortedPairs[i - 1]) {
        distinct++;
      }
    }
    int[] next = new int[distinct];
    long[] cum = new long[distinct];
    int k = -1;
    long[] perWordTotal = new long[v];
    for (int i = 0; i < sortedPairs.length; i++) {
      int from = (int) (sortedPairs[i] >>> 32);
      int to = (int) sortedPairs[i];
      if (i == 0 || sortedPairs[i] != sortedPairs[i - 1]) {
        k++;
        next[k] = to;
        offset[from + 1] = k + 1;
      }
      perWordTotal[from]++;
      cum[k] = perWordTotal[from];
    }
    // offsets of words with no successor: carry the previous end forward
    for (int w = 1; w <= v; w++) {
      offset[w] = Math.max(offset[w], offset[w - 1]);
    }
    long[] unigramCum = new long[v];
    long run = 0;
    for (int w = 0; w < v; w++) {
      run += uni[0][w];
      unigramCum[w] = run;
    }
    String[] secNames = sectionCounts.keySet().stream().sorted().toArray(String[]::new);
    long[] secCum = new long[secNames.length];
    long s = 0;
    for (int i = 0; i < secNames.length; i++) {
      s += sectionCounts.get(secNames[i]);
      secCum[i] = s;
    }
    return new CorpusModel(words.toArray(String[]::new), offset, next, cum, unigramCum,
        titles.stream().mapToInt(Integer::intValue).sorted().toArray(),
        bodies.stream().mapToInt(Integer::intValue).sorted().toArray(), secNames, secCum, count[0]);
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Index of the first cumulative count above r (r in [0, last)). */
  static int pick(long[] cumulative, int from, int to, long r) {
    int lo = from;
    int hi = to - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private int firstWord(SplittableRandom r) {
    return pick(unigramCum, 0, unigramCum.length, r.nextLong(unigramCum[unigramCum.length - 1]));
  }

  private int after(int w, SplittableRandom r) {
    int from = offset[w];
    int to = offset[w + 1];
    if (from == to) {
      return firstWord(r);
    }
    long total = cum[to - 1];
    return next[pick(cum, from, to, r.nextLong(total))];
  }

  /**
   * Text of {@code n} tokens following the bigram chain, punctuation attached to the word before
   * it, a paragraph break after some sentences.
   */
  String text(int n, SplittableRandom r, boolean paragraphs) {
    StringBuilder out = new StringBuilder(n * 7);
    int w = firstWord(r);
    boolean capital = true;
    for (int i = 0; i < n; i++) {
      String word = words[w];
      if (punct[w]) {
        if (out.isEmpty()) {
          w = firstWord(r);
          continue;
        }
        out.append(word);
        if (word.equals(".")) {
          capital = true;
          if (paragraphs && r.nextInt(4) == 0) {
            out.append("\n\n");
          }
        }
      } else {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
        }
        if (capital && Character.isLowerCase(word.charAt(0))) {
          out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        } else {
          out.append(word);
        }
        capital = false;
      }
      w = after(w, r);
    }
    int end = out.length();
    while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }

  /** A length drawn from an empirical distribution. */
  static int draw(int[] sortedLengths, SplittableRandom r) {
    return sortedLengths[r.nextInt(sortedLengths.length)];
  }

  /** A section drawn with the corpus's frequencies, or null when the corpus has none. */
  String section(SplittableRandom r) {
    if (sections.length == 0) {
      return null;
    }
    return sections[pick(sectionCum, 0, sectionCum.length, r.nextLong(sectionCum[sectionCum.length - 1]))];
  }
}
