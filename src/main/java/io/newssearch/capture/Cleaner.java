package io.newssearch.capture;

import io.newssearch.Published;
import io.newssearch.capture.Block.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page-capture cleaner: splits a capture into blocks, judges each by its shape, finds the
 * headline and the article's region, and reads the fields around them. One instance per read;
 * not thread-safe (its methods build state), which is why {@link CaptureReader} makes a new one
 * for every call.
 */
final class Cleaner {

  /** What the cleaner made of a capture. Fields are null or empty when not found. */
  static final class Result {
    String skip;
    boolean invalid;
    String url;
    String title = "";
    List<String> authors = List.of();
    Published published;
    List<String> sections = List.of();
    String source;
    String language;
    String body = "";
    List<Block> blocks = List.of();
  }

  private static final String BULLETS = "•◦▪□■●○◆►▸‣⁃*·-+";

  private final Result result = new Result();
  private List<Block> blocks;
  private Dates.DayOrder order = Dates.DayOrder.DAY_FIRST;
  private final Map<String, String> titleTags = new HashMap<>();
  private String breadcrumbTail;
  private List<String> breadcrumbSections = List.of();
  /** The block the breadcrumb's items were read from, or null. */
  private Block breadcrumbBlock;

  static Result clean(String text) {
    return new Cleaner().run(text);
  }

  private Result run(String text) {
    if (text == null || text.isBlank()) {
      result.skip = "empty input";
      return result;
    }
    String binary = binaryReason(text);
    if (binary != null) {
      result.skip = binary;
      result.invalid = true;
      return result;
    }
    blocks = split(text);
    result.blocks = blocks;
    if (blocks.isEmpty()) {
      result.skip = "empty input";
      return result;
    }
    Block previous = null;
    for (Block b : blocks) {
      classify(b);
      // The line under a badge alone on its line ("LIVE", then the item) is the ticker's item.
      if (previous != null && "live or breaking badge".equals(previous.reason)
          && previous.lastLine + 1 == b.firstLine) {
        b.mark(Block.BADGED, true);
      }
      previous = b;
    }
    countCopies();
    markContents();
    decideDayOrder();
    find();
    return result;
  }

  // ---------------------------------------------------------------- input checks

