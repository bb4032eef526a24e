package io.newssearch.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gazetteer's phrases (aliases, stops, ambiguous names, veto cues) as a trie over word ids,
 * and the scan that counts country mentions in one pass over a text's words.
 *
 * <pre>{@code
 * PhraseIndex.Words words = index.words("Russia's envoy left Caracas.");
 * PhraseIndex.Tally tally = index.newTally();
 * index.scan(words, false, 0, false, tally);   // body text, no lead
 * List<int[]> counts = index.resolve(tally);   // {country, total, title, lead}
 * }</pre>
 *
 * <p>Scanning allocates nothing per word. Most words of a text start no phrase, and the cost is
 * in the branches each word takes, so as the text is cut a word is looked up only when a filter
 * of phrase-starting words (keyed on the folded word and whether it is capitalised) lets it
 * through; the words after such a word are read again when the trie needs them. Lookups go to
 * an open-addressing table of the folded words of all phrases. Built once by {@link Gazetteer};
 * immutable and thread-safe after {@link Builder#build()}.
 */
final class PhraseIndex {

  // What a matched phrase does.
  static final byte ALIAS = 0;
  static final byte AMBIGUOUS = 1;
  static final byte STOP = 2;

  // What the case of a text word must be to match an alias word, from the alias's spelling.
  static final byte ANY = 0;
  static final byte CAPITALISED = 1;
  static final byte ALL_CAPS = 2;
  static final byte NOT_CAPITALISED = 3;

  // Context words for the language rule (bits in contextOf).
  static final int LANG_BEFORE = 1;
  static final int LANG_AFTER = 2;
  static final int LANG_EDGE = 4;

  private static final int NO = -1;
  private static final int[] EMPTY = {};

  /** A phrase at the end of a trie path. Not changed after {@link Builder#build()}. */
  static final class Entry {
    final int id;
    final String phrase;
    final String where;
    byte role;
    int target; // country (ALIAS), group (AMBIGUOUS), unused (STOP)
    boolean weak;
    boolean namelike;
    boolean capsword;
    boolean language;
    int veto = NO;
    int cue = NO;
    byte[][] cases; // accepted case patterns, one byte per word

    Entry(int id, String phrase, String where, byte role, int target, byte[] cases) {
      this.id = id;
      this.phrase = phrase;
      this.where = where;
      this.role = role;
      this.target = target;
      this.cases = new byte[][] {cases};
    }
  }

  /**
   * A text cut into words: for each word its cursor flags and where it starts in the text, and
   * the words that start a phrase with their ids. Other words are looked up only when the scan
   * needs them, next to a phrase start ({@link #id}): most words of a text are never looked up.
   */
  static final class Words {
    final TokenCursor cursor; // reads a word again for id()
    int[] flags;
    int[] at;
    int size;
    int[] starts = EMPTY; // word index and id of each phrase start, in pairs
    int startCount;

    Words(TokenCursor cursor, int capacity) {
      this.cursor = cursor;
      flags = new int[Math.max(16, capacity)];
      at = new int[flags.length];
    }

    void add(int offset, int flag) {
      if (size == flags.length) {
        flags = Arrays.copyOf(flags, size * 2);
        at = Arrays.copyOf(at, size * 2);
      }
      flags[size] = flag;
      at[size] = offset;
      size++;
    }

    void addStart(int word, int id) {
      if (2 * startCount == starts.length) {
        starts = Arrays.copyOf(starts, Math.max(16, 4 * startCount));
      }
      starts[2 * startCount] = word;
      starts[2 * startCount + 1] = id;
      startCount++;
    }
  }

  /**
   * The mentions of one article as counted, before the rules that look at the whole article: a
   * short list of events (a few per country named), so a tally costs little for short texts.
   */
  static final class Tally {
    private int[] events = new int[3 * 16]; // (bucket, entry id, WHERE_* bits) triples
    private int size;
    private long[] cues; // cue ids seen, allocated on the first cue

    private void add(int bucket, int entry, int where) {
      if (size + 3 > events.length) {
        events = Arrays.copyOf(events, events.length * 2);
      }
      events[size++] = bucket;
      events[size++] = entry;
      events[size++] = where;
    }

    private void cue(int cue) {
      if (cues == null || (cue >>> 6) >= cues.length) {
        cues = Arrays.copyOf(cues == null ? new long[0] : cues, (cue >>> 6) + 1);
      }
      cues[cue >>> 6] |= 1L << cue;
    }

    private boolean seen(int cue) {
      return cues != null && (cue >>> 6) < cues.length && (cues[cue >>> 6] & (1L << cue)) != 0;
    }
  }

  // Buckets of tally events: kind in the high bits, country / rule / group index in the low.
  private static final int STRONG = 0;
  private static final int WEAK = 1 << 24;
  private static final int VETOED = 2 << 24;
  private static final int AMBIGUOUS_GROUP = 3 << 24;
  private static final int INDEX = (1 << 24) - 1;
  private static final int WHERE_TITLE = 1;
  private static final int WHERE_LEAD = 2;

  // Vocabulary: folded word -> id, open addressing on the cursor's hash.
  private final char[][] vocab;
  private final int[] slots;
  private final int[] slotHash; // the hash of each slot's word, to skip comparing most others
  // A bit for each value of the top 16 bits of the mixed hash, set for the vocabulary's words:
  // 8 KB that stay in the L1 cache and turn away most words of a text (in no phrase) with one
  // read, where the slots alone are 64 KB.
  private final long[] filter = new long[1 << 10];
  // The same for words that start a phrase, keyed also on whether the word is capitalised: a
  // lower-case word is entered only when some phrase starting with it takes any case, so "the"
  // (of "The Gambia") passes written "The" only.
  private final long[] rootFilter = new long[1 << 10];
  private final int maxWord;
  private final byte[] contextOf;
  // Trie: root children by word id, other nodes by sorted keys.
  private final int[] rootChild;
  private final int[][] childKeys;
  private final int[][] childNodes;
  private final Entry[] nodeEntry;
  // By word id: flags of which the word must have one for some phrase starting with it to match
  // (FIRST_UPPER, CAPS), or 0 when some phrase takes any case; see mayStart().
  private final int[] rootCase;
  private final boolean[] weakEntry; // by entry id, for vetoed mentions
  // Rules that look at the whole article.
  private final int[] vetoTargets; // country of each veto rule
  private final int[][] vetoCues; // cue ids of each veto rule
  private final int[][] groups; // candidate countries of each ambiguous group
  private final int cueCount;

  private PhraseIndex(Builder b) {
    int n = b.vocab.size();
    this.vocab = new char[n][];
    this.contextOf = new byte[n];
    int max = 0;
    for (Map.Entry<String, Integer> e : b.vocab.entrySet()) {
      vocab[e.getValue()] = e.getKey().toCharArray();
      max = Math.max(max, e.getKey().length());
    }
    this.maxWord = max;
    for (Map.Entry<Integer, Integer> e : b.context.entrySet()) {
      contextOf[e.getKey()] = (byte) (int) e.getValue();
    }
    int size = Integer.highestOneBit(Math.max(16, n * 4) - 1) << 1;
    this.slots = new int[size];
    this.slotHash = new int[size];
    Arrays.fill(slots, NO);
    int[] hashes = new int[n];
    for (int id = 0; id < n; id++) {
      int hash = TokenCursor.hashOf(new String(vocab[id]));
      hashes[id] = hash;
      int mixed = mix(hash);
      setBit(filter, mixed);
      int s = mixed & (size - 1);
      while (slots[s] != NO) {
        s = (s + 1) & (size - 1);
      }
      slots[s] = id;
      slotHash[s] = hash;
    }
    int nodes = b.children.size();
    this.rootChild = new int[n];
    Arrays.fill(rootChild, NO);
    for (Map.Entry<Integer, Integer> e : b.children.get(0).entrySet()) {
      rootChild[e.getKey()] = e.getValue();
    }
    this.childKeys = new int[nodes][];
    this.childNodes = new int[nodes][];
    for (int node = 0; node < nodes; node++) {
      TreeMap<Integer, Integer> sorted = new TreeMap<>(b.children.get(node));
      childKeys[node] = sorted.keySet().stream().mapToInt(Integer::intValue).toArray();
      childNodes[node] = sorted.values().stream().mapToInt(Integer::intValue).toArray();
    }
    this.nodeEntry = b.nodeEntry.toArray(new Entry[0]);
    this.rootCase = new int[n];
    for (int id = 0; id < n; id++) {
      if (rootChild[id] != NO) {
        rootCase[id] = firstWordCase(rootChild[id]);
        setBits(rootFilter, rootKey(hashes[id], true));
        if (rootCase[id] == 0) { // some phrase takes any case: a lower-case word may start it
          setBits(rootFilter, rootKey(hashes[id], false));
        }
      }
    }
    this.weakEntry = new boolean[b.entryCount];
    for (Entry e : nodeEntry) {
      if (e != null) {
        weakEntry[e.id] = e.weak;
      }
    }
    this.vetoTargets = b.vetoTargets.stream().mapToInt(Integer::intValue).toArray();
    this.vetoCues = b.vetoCues.toArray(new int[0][]);
    this.groups = b.groups.toArray(new int[0][]);
    this.cueCount = b.cueCount;
  }

  /** Sets the bit of a mixed hash in a filter of 64K bits; see {@link #hasBit}. */
  private static void setBit(long[] filter, int mixed) {
    filter[mixed >>> 22] |= 1L << (mixed >>> 16);
  }

  /** Sets two bits, from the high and the low half of a mixed hash; see {@link #hasBits}. */
  private static void setBits(long[] filter, int mixed) {
    setBit(filter, mixed);
    setBit(filter, mixed << 16);
  }

  /** Two bits rather than one: a word in a hundred passes by chance instead of four. */
  private static boolean hasBits(long[] filter, int mixed) {
    return hasBit(filter, mixed) && hasBit(filter, mixed << 16);
  }

  /** The top 16 bits of the mixed hash pick the bit: 6 for the bit in a long, 10 for the long. */
  private static boolean hasBit(long[] filter, int mixed) {
    return (filter[mixed >>> 22] & (1L << (mixed >>> 16))) != 0;
  }

  /** The flags the first word needs for some phrase below a node to match; 0 for any case. */
  private int firstWordCase(int node) {
    int need = 0;
    Entry e = nodeEntry[node];
    if (e != null) {
      for (byte[] pattern : e.cases) {
        switch (pattern[0]) {
          case CAPITALISED -> need |= TokenCursor.FIRST_UPPER;
          case ALL_CAPS -> need |= TokenCursor.CAPS;
          default -> {
            return 0;
          }
        }
      }
    }
    for (int child : childNodes[node]) {
      int c = firstWordCase(child);
      if (c == 0) {
        return 0;
      }
      need |= c;
    }
    return need;
  }

  /** A new, empty tally for one article. */
  Tally newTally() {
    return new Tally();
  }

  /**
   * Cuts a text into words. A word is looked up in full only when the root filter says it may
   * start a phrase in the case it is written: a few words in a hundred, so that branch is
   * well predicted and the rest cost the cut and one filter read.
   */
  Words words(String text) {
    TokenCursor c = new TokenCursor(text);
    Words out = new Words(c, text.length() / 4); // news has a word per 5 to 6 chars
    c.cutAll((start, flags, hash) -> {
      if (mayStartFilter(hash, flags)) {
        int id = lookup(c); // the cursor stands on the word
        if (id != NO && mayStart(id, flags)) {
          out.addStart(out.size, id);
        }
      }
      out.add(start, flags);
    });
    return out;
  }

  /** The id of word {@code i}, read again from the text; -1 when no phrase uses it. */
  private int id(Words w, int i) {
    w.cursor.wordAt(w.at[i]);
    return lookup(w.cursor);
  }

  /** False when no phrase can start with a word of this hash written with these flags. */
  private boolean mayStartFilter(int hash, int flags) {
    boolean capital = (flags & (TokenCursor.FIRST_UPPER | TokenCursor.CAPS)) != 0;
    return hasBits(rootFilter, rootKey(hash, capital));
  }

  private static int rootKey(int hash, boolean capital) {
    return mix(capital ? ~hash : hash);
  }

  /** True when a phrase starts with this word and the word's case may match its first word. */
  private boolean mayStart(int id, int flags) {
    return rootChild[id] != NO && (rootCase[id] == 0 || (flags & rootCase[id]) != 0);
  }

  /** The id of the cursor's word, or -1 when no phrase uses it (or it was truncated). */
  int lookup(TokenCursor c) {
    if (c.length() > maxWord || c.truncated()) {
      return NO;
    }
    int hash = c.hash();
    int mixed = mix(hash);
    if (!hasBit(filter, mixed)) {
      return NO;
    }
    int mask = slots.length - 1;
    int s = mixed & mask;
    while (true) {
      int id = slots[s];
      if (id == NO) {
        return NO;
      }
      if (slotHash[s] == hash && c.is(vocab[id])) {
        return id;
      }
      s = (s + 1) & mask;
    }
  }

  /**
   * Counts the mentions in one text (a title or a body) into the tally, longest match first.
   *
   * @param title true for the title: mentions count as in the title
   * @param leadEnd the words before this index are the lead (0 for the title)
   * @param titleCase true when every long word is capitalised, which turns the namelike check off
   */
  void scan(Words w, boolean title, int leadEnd, boolean titleCase, Tally t) {
    int[] flags = w.flags;
    int n = w.size;
    int free = 0; // the first word after the last match
    for (int k = 0; k < w.startCount; k++) {
      int i = w.starts[2 * k];
      if (i < free) {
        continue; // inside a longer match
      }
      int node = rootChild[w.starts[2 * k + 1]];
      Entry best = null;
      int bestLength = 0;
      int j = i;
      while (true) {
        Entry e = nodeEntry[node];
        if (e != null && caseMatches(e, flags, i)) {
          best = e;
          bestLength = j - i + 1;
        }
        if (++j >= n || childKeys[node].length == 0) {
          break; // no longer phrase: the next word need not be read
        }
        int id = id(w, j);
        if (id == NO) {
          break;
        }
        node = child(node, id);
        if (node == NO) {
          break;
        }
      }
      if (best == null) {
        continue;
      }
      count(best, w, i, bestLength, title, !title && i < leadEnd, titleCase, t);
      free = i + bestLength;
    }
  }

  private void count(
      Entry e,
      Words w,
      int i,
      int length,
      boolean title,
      boolean lead,
      boolean titleCase,
      Tally t) {
    if (e.cue != NO) {
      t.cue(e.cue);
    }
    if (e.role == STOP || rejected(e, w, i, length, titleCase)) {
      return;
    }
    int where = (title ? WHERE_TITLE : 0) | (lead ? WHERE_LEAD : 0);
    int bucket =
        e.role == AMBIGUOUS
            ? AMBIGUOUS_GROUP | e.target
            : e.veto != NO ? VETOED | e.veto : e.weak ? WEAK | e.target : STRONG | e.target;
    t.add(bucket, e.id, where);
  }

  /** The local checks of ambiguity.tsv: namelike, capsword and language. */
  private boolean rejected(Entry e, Words w, int i, int length, boolean titleCase) {
    int[] flags = w.flags;
    int prev = i - 1;
    int next = i + length;
    boolean hasPrev = prev >= 0;
    boolean hasNext = next < w.size;
    boolean prevAdjacent = hasPrev && (flags[i] & TokenCursor.ADJACENT) != 0;
    boolean nextAdjacent = hasNext && (flags[next] & TokenCursor.ADJACENT) != 0;
    if (e.capsword
        && ((hasPrev && (flags[prev] & TokenCursor.CAPS) != 0)
            || (hasNext && (flags[next] & TokenCursor.CAPS) != 0))) {
      return true;
    }
    if (e.namelike && !titleCase) {
      if (nextAdjacent && (flags[next] & TokenCursor.FIRST_UPPER) != 0) {
        return true;
      }
      if (prevAdjacent
          && (flags[prev] & TokenCursor.FIRST_UPPER) != 0
          && (flags[prev] & TokenCursor.SENTENCE_START) == 0) {
        return true;
      }
    }
    if (e.language) {
      boolean prevJoined = hasPrev && (flags[i] & TokenCursor.JOINED) != 0;
      boolean nextJoined = hasNext && (flags[next] & TokenCursor.JOINED) != 0;
      int before = prevJoined ? context(w, prev) : 0;
      int after = nextJoined ? context(w, next) : 0;
      if ((before & LANG_BEFORE) != 0 || (after & LANG_AFTER) != 0) {
        return true;
      }
      if ((before & LANG_EDGE) != 0 && !nextJoined) {
        return true;
      }
    }
    return false;
  }

  private int context(Words w, int i) {
    int id = id(w, i);
    return id == NO ? 0 : contextOf[id];
  }

  private static boolean caseMatches(Entry e, int[] flags, int start) {
    for (byte[] pattern : e.cases) {
      if (caseMatches(pattern, flags, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean caseMatches(byte[] pattern, int[] flags, int start) {
    for (int k = 0; k < pattern.length; k++) {
      int f = flags[start + k];
      boolean ok =
          switch (pattern[k]) {
            case CAPITALISED -> (f & TokenCursor.FIRST_UPPER) != 0;
            case ALL_CAPS -> (f & TokenCursor.CAPS) != 0;
            case NOT_CAPITALISED ->
                (f & TokenCursor.FIRST_UPPER) == 0 || (f & TokenCursor.CAPS) != 0;
            default -> true;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private int child(int node, int id) {
    int[] keys = childKeys[node];
    int k = keys.length <= 8 ? linear(keys, id) : Arrays.binarySearch(keys, id);
    return k < 0 ? NO : childNodes[node][k];
  }

  private static int linear(int[] keys, int id) {
    for (int k = 0; k < keys.length; k++) {
      if (keys[k] == id) {
        return k;
      }
    }
    return NO;
  }

  /**
   * Applies the whole-article rules to a tally: veto cues, ambiguous names (resolved to the one
   * candidate mentioned otherwise), weak aliases (kept when the country is mentioned by another
   * alias). Returns {country, total, title, lead} for each country counted, in no order.
   */
  List<int[]> resolve(Tally t) {
    if (t.size == 0) {
      return List.of();
    }
    // A slot per country met: {country, total, title, lead, weak total, weak title, weak lead,
    // first weak alias, 1 when a second weak alias was seen}.
    // Few countries per article: a list searched in order beats a table by country.
    List<int[]> slots = new ArrayList<>();
    int[] ev = t.events;
    for (int k = 0; k < t.size; k += 3) {
      int kind = ev[k] & ~INDEX;
      int index = ev[k] & INDEX;
      if (kind == AMBIGUOUS_GROUP) {
        continue; // resolved below, once every other mention is known
      }
      if (kind == VETOED) {
        boolean vetoed = false;
        for (int cue : vetoCues[index]) {
          vetoed |= t.seen(cue);
        }
        if (vetoed) {
          continue;
        }
        index = vetoTargets[index];
        kind = weakEntry[ev[k + 1]] ? WEAK : STRONG; // not vetoed: counts as what it is
      }
      int[] slot = slot(slots, index);
      tally(slot, kind == WEAK ? 4 : 1, ev[k + 2]);
      if (kind == WEAK) {
        if (slot[7] == NO) {
          slot[7] = ev[k + 1];
        } else if (slot[7] != ev[k + 1]) {
          slot[8] = 1;
        }
      }
    }
    for (int k = 0; k < t.size; k += 3) {
      if ((ev[k] & ~INDEX) != AMBIGUOUS_GROUP) {
        continue;
      }
      // Only a country already met can be the sole candidate, so this adds no new slot and
      // the order of ambiguous mentions does not matter.
      int sole = NO;
      for (int candidate : groups[ev[k] & INDEX]) {
        if (find(slots, candidate) != null) {
          sole = sole == NO ? candidate : Integer.MAX_VALUE;
        }
      }
      if (sole != NO && sole != Integer.MAX_VALUE) {
        tally(find(slots, sole), 1, ev[k + 2]);
      }
    }
    List<int[]> out = new ArrayList<>(slots.size());
    for (int[] slot : slots) {
      if (slot[4] > 0 && (slot[1] > 0 || slot[8] == 1)) {
        slot[1] += slot[4];
        slot[2] += slot[5];
        slot[3] += slot[6];
      }
      if (slot[1] > 0) {
        out.add(new int[] {slot[0], slot[1], slot[2], slot[3]});
      }
    }
    return out;
  }

  private static int[] slot(List<int[]> slots, int country) {
    int[] slot = find(slots, country);
    if (slot == null) {
      slot = new int[] {country, 0, 0, 0, 0, 0, 0, NO, 0};
      slots.add(slot);
    }
    return slot;
  }

  private static int[] find(List<int[]> slots, int country) {
    for (int[] slot : slots) {
      if (slot[0] == country) {
        return slot;
      }
    }
    return null;
  }

  private static void tally(int[] slot, int at, int where) {
    slot[at]++;
    if ((where & WHERE_TITLE) != 0) {
      slot[at + 1]++;
    }
    if ((where & WHERE_LEAD) != 0) {
      slot[at + 2]++;
    }
  }

  /** The entry for a phrase as the gazetteer would match it, or null; for tests and lookups. */
  Entry entry(String phrase) {
    TokenCursor c = new TokenCursor(phrase);
    int node = NO;
    boolean firstWord = true;
    while (c.next()) {
      int id = lookup(c);
      if (id == NO) {
        return null;
      }
      node = firstWord ? rootChild[id] : child(node, id);
      firstWord = false;
      if (node == NO) {
        return null;
      }
    }
    return node == NO ? null : nodeEntry[node];
  }

  static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Collects phrases and rules; not thread-safe. Errors name the data line ("where"). */
  static final class Builder {
    private final Map<String, Integer> vocab = new HashMap<>();
    private final Map<Integer, Integer> context = new HashMap<>();
    private final List<Map<Integer, Integer>> children = new ArrayList<>();
    private final List<Entry> nodeEntry = new ArrayList<>();
    private final List<Integer> vetoTargets = new ArrayList<>();
    private final List<int[]> vetoCues = new ArrayList<>();
    private final List<int[]> groups = new ArrayList<>();
    private final Map<String, Integer> cueIds = new HashMap<>();
    private int cueCount;
    private int entryCount;

    Builder() {
      newNode();
    }

    private int newNode() {
      children.add(new HashMap<>());
      nodeEntry.add(null);
      return children.size() - 1;
    }

    private int wordId(String folded) {
      return vocab.computeIfAbsent(folded, k -> vocab.size());
    }

    /** The trie node of a phrase, created as needed, and its case pattern in {@code cases[0]}. */
    private int node(String phrase, String where, byte[][] cases) {
      List<String> folded = new ArrayList<>();
      List<Integer> flags = new ArrayList<>();
      TokenCursor c = new TokenCursor(phrase);
      while (c.next()) {
        if (c.truncated()) {
          throw new IllegalArgumentException(where + ": word too long in '" + phrase + "'");
        }
        folded.add(c.word());
        flags.add(c.flags());
      }
      if (folded.isEmpty()) {
        throw new IllegalArgumentException(where + ": phrase '" + phrase + "' has no words");
      }
      byte[] pattern = new byte[folded.size()];
      for (int k = 0; k < pattern.length; k++) {
        int f = flags.get(k);
        if ((f & TokenCursor.CAPS) != 0) {
          pattern[k] = ALL_CAPS;
        } else if ((f & TokenCursor.FIRST_UPPER) != 0) {
          pattern[k] = CAPITALISED;
        } else if ((f & TokenCursor.FIRST_LOWER) != 0 && pattern.length == 1) {
          pattern[k] = NOT_CAPITALISED;
        } else {
          pattern[k] = ANY;
        }
      }
      cases[0] = pattern;
      int node = 0;
      for (String word : folded) {
        int id = wordId(word);
        Integer next = children.get(node).get(id);
        if (next == null) {
          next = newNode();
          children.get(node).put(id, next);
        }
        node = next;
      }
      return node;
    }

    /** Adds an alias of a country; the same phrase twice for one country widens its cases. */
    void alias(String phrase, int country, boolean weak, String where) {
      byte[][] cases = new byte[1][];
      int node = node(phrase, where, cases);
      Entry e = nodeEntry.get(node);
      if (e == null) {
        Entry created = new Entry(entryCount++, phrase, where, ALIAS, country, cases[0]);
        created.weak = weak;
        nodeEntry.set(node, created);
        return;
      }
      if (e.role != ALIAS || e.target != country) {
        throw new IllegalArgumentException(
            where + ": '" + phrase + "' is already used by " + e.where + " ('" + e.phrase
                + "'); an alias may name one country only (list it as ambiguous instead)");
      }
      e.weak &= weak; // a strong alias wins over a weak one of the same country
      widen(e, cases[0]);
    }

    void stop(String phrase, String where) {
      byte[][] cases = new byte[1][];
      int node = node(phrase, where, cases);
      Entry e = nodeEntry.get(node);
      if (e == null) {
        nodeEntry.set(node, new Entry(entryCount++, phrase, where, STOP, NO, cases[0]));
      } else if (e.role == STOP) {
        widen(e, cases[0]);
      } else {
        throw new IllegalArgumentException(
            where + ": stop '" + phrase + "' is an alias or ambiguous name (" + e.where + ")");
      }
    }

    void ambiguous(String phrase, int[] candidates, String where) {
      byte[][] cases = new byte[1][];
      int node = node(phrase, where, cases);
      if (nodeEntry.get(node) != null) {
        throw new IllegalArgumentException(
            where + ": ambiguous '" + phrase + "' is already used by "
                + nodeEntry.get(node).where);
      }
      groups.add(candidates.clone());
      nodeEntry.set(
          node, new Entry(entryCount++, phrase, where, AMBIGUOUS, groups.size() - 1, cases[0]));
    }

    /** The alias or ambiguous entry a rule names; an error when there is none. */
    Entry existing(String phrase, String where) {
      byte[][] cases = new byte[1][];
      int node = node(phrase, where, cases);
      Entry e = nodeEntry.get(node);
      if (e == null || e.role == STOP) {
        throw new IllegalArgumentException(
            where + ": '" + phrase + "' is not an alias of gazetteer.tsv or an ambiguous name");
      }
      return e;
    }

    /** A veto rule: the aliases (all of one country) are ignored when any cue occurs. */
    void veto(List<Entry> aliases, List<String> cues, String where) {
      int rule = vetoTargets.size();
      int country = NO;
      for (Entry e : aliases) {
        if (e.role != ALIAS || e.veto != NO) {
          throw new IllegalArgumentException(
              where + ": veto applies to aliases with no veto yet, not '" + e.phrase + "'");
        }
        if (country != NO && country != e.target) {
          throw new IllegalArgumentException(
              where + ": the aliases of one veto rule must name one country");
        }
        country = e.target;
        e.veto = rule;
      }
      int[] ids = new int[cues.size()];
      for (int k = 0; k < ids.length; k++) {
        String cue = cues.get(k);
        byte[][] cases = new byte[1][];
        int node = node(cue, where, cases);
        Entry e = nodeEntry.get(node);
        if (e == null) {
          e = new Entry(entryCount++, cue, where, STOP, NO, cases[0]);
          nodeEntry.set(node, e);
        } else if (e.role == STOP && e.cue == NO) {
          widen(e, cases[0]);
        }
        if (e.cue == NO) {
          e.cue = cueCount++;
        }
        ids[k] = e.cue;
      }
      vetoTargets.add(country);
      vetoCues.add(ids);
    }

    /** Marks folded context words for the language rule. */
    void context(int bit, String... words) {
      for (String w : words) {
        TokenCursor c = new TokenCursor(w);
        while (c.next()) {
          context.merge(wordId(c.word()), bit, (a, b) -> a | b);
        }
      }
    }

    private static void widen(Entry e, byte[] pattern) {
      for (byte[] p : e.cases) {
        if (Arrays.equals(p, pattern)) {
          return;
        }
      }
      e.cases = Arrays.copyOf(e.cases, e.cases.length + 1);
      e.cases[e.cases.length - 1] = pattern;
    }

    PhraseIndex build() {
      return new PhraseIndex(this);
    }
  }
}
