package io.newssearch.tag;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Walks a text word by word, folding each word: the one place where the tagger and the
 * gazetteer cut text into words, so that aliases and articles are cut alike.
 *
 * <pre>{@code
 * TokenCursor c = new TokenCursor("Russia's U.S.-made Perú");
 * while (c.next()) {
 *   String w = c.word();   // "russia", "u.s", "made", "peru"
 * }
 * }</pre>
 *
 * <p>A word is a run of letters and digits. Combining marks inside it are dropped, letters are
 * case-folded without regard to the default locale and stripped of accents ("PERÚ" and "Perú"
 * give "peru", Turkish "İ" and "ı" give "i"). A possessive "'s" or "’s" after a word is skipped.
 * A dot between one- or two-letter capital segments stays inside the word ("U.S.", "EE.UU.",
 * "D.C." give "u.s", "ee.uu", "d.c"); a final dot does not, since it may end a sentence.
 *
 * <p>{@link #flags()} describes the word as written and the gap before it; {@link #hash()} is
 * the hash of the folded word, as {@link #hashOf} computes it. Built for speed, since it reads
 * every article: {@link #cutAll} reads a whole text with bit scans over eight characters at a
 * time; a plain ASCII word (most words) is not copied, and is folded into the buffer only when
 * {@link #buffer()} asks; {@link #is} compares without copying. Not thread-safe: one cursor per
 * text.
 */
final class TokenCursor {

  /** The first letter is upper (or title) case. */
  static final int FIRST_UPPER = 1;
  /** The first letter is lower case. */
  static final int FIRST_LOWER = 1 << 1;
  /** No letter is lower case and there are at least two letters ("US", "U.S", "EE"). */
  static final int CAPS = 1 << 2;
  /** At least four letters: a word whose case says whether a title is in Title Case. */
  static final int LONG = 1 << 3;
  /** Only spaces or tabs separate this word from the previous one (no newline, no mark). */
  static final int ADJACENT = 1 << 4;
  /** The first word of the text, or the gap before it ends a sentence (. ! ? ¿ ¡ or a break). */
  static final int SENTENCE_START = 1 << 5;
  /** The gap before this word holds a blank line: a new paragraph starts here. */
  static final int PARAGRAPH_START = 1 << 6;
  /** Like {@link #ADJACENT}, or the gap is a single hyphen ("Spanish-speaking"). */
  static final int JOINED = 1 << 7;

  /** Words longer than this are not folded in full; no alias is that long. */
  static final int MAX_WORD = 64;

  private static final char[] FOLD = new char[0x300];
  // Character classes, as bits so a word's classes can be or-ed together. ASCII ones come from
  // a table, so the common case needs no Character lookups.
  private static final byte OTHER = 0;
  private static final byte LOWER = 1;
  private static final byte UPPER = 2;
  private static final byte DIGIT = 4;
  private static final byte LETTER = 8; // a letter without case (CJK, Arabic...)
  private static final byte[] ASCII = new byte[128];
  // What a character does in the gap between words; a table for ASCII.
  private static final byte G_WORD = 0;
  private static final byte G_SPACE = 1; // space, tab, carriage return, no-break space
  private static final byte G_NEWLINE = 2;
  private static final byte G_STOP = 3; // . ! ? ¿ ¡: a sentence ends
  private static final byte G_HYPHEN = 4;
  private static final byte G_APOSTROPHE = 5;
  private static final byte G_MARK = 6; // anything else
  private static final byte[] ASCII_GAP = new byte[128];
  private static final int[] FIRST_CASE = new int[128]; // FIRST_UPPER or FIRST_LOWER by letter
  // Gap flags of the gaps shortGap() takes, by their first character; -1 for no such gap.
  private static final int[] ONE_CHAR_GAP = new int[128];
  private static final int[] CHAR_SPACE_GAP = new int[128];
  // cutAll() reads eight Latin-1 bytes at a time as a long, the first in the low byte; these are
  // a bit or a value repeated in each byte.
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long LETTER_BITS = 0x4040404040404040L; // set in ASCII letters, not digits
  private static final long CASE_BITS = 0x2020202020202020L; // set in lower-case ASCII letters
  private static final long EACH_BYTE = 0x0101010101010101L;
  private static final long HASH_SEED = 0xC2B2AE3D27D4EB4FL;
  private static final long HASH_MUL = 0x9E3779B97F4A7C15L;

  static {
    for (char c = 0; c < FOLD.length; c++) {
      String stripped = stripMarks(String.valueOf(c));
      char base = stripped.length() == 1 ? stripped.charAt(0) : c;
      FOLD[c] = Character.toLowerCase(base);
    }
    // Letters with a stroke or dotless forms do not decompose; fold them by hand.
    FOLD['ı'] = 'i';
    FOLD['ø'] = 'o';
    FOLD['Ø'] = 'o';
    FOLD['ł'] = 'l';
    FOLD['Ł'] = 'l';
    FOLD['đ'] = 'd';
    FOLD['Đ'] = 'd';
    for (char c = 0; c < 128; c++) {
      ASCII[c] =
          c >= 'a' && c <= 'z'
              ? LOWER
              : c >= 'A' && c <= 'Z' ? UPPER : c >= '0' && c <= '9' ? DIGIT : OTHER;
      FIRST_CASE[c] = ASCII[c] == UPPER ? FIRST_UPPER : ASCII[c] == LOWER ? FIRST_LOWER : 0;
      ASCII_GAP[c] =
          switch (c) {
            case ' ', '\t', '\r' -> G_SPACE;
            case '\n' -> G_NEWLINE;
            case '.', '!', '?' -> G_STOP;
            case '-' -> G_HYPHEN;
            case '\'' -> G_APOSTROPHE;
            default -> ASCII[c] != OTHER ? G_WORD : G_MARK;
          };
    }
    for (char c = 0; c < 128; c++) {
      ONE_CHAR_GAP[c] = gapFlags(String.valueOf(c));
      CHAR_SPACE_GAP[c] = gapFlags(c + " ");
    }
  }

  private final String source;
  private final char[] text;
  private final int end; // text.length
  private int pos;
  private boolean first = true;

  private char[] buf; // allocated on first use: most texts are plain ASCII
  private int start; // where the word starts in the text
  private boolean ascii; // only ASCII letters and digits: buf is not filled, the text is read
  private int len;
  private int hash;
  private int flags;
  private boolean truncated;

  TokenCursor(String text) {
    this.source = text;
    this.text = text.toCharArray(); // array reads beat String.charAt in this loop
    this.end = this.text.length;
  }

  /**
   * Moves to the next word; false at the end of the text. The common case, a word of ASCII
   * letters and digits after a short gap, takes a path that the JIT inlines into the caller's
   * loop; anything else goes to {@link #gap()} and {@link #anyWord()}.
   */
  boolean next() {
    int gap = first ? -1 : shortGap();
    if (gap < 0) {
      gap = gap();
      if (pos >= text.length) {
        return false;
      }
    }
    first = false;
    flags = gap | asciiWord(pos);
    return true;
  }

  /** Receives the words of {@link #cutAll}: where each starts, its flags and its hash. */
  @FunctionalInterface
  interface WordSink {
    void word(int start, int flags, int hash);
  }

  /**
   * Cuts the whole text, giving each word to {@code sink} with the start, flags and hash that
   * {@link #next()} would give it, in order. While the sink runs the cursor stands on that word,
   * as after {@link #next()} ({@link #is}, {@link #length()}, {@link #buffer()}...); the sink may
   * move it with {@link #wordAt}. Call it on a new cursor, instead of {@link #next()}.
   *
   * <p>The fast way of reading a text: {@link #next()} pays a mispredicted branch or two at the
   * end of every word, since word lengths vary. Here a first pass marks, with no branch that
   * depends on the text, which characters are ASCII letters or digits and which need more than
   * the plain ASCII rules; a word is then found with bit scans, its case read from its bytes and
   * its hash made from eight characters at a time. Whatever is not plain (anything past ASCII, a
   * possessive, a '?', a word with digits and letters, a possible abbreviation dot, an overlong
   * word, a gap before the first word) goes through {@link #next()} itself, so both give the
   * same words; {@code TokenCursorTest} and {@code CutAllPropertyTest} hold them to that.
   */
  void cutAll(WordSink sink) {
    int n = end;
    // Latin-1 bytes: a copy of the string's own bytes when it has no character past U+00FF;
    // such a character becomes '?', which is sent to next() with the rest of what is not plain.
    byte[] bytes = source.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length != n) { // a character outside the BMP took one '?' for two chars
      cutSlowly(sink);
      return;
    }
    int blocks = (n + 63) >>> 6;
    long[] word = new long[blocks + 1]; // a bit per ASCII letter or digit; one spare block of 0
    long[] special = new long[blocks + 1]; // a bit per byte that only next() may read
    for (int b = 0, base = 0; b < blocks; b++, base += 64) {
      long w = 0;
      long x = 0;
      for (int o = 0; o < 64 && base + o < n; o += 8) {
        long chunk = chunkAt(bytes, base + o, n);
        w |= wordBits(chunk) << o;
        x |= specialBits(chunk) << o;
      }
      word[b] = w;
      special[b] = x;
    }
    int p = 0; // where the gap before the next word starts
    boolean none = true; // no word given yet: the next one is the text's first
    while (true) {
      int s = nextSet(word, p, n);
      int e = s < n ? nextClear(word, s) : n;
      int len = e - s;
      int after = e < n ? bytes[e] : ' ';
      boolean plain =
          s < n
              && (!none || s == 0) // a first word after a gap: next() knows the first gap
              && len <= MAX_WORD
              && (special[e >>> 6] & (1L << e)) == 0 // past ASCII: the word may go on
              && !(after == '.' && len <= 2)
              && !anySet(special, p, s);
      if (plain) {
        long h = len * HASH_SEED;
        long letterBits = 0;
        long lowerBits = 0;
        long digitBits = 0;
        for (int o = s; o < e; o += 8) {
          long mask = -1L >>> (64 - (Math.min(8, e - o) << 3));
          long raw = chunkAt(bytes, o, n) & mask;
          long letters = raw & LETTER_BITS;
          letterBits |= letters;
          lowerBits |= letters & (raw << 1); // a letter with the lower-case bit
          digitBits |= ~raw & LETTER_BITS & mask; // letters and digits only: no letter bit, a digit
          h = hashStep(h, raw | (CASE_BITS & mask));
        }
        if (letterBits == 0 || digitBits == 0) { // not both letters and digits ("G7"): next()'s
          int gap;
          int g = s - p;
          if (none) {
            gap = SENTENCE_START; // the text's first word, with no gap before it
          } else if (g == 1) {
            gap = ONE_CHAR_GAP[bytes[p]];
          } else if (g == 2 && bytes[p + 1] == ' ') {
            gap = CHAR_SPACE_GAP[bytes[p]];
          } else {
            pos = p;
            first = false;
            gap = gap(); // plain ASCII and no apostrophe: exactly next()'s gap
          }
          int letters = letterBits == 0 ? 0 : len;
          int caps = lowerBits == 0 && letters >= 2 ? CAPS : 0;
          // The cursor now stands on this word, as after next(): is(..) and buffer() read it.
          flags = gap | FIRST_CASE[bytes[s]] | caps | (letters >= 4 ? LONG : 0);
          start = s;
          this.len = len;
          hash = (int) (h >>> 32);
          ascii = true;
          truncated = false;
          p = e;
          none = false;
          sink.word(s, flags, hash);
          continue;
        }
      } else if (s >= n && !anySet(special, p, n)) {
        return; // nothing left that next() could read as a word
      }
      pos = p;
      first = none;
      if (!next()) {
        return;
      }
      none = false;
      p = pos;
      sink.word(start, flags, hash);
    }
  }

  /** {@link #cutAll} with {@link #next()} alone. */
  private void cutSlowly(WordSink sink) {
    pos = 0;
    first = true;
    while (next()) {
      int at = pos;
      sink.word(start, flags, hash);
      pos = at;
    }
  }

  /** Eight bytes from {@code o} as a long, first in the low byte; 0 bytes past {@code n}. */
  private static long chunkAt(byte[] bytes, int o, int n) {
    if (o + 8 <= n) {
      return (long) LONGS.get(bytes, o);
    }
    long chunk = 0;
    for (int i = o; i < n; i++) {
      chunk |= (bytes[i] & 0xFFL) << ((i - o) << 3);
    }
    return chunk;
  }

  /** A bit for each of the eight bytes that is an ASCII letter or digit. */
  private static long wordBits(long chunk) {
    long ascii = chunk & LOW_BITS;
    long folded = ascii | CASE_BITS;
    // A byte b of 0..7F plus 80-lo has its high bit set when b >= lo; plus 7F-hi, when b > hi.
    long letter = (folded + 0x1F * EACH_BYTE) & ~(folded + 0x05 * EACH_BYTE); // 61..7A, 'a'..'z'
    long digit = (ascii + 0x50 * EACH_BYTE) & ~(ascii + 0x46 * EACH_BYTE); // 30..39, '0'..'9'
    return gather((letter | digit) & ~chunk);
  }

  /** A bit for each byte past ASCII, apostrophe, or '?' (which may stand for a char past U+00FF). */
  private static long specialBits(long chunk) {
    long ascii = chunk & LOW_BITS;
    long apostrophe = ascii ^ ('\'' * EACH_BYTE);
    long question = ascii ^ ('?' * EACH_BYTE);
    // A byte of 0..7F plus 7F has its high bit set unless it is 0.
    long zero = ~(apostrophe + LOW_BITS) | ~(question + LOW_BITS);
    return gather(chunk | zero);
  }

  /**
   * The high bits of the eight bytes as bits 0..7: the multiplication moves byte i's bit to bit
   * 56 + i, and no two products share a bit, so nothing carries.
   */
  private static long gather(long bytes) {
    return (((bytes & HIGH_BITS) >>> 7) * 0x0102040810204080L) >>> 56;
  }

  /** The first set bit at or after {@code from}, or {@code n} when there is none. */
  private static int nextSet(long[] bits, int from, int n) {
    int b = from >>> 6;
    long w = bits[b] & (-1L << from);
    while (w == 0) {
      if (++b == bits.length) {
        return n;
      }
      w = bits[b];
    }
    return Math.min(n, (b << 6) + Long.numberOfTrailingZeros(w));
  }

  /** The first clear bit at or after {@code from}; the spare block of 0 ends every search. */
  private static int nextClear(long[] bits, int from) {
    int b = from >>> 6;
    long w = ~bits[b] & (-1L << from);
    while (w == 0) {
      w = ~bits[++b];
    }
    return (b << 6) + Long.numberOfTrailingZeros(w);
  }

  /** True when a bit is set in {@code from..to-1}; reads only the blocks of that range. */
  private static boolean anySet(long[] bits, int from, int to) {
    if (from >= to) {
      return false;
    }
    int b = from >>> 6;
    int last = (to - 1) >>> 6;
    long w = bits[b] & (-1L << from);
    while (b < last) {
      if (w != 0) {
        return true;
      }
      w = bits[++b];
    }
    return (w & (-1L >>> (63 - ((to - 1) & 63)))) != 0;
  }

  /**
   * Skips a gap of one character, or one character and a space, before an ASCII word and returns
   * its flags from a table; -1, with the position unchanged, for any other gap. These are most
   * gaps in news (" ", ", ", ".", "-"), and the loop of {@link #gap()} costs a mispredicted
   * branch or two each time it ends.
   */
  private int shortGap() {
    char[] t = text;
    int p = pos;
    if (p + 2 >= t.length || t[p] >= 128) {
      return -1;
    }
    int gap;
    if (isAsciiWordChar(t[p + 1])) {
      gap = ONE_CHAR_GAP[t[p]];
      p += 1;
    } else if (t[p + 1] == ' ' && isAsciiWordChar(t[p + 2])) {
      gap = CHAR_SPACE_GAP[t[p]];
      p += 2;
    } else {
      return -1;
    }
    if (gap >= 0) {
      pos = p;
    }
    return gap;
  }

  private static boolean isAsciiWordChar(char c) {
    return c < 128 && ASCII[c] != OTHER;
  }

  /**
   * The flags {@link #gap()} gives a gap of this text between two words, or -1 when they depend
   * on what follows (an apostrophe may start a possessive "'s") or it is no gap.
   */
  private static int gapFlags(String gapText) {
    TokenCursor c = new TokenCursor("x" + gapText + "x");
    c.first = false;
    c.pos = 1;
    int flags = c.gap();
    boolean whole = c.pos == gapText.length() + 1;
    return whole && gapText.indexOf('\'') < 0 ? flags : -1;
  }

  /**
   * Reads the word at {@code from} and returns its case flags. A word of ASCII letters and digits
   * is hashed where it stands, folding by setting the lower-case bit; anything more (an accent, a
   * mark, an abbreviation dot) is read again by {@link #anyWord()}.
   */
  private int asciiWord(int from) {
    char[] t = text;
    int p = from;
    int kinds = 0; // classes of the characters seen, or-ed
    while (p < t.length) {
      char c = t[p];
      if (c >= 128 || ASCII[c] == OTHER) {
        break;
      }
      kinds |= ASCII[c];
      p++;
    }
    if (kinds > DIGIT // both letters and digits ("G7"), rare: their flags need a letter count
        || p - from > MAX_WORD // too long: kept truncated
        || p < t.length && (t[p] >= 128 || (t[p] == '.' && abbreviation(p - from, kinds, p)))) {
      pos = from;
      return anyWord(); // also an accent or mark ("Perú"), or a dot inside the word ("U.S.")
    }
    pos = p;
    start = from;
    ascii = true;
    len = p - from;
    hash = hash(t, from, len, 0x20); // "| 0x20" lower-cases ASCII letters and keeps digits
    truncated = false;
    // Letters only, or digits only; the rest without branches, since case and length vary from
    // word to word. The first character is the first letter, or a digit that has no case.
    int letters = len & ((kinds - DIGIT) >> 31); // len, or 0 for a number
    int caps = ((kinds & LOWER) ^ LOWER) & ((1 - letters) >>> 31); // no lower case, 2+ letters
    return FIRST_CASE[t[from]] | caps * CAPS | ((3 - letters) >>> 31) * LONG;
  }

  /** Skips the gap before a word and returns its flags (ADJACENT ... PARAGRAPH_START). */
  private int gap() {
    boolean adjacent = !first;
    boolean sentence = first;
    boolean paragraph = false;
    int newlines = 0;
    int marks = 0; // characters in the gap other than spaces and line breaks
    boolean hyphen = false; // the first such character is a hyphen
    while (pos < end) {
      byte g = gapClass(text[pos]);
      if (g == G_WORD) {
        break;
      }
      if (g == G_APOSTROPHE && possessive(pos)) {
        adjacent = false;
        marks += 2;
        pos += 2;
        continue;
      }
      switch (g) {
        case G_SPACE -> {}
        case G_NEWLINE -> {
          adjacent = false;
          if (++newlines >= 2) {
            paragraph = true;
            sentence = true;
          }
        }
        case G_STOP -> {
          adjacent = false;
          sentence = true;
          newlines = 0;
          marks++;
        }
        default -> {
          adjacent = false;
          newlines = 0;
          hyphen |= marks == 0 && g == G_HYPHEN;
          marks++;
        }
      }
      pos++;
    }
    int gap = 0;
    if (adjacent) {
      gap |= ADJACENT | JOINED;
    } else if (!first && marks == 1 && hyphen && newlines == 0 && !sentence) {
      gap |= JOINED;
    }
    if (sentence) {
      gap |= SENTENCE_START;
    }
    if (paragraph) {
      gap |= PARAGRAPH_START;
    }
    return gap;
  }

  /** An apostrophe at {@code p} that starts a possessive "'s" after a word, skipped as a gap. */
  private boolean possessive(int p) {
    return p > 0
        && isWordChar(text[p - 1])
        && p + 1 < end
        && (text[p + 1] == 's' || text[p + 1] == 'S')
        && (p + 2 >= end || !isWordChar(text[p + 2]));
  }

  private static byte gapClass(char c) {
    if (c < 128) {
      return ASCII_GAP[c];
    }
    if (Character.isLetterOrDigit(c)) {
      return G_WORD;
    }
    return switch (c) {
      case '\u00a0' -> G_SPACE;
      case '¿', '¡' -> G_STOP;
      case '‐', '‑' -> G_HYPHEN;
      case '’', 'ʼ' -> G_APOSTROPHE;
      default -> G_MARK;
    };
  }

  /**
   * True when the dot at {@code dot}, after an ASCII word of {@code length} characters of these
   * kinds, stays in the word (see {@link #anyWord()}): one or two capitals before it and a
   * capital after. A dot that ends a sentence or a number does not, and the word is done.
   */
  private boolean abbreviation(int length, int kinds, int dot) {
    if (length > 2 || kinds != UPPER || dot + 1 >= text.length) {
      return false;
    }
    char next = text[dot + 1];
    return next < 128 ? ASCII[next] == UPPER : isUpper(next);
  }

  /** Reads any word, folding it into the buffer, and returns its case flags. */
  private int anyWord() {
    start = pos;
    ascii = false;
    len = 0;
    truncated = false;
    int letters = 0;
    boolean anyLower = false;
    int firstCase = 0;
    int segment = 0;
    boolean segmentCaps = true;
    while (pos < end) {
      char c = text[pos];
      byte type = c < 128 ? ASCII[c] : unicodeType(c);
      if (type != OTHER) {
        append(c < FOLD.length ? FOLD[c] : Character.toLowerCase(c));
        if (type == DIGIT) {
          segmentCaps = false;
        } else {
          letters++;
          if (letters == 1) {
            firstCase = type == UPPER ? FIRST_UPPER : type == LOWER ? FIRST_LOWER : 0;
          }
          anyLower |= type == LOWER;
          segmentCaps &= type == UPPER;
        }
        segment++;
        pos++;
      } else if (c >= 0x300 && isMark(c)) {
        pos++; // a combining accent in decomposed text: part of the word, folded away
      } else if (c == '.'
          && segment > 0
          && segment <= 2
          && segmentCaps
          && pos + 1 < end
          && (text[pos + 1] < 128 ? ASCII[text[pos + 1]] == UPPER : isUpper(text[pos + 1]))) {
        append('.');
        segment = 0;
        pos++;
      } else {
        break;
      }
    }
    hash = hash(buf, 0, len, 0);
    int f = firstCase;
    if (letters >= 2 && !anyLower) {
      f |= CAPS;
    }
    if (letters >= 4) {
      f |= LONG;
    }
    return f;
  }

  private void append(char f) {
    if (buf == null) {
      buf = new char[MAX_WORD];
    }
    if (len < MAX_WORD) {
      buf[len++] = f;
    } else {
      truncated = true;
    }
  }

  /** The folded word's characters, valid until the next call of {@link #next()}. */
  char[] buffer() {
    if (buf == null) {
      buf = new char[MAX_WORD];
    }
    if (ascii) { // folded on demand: the scan compares with is(..) instead
      for (int i = 0; i < len; i++) {
        buf[i] = FOLD[text[start + i]];
      }
      ascii = false;
    }
    return buf;
  }

  /** True when the folded word is {@code folded}; copies nothing. */
  boolean is(char[] folded) {
    if (folded.length != len) {
      return false;
    }
    if (!ascii) {
      return Arrays.equals(folded, 0, len, buf, 0, len);
    }
    char[] t = text;
    int from = start;
    for (int i = 0; i < folded.length; i++) {
      if (folded[i] != (t[from + i] | 0x20)) { // ASCII letters and digits fold so
        return false;
      }
    }
    return true;
  }

  /** Length of the folded word in {@link #buffer()}. */
  int length() {
    return len;
  }

  /** Where the word starts in the text. */
  int start() {
    return start;
  }

  /**
   * Reads again the word that starts at {@code offset} (one {@link #next()} found), for its
   * folded form; {@link #flags()} is left as it was.
   */
  void wordAt(int offset) {
    asciiWord(offset);
  }

  /** Hash of the folded word; see {@link #hashOf}. */
  int hash() {
    return hash;
  }

  /** True when the word was longer than {@link #MAX_WORD} and only its start was kept. */
  boolean truncated() {
    return truncated;
  }

  /** The bits {@link #FIRST_UPPER} ... {@link #PARAGRAPH_START} of this word. */
  int flags() {
    return flags;
  }

  /** The folded word as a new string; for building tables, not for the scanning loop. */
  String word() {
    return new String(buffer(), 0, len);
  }

  /** The hash {@link #hash()} gives for a folded word. */
  static int hashOf(CharSequence folded) {
    return hash(folded.toString().toCharArray(), 0, folded.length(), 0);
  }

  /**
   * The hash of {@code length} folded characters at {@code from}, each or-ed with {@code fold}
   * (0x20 folds ASCII letters and digits as they are written; 0 for folded text). Eight
   * characters at a time, the low byte of each, so that {@link #cutAll} hashes a word with one
   * read per eight characters; the vocabulary's exact comparison settles the rare collision of
   * two words that differ only past the low byte.
   */
  private static int hash(char[] a, int from, int length, int fold) {
    long h = length * HASH_SEED;
    for (int o = 0; o < length; o += 8) {
      long chunk = 0;
      int n = Math.min(8, length - o);
      for (int i = 0; i < n; i++) {
        chunk |= (long) ((a[from + o + i] | fold) & 0xFF) << (i << 3);
      }
      h = hashStep(h, chunk);
    }
    return (int) (h >>> 32);
  }

  private static long hashStep(long h, long chunk) {
    return (h ^ chunk) * HASH_MUL;
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII[c] != OTHER : Character.isLetterOrDigit(c);
  }

  /** The class of a non-ASCII character; letters that are neither upper nor lower are LETTER. */
  private static byte unicodeType(char c) {
    if (!Character.isLetterOrDigit(c)) {
      return OTHER;
    }
    if (!Character.isLetter(c)) {
      return DIGIT;
    }
    return isUpper(c) ? UPPER : Character.isLowerCase(c) ? LOWER : LETTER;
  }

  private static boolean isUpper(char c) {
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static String stripMarks(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (!isMark(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