  /** Why the text is not text at all, or null. NUL bytes and control characters give it away. */
  private static String binaryReason(String text) {
    int n = Math.min(text.length(), 65536);
    int control = 0;
    int replacement = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "looks like binary data (it contains NUL characters)";
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      } else if (c == '\uFFFD') {
        replacement++;
      }
    }
    if (control > n / 20) {
      return "looks like binary data (" + control + " control characters in the first " + n
          + ")";
    }
    if (replacement > n / 4) {
      return "looks like binary data (mostly undecodable bytes: " + replacement
          + " replacement characters in the first " + n + ")";
    }
    return null;
  }

  // ---------------------------------------------------------------- splitting

  /**
   * One normalised line. {@code width} is the width it had on the page, link numbers included
   * (a text browser wraps with them); {@code flags} hold {@link #BULLET}, {@link #PAGE_BREAK}
   * (it started with a form feed) and {@link #ONE_LINK} (it is one link of a text browser's
   * dump), in a byte because a large capture has millions of lines.
   */
  private record Line(int number, int indent, byte flags, char marker, String text, int width) {

    static final byte BULLET = 1;
    static final byte PAGE_BREAK = 2;
    static final byte ONE_LINK = 4;

    Line withText(String t) {
      return new Line(number, indent, flags, marker, t, width);
    }

    boolean bullet() {
      return (flags & BULLET) != 0;
    }

    boolean pageBreak() {
      return (flags & PAGE_BREAK) != 0;
    }

    boolean oneLink() {
      return (flags & ONE_LINK) != 0;
    }
  }

  private static final Line GONE = new Line(0, 0, (byte) 0, (char) 0, "", 0);

  /** Normalises lines (endings, BOM, NBSP, tabs, zero-width marks) and groups them into blocks. */
  private static List<Block> split(String text) {
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int number = 1;
    StringBuilder b = new StringBuilder(256);
    while (start <= n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      lines.add(normalise(text, start, end, number, b));
      number++;
      if (end >= n) {
        break;
      }
      start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
      if (start == n) {
        break;
      }
    }
    removePageFurniture(lines);
    repairDropCaps(lines);
    int wrap = wrapWidth(lines);
    List<Block> out = new ArrayList<>();
    Block current = null;
    Line previous = null;
    boolean blank = true;
    StringBuilder joined = null; // the current block's text, only once a line was joined to it
    for (Line line : lines) {
      if (line == GONE) {
        continue; // page furniture: as if the line were not there
      }
      if (line.text().isEmpty()) {
        blank = true;
        previous = null;
        continue;
      }
      if (current != null && previous != null
          && ((wrap > 0 && continues(previous, line, wrap)) || continuesSentence(previous, line))) {
        if (joined == null) {
          joined = new StringBuilder(current.text);
        }
        joined.append(' ').append(line.text());
        current.lastLine = line.number();
        current.mark(Block.ONE_LINK, false);
        previous = line;
        continue;
      }
      if (current != null && joined != null) {
        current.text = joined.toString();
      }
      joined = null;
      current = new Block(line.number(), line.text(), line.bullet(), line.indent(), blank);
      current.marker = line.marker();
      current.mark(Block.ONE_LINK, line.oneLink());
      out.add(current);
      previous = line;
      blank = false;
    }
    if (current != null && joined != null) {
      current.text = joined.toString();
    }
    return out;
  }

  private static Line normalise(String text, int from, int to, int number, StringBuilder b) {
    int indented = from;
    while (indented < to && text.charAt(indented) == ' ') {
      indented++;
    }
    if (plain(text, indented, to)) {
      // Most lines: nothing to normalise but the indent, no bullet or link number to take out.
      String t = text.substring(indented, to);
      int indent = indented - from;
      return new Line(number, indent, (byte) 0, (char) 0, t, indent + t.length());
    }
    b.setLength(0);
    int indent = 0;
    int markers = 0;
    int links = 0;
    boolean linkFirst = false;
    boolean pageBreak = false;
    boolean leading = true;
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7F && c != '[') {
        // Printable ASCII, the common case: copied a run at a time.
        int run = i + 1;
        while (run < to) {
          char d = text.charAt(run);
          if (d <= ' ' || d >= 0x7F || d == '[') {
            break;
          }
          run++;
        }
        leading = false;
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(text, i, run);
        i = run - 1;
        continue;
      }
      if (invisible(c)) {
        continue;
      }
      if (c == '\f') {
        pageBreak = true; // a form feed: a new page of a paginated export starts here
        continue;
      }
      if (c == '\t' || c == ' ' || c == '\u00A0' || c < 0x20 || c == 0x7F
          || Character.isSpaceChar(c)) {
        if (leading) {
          indent += c == '\t' ? 4 : 1;
        } else {
          space = true;
        }
        continue;
      }
      if (c == '[') {
        int skip = linkMarker(text, i, to, b);
        if (skip > 0) {
          linkFirst |= b.isEmpty();
          links++;
          i += skip - 1;
          markers += skip;
          continue;
        }
        // "access.[29][1]": the link number of a footnote call; the call "[1]" is the page's.
        skip = space || b.isEmpty() ? 0 : footnoteLinkNumber(text, i, to);
        if (skip > 0) {
          i += skip - 1;
          markers += skip;
          continue;
        }
        // "weeks.[9]1": a superscript note number that is a link, glued to the text; it is
        // not part of the sentence, and the note it points to is cut with the notes.
        skip = space || b.isEmpty() ? 0 : superscriptLink(text, i, to);
        if (skip > 0) {
          i += skip - 1;
          markers += skip;
          continue;
        }
      }
      leading = false;
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    boolean bullet = false;
    char marker = 0;
    int cut = 0;
    if (b.length() >= 2 && BULLETS.indexOf(b.charAt(0)) >= 0 && b.charAt(1) == ' ') {
      bullet = true;
      marker = b.charAt(0);
      cut = 2;
    } else if (b.length() >= 2 && b.charAt(0) == '#') {
      // Markdown-style heading marks from some converters: "## Subheading".
      int k = 0;
      while (k < b.length() && b.charAt(k) == '#') {
        k++;
      }
      if (k < b.length() && k <= 6 && b.charAt(k) == ' ') {
        cut = k + 1;
      }
    }
    String t = cut == 0 ? b.toString() : b.substring(cut).strip();
    int flags = (bullet ? Line.BULLET : 0) | (pageBreak ? Line.PAGE_BREAK : 0)
        | (linkFirst && links == 1 ? Line.ONE_LINK : 0);
    return new Line(number, indent, (byte) flags, marker, t, indent + t.length() + markers);
  }

  /** A byte-order mark, zero-width space or joiner, word joiner or soft hyphen: dropped. */
  private static boolean invisible(char c) {
    return c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
        || c == '\u00AD';
  }

  /**
   * Whether {@code text[from, to)} is already normalised as it is: characters that normalise
   * keeps as they are (no '[' of a link number, no other space, control or invisible mark),
   * single spaces between words only, and no bullet or '#' first.
   */
  private static boolean plain(String text, int from, int to) {
    if (from == to) {
      return false;
    }
    char previous = text.charAt(from);
    if (previous == ' ' || previous == '#' || BULLETS.indexOf(previous) >= 0) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean kept = c < 0x7F
          ? c > ' ' && c != '['
          : c > 0x7F && !invisible(c) && !Character.isSpaceChar(c);
      if (c == ' ' ? previous == ' ' : !kept) {
        return false;
      }
      previous = c;
    }
    return previous != ' ';
  }

  /**
   * The length of a text browser's link number glued to the word before it and followed by a
   * footnote call ("[29]" in "access.[29][1]": the call "[1]" is a link), else 0. Punctuation, a
   * space or the end of the line must follow the call.
   */
  private static int footnoteLinkNumber(String text, int i, int to) {
    int number = bracketedNumber(text, i, to, 5);
    if (number == 0) {
      return 0;
    }
    int call = bracketedNumber(text, i + number, to, 3);
    if (call == 0) {
      return 0;
    }
    int after = i + number + call;
    return after < to && Character.isLetterOrDigit(text.charAt(after)) ? 0 : number;
  }

  /**
   * The length of a text browser's link number glued to the word or punctuation before it and
   * followed by a link text of one or two digits that ends there ("[9]1" in "weeks.[9]1", a
   * superscript note number), else 0.
   */
  private static int superscriptLink(String text, int i, int to) {
    int number = bracketedNumber(text, i, to, 5);
    if (number == 0 || i == 0 || Character.isDigit(text.charAt(i - 1))) {
      return 0;
    }
    int d = i + number;
    int digits = 0;
    while (d + digits < to && digits < 3 && Character.isDigit(text.charAt(d + digits))) {
      digits++;
    }
    int after = d + digits;
    if (digits == 0 || digits > 2) {
      return 0;
    }
    char next = after < to ? text.charAt(after) : ' ';
    return Character.isLetterOrDigit(next) || next == '[' ? 0 : number + digits;
  }

  /** The length of "[digits]" at {@code i} with at most {@code max} digits, else 0. */
  private static int bracketedNumber(String text, int i, int to, int max) {
    if (i >= to || text.charAt(i) != '[') {
      return 0;
    }
    int d = i + 1;
    while (d < to && d - i <= max && Character.isDigit(text.charAt(d))) {
      d++;
    }
    return d == i + 1 || d >= to || text.charAt(d) != ']' ? 0 : d - i + 1;
  }

  /**
   * A page counter of a paginated export: "Page 2 of 5", "Página 2 de 5" at the end of a line,
   * or a line that is only "- 2 -" or "Page 2".
   */
  private static final Pattern PAGE_COUNTER =
      Pattern.compile(
          "(?:^|\\s)(?:page|p[aá]gina|p[aá]g\\.?)\\s*\\d{1,4}\\s*(?:of|de|/)\\s*\\d{1,4}$"
              + "|^(?:page|p[aá]gina|p[aá]g\\.?)\\s*\\d{1,4}$|^[-–—]\\s*\\d{1,4}\\s*[-–—]$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static boolean isPageCounter(Line l) {
    String t = l.text();
    int n = t.length();
    if (l.bullet()) {
      // "- 2 -" reads as a bullet "-" before "2 -".
      char m = l.marker();
      return (m == '-' || m == '–' || m == '—') && n >= 2 && n <= 8
          && PAGE_COUNTER.matcher(m + " " + t).find();
    }
    if (n < 3 || n > 200) {
      return false;
    }
    char last = t.charAt(n - 1);
    boolean dash = last == '-' || last == '–' || last == '—';
    if (!Character.isDigit(last) && !(dash && n <= 12)) {
      return false;
    }
    // "Page 2 of 5" is at the end: look at the last characters only, and only when a page
    // word ("page", "página", "pág.") can be there.
    if (!dash && !hasPageWord(t, Math.max(0, n - 30))) {
      return false;
    }
    Matcher m = PAGE_COUNTER.matcher(t);
    m.useAnchoringBounds(false);
    m.region(Math.max(0, n - 30), n);
    return m.find();
  }

  private static boolean hasPageWord(String t, int from) {
    for (int i = from + 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == 'g' || c == 'G') {
        char p = t.charAt(i - 1);
        if (p == 'a' || p == 'A' || p == 'á' || p == 'Á') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Removes the furniture of a paginated export (a PDF turned into text): page counters, and the
   * header and footer lines around each form feed when they recur on the page (same text up to
   * the page number) or carry no letters. A paragraph the page break cut is joined again: the
   * blank lines of the break go when the text before it does not end a sentence.
   */
  private static void removePageFurniture(List<Line> lines) {
    int n = lines.size();
    List<Integer> breaks = new ArrayList<>();
    java.util.BitSet candidates = new java.util.BitSet(n);
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      if (isPageCounter(l)) {
        breaks.add(i);
        candidates.set(i);
      }
      if (l.pageBreak()) {
        breaks.add(i);
        // The header: this line and the ones after it up to a blank; the footer: the lines
        // just above the break up to a blank.
        for (int k = i; k < Math.min(n, i + 4) && !lines.get(k).text().isEmpty(); k++) {
          candidates.set(k);
        }
        for (int k = i - 1; k >= Math.max(0, i - 3) && !lines.get(k).text().isEmpty(); k--) {
          candidates.set(k);
        }
      }
    }
    if (breaks.isEmpty()) {
      return;
    }
    // A header or footer recurs on every page: count each candidate's text (page numbers
    // aside) over all lines, by hash, without building strings.
    long[] hashes = new long[n];
    Map<Long, Integer> counts = new HashMap<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      hashes[i] = pageHash(lines.get(i).text());
      counts.put(hashes[i], 0);
    }
    for (int i = 0; i < n; i++) {
      if (hashes[i] == 0 && lines.get(i).text().length() <= 200) {
        hashes[i] = pageHash(lines.get(i).text());
      }
      counts.computeIfPresent(hashes[i], (k, c) -> c + 1);
    }
    java.util.Set<Long> furniture = new java.util.HashSet<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      Line l = lines.get(i);
      if (counts.get(hashes[i]) >= 2 || noLetters(l.text()) || isPageCounter(l)) {
        furniture.add(hashes[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      if (hashes[i] != 0 && !lines.get(i).text().isEmpty() && furniture.contains(hashes[i])) {
        lines.set(i, GONE);
      }
    }
    for (int b : breaks) {
      int p = b - 1;
      while (p >= 0 && (lines.get(p) == GONE || lines.get(p).text().isEmpty())) {
        p--;
      }
      int q = b;
      while (q < n && (lines.get(q) == GONE || lines.get(q).text().isEmpty())) {
        q++;
      }
      // The sentence goes on after the break: the text before it is open and, unless a form
      // feed marks the break, the text after it starts in lower case.
      if (p >= 0 && q < n && !Words.endsSentence(lines.get(p).text())
          && (lines.get(b).pageBreak() || startsLower(lines.get(q).text()))) {
        for (int k = p + 1; k < q; k++) {
          lines.set(k, GONE);
        }
      }
    }
  }

  private static boolean startsLower(String t) {
    return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
  }

  /** A hash of a line's text lower-cased, each run of digits as one mark: the same on every page. */
  private static long pageHash(String t) {
    long h = 1125899906842597L;
    boolean digits = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        if (!digits) {
          h = 31 * h + '#';
        }
        digits = true;
      } else {
        h = 31 * h + Character.toLowerCase(c);
        digits = false;
      }
    }
    return h == 0 ? 1 : h;
  }

  /** Whether the line starts with a box-drawing character: it is part of a drawn frame. */
  private static boolean framed(String t) {
    return !t.isEmpty() && t.charAt(0) >= '\u2500' && t.charAt(0) <= '\u257F';
  }

  /**
   * Whether the text holds a drawing or control symbol that prose and headlines do not use:
   * arrows (↗ after an outbound link), box-drawing and block characters (a frame), geometric
   * shapes (▶ play, ▲ ticker) and media controls (⏸). Such a line is a widget, not a headline.
   */
  private static boolean hasWidgetSymbol(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '\u2190' && (c <= '\u21FF' || (c >= '\u23E9' && c <= '\u23FA')
          || (c >= '\u2500' && c <= '\u25FF'))) {
        return true;
      }
    }
    return false;
  }

  private static boolean noLetters(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Letters that are words on their own (English and Spanish). */
  private static final String ONE_LETTER_WORDS = "AIOYEU";

  /**
   * Mends drop caps, which text dumps cut off their word: "T" on a line of its own above "he
   * road north ...", or "W hen the tank ..." at the start of a paragraph. A lone capital above
   * a line that starts in lower case is joined to it (with a space when the letter is a word
   * and the two do not make a function word: "I" above "was"). Inline, the letter is joined
   * only when the two make a function word ("When", "The", "El") and the letter is not itself
   * a word before a word ("Y a las diez" stays).
   */
  private static void repairDropCaps(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      String t = l.text();
      if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
        continue;
      }
      char c = t.charAt(0);
      if (t.length() == 1 && i + 1 < lines.size()) {
        Line next = lines.get(i + 1);
        String nt = next.text();
        if (!nt.isEmpty() && Character.isLowerCase(nt.charAt(0)) && !next.bullet()) {
          String fragment = leadingLetters(nt, 0);
          boolean glue = ONE_LETTER_WORDS.indexOf(c) < 0
              || (Words.isFunctionWord(c + fragment) && !Words.isFunctionWord(fragment));
          lines.set(i + 1, next.withText(c + (glue ? "" : " ") + nt));
          lines.set(i, l.withText(""));
        }
      } else if (t.length() > 3 && t.charAt(1) == ' ' && Character.isLowerCase(t.charAt(2))
          && (i == 0 || lines.get(i - 1).text().isEmpty())) {
        String fragment = leadingLetters(t, 2);
        if (Words.isFunctionWord(c + fragment)
            && (ONE_LETTER_WORDS.indexOf(c) < 0 || !Words.isFunctionWord(fragment))) {
          lines.set(i, l.withText(c + t.substring(2)));
        }
      }
    }
  }

  private static String leadingLetters(String t, int from) {
    int k = from;
    while (k < t.length() && Character.isLetter(t.charAt(k))) {
      k++;
    }
    return t.substring(from, k);
  }

  /**
   * Whether {@code next} goes on with the sentence {@code prev} left open: {@code prev} does not
   * end a sentence and {@code next} starts with a lower-case word (not a link, address or
   * handle). A sentence does not start in lower case, so the line break is layout, as in a
   * pull quote or caption set in a narrow column.
   */
  private static boolean continuesSentence(Line prev, Line next) {
    String t = next.text();
    // An opening quote may come first: a headline "... say election result" above "'is not
    // what the people voted for'" goes on quoting.
    int first = t.length() > 2 && OPENING_QUOTES.indexOf(t.charAt(0)) >= 0 ? 1 : 0;
    if (next.bullet() || t.length() < 2 || !Character.isLowerCase(t.charAt(first))
        || Words.endsSentence(prev.text())) {
      return false;
    }
    for (int k = first; k < t.length() && t.charAt(k) != ' '; k++) {
      char c = t.charAt(k);
      boolean closing = ",;:.!?)”\"".indexOf(c) >= 0 && (k + 1 == t.length() || t.charAt(k + 1) == ' ');
      if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || closing)) {
        return false; // a link, an address, a handle
      }
    }
    // Header fields are short lines of their own: "March 12, 2019" above "in Politics,
    // Venezuela", a headline above "hace 2 horas" or "por Ana Ruiz". (After a long line of
    // prose, a lower-case line goes on with it.)
    if (t.length() <= 60
        && (isDateLine(t) || RELATIVE_TIME.matcher(t).find() || !Bylines.parse(t).isEmpty())) {
      return false;
    }
    String p = prev.text();
    return !(p.length() <= 80
        && (t.length() <= 300 && sectionItems(t) != null || isDateLine(p)
            || RELATIVE_TIME.matcher(p).find() || !Bylines.parse(p).isEmpty()));
  }

  private static final String OPENING_QUOTES = "'‘\"“«";

  /**
   * The length of a text browser's link number ("[12]" before a link's text) at {@code i}, or 0.
   * Only a marker glued to the word after it, at the start of the text or after a space.
   */
  private static int linkMarker(String text, int i, int to, StringBuilder sofar) {
    if (!sofar.isEmpty() && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '(') {
      return 0;
    }
    int length = bracketedNumber(text, i, to, 5);
    return length == 0 || i + length >= to || text.charAt(i + length) == ' ' ? 0 : length;
  }

  /**
   * The width a text browser wrapped the page at, or 0 when the capture keeps each paragraph on
   * one line (then lines are never joined).
   */
  private static int wrapWidth(List<Line> lines) {
    int[] histogram = new int[101];
    int medium = 0;
    int longLines = 0;
    for (Line l : lines) {
      int len = l.width();
      if (len > 100) {
        longLines++;
      } else if (len >= 40) {
        medium++;
        histogram[len]++;
      }
    }
    if (medium < 5 || longLines > medium / 20) {
      return 0;
    }
    // The width full lines reach: the 90th percentile of the medium lines. A lower estimate
    // only makes the fit test below stricter; a few over-long lines (a URL) must not raise it.
    int seen = 0;
    for (int len = 40; len <= 100; len++) {
      seen += histogram[len];
      if (seen >= medium * 0.9) {
        return len;
      }
    }
    return 100;
  }

  /**
   * Whether {@code next} continues the wrapped paragraph {@code prev} ends: {@code prev} is
   * full (the first word of {@code next} would not have fitted after it), the indentation goes
   * on, and {@code next} is not a line of its own kind (a bullet, a byline, a date, names).
   */
  private static boolean continues(Line prev, Line next, int wrap) {
    if (next.bullet()) {
      return false;
    }
    String t = next.text();
    // A rule ("────", "----") is a line of its own, and a box's frame ("│ ...", "└───") keeps
    // the text inside the box apart from the text outside it.
    if (noLetters(t) || framed(t) != framed(prev.text())) {
      return false;
    }
    int firstWord = t.indexOf(' ');
    firstWord = firstWord < 0 ? t.length() : firstWord;
    int prevWidth = prev.width();
    if (prevWidth + 1 + firstWord <= wrap || prevWidth < wrap / 2) {
      return false; // the next word would have fitted: the line break is the page's own
    }
    // The same indentation, or a hanging indent under a list item's text ("1. ", "• ").
    if (next.indent() < prev.indent() || next.indent() > prev.indent() + 5) {
      return false;
    }
    if (prev.text().indexOf(':') > 0 && prev.text().indexOf(':') < 30
        && READ_MORE_INLINE.matcher(prev.text()).matches()) {
      // "Read more: Headline" is a link of its own; only the end of its headline, a few words
      // without a sentence end ("... from Green" then "Country"), goes on below it.
      return Words.count(t).words <= 3 && !Words.endsSentence(t) && !startsLower(t)
          && next.indent() == prev.indent();
    }
    if (t.startsWith("By ") || t.startsWith("Por ") || t.startsWith("©")) {
      return false;
    }
    // Bylines and names start with a capital; a date line may start with a digit or a
    // weekday, and needs digits (which isDateLine looks for first).
    if (t.length() <= 80
        && (!Character.isLowerCase(t.charAt(0))
                && (!Bylines.parse(t).isEmpty() || Bylines.names(t).size() > 1)
            || isDateLine(t))) {
      return false;
    }
    // A title-case headline (every content word capitalised) above a line of its own is not a
    // wrapped paragraph; a line of prose has lower-case words ("Speaking on the sidelines of
    // the St Petersburg International Economic" goes on).
    Words.Counts pc = Words.count(prev.text());
    if (!(pc.capitalised == pc.content && pc.content >= 4 && pc.sentenceEnds == 0
        && !pc.startsLower && pc.words <= 20)) {
      return true;
    }
    // Unless the line below is the headline's short tail, title-like too: "... and What" then
    // "It Doesn't" (a headline that did not fit on one line).
    Words.Counts nc = Words.count(t);
    return nc.words <= 4 && nc.sentenceEnds == 0 && !Words.endsSentence(t)
        && nc.capitalised == nc.content && next.indent() == prev.indent();
  }

  private static boolean isDateLine(String t) {
    Dates.Match m = Dates.find(t, Dates.DayOrder.DAY_FIRST);
    return m != null && m.end() - m.start() >= t.length() / 2;
  }

  // ---------------------------------------------------------------- classification

  private static final Pattern URL_ONLY =
      Pattern.compile("^(?:\\[?\\d+\\]?\\.?\\s*)?(?:https?://|www\\.)\\S+$|^\\S+@\\S+\\.\\w+$");
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:©|\\(c\\)|copyright\\b|&copy;)|\\ball rights reserved\\b|\\btodos los derechos\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COMMENTS_HEADER =
      Pattern.compile(
          "^(?:\\d+|one|two|three|no|un|una|dos|tres)\\s+(?:comments?|responses?|replies|"
              + "thoughts? on\\b.*|comentarios?|respuestas?(?:\\s+a\\b.*)?)\\s*(?::|»)?$"
              + "|^(?:comments?|comentarios?)(?:\\s*\\(\\d+\\))?\\s*:?$"
              + "|^(?:leave a (?:reply|comment)|post a comment|add a comment|join the "
              + "(?:discussion|conversation)|deja (?:un|tu) comentario|deja una respuesta|"
              + "escribe un comentario|show comments|view comments|ver comentarios|"
              + "what do you think\\??|reader comments|discussion)\\b.{0,40}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern RELATED_LABEL =
      Pattern.compile(
          "^(?:related(?:\\s*(?:articles?|posts?|stories|news|content|coverage|reading))?|"
              + "relatedarticles|relatedposts|more (?:from|on|about|in|stories|news|articles)\\b.*|"
              + "(?:read|see|watch) (?:more|also|next)|also read|read next|"
              + "you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you)?|"
              + "most (?:popular|read|viewed|shared)|trending(?: now)?|popular(?: now| posts| stories)?|"
              + "latest(?: news| stories| posts)?|top stories|editor'?s picks|"
              + "next (?:post|article|story)|previous (?:post|article|story)|"
              + "noticias relacionadas|art[ií]culos relacionados|relacionad[oa]s|"
              + "te puede interesar|tambi[eé]n te puede interesar|lee tambi[eé]n|lea tambi[eé]n|"
              + "ver tambi[eé]n|m[aá]s le[ií]d[oa]s|lo m[aá]s (?:le[ií]do|visto)|"
              + "[uú]ltimas noticias|m[aá]s noticias|m[aá]s de\\b.*|siguiente|anterior|"
              + "entrada (?:siguiente|anterior)|art[ií]culo (?:siguiente|anterior)|"
              + "further reading|in (?:this|other) news|don'?t miss|recomendad[oa]s)\\s*:?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern READ_MORE_INLINE =
      Pattern.compile(
          "^(?:read more|read also|also read|see also|related|more|lee también|lea también|"
              + "leé también|escuch[aáe] también|mirá también|"
              + "ver también|vea también|mira también|lea además|(?:también )?(?:te|le) puede"
              + " interesar|(?:te|le) podría interesar|puede interesarte|puede interesarle|"
              + "(?:te|le) recomendamos|recomendado|relacionado|leer más|más información|"
              + "you may also like|you might also like|recommended|further reading|read next"
              + "|up next|watch next|watch|listen|don'?t miss|must read|no te pierdas|mira|escucha)"
              + "\\s*[:|»>-]\\s*\\S.*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AD_LINE =
      Pattern.compile(
          "^(?:advertisement|advertising|ad|sponsored(?: content)?|publicidad|anuncio|"
              + "patrocinado|contenido patrocinado|story continues below(?: advertisement)?|"
              + "article continues (?:below|after (?:this )?advertisement)|"
              + "continue reading (?:below|the main story)|skip advertisement|"
              + "the article continues below|la nota contin[uú]a (?:abajo|debajo)|"
              + "contin[uú]a (?:leyendo|despu[eé]s de la publicidad))\\s*[:.]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SECTIONS =
      Pattern.compile(
          "^(?:in|en)\\s+(\\p{Lu}.*)$|^(?:(?:filed under|posted in|published in|publicado en|"
              + "archivado en)\\s*:?|(?:categor(?:y|ies)|sections?|categor[ií]as?|"
              + "secci[oó]n(?:es)?)\\s*:)\\s*(.+)$",
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  private static final Pattern TAGS_LINE =
      Pattern.compile(
          "^(?:tags?|etiquetas?|topics?|temas?|keywords?|palabras clave)\\s*:\\s*.+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BREADCRUMB_SEPARATOR =
      Pattern.compile("\\s*(?:»|›|>|→|/|::)\\s*");
  /**
   * The label of a picture or player that some pages print as text: "Image source, Agency",
   * "Image caption," (the caption follows on the next line), "Media player unsupported", "Pie
   * de foto,", "Fuente de la imagen, EFE".
   */
  private static final Pattern MEDIA_LABEL =
      Pattern.compile(
          "^(?:(?:image|photo|picture|media|video|audio|graphic)\\s+(?:caption|source|credit"
              + "|copyright)|media player\\b.*|(?:pie de (?:foto|imagen)|fuente de la (?:imagen|foto)"
              + "|cr[eé]dito de la (?:imagen|foto)))\\s*(?:[,:.]\\s*(?:[^,:.]{1,40})?)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** First words of {@link #FIGURE_LABEL}, for a cheap test before it. */
  private static final String[] FIGURE_FIRST_WORDS = {
    "figure", "fig", "chart", "graph", "graphic", "table", "map", "exhibit", "gráfico", "grafico",
    "figura", "tabla", "mapa", "cuadro", "infografía", "infografia"
  };

  /** First words of {@link #MEDIA_LABEL}. */
  private static final String[] MEDIA_FIRST_WORDS = {
    "image", "photo", "picture", "media", "video", "audio", "graphic", "pie", "fuente", "crédito",
    "credito"
  };

  /**
   * Whether the text's first word, lower-cased, is one of {@code words} (at most 12 letters):
   * the gate before a pattern that only lines starting with those words can match.
   */
  private static boolean firstWordIn(String t, String[] words) {
    int k = 0;
    while (k < t.length() && k <= 12 && Character.isLetter(t.charAt(k))) {
      k++;
    }
    if (k < 2 || k > 12) {
      return false;
    }
    for (String w : words) {
      if (w.length() == k && t.regionMatches(true, 0, w, 0, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A figure's caption: "Figure 1: ...", "Chart 2. ...", "Table 3 | ...", "Gráfico 1: ...".
   * Figures are not part of the running text, and their captions repeat what the figure shows.
   */
  private static final Pattern FIGURE_LABEL =
      Pattern.compile(
          "^(?:figure|fig\\.|chart|graph|graphic|table|map|exhibit|gr[aá]fico|figura|tabla|mapa"
              + "|cuadro|infograf[ií]a)\\s*\\d{1,3}[a-z]?\\s*[:.|–—-]\\s+\\S",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern IMAGE_MARK =
      Pattern.compile(
          "^\\[(?:img|image|imagen|photo|foto|picture|figure|video|graphic|gr[aá]fico|headshot|"
              + "logo|chart|graph|map|mapa|table|tabla|diagram|infographic|infograf[ií]a"
              + "|illustration|ilustraci[oó]n)\\b|\\blogo\\]$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * A credit as a sentence of its own at the end of a caption: "... last week. Photo by the
   * author.", "Foto de Ana Ruiz." The word starts with a capital, as a sentence does.
   */
  private static final Pattern PHOTO_BY =
      Pattern.compile(
          "(?:^|[.!?]\\s+)(?:Photo(?:graph)?s?|Pictures?|Images?|Fotos?|Fotograf[ií]as?"
              + "|Im[aá]gen(?:es)?)\\s+(?:by|de|por)\\s+[^.!?]{1,50}\\.?$");

  /** A photo credit at the end of a caption: "Photo: Ana Ruiz", "Foto: DCS", "REUTERS/Ana Ruiz". */
  private static final String LABELLED_CREDIT =
      "(?:photo(?:graph)?|foto(?:graf[ií]a)?|image|imagen|credit|cr[eé]dito|illustration|"
          + "ilustraci[oó]n)s?\\s*:\\s*[^.]{1,60}";
  private static final String AGENCY_CREDIT =
      "\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,3}/\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+){0,3}";
  private static final String BRACKETED_CREDIT = "\\(\\s*[^()]{1,40}\\)";
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?:" + LABELLED_CREDIT + "|" + AGENCY_CREDIT + "|" + BRACKETED_CREDIT + ")\\.?$",
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  /**
   * CREDIT for a text without '/', which the agency form needs: the same matches, without that
   * form's backtracking over every run of words (ten microseconds a line).
   */
  private static final Pattern CREDIT_WITHOUT_SLASH =
      Pattern.compile(
          "(?:" + LABELLED_CREDIT + "|" + BRACKETED_CREDIT + ")\\.?$",
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  /**
   * A print-edition note after the text: "This article appeared in the June 2019 issue of ...
   * with the headline ...", "A version of this article appears in print on ...", "Originally
   * published in the Spring 2020 issue as ...", "Este artículo se publicó en la edición impresa
   * ...". It quotes a headline but is not one.
   */
  private static final Pattern PRINT_NOTE =
      Pattern.compile(
          "^(?:(?:a |an )?(?:(?:earlier |shorter |longer )?version of )?this (?:article|story|piece"
              + "|essay|review|report|column|interview)|(?:una versión de )?este (?:artículo"
              + "|articulo|reportaje|texto|ensayo)|(?:una versión de )?esta (?:nota|columna"
              + "|entrevista|crónica)|(?:originally|first) (?=published|appeared|printed)"
              + "|(?=publicad[oa] originalmente|apareci[óo] originalmente))"
              + ".{0,200}?\\b(?:appear(?:s|ed)|ran|runs|was published|is published|published"
              + "|printed|se public[óo]|apareci[óo]|fue publicad[oa]|se publica|publicad[oa])\\b"
              + ".{0,200}?"
              + "\\b(?:print|issue|edition|headline|magazine|newspaper|edici[óo]n|impres[oa]|n[úu]mero"
              + "|titular|revista|peri[óo]dico)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "4 min read", "14 minute read", "Lectura: 4 min", "Tiempo de lectura: 3 minutos". */
  private static final Pattern READING_TIME =
      Pattern.compile(
          "\\b\\d{1,3}\\s*-?\\s*(?:min(?:ute)?s?\\.?|minutos?)\\s+(?:de\\s+)?(?:read|reading|lectura)\\b"
              + "|\\b(?:lectura|reading time|read time|tiempo de lectura)\\s*:?\\s*\\d{1,3}\\s*"
              + "(?:min(?:ute)?s?|minutos?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The controls of a photo gallery: "Previous Next View all 12 photos", "Foto 3 de 8 ·
   * Siguiente". A short line with a gallery word ({@link Words#GALLERY}) and a navigation word
   * or an "n of m" counter.
   */
  private static final Pattern GALLERY_NAVIGATION =
      Pattern.compile(
          "\\b(?:previous|next|prev|view all|see all|anterior|siguiente|ver todas|ver todos"
              + "|ver galer[ií]a|ampliar|enlarge|expand)\\b|\\b\\d{1,3}\\s*(?:of|de|/)\\s*\\d{1,3}\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A badge that marks a ticker or a promoted link: "LIVE", "Breaking news", "Just in",
   * "Developing", "Featured", "Trending", "En vivo", "Última hora", "Urgente", "Destacado"; alone
   * on its line (group 1 empty) or before a separator and the item ("LIVE: ...", "ÚLTIMA HORA |
   * ...").
   */
  private static final Pattern BADGE =
      Pattern.compile(
          "^(?:live(?: now| updates| coverage| blog)?|breaking(?: news)?|just in|developing"
              + "(?: story)?|featured|trending(?: now)?|en vivo|en directo|directo|[uú]ltima hora"
              + "|urgente|destacad[oa]s?|minuto a minuto)(\\s*(?:[:|–—]|\\s-)\\s*\\S.*)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** First words of the badges, for a cheap test before {@link #BADGE}. */
  private static final String[] BADGE_FIRST_WORDS = {
    "live", "breaking", "just", "developing", "featured", "trending", "en", "directo", "última",
    "ultima", "urgente", "destacado", "destacada", "destacados", "destacadas", "minuto"
  };

  /**
   * A media player's controls: a play mark before a position ("▶ 00:00"), or a position and a
   * duration ("00:00 / 03:41"). Text dumps print them where a page has an audio or video player.
   */
  private static final Pattern PLAYER =
      Pattern.compile(
          "^(?:[▶►▷⏵⏯⏸❚|]+\\s*)(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:\\s*/\\s*(?:\\d{1,2}:)?\\d{1,2}:\\d{2})?$"
              + "|^(?:\\d{1,2}:)?\\d{1,2}:\\d{2}\\s*/\\s*(?:\\d{1,2}:)?\\d{1,2}:\\d{2}$");

  /** "2 hours ago", "an hour ago", "hace 3 horas": a stamp relative to the visit, not a date. */
  private static final Pattern RELATIVE_TIME =
      Pattern.compile(
          "\\b(?:\\d{1,3}|an?|one)\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?"
              + "|months?)\\s+ago\\b|\\bhace\\s+(?:\\d{1,3}|un|una)\\s+(?:segundos?|minutos?|min"
              + "|horas?|h|d[ií]as?|semanas?|mes(?:es)?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static boolean mayBePrintNote(String t) {
    // The first letter first: ten case-blind compares on every block cost more than the rest.
    return t.length() <= 400 && !t.isEmpty()
        && "taeuofpTAEUOFP".indexOf(t.charAt(0)) >= 0
        && (t.regionMatches(true, 0, "this ", 0, 5) || t.regionMatches(true, 0, "a version", 0, 9)
            || t.regionMatches(true, 0, "an ", 0, 3) || t.regionMatches(true, 0, "este ", 0, 5)
            || t.regionMatches(true, 0, "esta ", 0, 5) || t.regionMatches(true, 0, "una versi", 0, 9)
            || t.regionMatches(true, 0, "originally ", 0, 11)
            || t.regionMatches(true, 0, "first ", 0, 6)
            || t.regionMatches(true, 0, "publicad", 0, 8)
            || t.regionMatches(true, 0, "apareci", 0, 7));
  }

  /**
   * Whether READ_MORE_INLINE can match: it needs one of its separators, [:|»>-]. (Its 45 phrases
   * are tried on every short line with a word such as "more", "this" or "you".)
   */
  private static boolean hasReadMoreSeparator(String t) {
    return t.indexOf(':') >= 0 || t.indexOf('|') >= 0 || t.indexOf('»') >= 0
        || t.indexOf('>') >= 0 || t.indexOf('-') >= 0;
  }

  private static boolean mayBeLink(String t) {
    return t.contains("://") || t.startsWith("www.") || t.contains("] www.")
        || (t.indexOf('@') > 0 && t.indexOf(' ') < 0);
  }

  /**
   * Splits a "Title | Site" line (also with "-", "–", "—", "::" or "·") into title and site, or
   * returns null: the title has 12 characters or more, the site 1 to 5 words and no separator.
   */
  static String[] titleTag(String t) {
    int at = -1;
    int width = 0;
    // The last " | ", " – ", " — ", " - ", " · " or " :: " (one scan from the end).
    for (int i = t.length() - 3; i >= 0; i--) {
      if (t.charAt(i) != ' ') {
        continue;
      }
      char c = t.charAt(i + 1);
      if ((c == '|' || c == '–' || c == '—' || c == '-' || c == '·') && t.charAt(i + 2) == ' ') {
        at = i;
        width = 3;
        break;
      }
      if (c == ':' && i + 3 < t.length() && t.charAt(i + 2) == ':' && t.charAt(i + 3) == ' ') {
        at = i;
        width = 4;
        break;
      }
    }
    if (at < 12) {
      return null;
    }
    String site = t.substring(at + width).strip();
    if (site.length() < 2 || site.length() > 50) {
      return null;
    }
    for (int i = 0; i < site.length(); i++) {
      char c = site.charAt(i);
      if (c == '|' || c == '–' || c == '—' || c == '·') {
        return null;
      }
    }
    if (Words.count(site).words > 5) {
      return null;
    }
    return new String[] {t.substring(0, at).strip(), site};
  }

  private void classify(Block b) {
    String t = b.text;
    Words.Counts c = Words.count(t);
    b.counts = c;
    int chars = t.length();
    if (chars < 200) {
      b.key = Words.key(t);
    }
    boolean ends = Words.endsSentence(t);
    b.titleLike =
        !b.bullet && !ends && c.words >= 2 && c.words <= 25 && chars <= 200 && !c.startsLower;
    if (c.letters == 0) {
      bad(b, "decoration (no letters)");
      return;
    }
    if (chars <= 30 && c.words <= 4 && t.indexOf(':') > 0 && PLAYER.matcher(t).matches()) {
      bad(b, "media player controls");
      return;
    }
    // lookingAt, not find: every alternative of URL_ONLY and COMMENTS_HEADER starts with '^', and
    // find would try each position of the line for nothing.
    if (chars <= 300 && mayBeLink(t) && URL_ONLY.matcher(t).lookingAt()) {
      bad(b, "link-only line");
      return;
    }
    if (t.charAt(0) == '[' && t.charAt(chars - 1) == ']' && t.indexOf(']') == chars - 1) {
      bad(b, IMAGE_MARK.matcher(t).find() ? "image placeholder" : "button or placeholder");
      return;
    }
    if (t.charAt(0) == '[' && IMAGE_MARK.matcher(t).lookingAt()) {
      bad(b, "image caption");
      return;
    }
    if (t.contains("___")) {
      bad(b, "form field");
      return;
    }
    int v = c.vocabulary;
    // "Cookies" alone does not make a banner (a story may be about browser cookies or a bake
    // sale): it also speaks to the reader, or uses consent words, or is a short label.
    boolean cookie = (v & Words.COOKIE) != 0
        && (consentBanner(c) || (v & Words.YOU) != 0 && c.words <= 60 || c.words <= 12);
    if (cookie || (v & Words.CONSENT) != 0 && consentBanner(c) && c.words <= 60) {
      bad(b, "cookie/consent banner");
      return;
    }
    if (chars <= 300 && ((v & Words.COPYRIGHT) != 0 || t.indexOf('©') >= 0)
        && COPYRIGHT.matcher(t).find()) {
      bad(b, "copyright/footer");
      return;
    }
    if (chars <= 120 && !b.bullet && (v & (Words.COMMENT | Words.YOU)) != 0
        && COMMENTS_HEADER.matcher(t).lookingAt()) {
      bad(b, "comments header");
      return;
    }
    if (chars <= 90 && (v & Words.AD) != 0 && AD_LINE.matcher(t).matches()) {
      bad(b, "advertisement");
      return;
    }
    if (chars <= 70 && c.words <= 8 && (v & Words.RELATED) != 0
        && RELATED_LABEL.matcher(t.replace("’", "'")).matches()) {
      bad(b, "related-links label");
      return;
    }
    if (chars <= 200 && (v & Words.RELATED) != 0 && hasReadMoreSeparator(t)
        && READ_MORE_INLINE.matcher(t).matches()) {
      bad(b, "read-more link");
      return;
    }
    if (chars <= 80 && (v & Words.MINUTES) != 0 && c.numbers > 0 && c.words <= 10
        && READING_TIME.matcher(t).find()) {
      bad(b, "reading time");
      return;
    }
    if (chars <= 80 && c.words <= 10 && (v & Words.GALLERY) != 0 && !ends
        && GALLERY_NAVIGATION.matcher(t).find()) {
      bad(b, "gallery controls");
      return;
    }
    if (chars <= 80 && (v & Words.AGO) != 0 && c.words <= 10 && !ends
        && RELATIVE_TIME.matcher(t).find()
        && Dates.find(t, Dates.DayOrder.DAY_FIRST) == null) {
      bad(b, "relative time stamp");
      return;
    }
    if (mayBePrintNote(t) && PRINT_NOTE.matcher(t).find()) {
      bad(b, "print-edition note");
      return;
    }
    if (prompt(c, t)) {
      bad(b, "subscribe/sign-in prompt");
      return;
    }
    if (shareRow(c, t)) {
      bad(b, "share buttons");
      return;
    }
    if (chars <= 300 && t.indexOf(':') > 0 && TAGS_LINE.matcher(t).matches()) {
      bad(b, "tags line");
      return;
    }
    if (chars <= 400 && breadcrumb(b)) {
      return;
    }
    if (chars <= 250 && menuRow(t)) {
      bad(b, "menu row");
      return;
    }
    if (b.bullet && (c.words <= 6 || (!ends && c.stopDensity() < 0.2))) {
      bad(b, "menu or link list item");
      return;
    }
    if (chars <= 70 && firstWordIn(t, MEDIA_FIRST_WORDS) && MEDIA_LABEL.matcher(t).matches()) {
      bad(b, "image placeholder"); // the line under it is the caption
      return;
    }
    if (chars <= 500 && firstWordIn(t, FIGURE_FIRST_WORDS)
        && FIGURE_LABEL.matcher(t).lookingAt()) {
      bad(b, "figure caption");
      return;
    }
    if (chars <= 200 && firstWordIn(t, BADGE_FIRST_WORDS)) {
      Matcher m = BADGE.matcher(t);
      if (m.matches()) {
        if (m.group(1) == null) {
          bad(b, "live or breaking badge");
          return;
        }
        b.mark(Block.BADGED, true); // "LIVE: ..." names the item of a ticker, not the page's story
      }
    }
    if (chars <= 120) {
      String[] tag = titleTag(t);
      if (tag != null) {
        titleTags.putIfAbsent(Words.key(tag[0]), tag[1]);
      }
    }
    double sd = c.stopDensity();
    if (c.words < 4 || chars < 25) {
      b.kind = Kind.SHORT;
    } else if (b.titleLike && c.words <= 20) {
      b.kind = Kind.SHORT;
    } else if (sd >= 0.22 && (chars >= 120 || (chars >= 60 && ends))) {
      b.kind = Kind.GOOD;
    } else if (sd >= 0.15 && (chars >= 40 || ends)) {
      b.kind = Kind.NEAR_GOOD;
    } else if (chars >= 60) {
      bad(b, "few function words (names, keywords or links)");
    } else {
      b.kind = Kind.SHORT;
    }
  }

  private static void bad(Block b, String reason) {
    b.kind = Kind.BAD;
    b.reason = reason;
  }

  /** Consent vocabulary that makes a banner: three consent words, or two and "you"/"we". */
  private static boolean consentBanner(Words.Counts c) {
    // Consent words only: "we" and "you" are counted apart, and a quote such as "We agree,"
    // said the minister has one consent word, not two.
    int consent = c.consentWords;
    return consent >= 3 || ((c.vocabulary & Words.YOU) != 0 && consent >= 2);
  }

  /** A newsletter, subscription, paywall or sign-in prompt: the vocabulary, addressed to you. */
  private static boolean prompt(Words.Counts c, String t) {
    int v = c.vocabulary;
    if ((v & (Words.SUBSCRIBE | Words.ACCOUNT)) == 0 || c.words > 45) {
      return false;
    }
    if (c.words <= 6) {
      return (v & Words.SUBSCRIBE) != 0 || (v & Words.ACCOUNT) != 0 && c.words <= 4;
    }
    // Longer: a sentence that speaks to the reader (or starts with the imperative verb).
    String lower = Words.lower(t);
    return (v & Words.YOU) != 0
        || lower.startsWith("subscribe")
        || lower.startsWith("sign up")
        || lower.startsWith("suscr")
        || lower.startsWith("get ")
        || lower.startsWith("join ")
        || lower.startsWith("already a")
        || lower.startsWith("thanks for reading")
        || lower.startsWith("thank you for reading")
        || lower.startsWith("gracias por leer");
  }

  /** "Share", "FacebookTwitterWhatsapp", "Share on Facebook | Tweet | Email": share buttons. */
  private static boolean shareRow(Words.Counts c, String t) {
    if (t.length() > 120 || c.words > 12) {
      return false;
    }
    if ((c.vocabulary & Words.SHARE) != 0 && c.stopDensity() <= 0.25) {
      // Mostly share words? Count words that are neither share words nor short glue.
      return c.vocabularyWords * 2 >= c.words - c.stopAny || c.words <= 3;
    }
    // Glued link texts: one long token with several inner capitals ("FacebookTwitterTelegram").
    if (c.words <= 2 && t.length() >= 12 && t.indexOf(' ') < 0) {
      int inner = 0;
      for (int i = 1; i < t.length(); i++) {
        if (Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i - 1))) {
          inner++;
        }
      }
      return inner >= 2;
    }
    return false;
  }

  /** "Home » World » Title": records the tail and middle items, marks the block. */
  private boolean breadcrumb(Block b) {
    String t = b.text;
    if (t.indexOf('»') < 0 && t.indexOf('›') < 0 && t.indexOf('>') < 0 && t.indexOf('→') < 0
        && !t.contains(" / ") && !t.contains("::")) {
      return false;
    }
    String[] parts = BREADCRUMB_SEPARATOR.split(t);
    if (parts.length < 2 || Dates.find(t, Dates.DayOrder.DAY_FIRST) != null) {
      return false;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].isBlank() && i > 0 || Words.count(parts[i]).words > 5) {
        return false;
      }
      // Each item names a page: "00:00 / 03:41" is a player's position, not a path.
      if (!parts[i].isBlank() && noLetters(parts[i])) {
        return false;
      }
    }
    if (parts[parts.length - 1].isBlank()) {
      return false;
    }
    bad(b, "breadcrumb");
    if (breadcrumbTail == null) {
      breadcrumbBlock = b;
      breadcrumbTail = parts[parts.length - 1].strip();
      List<String> items = new ArrayList<>();
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i].strip();
        if (!p.isEmpty() && !(i == 0 && HOME.contains(Words.lower(p)))) {
          items.add(p);
        }
      }
      breadcrumbSections = items;
    }
    return true;
  }

  /** The first item of a breadcrumb that only says "start page". */
  private static final java.util.Set<String> HOME =
      java.util.Set.of("home", "inicio", "portada", "start", "front page", "homepage");

  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");
  private static final Pattern LOGO = Pattern.compile("(?i)^\\[|\\s*\\blogo\\b|\\]$");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.)]+$");

  // Cheap tests before LOGO and EDGE_PUNCTUATION, which masthead runs on every line above the
  // headline and which rarely match: whether they can change the text at all.

  /**
   * The text without a logo mark around it ("[Logo: The Review]" or "[Logo The Review]": "The
   * Review") and without punctuation at its edges.
   */
  private static String withoutMarks(String t) {
    if (mayHaveLogoMark(t)) {
      t = LOGO.matcher(t).replaceAll("");
    }
    if (!t.isEmpty() && !(letterOrNumber(t.charAt(0)) && endsWithoutEdgePunctuation(t))) {
      t = EDGE_PUNCTUATION.matcher(t).replaceAll("");
    }
    return t;
  }

  /** Whether LOGO can match: a '[' first, a ']' last, or "logo" in any case. */
  private static boolean mayHaveLogoMark(String t) {
    if (t.startsWith("[") || t.endsWith("]")) {
      return true;
    }
    for (int i = 0; i + 4 <= t.length(); i++) {
      if (t.regionMatches(true, i, "logo", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the last character is one EDGE_PUNCTUATION keeps: a letter, digit, '.' or ')'. */
  private static boolean endsWithoutEdgePunctuation(String t) {
    char c = t.charAt(t.length() - 1);
    return letterOrNumber(c) || c == '.' || c == ')';
  }

  /** \p{L} or \p{N}, as the patterns read a char. */
  private static boolean letterOrNumber(char c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** "Home | World | Politics | Sports": three or more short items separated by bars. */
  private static boolean menuRow(String t) {
    if (t.indexOf('|') < 0 && t.indexOf('·') < 0 && t.indexOf('•') < 0) {
      return false;
    }
    String[] parts = MENU_SEPARATOR.split(t);
    return parts.length >= 3 && shortItems(parts);
  }

  private void countCopies() {
    Map<String, Integer> counts = new HashMap<>();
    for (Block b : blocks) {
      if (b.key != null && !b.key.isEmpty()) {
        counts.merge(b.key, 1, Integer::sum);
      }
    }
    for (Block b : blocks) {
      if (b.key != null && !b.key.isEmpty()) {
        b.copies = counts.get(b.key);
      }
    }
  }

  /**
   * Finds a table of contents: a list of two or more short lines on consecutive lines whose
   * items recur later, in the same order, as lines of their own with prose between them (the
   * subheadings of the text). The list and its label ("Contents") go; the subheadings it names
   * stay in the text (they are no longer counted as repeated headlines of a related box). A
   * list repeated as a list (a related box printed twice) has no prose between its copies.
   * Linear: each item's next copy is found by following the chain of its key's copies a
   * bounded number of steps.
   */
  private void markContents() {
    int n = blocks.size();
    // The lists: runs of 2 to MAX_CONTENTS items on consecutive lines.
    List<int[]> lists = new ArrayList<>();
    for (int i = 0; i < n; ) {
      if (!contentsItem(blocks.get(i))) {
        i++;
        continue;
      }
      int j = i;
      int repeated = blocks.get(i).copies >= 2 ? 1 : 0;
      while (j + 1 < n && contentsItem(blocks.get(j + 1))
          && blocks.get(j + 1).firstLine == blocks.get(j).lastLine + 1) {
        j++;
        repeated += blocks.get(j).copies >= 2 ? 1 : 0;
      }
      if (repeated >= 2 && j - i < MAX_CONTENTS) {
        lists.add(new int[] {i, j});
      }
      i = j + 1;
    }
    if (lists.isEmpty()) {
      return;
    }
    int[] goodBefore = new int[n + 1];
    for (int i = 0; i < n; i++) {
      goodBefore[i + 1] = goodBefore[i] + (blocks.get(i).kind == Kind.GOOD ? 1 : 0);
    }
    // The next block with the same key, or -1: one pass from the end.
    int[] nextSame = new int[n];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = n - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      nextSame[i] = -1;
      if (b.copies >= 2) {
        Integer next = seen.put(b.key, i);
        nextSame[i] = next == null ? -1 : next;
      }
    }
    for (int[] list : lists) {
      contents(list[0], list[1], nextSame, goodBefore);
    }
  }

  private static boolean contentsItem(Block b) {
    return (b.kind == Kind.SHORT || "menu or link list item".equals(b.reason))
        && b.key != null && b.counts.words <= 12 && !Words.endsSentence(b.text);
  }

  /** Items of a table of contents at most; a longer list is a menu or an index. */
  private static final int MAX_CONTENTS = 40;

  private void contents(int from, int to, int[] nextSame, int[] goodBefore) {
    int at = to;
    int matched = 0;
    int[] copy = new int[to - from + 1];
    java.util.Arrays.fill(copy, -1);
    for (int k = from; k <= to; k++) {
      // The item's first copy after the previous heading, looked for a bounded number of
      // copies ahead (so a line repeated all over the page costs no more than a few steps).
      int q = nextSame[k];
      for (int steps = 0; q >= 0 && q <= at && steps < 2 * MAX_CONTENTS; steps++) {
        q = nextSame[q];
      }
      if (q <= at) {
        continue;
      }
      // Prose between this heading and the previous one (or the list): a text, not a list.
      if (goodBefore[q] == goodBefore[at + 1] && matched > 0) {
        return;
      }
      copy[k - from] = q;
      at = q;
      matched++;
    }
    if (matched < 2 || matched * 2 < to - from + 1) {
      return;
    }
    for (int k = from; k <= to; k++) {
      bad(blocks.get(k), "table of contents");
      if (copy[k - from] >= 0) {
        Block heading = blocks.get(copy[k - from]);
        heading.copies--;
        heading.mark(Block.CONTENTS_HEADING, true);
      }
    }
    // Its label: a short line just above the list ("Contents", "In this article").
    if (from > 0) {
      Block label = blocks.get(from - 1);
      if (label.kind == Kind.SHORT && label.counts.words <= 4
          && blocks.get(from).firstLine - label.lastLine <= 2) {
        bad(label, "table of contents");
      }
    }
  }

  /**
   * Chooses how to read ambiguous numeric dates on this page: the order the page's unambiguous
   * numeric dates show; else month-first when a date carries a US time zone; else day-first.
   */
  private void decideDayOrder() {
    int dayFirst = 0;
    int monthFirst = 0;
    boolean usZone = false;
    for (Block b : blocks) {
      if (b.text.length() > 200 || !hasNumericDateShape(b.text)) {
        continue;
      }
      // Only lines with a US zone word can carry one: the full date search is for them.
      if (!usZone && mayHaveUsZone(b.text)) {
        for (Dates.Match m : Dates.findAll(b.text, Dates.DayOrder.DAY_FIRST)) {
          usZone |= m.usZone();
        }
      }
      int[] votes = Dates.numericOrders(b.text);
      dayFirst += votes[0];
      monthFirst += votes[1];
    }
    if (dayFirst != monthFirst) {
      order = dayFirst > monthFirst ? Dates.DayOrder.DAY_FIRST : Dates.DayOrder.MONTH_FIRST;
    } else {
      order = usZone ? Dates.DayOrder.MONTH_FIRST : Dates.DayOrder.DAY_FIRST;
    }
  }

  /** Whether the text has an upper-case ET, CT, MT or PT zone word (EST, PDT, ... too). */
  private static boolean mayHaveUsZone(String t) {
    for (int i = 1; i < t.length(); i++) {
      if (t.charAt(i) == 'T' && (i + 1 == t.length() || !Character.isLetter(t.charAt(i + 1)))) {
        char p = t.charAt(i - 1);
        if (p == 'E' || p == 'C' || p == 'M' || p == 'P' || p == 'S' || p == 'D') {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasNumericDateShape(String t) {
    for (int i = 1; i + 1 < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '/' || c == '.' || c == '-' || c == ':')
          && Character.isDigit(t.charAt(i - 1))
          && Character.isDigit(t.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- finding the article

  private int[] prefixGoodWords;

  private void find() {
    int n = blocks.size();
    prefixGoodWords = new int[n + 1];
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      prefixGoodWords[i + 1] = prefixGoodWords[i] + (b.kind == Kind.GOOD ? b.words() : 0);
    }
    // A comments section is a wall: the article is before it (when there is prose before it).
    int limit = n;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      if ("comments header".equals(b.reason) && prefixGoodWords[i] >= 30) {
        limit = i;
        break;
      }
    }
    int[] region = densest(0, limit);
    if (region == null) {
      result.skip = noArticleReason();
      markAll("no article region");
      return;
    }
    int headline = headline(region[0], region[1]);
    if (headline >= 0) {
      int[] after = densest(headline + 1, limit);
      if (after != null) {
        region = after;
      }
    }
    int start = region[0];
    int end = region[1];
    // The text's first subheading, named by the table of contents, opens it.
    if (start > 0 && blocks.get(start - 1).is(Block.CONTENTS_HEADING) && start - 1 > headline) {
      start--;
    }
    // Fields around the headline.
    int zoneEnd = Math.min(start, headline < 0 ? start : headline + 10);
    int zoneStart = headline < 0 ? Math.max(0, start - 8) : headline + 1;
    readAuthorsAndDate(headline, zoneStart, zoneEnd, start, end);
    start = skipStandfirst(headline, start, end);
    end = cutTail(start, end);
    List<Block> kept = keepInRegion(start, end);
    result.url = findUrl();
    if (headline >= 0) {
      result.title = cleanTitle(blocks.get(headline).text);
      blocks.get(headline).verdict = "headline";
    } else {
      result.title = fallbackTitle(start);
    }
    result.source = findSource(headline);
    readSections(headline, zoneStart, zoneEnd, end);
    result.body = body(kept);
    result.language = language(kept);
    int bodyWords = 0;
    for (Block b : kept) {
      bodyWords += b.words();
    }
    int entries;
    if (bodyWords < 15 || (headline < 0 && bodyWords < 40)) {
      result.skip = noArticleReason();
    } else if (bodyWords < 150 && notFound(headline)) {
      result.skip = "no article found: page looks like an error page (not found)";
    } else if (longestProseRun(start, end) < 70 && (entries = listEntries()) >= 3) {
      result.skip =
          "no article found: page lists " + entries + " articles (headlines with bylines or"
              + " dates and short teasers: an archive, search results or a home page)";
    }
    for (Block b : blocks) {
      if (b.verdict == null) {
        b.verdict = b.kind == Kind.BAD ? b.reason : "outside the article";
      }
    }
  }

  /**
   * The standfirst (dek) is the prose between the headline and its byline or date line: a
   * summary the site writes above the story, not part of it. When the region starts there, it
   * starts after the header instead. At most two blocks and 120 words, so a misread byline
   * further down cannot cost the story its opening.
   */
  private int skipStandfirst(int headline, int start, int end) {
    if (headline < 0 || headerEnd <= start || headerEnd >= end) {
      return start;
    }
    int prose = 0;
    int words = 0;
    for (int k = start; k < headerEnd; k++) {
      Block b = blocks.get(k);
      if (b.isProse() && b.verdict == null) {
        prose++;
        words += b.words();
      }
    }
    if (prose > 2 || words > 120) {
      return start;
    }
    for (int k = start; k < headerEnd; k++) {
      Block b = blocks.get(k);
      if (b.isProse() && b.verdict == null) {
        b.verdict = "standfirst";
      }
    }
    return headerEnd + 1;
  }

  private void markAll(String verdict) {
    for (Block b : blocks) {
      b.verdict = b.kind == Kind.BAD ? b.reason : verdict;
    }
  }

  /** Weight of a block when looking for the densest run of prose. */
  private static int weight(Block b) {
    return switch (b.kind) {
      case GOOD -> b.words();
      case NEAR_GOOD -> Math.max(1, b.words() / 2);
      case SHORT -> b.titleLike ? -2 : -1;
      case BAD -> -Math.max(3, Math.min(30, b.words() / 2));
    };
  }

  /** The maximum-weight run of blocks in [from, to) (Kadane), or null when none is positive. */
  private int[] densest(int from, int to) {
    int best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    int sum = 0;
    int runStart = from;
    for (int i = from; i < to; i++) {
      int w = weight(blocks.get(i));
      if (sum <= 0) {
        sum = 0;
        runStart = i;
      }
      sum += w;
      if (sum > best) {
        best = sum;
        bestStart = runStart;
        bestEnd = i;
      }
    }
    if (bestStart < 0 || best < 8) {
      return null;
    }
    return new int[] {bestStart, bestEnd};
  }

  /**
   * The headline: the title-like block near the top of the article region that the most
   * independent kinds of evidence point at. Only headline-shaped lines compete (see {@link
   * #headlineShaped}: no names, stamps, counts, labels, source lines, widgets or boxes). Evidence
   * for a line: the page repeats it (the breadcrumb's last item, a "Title | Site" line, a title
   * line at the top that starts with it; +4); a header follows it (a byline or date within a few
   * blocks, a standfirst allowed between; +3); it leads that header (no other headline-shaped
   * line above it in the same header, at most a standfirst below it; +2), while a line under
   * such a line is its standfirst (-2); only header lines separate it from the text (+2, or +1
   * when a little furniture does); it has four words or more (+1); a breadcrumb or date sits
   * right above it (+1). Against it: a badge over it (-3, a ticker item), the same line right
   * under it (-3, a related box prints headlines twice), the menu or breadcrumb printing it too
   * (-2, a section's name). The winner needs 3 points; of equal scores the one nearer the text
   * wins, but never a line right under the winner.
   */
  private int headline(int start, int end) {
    int best = -1;
    int bestScore = Integer.MIN_VALUE;
    String crumb = breadcrumbTail == null ? null : Words.key(breadcrumbTail);
    int from = Math.max(0, start - 60);
    int to = Math.min(end, start + 40);
    for (int i = from; i <= to && i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind == Kind.BAD) {
        continue;
      }
      boolean repeatsHint =
          b.key != null
              && (b.key.equals(crumb)
                  || (titleTags.containsKey(b.key) && titleTag(b.text) == null)
                  || titleLineStartsWith(i));
      // A line that is only a person's name is a byline or an avatar's caption, unless the
      // page repeats it as its title (a profile).
      if (!headlineShaped(b) || kicker(i) || (!repeatsHint && personLine(i))) {
        continue;
      }
      int evidence = headerEvidenceAfter(i);
      if (evidence == 0 && !repeatsHint && i > start) {
        continue; // a line inside the prose without a byline or date is a subheading
      }
      // After 150 words of the text, a title-like line with only a date below it is end
      // matter ("This article appeared in the June issue ...", then "Published May 21"): a
      // headline comes before its story, and one found late has at least a byline.
      if (i > start && !repeatsHint && prefixGoodWords[i] - prefixGoodWords[start] >= 150
          && !bylineFollows(i)) {
        continue;
      }
      int score = evidence + (repeatsHint ? 4 : 0);
      if (b.counts.words >= 4) {
        score += 1;
      }
      // A ticker item under a "LIVE" or "Breaking" badge names another story; it is the
      // headline only when nothing else is (a live page's own headline under its badge).
      if (b.is(Block.BADGED) && !repeatsHint) {
        score -= 3;
      }
      // The headline leads its header: labels, kickers and tickers may sit above it, a
      // standfirst below it, and then come the byline and date. A title-like line under
      // another one that leads the same header is the standfirst (or a subtitle), whatever
      // its length.
      if (evidence > 0) {
        if (headlineAbove(i)) {
          score -= 2;
        } else if (leadsHeader(i)) {
          score += 2;
        }
      }
      // A section's name, as the menu or the breadcrumb prints it, above the headline.
      if (!repeatsHint && menuName(i)) {
        score -= 2;
      }
      if (i > 0) {
        Block p = blocks.get(i - 1);
        if ("breadcrumb".equals(p.reason) || p.isDateOnly(order)) {
          score += 1;
        }
      }
      // Related boxes print each headline twice in a row: not the page's headline.
      if (i + 1 < blocks.size() && b.key != null && b.key.equals(blocks.get(i + 1).key)) {
        score -= 3;
      }
      int distance = furnitureBetween(i, start);
      score += distance <= 2 ? 2 : distance <= 6 ? 1 : 0;
      // On a tie the later line wins (it is nearer the text), except right after the winner:
      // a headline comes before its standfirst, never after it.
      if (score > bestScore || (score == bestScore && i > best + 2)) {
        bestScore = score;
        best = i;
      }
    }
    return bestScore >= 3 ? best : -1;
  }

  /**
   * Whether one of the first blocks of the page is a title line that starts with block i's
   * text and goes on after a separator ("Title | Section | Site", "Title - Site"): the page's
   * own title, printed at the top by some text browsers.
   */
  private boolean titleLineStartsWith(int i) {
    String t = blocks.get(i).text.strip();
    if (t.length() < 12) {
      return false;
    }
    for (int k = 0; k < Math.min(blocks.size(), 12); k++) {
      String o = blocks.get(k).text;
      if (k == i || o.length() <= t.length() + 2 || o.length() > 300 || !o.startsWith(t)) {
        continue;
      }
      int at = t.length();
      while (at < o.length() && o.charAt(at) == ' ') {
        at++;
      }
      if (at > t.length() && at < o.length() && "|–—-·:".indexOf(o.charAt(at)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether block i is the standfirst under a headline: the nearest block above it (header
   * furniture such as share rows and pictures aside) is headline-shaped with four words or more
   * (shorter lines are labels and links: "Guest Posts", "Listen live"), and a header follows it
   * too. A label or anything else between them makes them two headers' lines, such as a
   * promoted link above a section label above the headline.
   */
  private boolean headlineAbove(int i) {
    for (int k = i - 1; k >= 0; k--) {
      Block p = blocks.get(k);
      if (p.kind == Kind.BAD && headerFurniture(p)) {
        continue;
      }
      return p.counts.words >= 4 && titleCandidate(k) && !kicker(k) && !p.is(Block.BADGED)
          && !menuName(k) && headerEvidenceAfter(k) > 0;
    }
    return false;
  }

  /**
   * Whether block i leads the header under it: it has four words or more, and before the
   * byline or date come at most its standfirst (a title-like or prose line right under it) and
   * lines that are neither (names, pictures, furniture). Another title-like line is a headline
   * of its own.
   */
  private boolean leadsHeader(int i) {
    if (blocks.get(i).counts.words < 4 || menuName(i)) {
      return false;
    }
    boolean next = true;
    for (int k = i + 1; k < Math.min(blocks.size(), i + 6); k++) {
      Block b = blocks.get(k);
      if (headerLine(b)) {
        return true;
      }
      if (b.kind == Kind.BAD && headerFurniture(b)) {
        continue;
      }
      if ((b.kind == Kind.GOOD || titleCandidate(k)) && !next) {
        return false;
      }
      next = false;
    }
    return false;
  }

  /**
   * A kicker (rubric, eyebrow): a short line set in capitals (up to five words) right above a
   * longer headline-shaped line in mixed case, as in "LETTER FROM THE SALT FLATS" above the
   * headline. Headlines set wholly in capitals are longer, or followed by a byline or date.
   */
  private boolean kicker(int i) {
    Block b = blocks.get(i);
    if (i + 1 >= blocks.size() || b.counts.words > 5 || !allCaps(b.text)) {
      return false;
    }
    Block next = blocks.get(i + 1);
    return titleCandidate(i + 1) && !allCaps(next.text) && next.counts.words > b.counts.words;
  }

  /** Whether the text has letters and none of them is lower-case. */
  private static boolean allCaps(String t) {
    boolean letters = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /** Keys of the page's menu items and breadcrumb items of five words or fewer, made once. */
  private java.util.Set<String> menuKeys;

  /**
   * Whether block i is a section's name that the page's menu or breadcrumb also prints
   * ("Latin America and the Caribbean" above the headline and in the menu): a label.
   */
  private boolean menuName(int i) {
    if (menuKeys == null) {
      menuKeys = new java.util.HashSet<>();
      for (Block b : blocks) {
        if (b.bullet && b.key != null && b.counts.words <= 5) {
          menuKeys.add(b.key);
        }
      }
      for (String item : breadcrumbSections) {
        menuKeys.add(Words.key(item));
      }
    }
    Block b = blocks.get(i);
    return !b.bullet && b.key != null && b.counts.words <= 5 && menuKeys.contains(b.key);
  }

  /** Whether block i is headline-shaped and not a line with a person's name. */
  private boolean titleCandidate(int i) {
    return headlineShaped(blocks.get(i)) && !personLine(i);
  }

  /**
   * Whether the block has a headline's shape: a short title-like line (a question or an
   * exclamation too), and none of the lines that look like one but are something else — names
   * of several people, one name printed twice, a date or a stamp, a meta line in which a date
   * takes a quarter or more ("Outlet · 6 Mar 2023, 08:12 · 4 min read"), a category line, an
   * image mark, a label row, a source or via line ("Source: The Daily Planet"), a desk's
   * credit, or a line with drawing or control symbols (a box's frame, a player's ▶, a ticker's
   * ▲, a link's ↗). One name ("Ana Ruiz", or a title-case "Ferry Money Runs Short") passes;
   * {@link #personLine} tells a person's from a headline.
   */
  private boolean headlineShaped(Block b) {
    if (b.kind == Kind.BAD || b.bullet || b.counts.words < 2) {
      return false;
    }
    if (!b.titleLike && !questionTitle(b)) {
      return false;
    }
    if (b.counts.words > 30 || b.text.length() > 220 || b.isDateOnly(order)) {
      return false;
    }
    Dates.Match date = b.date(order);
    if (date != null && Dates.stamp(b.text, date) != Dates.Stamp.NONE) {
      return false; // "Printed 2021-06-04 for account 40721": a labelled stamp, not a headline
    }
    if (date != null && 4 * (date.end() - date.start()) >= b.text.length()) {
      return false;
    }
    if (hasWidgetSymbol(b.text) || attributionLine(b.text) || credit(b)) {
      return false;
    }
    if (b.text.contains(",") && sectionItems(b.text) != null) {
      return false;
    }
    if (b.text.charAt(0) == '[') {
      return false;
    }
    // "Analysis | Latin America Program": a label row, short items between bars. (A "Title |
    // Site" line is a hint; "Opinion | Why the ferry matters to Port Alder" may be a headline.)
    if (b.text.contains(" | ") && titleTag(b.text) == null
        && shortItems(MENU_SEPARATOR.split(b.text))) {
      return false;
    }
    List<String> names = b.names();
    if (names.size() > 1 || names.size() == 1 && b.copies > 1) {
      return false; // lines of personal names are bylines, avatars' captions, commenters
    }
    return b.byline().isEmpty();
  }

  /**
   * Whether block i is a line with one person's name, as the page shows by naming that person
   * elsewhere: in a picture's mark ("[Ana Ruiz's avatar]") or as a possessive, with a role in
   * brackets ("Ana Ruiz (Author)"), after "By" or "©", in a byline, or starting a bio below
   * ("Ana Ruiz is a reporter ..."). A title-case headline ("Ferry Money Runs Short") reads like
   * a name too, but the page does not treat it as one. The look is bounded to the blocks
   * around (40 before, 400 after), so it costs no more on a long page.
   */
  private boolean personLine(int i) {
    if (person == null) {
      person = new byte[blocks.size()];
    }
    if (person[i] == 0) {
      person[i] = (byte) (findsPerson(i) ? 1 : -1);
    }
    return person[i] == 1;
  }

  /** {@link #personLine} answers, computed once per block: 1 yes, -1 no, 0 not yet. */
  private byte[] person;

  private boolean findsPerson(int i) {
    Block b = blocks.get(i);
    List<String> names = b.names();
    if (names.size() != 1) {
      return names.size() > 1;
    }
    // (A name repeated as a line of its own is no evidence: a section's name recurs in menus.)
    String name = b.text.strip();
    for (int k = Math.max(0, i - 40); k < Math.min(blocks.size(), i + 400); k++) {
      String t = blocks.get(k).text;
      int at = k == i || t.length() > 200 ? -1 : t.indexOf(name);
      if (at < 0) {
        continue;
      }
      String after = t.substring(at + name.length());
      String before = t.substring(0, at).stripTrailing();
      if (after.startsWith("'s") || after.startsWith("’s") || after.startsWith(" (")
          || at == 0 && k > i && BIO_START.matcher(after).matches()
          || before.endsWith("©") || before.endsWith("[") || before.regionMatches(true,
              Math.max(0, before.length() - 2), "by", 0, 2)
          || before.regionMatches(true, Math.max(0, before.length() - 3), "por", 0, 3)
          || blocks.get(k).byline().contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A headline that asks or exclaims: a short line ending in "?" or "!" that does not start in
   * lower case, with at most one more sentence end ("Armenia 'freezes' its membership. What
   * does that mean?").
   */
  private static boolean questionTitle(Block b) {
    Words.Counts c = b.counts;
    if (b.bullet || c.startsLower || c.words < 3 || c.words > 25 || b.text.length() > 200
        || c.sentenceEnds > 2) {
      return false;
    }
    String t = b.text.strip();
    int k = t.length() - 1;
    while (k > 0 && "\"”’'»)".indexOf(t.charAt(k)) >= 0) {
      k--;
    }
    return t.charAt(k) == '?' || t.charAt(k) == '!';
  }

  /**
   * A line that credits where the story comes from rather than naming it: "Source: ...", "Via
   * ...", "Fuente: ...", "Read original at ...".
   */
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          "^(?:(?:sources?|from|fuentes?|origen|publisher|published by|publicado por|courtesy of"
              + "|cortes[ií]a de|originally published (?:at|on|in|by))\\s*:"
              + "|(?:via|v[ií]a|read (?:the )?original|leer (?:el )?original"
              + "|ver (?:la )?(?:nota )?original)\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final String[] ATTRIBUTION_FIRST_WORDS = {
    "source", "sources", "from", "fuente", "fuentes", "origen", "publisher", "published",
    "publicado", "courtesy", "cortesía", "cortesia", "originally", "via", "vía", "read", "leer",
    "ver"
  };

  /**
   * A short credit line of a byline's shape that names no person: "Por la Redacción", "By Staff
   * and Wires" (a desk signs it; {@link Bylines} gives no authors for it).
   */
  private static boolean credit(Block b) {
    String t = b.text;
    int skip = t.regionMatches(true, 0, "by ", 0, 3) ? 3
        : t.regionMatches(true, 0, "por ", 0, 4) ? 4 : 0;
    if (skip == 0 || b.counts.words > 6) {
      return false;
    }
    Words.Counts rest = Words.count(t.substring(skip));
    return rest.capitalised == rest.content && rest.numbers == 0;
  }

  private static boolean attributionLine(String t) {
    return firstWordIn(t, ATTRIBUTION_FIRST_WORDS) && ATTRIBUTION.matcher(t).lookingAt();
  }

  /** Whether every item (as split at the bars) has four words or fewer. */
  private static boolean shortItems(String[] parts) {
    for (String part : parts) {
      if (Words.count(part).words > 4) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsLikeByline(String t) {
    return t.regionMatches(true, 0, "by ", 0, 3)
        || t.regionMatches(true, 0, "por ", 0, 4)
        || t.contains(" by ");
  }

  /**
   * 3 when a byline, date or category line follows within a few blocks, else 0. One short
   * prose block may sit between (the standfirst under the headline).
   */
  private int headerEvidenceAfter(int i) {
    int seen = 0;
    boolean standfirst = false;
    for (int k = i + 1; k < blocks.size() && seen < 4; k++) {
      Block b = blocks.get(k);
      if (b.kind == Kind.GOOD) {
        if (standfirst || b.words() > 60) {
          return 0;
        }
        standfirst = true;
        continue;
      }
      if (headerLine(b)) {
        return 3;
      }
      seen++;
    }
    return 0;
  }

  /** A short line with the byline or the date: what ends a header. */
  private boolean headerLine(Block b) {
    return b.text.length() <= 160
        && (b.isDateOnly(order)
            || !b.byline().isEmpty()
            || (b.date(order) != null && b.counts.words <= 14));
  }

  /** Whether a byline follows block i within a few blocks, before any long paragraph. */
  private boolean bylineFollows(int i) {
    for (int k = i + 1; k < Math.min(blocks.size(), i + 6); k++) {
      Block b = blocks.get(k);
      if (b.kind == Kind.GOOD && b.words() > 60) {
        return false;
      }
      if (b.text.length() <= 160 && !b.byline().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** How many blocks between i and the region start are furniture (not header lines). */
  private int furnitureBetween(int i, int start) {
    int count = 0;
    for (int k = i + 1; k < start; k++) {
      Block b = blocks.get(k);
      if (b.kind == Kind.BAD && !headerFurniture(b)) {
        count += 2;
      } else if (b.kind == Kind.SHORT && b.titleLike && b.date(order) == null
          && b.byline().isEmpty() && b.names().isEmpty()) {
        count++;
      }
      if (count > 6) {
        break;
      }
    }
    return count;
  }

  /**
   * Furniture that belongs to an article's header: share buttons, an author's picture, a
   * reading time, a player, a picture and its caption.
   */
  private static boolean headerFurniture(Block b) {
    return switch (b.reason) {
      case "share buttons", "image placeholder", "button or placeholder", "reading time",
          "media player controls", "image caption" -> true;
      default -> false;
    };
  }

  private static String cleanTitle(String t) {
    return t.strip();
  }

  private String fallbackTitle(int start) {
    // A "Title | Site" line: the title without the site.
    for (int i = 0; i < Math.min(blocks.size(), 12); i++) {
      String[] tag = blocks.get(i).text.length() <= 120 ? titleTag(blocks.get(i).text) : null;
      if (tag != null) {
        blocks.get(i).verdict = "title (page title line)";
        return tag[0];
      }
    }
    // Else the last title-like block shortly before the prose.
    for (int i = start - 1; i >= Math.max(0, start - 6); i--) {
      Block b = blocks.get(i);
      if (b.kind != Kind.BAD && b.titleLike && b.counts.words >= 3
          && b.names().isEmpty()) {
        b.verdict = "title (title-like line before the text)";
        return b.text.strip();
      }
    }
    return "";
  }

  // ---------------------------------------------------------------- authors and date

  private int bylineBlock = -1;
  /** The last byline or date line of the header under the headline, or -1. */
  private int headerEnd = -1;

  private void readAuthorsAndDate(int headline, int zoneStart, int zoneEnd, int start, int end) {
    List<String> authors = List.of();
    Published date = null;
    Dates.Stamp dateStamp = Dates.Stamp.NONE;
    int dateBlock = -1;
    int from = headline >= 0 ? Math.max(0, headline - 3) : zoneStart;
    // The header ends at the first paragraph, or a few blocks after it when that paragraph
    // sits right under the headline and may be the standfirst above the byline.
    boolean standfirst = headline >= 0 && start <= headline + 2 && blocks.get(start).isProse()
        && blocks.get(start).words() <= 60;
    int to = Math.min(blocks.size(),
        Math.max(zoneEnd, Math.min(start + (standfirst ? 5 : 2), end + 1)));
    // The header: from just above the headline to the first paragraph.
    for (int i = from; i < to; i++) {
      if (i == headline) {
        continue;
      }
      Block b = blocks.get(i);
      if (b.text.length() > 200 || (b.kind == Kind.GOOD && i >= start)) {
        continue;
      }
      // Under the headline, "Marisol Vega / The Capital Dispatch" is a byline, not a breadcrumb.
      boolean crumbLike = "breadcrumb".equals(b.reason) && i > headline && headline >= 0;
      if (authors.isEmpty()
          && (b.kind != Kind.BAD || "share buttons".equals(b.reason) || crumbLike)) {
        List<String> a = b.byline();
        if (!a.isEmpty() && (i > headline || startsLikeByline(b.text))) {
          authors = new ArrayList<>(a);
          bylineBlock = i;
          if (i > headline && headline >= 0) {
            headerEnd = Math.max(headerEnd, i);
          }
          if (b == breadcrumbBlock) {
            breadcrumbSections = List.of(); // it named the author and the outlet, not sections
          }
          b.verdict = "byline";
          // Several bylines, one per line ("Ana Ruiz | Reporter" then "Tom Lee | Editor").
          for (int k = i + 1; k < Math.min(blocks.size(), i + 4); k++) {
            Block next = blocks.get(k);
            List<String> more = next.text.length() <= 200 ? next.byline() : List.of();
            if (more.isEmpty()) {
              break;
            }
            authors.addAll(more);
            next.verdict = "byline";
            headerEnd = Math.max(headerEnd, k);
          }
        }
      }
      // The first date line, unless it is an update and a publication date follows: the story's
      // date is when it was published.
      if ((date == null || dateStamp == Dates.Stamp.UPDATED) && i > headline - 2) {
        Dates.Match m = b.date(order);
        Dates.Stamp stamp = m == null ? null : Dates.stamp(b.text, m);
        if (m != null && (b.isDateOnly(order) || i == bylineBlock || b.counts.words <= 14)
            && stamp != Dates.Stamp.COPIED
            && (date == null || stamp == Dates.Stamp.PUBLISHED)) {
          date = m.value();
          dateStamp = stamp;
          dateBlock = i;
          if (b.verdict == null) {
            b.verdict = "date";
          }
          if (i > headline && headline >= 0) {
            headerEnd = Math.max(headerEnd, i);
          }
        }
      }
    }
    // A plain name line between the headline and the date ("Jane Doe" then "June 3, 2019"),
    // or under the author's picture ("[Jane Doe's avatar]" then "Jane Doe"), or one the page
    // shows is a person's (a bio "Jane Doe is ..." after the text, "Jane Doe (Author)").
    if (authors.isEmpty() && headline >= 0) {
      for (int i = headline + 1; i < Math.min(to, headline + 5); i++) {
        Block b = blocks.get(i);
        List<String> names = b.kind == Kind.SHORT ? b.names() : List.of();
        if (!names.isEmpty() && b.copies <= 3) {
          Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
          Block above = blocks.get(i - 1);
          boolean picture = above.text.startsWith("[") && above.lastLine + 1 == b.firstLine
              && above.text.contains(names.get(0));
          if (picture || next != null && next.isDateOnly(order) || personLine(i)) {
            authors = names;
            bylineBlock = i;
            headerEnd = Math.max(headerEnd, i);
            b.verdict = "byline";
            break;
          }
        }
      }
    }
    // Bylines after the body ("By X" or "Reporting by X" at the end).
    if (authors.isEmpty()) {
      for (int i = start; i < Math.min(blocks.size(), end + 6); i++) {
        Block b = blocks.get(i);
        if (b.text.length() <= 160 && startsLikeByline(b.text) && b.kind != Kind.GOOD) {
          List<String> a = b.byline();
          if (!a.isEmpty()) {
            authors = a;
            bylineBlock = i;
            b.verdict = "byline";
            break;
          }
        }
      }
    }
    // A "Published ..." line anywhere near the article.
    if (date == null) {
      for (int i = Math.max(0, start - 12); i < Math.min(blocks.size(), end + 6); i++) {
        Block b = blocks.get(i);
        if (b.text.length() <= 200 && b.kind != Kind.GOOD && b.isDateOnly(order)
            && Dates.stamp(b.text, b.date(order)) != Dates.Stamp.COPIED) {
          date = b.date(order).value();
          dateBlock = i;
          if (b.verdict == null) {
            b.verdict = "date";
          }
          break;
        }
      }
    }
    result.authors = authors;
    result.published = withPageZone(date, dateBlock);
  }

  /**
   * The date with its time when its line gives a time without a zone and the page states one
   * zone elsewhere ({@link #pageZone}); else the date as read (a time without a zone is dropped,
   * see {@link Dates}).
   */
  private Published withPageZone(Published date, int dateBlock) {
    if (date == null || date.hasTime() || dateBlock < 0) {
      return date;
    }
    String t = blocks.get(dateBlock).text;
    if (t.indexOf(':') < 0) {
      return date; // no time of day on the line
    }
    java.time.ZoneId zone = pageZone();
    Dates.Match m = zone == null ? null : Dates.find(t, order, zone);
    return m != null && m.value().hasTime() && m.value().date().equals(date.date())
        ? m.value()
        : date;
  }

  /**
   * The one zone the page states for its times ({@link Dates#zonesIn}: a zone after a time, or
   * a GMT/UTC offset, on a line that is not prose: a top bar's clock, "Hora de Buenos Aires
   * (GMT-3)", another stamp), or null when it states none or several. A copy's stamp ("Printed
   * ... UTC") gives the copier's zone, not the page's, and prose may speak of other places.
   */
  private java.time.ZoneId pageZone() {
    java.time.ZoneId found = null;
    for (Block b : blocks) {
      String t = b.text;
      if (t.length() > 200 || b.isProse()
          || (t.indexOf(':') < 0 && !t.contains("GMT") && !t.contains("UTC"))) {
        continue;
      }
      Dates.Match d = b.date(order);
      if (d != null && Dates.stamp(t, d) == Dates.Stamp.COPIED) {
        continue;
      }
      for (java.time.ZoneId z : Dates.zonesIn(t)) {
        if (found == null) {
          found = z;
        } else if (!found.equals(z)) {
          return null;
        }
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- the region's edges

  private static final Pattern BIO_START =
      Pattern.compile(
          "^\\s*(?:is|was|has|covers|writes|reports|joined|es|fue|ha|escribe|cubre|se unió)\\b.*",
          Pattern.UNICODE_CASE);
  private static final Pattern ABOUT_AUTHOR =
      Pattern.compile(
          "^(?:about the authors?|sobre (?:el|la|los|las) autor(?:a|es|as)?|acerca de(?:l| los) autor(?:es)?|"
              + "the author|el autor|la autora|author bio|biography)\\s*:?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * A credit line after the text: "Contributing: X in Y.", "Additional reporting by X", "With
   * reporting from X", "Con información de agencias", "Con reportes de X", "Editing by X".
   */
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^\\(?(?:contributing(?: writers?| reporters?)?\\s*:|(?:additional |with )?reporting"
              + " (?:by|from)\\b|(?:written|edited|compiled|produced) with\\b|editing by\\b"
              + "|with (?:files|information) from\\b|con (?:informaci[óo]n|reportes|datos) de\\b"
              + "|con la colaboraci[óo]n de\\b|(?:colaboraron|colabor[óo])\\s*:|informaci[óo]n de"
              + " agencias\\b|fuentes?\\s*:\\s*agencias\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A label that starts the notes, references or sources after a text. */
  private static final Pattern END_MATTER =
      Pattern.compile(
          "^(?:notes?|footnotes?|endnotes?|references?|sources?|bibliography|citations|"
              + "notas?|notas al pie|referencias?|fuentes?|bibliograf[ií]a)\\s*:?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SAYS =
      Pattern.compile("^.{2,60}?\\s+(?:says|said|dice|dijo|wrote|escribió)\\s*:$");

  /**
   * Moves the end of the region back before an author bio or comments that it swallowed: a name
   * line (the byline's name, or a name repeated) followed by "X is a ... journalist", an "About
   * the author" label, or a "Name says:" comment header.
   */
  private int cutTail(int start, int end) {
    for (int i = start + 1; i <= end; i++) {
      Block b = blocks.get(i);
      if (b.kind == Kind.GOOD && b.words() > 60) {
        continue;
      }
      String t = b.text.strip();
      boolean cut = false;
      String why = null;
      if (t.length() <= 40 && ABOUT_AUTHOR.matcher(t).matches()) {
        cut = true;
        why = "author bio";
      } else if (t.length() <= 25 && b.kind == Kind.SHORT && END_MATTER.matcher(t).matches()) {
        cut = true;
        why = "notes after the text";
      } else if ("decoration (no letters)".equals(b.reason) && i < end
          && noteNumber(blocks.get(i + 1).text)) {
        // A rule, then "1" on a line of its own and the note: the notes under a separator.
        cut = true;
        why = "notes after the text";
      } else if (t.length() <= 80 && t.endsWith(":") && SAYS.matcher(t).matches()) {
        cut = true;
        why = "comments";
      } else if (b.kind == Kind.SHORT && Bylines.isName(t) && nameStartsBio(t, i + 1, end)) {
        cut = true;
        why = "author bio";
      } else if (b.isProse() && startsWithAuthor(t)) {
        cut = true;
        why = "author bio";
      } else if ("copyright/footer".equals(b.reason) && footerCopyright(t)
          && 2 * prefixGoodWords[i] >= prefixGoodWords[start] + prefixGoodWords[end + 1]
          && !"image placeholder".equals(blocks.get(i - 1).reason)) {
        // After most of the text, and not a picture's credit under its placeholder.
        cut = true;
        why = "after the page's copyright line";
      } else if (t.length() <= 300 && startsLikeByline(t) && !Bylines.parse(t).isEmpty()
          || t.length() <= 200 && b.words() <= 20 && CREDIT_LINE.matcher(t).lookingAt()) {
        cut = true;
        why = "credit line";
      }
      if (cut && prefixGoodWords[end + 1] - prefixGoodWords[i] <= 120) {
        for (int k = i; k <= end; k++) {
          Block x = blocks.get(k);
          if (x.verdict == null) {
            x.verdict = why;
          }
        }
        return i - 1;
      }
    }
    return end;
  }

  /** A note's number alone on its line: "1", "[1]", "1." or "1)". */
  private static boolean noteNumber(String t) {
    int n = t.length();
    int from = n > 0 && t.charAt(0) == '[' ? 1 : 0;
    int k = from;
    while (k < n && k - from < 3 && Character.isDigit(t.charAt(k))) {
      k++;
    }
    if (k == from) {
      return false;
    }
    char last = k + 1 == n ? t.charAt(k) : 0;
    return from == 0 && k == n || (from == 1 ? last == ']' : last == '.' || last == ')');
  }

  /**
   * A page footer's copyright notice: a year or "all rights reserved" with the holder, not a
   * photo credit ("© Ana Ruiz"). What follows it is the footer (legal and data notices), not
   * the story.
   */
  private static boolean footerCopyright(String t) {
    if (t.length() > 300) {
      return false;
    }
    String lower = Words.lower(t);
    return lower.contains("rights reserved") || lower.contains("derechos reservados")
        || YEAR.matcher(t).find();
  }

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

  /** Whether a prose block within the next few starts with this name and a bio verb. */
  private boolean nameStartsBio(String name, int from, int end) {
    for (int k = from; k <= Math.min(end, from + 3); k++) {
      String t = blocks.get(k).text;
      if (t.startsWith(name) && BIO_START.matcher(t.substring(name.length())).matches()) {
        return true;
      }
      if (blocks.get(k).kind == Kind.GOOD) {
        return false;
      }
    }
    return false;
  }

  private boolean startsWithAuthor(String t) {
    for (String a : result.authors) {
      if (t.startsWith(a) && BIO_START.matcher(t.substring(a.length())).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decides each block of the region. Prose stays. Runs of non-prose between paragraphs stay
   * (subheadings, lists, quote attributions) unless they hold the marks of an inline box —
   * a related-links label, a date line, a headline repeated from elsewhere, two headline-like
   * lines — then the run goes. Page furniture (ads, share rows, prompts) always goes.
   */
  private List<Block> keepInRegion(int start, int end) {
    List<Block> kept = new ArrayList<>();
    for (int k = start; k <= end; k++) {
      Block b = blocks.get(k);
      if (b.verdict != null || b.kind == Kind.BAD) {
        continue;
      }
      if (caption(k)) {
        b.verdict = "image caption";
      } else if (b.words() <= 30 && boxFurniture(k - 1) && boxFurniture(k + 1)) {
        b.verdict = "inside a subscribe or sign-in box";
      } else if (b.kind == Kind.SHORT && boxFurniture(k + 1)
          && blocks.get(k + 1).firstLine == b.lastLine + 1) {
        b.verdict = "heading of a subscribe or sign-in box";
      } else if (b.is(Block.BADGED) && b.kind != Kind.GOOD && b.words() <= 20) {
        // "Live: Sanctions against Russia — latest updates" between paragraphs: a promoted
        // link to another page, under a badge or behind one.
        b.verdict = "promoted link (badge)";
      } else if (b.kind == Kind.SHORT && b.words() <= 6 && k + 1 < blocks.size()
          && "media player controls".equals(blocks.get(k + 1).reason)
          && blocks.get(k + 1).firstLine == b.lastLine + 1) {
        // "Listen to this story" right above "▶ 00:00 / 04:12": the player's label.
        b.verdict = "label of a media player";
      } else if (b.is(Block.ONE_LINK) && b.kind == Kind.SHORT && b.words() <= 8
          && !b.is(Block.CONTENTS_HEADING)
          && !Words.endsSentence(b.text)) {
        // A short line that is one link, between paragraphs: a button ("View interactive
        // chart") or a teaser, not a subheading (a subheading is text, not a link).
        b.verdict = "link line (button or teaser)";
      }
    }
    int i = start;
    while (i <= end) {
      Block b = blocks.get(i);
      if (b.verdict != null) {
        i++;
        continue;
      }
      if (b.kind == Kind.GOOD || (b.kind == Kind.NEAR_GOOD && b.words() > 30)) {
        keep(b, kept);
        i++;
        continue;
      }
      int j = i;
      while (j <= end
          && !(blocks.get(j).kind == Kind.GOOD
              || (blocks.get(j).kind == Kind.NEAR_GOOD && blocks.get(j).words() > 30))) {
        j++;
      }
      decideGap(i, j - 1, kept);
      i = j;
    }
    dropRepeatedSentences(kept);
    return kept;
  }

  /**
   * Drops a short kept block whose words appear, in order, elsewhere in the text: a pull quote
   * repeating a sentence ("“The question was never whether something would fail.”" set large
   * between paragraphs), or a paragraph printed twice. Compared by hashed word 4-grams: a block
   * of 5 to 60 words goes when 90% of its 4-grams occur in other kept blocks. Blocks are looked
   * at from the last one up and a dropped block no longer counts, so of two copies the first
   * stays. Linear in the body's length.
   */
  private static void dropRepeatedSentences(List<Block> kept) {
    boolean any = false;
    for (Block b : kept) {
      any |= b.words() >= 5 && b.words() <= 60;
    }
    if (!any || kept.size() < 2) {
      return;
    }
    long[][] grams = new long[kept.size()][];
    int total = 0;
    for (int i = 0; i < kept.size(); i++) {
      grams[i] = fourGrams(kept.get(i).text);
      total += grams[i].length;
    }
    GramCounts counts = new GramCounts(total);
    for (int i = 0; i < kept.size(); i++) {
      for (long g : grams[i]) {
        counts.add(g, i);
      }
    }
    List<Block> dropped = new ArrayList<>();
    for (int i = kept.size() - 1; i >= 0; i--) {
      Block b = kept.get(i);
      if (b.words() < 5 || b.words() > 60 || grams[i].length == 0) {
        continue;
      }
      int elsewhere = 0;
      for (long g : grams[i]) {
        if (counts.count(g) >= 2) {
          elsewhere++;
        }
      }
      if (elsewhere >= grams[i].length * 0.9) {
        counts.removeBlock(grams[i], i);
        b.kept = false;
        b.verdict = "repeats a sentence of the text (pull quote)";
        dropped.add(b);
      }
    }
    kept.removeAll(dropped);
  }

  /**
   * For each 4-gram hash, how many blocks contain it (open addressing over primitive arrays:
   * no boxing on the body's every word).
   */
  private static final class GramCounts {
    private final long[] keys;
    private final int[] counts;
    private final int[] last;
    private final int mask;

    GramCounts(int expected) {
      int size = Integer.highestOneBit(Math.max(16, expected * 2 + 1)) << 1;
      keys = new long[size];
      counts = new int[size];
      last = new int[size];
      mask = size - 1;
    }

    private int slot(long g) {
      long k = g == 0 ? 1 : g;
      int s = (int) (k ^ (k >>> 32)) & mask;
      while (keys[s] != 0 && keys[s] != k) {
        s = (s + 1) & mask;
      }
      keys[s] = k;
      return s;
    }

    /** Counts block {@code block} for the gram once, however often the block has it. */
    void add(long g, int block) {
      int s = slot(g);
      if (counts[s] == 0 || last[s] != block) {
        counts[s]++;
        last[s] = block;
      }
    }

    int count(long g) {
      return counts[slot(g)];
    }

    void removeBlock(long[] grams, int block) {
      // Each distinct gram once: mark with a block number that cannot occur.
      for (long g : grams) {
        int s = slot(g);
        if (last[s] != -1 - block) {
          counts[s]--;
          last[s] = -1 - block;
        }
      }
    }
  }

  /** Hashes of the word 4-grams of a text (words lower-cased, punctuation ignored). */
  private static long[] fourGrams(String text) {
    long[] words = new long[16];
    int n = 0;
    long h = 0;
    boolean in = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean word;
      if (c < 128) {
        // ASCII without the Character tables: the common case.
        word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
      } else {
        word = Character.isLetterOrDigit(c);
        c = Character.toLowerCase(c);
      }
      if (word) {
        h = h * 1_000_003L + c;
        in = true;
      } else if (in) {
        if (n == words.length) {
          words = java.util.Arrays.copyOf(words, n * 2);
        }
        words[n++] = h;
        h = 0;
        in = false;
      }
    }
    if (n < 4) {
      return new long[0];
    }
    long[] out = new long[n - 3];
    for (int i = 0; i + 4 <= n; i++) {
      long g = words[i];
      for (int k = 1; k < 4; k++) {
        g = g * 0x9E3779B97F4A7C15L + words[i + k];
      }
      out[i] = g;
    }
    return out;
  }

  /**
   * An image caption: the text right under an image placeholder, a text ending in a photo
   * credit ("Photo: Ana Ruiz", "AGENCY/Ana Ruiz"), or a first line ending in "(Credit)" with no
   * full stop.
   */
  private boolean caption(int i) {
    Block b = blocks.get(i);
    if (b.words() > 45) {
      return false;
    }
    if (i > 0) {
      Block p = blocks.get(i - 1);
      if ("image placeholder".equals(p.reason) && p.lastLine + 1 == b.firstLine) {
        return true;
      }
    }
    // A credit sits at the end: look at the last characters only (the pattern is anchored there).
    int from = Math.max(0, b.text.length() - 90);
    if ((b.text.indexOf(" by ", from) > 0 || b.text.indexOf(" de ", from) > 0
        || b.text.indexOf(" por ", from) > 0) && photoWord(b.text, from)) {
      Matcher by = PHOTO_BY.matcher(b.text);
      by.region(from, b.text.length());
      if (by.find()) {
        return true;
      }
    }
    boolean slash = b.text.indexOf('/', from) >= 0;
    if (b.text.indexOf(':', from) < 0 && !slash && !b.text.endsWith(")")) {
      return false;
    }
    // CREDIT ends the text: "(...)" last, or a ':' or '/' with no full stop after it but the
    // last character. (A line terminator last, which '$' may stand before, gets the search.)
    int afterStop = Math.max(from, b.text.lastIndexOf('.', b.text.length() - 2) + 1);
    if (!b.text.endsWith(")") && !b.text.endsWith(").") && !b.text.endsWith("\u0085")
        && b.text.indexOf(':', afterStop) < 0 && b.text.indexOf('/', afterStop) < 0) {
      return false;
    }
    Matcher m = (slash ? CREDIT : CREDIT_WITHOUT_SLASH).matcher(b.text);
    m.region(from, b.text.length());
    if (!m.find()) {
      return false;
    }
    if (m.group().startsWith("(")) {
      return !b.text.endsWith(".") && (i == 0 || !blocks.get(i - 1).kept);
    }
    return true;
  }

  /**
   * Whether a word PHOTO_BY starts with occurs from {@code from} on (it is case-sensitive): " de "
   * alone is in most Spanish sentences.
   */
  private static boolean photoWord(String t, int from) {
    return t.indexOf("Photo", from) >= 0 || t.indexOf("Picture", from) >= 0
        || t.indexOf("Image", from) >= 0 || t.indexOf("Foto", from) >= 0
        || t.indexOf("Imágen", from) >= 0;
  }

  /** Furniture of a subscribe or sign-in box: prompts, form fields, buttons, consent notes. */
  private boolean boxFurniture(int i) {
    if (i < 0 || i >= blocks.size()) {
      return false;
    }
    Block b = blocks.get(i);
    return b.kind == Kind.BAD
        && (b.reason.startsWith("subscribe") || b.reason.equals("form field")
            || b.reason.equals("button or placeholder") || b.reason.startsWith("cookie"));
  }

  private void decideGap(int from, int to, List<Block> kept) {
    boolean box = false;
    int titles = 0;
    for (int k = from; k <= to; k++) {
      Block b = blocks.get(k);
      // A related-links label opens a box of links; a read-more line is a box of one line, and
      // the subheading after it belongs to the text.
      if (b.kind == Kind.BAD && b.reason.startsWith("related")) {
        box = true;
      }
      if (b.kind != Kind.BAD && b.isDateOnly(order)) {
        box = true;
      }
      // A picture's caption, decided already, is not one of a box's headlines: a caption
      // and the subheading after it are two lines of the text.
      if (b.titleLike && b.kind == Kind.SHORT && b.verdict == null) {
        titles++;
        if (b.copies >= 2) {
          box = true;
        }
      }
    }
    if (titles >= 2 && to - from >= 2) {
      box = true;
    }
    for (int k = from; k <= to; k++) {
      Block b = blocks.get(k);
      if (b.verdict != null) {
        continue;
      }
      if (b.kind == Kind.BAD) {
        b.verdict = b.reason;
      } else if (box && !(k == from && attribution(b)) && !subheadingAfterBox(k, from, to)) {
        b.verdict = "inline box (related links)";
      } else {
        keep(b, kept);
      }
    }
  }

  /**
   * The last line of a box gap that is a subheading of the text after the box: a single
   * headline-like line, not repeated, after the box's closing date or repeated headline.
   */
  private boolean subheadingAfterBox(int k, int from, int to) {
    if (k != to || k == from) {
      return false;
    }
    Block b = blocks.get(k);
    Block p = blocks.get(k - 1);
    return b.kind == Kind.SHORT && b.titleLike && b.copies <= 1 && b.blankBefore
        && !b.isDateOnly(order) && (p.isDateOnly(order) || p.copies >= 2);
  }

  private static boolean attribution(Block b) {
    char c = b.text.isEmpty() ? ' ' : b.text.charAt(0);
    return (c == '—' || c == '―' || c == '–') && b.counts.words <= 20;
  }

  private static void keep(Block b, List<Block> kept) {
    b.kept = true;
    b.verdict = "body";
    kept.add(b);
  }

  private static String body(List<Block> kept) {
    // Each block is a paragraph: a wrapped paragraph's lines were joined when it was split.
    StringBuilder out = new StringBuilder();
    for (Block b : kept) {
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      if (b.bullet) {
        out.append(b.marker).append(' ');
      }
      out.append(b.text.strip());
    }
    return out.toString();
  }

  private static String language(List<Block> kept) {
    long en = 0;
    long es = 0;
    for (Block b : kept) {
      en += b.counts.stopEn;
      es += b.counts.stopEs;
    }
    if (en + es < 5) {
      return null;
    }
    return es > en ? "es" : "en";
  }

  /**
   * Words in the longest run of kept prose: paragraphs not interrupted by dropped headings,
   * dates or bylines (page furniture such as ads does not interrupt). An article has a run of
   * several paragraphs; a list of teasers has one short paragraph per entry.
   */
  private int longestProseRun(int start, int end) {
    int best = 0;
    int run = 0;
    for (int i = start; i <= end; i++) {
      Block b = blocks.get(i);
      if (b.kept) {
        if (b.isProse()) {
          run += b.words();
          best = Math.max(best, run);
        }
      } else if (b.kind != Kind.BAD) {
        run = 0;
      }
    }
    return best;
  }

  /**
   * How many entries the page lists: a byline or date line with a headline-like line at most
   * two blocks above it (a teaser may sit between). Several mean an archive or results page.
   */
  private int listEntries() {
    int entries = 0;
    int lastMeta = -10;
    for (int i = 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.text.length() > 160 || b.kind == Kind.GOOD) {
        continue;
      }
      boolean meta = b.isDateOnly(order) || !b.byline().isEmpty();
      if (!meta) {
        continue;
      }
      if (i - lastMeta > 1) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
          Block t = blocks.get(k);
          if (t.kind == Kind.SHORT && t.titleLike && !t.isDateOnly(order)
              && t.names().isEmpty() && t.byline().isEmpty()) {
            entries++;
            break;
          }
        }
      }
      lastMeta = i;
    }
    return entries;
  }

  /** Whether the headline (or the page title line) says the page was not found. */
  private boolean notFound(int headline) {
    List<Block> candidates = new ArrayList<>();
    if (headline >= 0) {
      candidates.add(blocks.get(headline));
    }
    if (!blocks.isEmpty()) {
      candidates.add(blocks.get(0));
    }
    for (Block b : candidates) {
      if ((b.counts.vocabulary & Words.NOT_FOUND) != 0 && isNotFoundText(b.text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNotFoundText(String text) {
    String lower = Words.lower(text);
    return lower.contains("404") || lower.contains("not found") || lower.contains("no encontrad")
        || lower.contains("doesn't exist") || lower.contains("does not exist")
        || lower.contains("no existe");
  }

  private String noArticleReason() {
    int nonBlank = blocks.size();
    int linkish = 0;
    int notFound = 0;
    for (Block b : blocks) {
      if (b.bullet || (b.kind == Kind.SHORT && b.titleLike) || b.kind == Kind.BAD) {
        linkish++;
      }
      if ((b.counts.vocabulary & Words.NOT_FOUND) != 0 && b.text.length() < 120
          && isNotFoundText(b.text)) {
        notFound++;
      }
    }
    if (notFound > 0) {
      return "no article found: page looks like an error page (not found)";
    }
    if (linkish * 10 >= nonBlank * 7) {
      return "no article found: page is a list of links (home or archive page)";
    }
    return "no article found: no run of prose paragraphs";
  }

  // ---------------------------------------------------------------- sections, source, url

  private void readSections(int headline, int zoneStart, int zoneEnd, int end) {
    List<Integer> candidates = new ArrayList<>();
    int from = headline >= 0 ? Math.max(0, headline - 2) : zoneStart;
    for (int i = from; i < Math.min(blocks.size(), Math.max(zoneEnd, from + 10)); i++) {
      candidates.add(i);
    }
    for (int i = end + 1; i < Math.min(blocks.size(), end + 12); i++) {
      candidates.add(i);
    }
    for (int i : candidates) {
      Block b = blocks.get(i);
      if (b.text.length() > 300 || b.isProse() && b.counts.sentenceEnds > 0) {
        continue;
      }
      List<String> items = sectionItems(b.text);
      if (items != null) {
        result.sections = items;
        if (b.verdict == null || !b.kept) {
          b.verdict = "sections";
        }
        return;
      }
    }
    if (!breadcrumbSections.isEmpty()) {
      List<String> items = new ArrayList<>();
      String titleKey = headline >= 0 ? blocks.get(headline).key : null;
      for (String s : breadcrumbSections) {
        if (!s.isBlank() && Words.count(s).words <= 4 && !Words.key(s).equals(titleKey)) {
          items.add(s.strip());
        }
      }
      result.sections = items;
      return;
    }
    // A section label right above the headline ("Europe"), or above the kicker that sits
    // right above the headline ("Features", then "LETTER FROM THE SALT FLATS", then the
    // headline): the label names the section, the kicker the story's genre.
    if (headline > 0) {
      int at = headline - 1;
      Block above = blocks.get(at);
      if (at > 0 && allCaps(above.text) && above.kind == Kind.SHORT && !above.bullet
          && sectionLabel(at - 1)
          && blocks.get(at - 1).lastLine + 1 == above.firstLine) {
        at--;
      }
      Block k = blocks.get(at);
      List<String> row = labelRow(k);
      if (row != null) {
        result.sections = row;
        k.verdict = "sections";
      } else if (sectionLabel(at)) {
        String label = k.text.strip();
        result.sections =
            List.of(titleCaseIfCaps(label, 4));
        k.verdict = "sections";
      }
    }
  }

  /**
   * A one-to-three-word capitalised label that is not a date, a person's name ({@link
   * #personLine}) or the site's name.
   */
  private boolean sectionLabel(int at) {
    Block k = blocks.get(at);
    return k.kind == Kind.SHORT && !k.bullet && k.counts.words <= 3 && k.counts.numbers == 0
        && k.counts.capitalised == k.counts.content && k.counts.content > 0
        && Character.isUpperCase(k.text.charAt(0)) && k.counts.symbols == 0
        && k.date(order) == null && !personLine(at)
        && (result.source == null || !Words.key(result.source).equals(k.key));
  }

  /**
   * The items of a label row above the headline ("Analysis | Energy Program": the type of piece
   * and the desk), or null: two or three capitalised items of at most four words, no digits or
   * dates, separated by bars.
   */
  private List<String> labelRow(Block k) {
    if (k.bullet || k.text.length() > 80 || k.text.indexOf('|') < 0
        || !(k.kind == Kind.SHORT || "menu row".equals(k.reason))
        || k.counts.numbers > 0 || k.date(order) != null || !k.byline().isEmpty()) {
      return null;
    }
    String[] parts = MENU_SEPARATOR.split(k.text.strip());
    if (parts.length < 2 || parts.length > 3) {
      return null;
    }
    List<String> items = new ArrayList<>(parts.length);
    for (String p : parts) {
      Words.Counts c = Words.count(p);
      if (p.isEmpty() || c.words > 4 || !Character.isUpperCase(p.charAt(0))
          || c.capitalised < c.content) {
        return null;
      }
      items.add(titleCaseIfCaps(p, 4));
    }
    return items;
  }

  /**
   * The items of a category line ("in A, B, C", "Filed under: A, B"), or null when the line is
   * not one. Each item must be a short capitalised name: "In Caracas, the government said" is
   * prose.
   */
  private static final Pattern SECTION_SEPARATOR =
      Pattern.compile("\\s*[,|;·•/]\\s*|\\s+(?:and|y)\\s+");
  private static final Pattern FINAL_DOT = Pattern.compile("[.]$");

  private static List<String> sectionItems(String text) {
    Matcher m = SECTIONS.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String list = m.group(1) != null ? m.group(1) : m.group(2);
    List<String> items = new ArrayList<>();
    for (String item : SECTION_SEPARATOR.split(list)) {
      String s = FINAL_DOT.matcher(item.strip()).replaceAll("");
      if (s.isEmpty()) {
        continue;
      }
      Words.Counts c = Words.count(s);
      if (c.words > 5 || !Character.isUpperCase(s.charAt(0)) && !Character.isDigit(s.charAt(0))) {
        return null;
      }
      items.add(titleCaseIfCaps(s, 4));
    }
    boolean labelled = m.group(2) != null;
    if (items.isEmpty() || !(labelled || items.size() >= 2 || list.length() < 40)) {
      return null;
    }
    return items;
  }

  private static final Pattern URL_LINE =
      Pattern.compile(
          "^(?:(?:url|source|link|fuente|enlace|canonical|address)\\s*:\\s*)?(https?://\\S+)$",
          Pattern.CASE_INSENSITIVE);

  private String findUrl() {
    for (int i = 0; i < Math.min(blocks.size(), 5); i++) {
      Matcher m = URL_LINE.matcher(blocks.get(i).text.strip());
      if (m.matches()) {
        blocks.get(i).verdict = "url";
        return m.group(1);
      }
    }
    return null;
  }

  private static final Pattern COPYRIGHT_NAME =
      Pattern.compile(
          "(?:©|\\(c\\)|copyright|&copy;)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*[,.]?\\s*)?(.+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The site's name, its brand rather than the company that owns it, and never a stamp, a
   * count, a legal notice or a person: the suffix of a "Title | Site" line that repeats the
   * headline; else the masthead (a line above the headline that starts with the copyright
   * holder's name or part of it: "Ledgerline" for "Ledgerline Media Inc.", "The Calloway
   * Center" for "The Calloway Center for Policy Research", "Northsea News" for "Northsea");
   * else, when the copyright holder is a company (a legal form such as LLC, or a word such as
   * Media or Broadcasting) that no line above the headline names, the name in the site's own
   * "Site | Tagline" line at the top of the page; else the copyright holder. A copyright holder
   * who is the story's author (a writer's own newsletter) or no copyright line at all leaves
   * the name the page itself repeats: the first brand-shaped line at the top that recurs
   * elsewhere on the page ("Thanks for reading X", "X uses cookies", a photo credit); else the
   * site's title line; else the most common "| Site" suffix that is shaped like a name.
   */
  private String findSource(int headline) {
    if (headline >= 0) {
      String site = titleTags.get(blocks.get(headline).key);
      if (site != null && brandShaped(site)) {
        return site;
      }
    }
    String copyright = copyrightName();
    if (copyright != null && !result.authors.contains(copyright)) {
      String masthead = masthead(headline, copyright);
      if (masthead != null) {
        return masthead;
      }
      String site = copyrightCompany ? siteTitle(headline) : null;
      return site != null ? site : copyright;
    }
    String repeated = repeatedMasthead(headline);
    if (repeated != null) {
      return repeated;
    }
    String site = siteTitle(headline);
    if (site != null) {
      return site;
    }
    Map<String, Integer> votes = new HashMap<>();
    for (String tagged : titleTags.values()) {
      if (brandShaped(tagged)) {
        votes.merge(tagged, 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (best == null || e.getValue() > votes.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * Whether a name could be a site's: one to five words without digits or sentence ends, every
   * word but function words capitalised, and not the story's author. "4 min read", "12
   * sources", "Registro en trámite" and "Ana Ruiz" (when she wrote the story) are not.
   */
  private boolean brandShaped(String name) {
    Words.Counts c = Words.count(name);
    if (c.words < 1 || c.words > 5 || name.length() > 50 || c.content == 0
        || c.capitalised < c.content || c.sentenceEnds > 0 || name.indexOf(':') >= 0) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isDigit(name.charAt(i))) {
        return false;
      }
    }
    return !result.authors.contains(name.strip());
  }

  /** Whether every word of the name is a furniture word ("News", "Subscribe"). */
  private static boolean allVocabulary(String name) {
    Words.Counts c = Words.count(name);
    return c.vocabularyWords == c.words;
  }

  /** How many brand-shaped lines at the top {@link #repeatedMasthead} looks for elsewhere. */
  private static final int MASTHEAD_TRIES = 5;

  /**
   * The site's name as the page repeats it: the first brand-shaped line above the headline (a
   * logo mark's text, or a name before a frequency or channel number such as "FM 98.3", which
   * is cut) whose name recurs, as whole words, in another block of the page. A masthead is
   * printed once and named again by the page's own furniture: "Thanks for reading X", "X uses
   * cookies", "Archivo X". Bounded: a few candidates, each one pass over the page.
   */
  private String repeatedMasthead(int headline) {
    int to = headline >= 0 ? headline : Math.min(blocks.size(), 40);
    int tries = 0;
    for (int i = 0; i < Math.min(to, 40) && tries < MASTHEAD_TRIES; i++) {
      Block b = blocks.get(i);
      if (b.bullet || b.text.length() > 80
          || b.kind == Kind.BAD && !b.reason.equals("button or placeholder")
              && !b.reason.equals("image placeholder")) {
        continue;
      }
      String name = nameBeforeNumber(withoutMarks(b.text));
      if (name.isEmpty() || !brandShaped(name) || personLine(i) || menuName(i)
          || allVocabulary(name)) {
        continue; // a person, a section, or furniture words ("News", "Subscribe")
      }
      tries++;
      if (namedElsewhere(name, i)) {
        return titleCaseIfCaps(name, 0);
      }
    }
    return null;
  }

  /**
   * The words of a masthead before its first number, and before a short code in capitals right
   * before that number: "Radio Pampa Sur" of "Radio Pampa Sur FM 98.3".
   */
  private static String nameBeforeNumber(String t) {
    String[] tokens = t.split(" ");
    int end = 0;
    while (end < tokens.length && tokens[end].chars().noneMatch(Character::isDigit)) {
      end++;
    }
    if (end < tokens.length && end > 1 && tokens[end - 1].length() <= 3
        && allCaps(tokens[end - 1])) {
      end--;
    }
    return String.join(" ", java.util.Arrays.asList(tokens).subList(0, end)).strip();
  }

  /**
   * Whether a longer line of the page holds the name as whole words (as printed, or in
   * capitals): a sentence or a credit that names the site, not the same short line again.
   */
  private boolean namedElsewhere(String name, int except) {
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    for (int k = 0; k < blocks.size(); k++) {
      String t = blocks.get(k).text;
      if (k == except || t.length() <= name.length() + 2 || t.length() > 600) {
        continue;
      }
      if (wholeWords(t, name) || wholeWords(t, upper)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wholeWords(String t, String name) {
    for (int at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
      int after = at + name.length();
      if ((at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)))
          && (after == t.length() || !Character.isLetterOrDigit(t.charAt(after)))) {
        return true;
      }
    }
    return false;
  }

  /** A legal form at the end of a company's name: "Inc.", "LLC", "Ltd", "S.A.S.", "GmbH". */
  private static final Pattern LEGAL_FORM =
      Pattern.compile(
          "(?i)[,.]?\\s+(?:inc|llc|ltd|ltda|limited|s\\.a\\.s|sas|s\\.a|sa|s\\.l|sl|gmbh|corp"
              + "|plc|co)\\.?$");

  /** Last words of a company's name, not of a publication's. */
  private static final java.util.Set<String> CORPORATE =
      java.util.Set.of("media", "group", "broadcasting", "communications", "holdings",
          "publishing", "publications", "company", "corporation", "enterprises", "ventures",
          "networks", "medios", "comunicaciones", "grupo", "editorial", "ediciones");

  /** Last words that make a publication's name of its owner's ("Northsea" → "Northsea News"). */
  private static final java.util.Set<String> MEDIA_WORDS =
      java.util.Set.of("news", "noticias", "online", "digital", "today", "daily", "tv", "radio",
          "now", "live");

  /** Whether the copyright holder read last is a company (legal form or corporate word). */
  private boolean copyrightCompany;

  // Compiled once: String.split and replaceAll compile their pattern on every call.
  private static final Pattern AFTER_HOLDER =
      Pattern.compile(
          "\\s+[-–—|·]\\s+|\\s*\\|\\s*|\\.\\s|,\\s|\\s+all rights|\\s+todos los|"
              + "\\s+design|\\s+powered|\\s+desarroll|\\s+tous");
  private static final Pattern LEADING_BY = Pattern.compile("(?i)^(?:by|por)\\s+");
  private static final Pattern TRAILING_YEARS =
      Pattern.compile("\\s*\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\.?$");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");

  private String copyrightName() {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      if (!"copyright/footer".equals(b.reason)) {
        continue;
      }
      Matcher m = COPYRIGHT_NAME.matcher(b.text);
      if (!m.find()) {
        continue;
      }
      String name = Words.beforeFirst(AFTER_HOLDER, m.group(1));
      name = LEADING_BY.matcher(name).replaceAll("");
      name = TRAILING_YEARS.matcher(name).replaceAll("");
      Matcher legal = LEGAL_FORM.matcher(name);
      boolean company = legal.find();
      name = TRAILING_PUNCTUATION.matcher(legal.replaceAll("")).replaceAll("").strip();
      Words.Counts c = Words.count(name);
      if (c.words >= 1 && c.words <= 6 && name.length() <= 60
          && Character.isUpperCase(name.codePointAt(0))) {
        copyrightCompany =
            company || CORPORATE.contains(Words.lower(name.substring(name.lastIndexOf(' ') + 1)));
        return name;
      }
    }
    return null;
  }

  /**
   * The masthead: the line nearest above the headline that starts with the copyright holder's
   * name or its first half or more ("THE HARBOUR GAZETTE" for "Harbour Gazette Media", "The
   * Calloway Center" in "The Calloway Center Donate Newsletters Search" for "The Calloway Center
   * for Policy Research"), possibly followed by a media word that ends the line ("Northsea
   * News" for "Northsea"): the publication's own name, which the copyright line extends with
   * the company's.
   */
  private String masthead(int headline, String copyright) {
    java.util.Set<String> owner = new java.util.HashSet<>();
    int ownerContent = 0;
    for (String w : Words.key(copyright).split(" ")) {
      if (owner.add(w) && !Words.isFunctionWord(w)) {
        ownerContent++;
      }
    }
    int to = headline >= 0 ? headline : Math.min(blocks.size(), 40);
    String best = null;
    int bestShared = 0;
    for (int i = to - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      if (b.bullet || b.text.length() > 80 || b.counts.numbers > 0) {
        continue;
      }
      String t = withoutMarks(b.text);
      if (t.isEmpty()) {
        continue;
      }
      String[] tokens = t.split(" ");
      int end = 0; // tokens [0, end) are the name
      int run = 0;
      int shared = 0;
      for (String token : tokens) {
        String w = Words.key(token);
        boolean function = Words.isFunctionWord(w);
        if (w.isEmpty() || !(owner.contains(w) || function) || run == 6) {
          break;
        }
        run++;
        if (!function) {
          shared++;
          end = run;
        }
      }
      // The fullest name wins; of equals, the one nearest the headline (a site's masthead
      // under its owner's top bar). A slogan that quotes part of the name names less of it.
      if (shared <= bestShared || shared * 2 < ownerContent) {
        continue;
      }
      if (end == tokens.length - 1 && MEDIA_WORDS.contains(Words.key(tokens[end]))) {
        end++;
      }
      String name = String.join(" ", java.util.Arrays.asList(tokens).subList(0, end));
      best = titleCaseIfCaps(name, 0);
      bestShared = shared;
    }
    return best;
  }

  /**
   * The name in the site's own title line at the top of the page, "Site | Tagline" ("Green
   * Country Now | Channel 8"): two short names, neither the headline, well above it. The longer
   * of the two (the first on a tie) is the site's, when it has two words or more; the other is a
   * slogan, a channel or a section.
   */
  private String siteTitle(int headline) {
    int to = Math.min(headline >= 0 ? headline - 2 : blocks.size(), 30);
    for (int i = 0; i < to; i++) {
      Block b = blocks.get(i);
      if (b.bullet || b.text.length() > 60 || b.text.indexOf('|') < 0) {
        continue;
      }
      String[] parts = MENU_SEPARATOR.split(b.text.strip());
      if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
        continue;
      }
      Words.Counts a = Words.count(parts[0]);
      Words.Counts c = Words.count(parts[1]);
      if (a.words > 5 || c.words > 5 || a.sentenceEnds + c.sentenceEnds > 0
          || !Character.isUpperCase(parts[0].charAt(0)) || !Character.isUpperCase(parts[1].charAt(0))) {
        continue;
      }
      String site = c.words > a.words ? parts[1] : parts[0];
      if (Math.max(a.words, c.words) < 2) {
        continue; // "News | Politics": a section, not a site's name
      }
      return titleCaseIfCaps(site, 0);
    }
    return null;
  }

  /** {@code t} in Title Case when it is all capitals and at least {@code minLength} long. */
  private static String titleCaseIfCaps(String t, int minLength) {
    return t.length() >= minLength && t.equals(t.toUpperCase(java.util.Locale.ROOT))
        ? titleCase(t)
        : t;
  }

  private static String titleCase(String t) {
    StringBuilder b = new StringBuilder(t.length());
    boolean start = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return b.toString();
  }

  /** For tests and the explanation: block verdicts in page order. */
  List<Block> blocks() {
    return blocks;
  }

}
