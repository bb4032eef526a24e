package io.newssearch.ingest;

import io.newssearch.Article;
import io.newssearch.Published;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Reuters-21578 SGML files ({@code reut2-*.sgm}): one article per {@code <REUTERS>} story,
 * streamed story by story.
 *
 * <pre>{@code
 * try (Reader in = Files.newBufferedReader(Path.of("reut2-000.sgm"))) {
 *   ReutersReader.read(in, "reut2-000.sgm", outcome -> ...);   // 1000 Parsed outcomes
 * }
 * }</pre>
 *
 * <p>Mapping of a story to an {@link Article}:
 *
 * <ul>
 *   <li>{@code NEWID="17"} → id {@code "reuters-21578:17"}. Not the bare number: ids share one
 *       space with every other source (canonical URLs, {@code h:} hashes, ids from JSON Lines),
 *       where a bare "17" could meet another collection's article 17 and replace it.
 *   <li>{@code DATE} {@code 26-FEB-1987 15:01:01.79} → published with that time in UTC (the
 *       collection gives no zone). Read leniently: day-month-year and a time are looked for
 *       anywhere in the element; a bad time keeps the date alone; no date at all keeps the
 *       story without one.
 *   <li>{@code TITLE} → title (entities decoded, whitespace collapsed).
 *   <li>{@code DATELINE} and {@code BODY} → body, the dateline first ({@code "CITY, Feb 26 -
 *       The text..."}). Paragraph starts, marked in the collection by an indent (a tab, spaces,
 *       or the escaped tab {@code &\t}), become blank lines; hard-wrapped lines are joined;
 *       table rows keep their line breaks; the closing "Reuter" sign-off and control marks
 *       ({@code &#2;}, {@code &#3;}...) are dropped.
 *   <li>{@code AUTHOR} {@code "    by Jane Smith, Reuters"} → authors {@code ["Jane Smith"]};
 *       "A and B" gives two authors; names written in capitals are title-cased.
 *   <li>{@code TOPICS} values → sections, as given ({@code "crude"}).
 *   <li>{@code PLACES} codes → tags, as canonical English country names from {@code
 *       reuters-places.tsv} (which documents the choices for states that no longer exist);
 *       codes that name no country today, or are unknown, give no tag. Regions are left to
 *       the index's tagger.
 *   <li>source "Reuters", language "en".
 * </ul>
 *
 * <p>A story without a {@code BODY} is kept with its title (the collection's one-line briefs).
 * A story whose text has no structure at all ({@code TYPE="UNPROC"}: tables, price lists) is
 * kept with its first line as title and the rest as body. A story with no text is skipped
 * ("no title and no body"); a story cut off by the end of the file is invalid ("truncated
 * story"), the stories before it are kept. Outcomes are located as {@code "NEWID=17"} (or
 * {@code "offset 1234"}, in chars, when there is no NEWID to name).
 *
 * <p>The text is read with the caller's decoding (UTF-8 for the collection, which is ASCII
 * with one UTF-8 character). Stories are parsed in time linear in their length, and memory is
 * bounded by {@link #MAX_STORY_CHARS} whatever the file. Thread-safe: no shared mutable state.
 */
public final class ReutersReader {

  /** Longest story read, in chars; a longer one is reported invalid and skipped unread. */
  public static final int MAX_STORY_CHARS = 4 * 1024 * 1024;

  /** What every id starts with, before the story's NEWID. */
  public static final String ID_PREFIX = "reuters-21578:";

  private static final int MAX_BYLINE_CHARS = 500;

  private static final String OPEN = "<REUTERS";
  private static final String CLOSE = "</REUTERS>";

  private static final Pattern NEWID = Pattern.compile("\\bNEWID\\s*=\\s*\"?\\s*(\\d{1,18})");

  // Day-month-year, then an optional time right after it: "26-FEB-1987 15:01:01.79".
  private static final Pattern DATE =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})-([A-Za-z]{3})-(\\d{4})"
              + "(?:\\s+(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(?![\\d:]))?");

  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

  // The sign-off at the end of a body: on its own (last paragraph or line), after a sentence,
  // or after a gap; never after a plain word, so "..., he told Reuters." stays.
  private static final Pattern SIGN_OFF =
      Pattern.compile("(?i)(?:^|\\n|(?<=[.!?\"')\\]])\\s+|\\s{2,})reuters?\\.{0,3}$");

  private static final Pattern SIGN_OFF_LINE = Pattern.compile("(?i)reuters?\\.{0,3}");

  private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
  private static final Pattern AGENCY = Pattern.compile("(?i)[,\\s]+reuters?[a-z]?\\.?$");
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("(?i)\\s+and\\s+|\\s*[;,&]\\s*");
  private static final Pattern FILLER = Pattern.compile("(?i)^\\**+\\s*+(?:blah blah blah\\.?)?$");

  private ReutersReader() {}

  /**
   * Reads every story of {@code in}, passing one outcome per story to {@code sink}.
   *
   * @param input the name used in outcomes (a file path)
   * @throws IOException when reading fails (not for bad content, which becomes outcomes)
   */
  public static void read(Reader in, String input, Consumer<ReadOutcome> sink) throws IOException {
    new Scanner(in, input, sink).run();
  }

  /**
   * Finds stories in a stream: text from {@code <REUTERS} to {@code </REUTERS>}. Keeps at most
   * one story and one chunk in memory; every char is looked at a bounded number of times.
   */
  private static final class Scanner {
    private final Reader in;
    private final String input;
    private final Consumer<ReadOutcome> sink;
    private final char[] chunk = new char[64 * 1024];
    private final StringBuilder buf = new StringBuilder();
    private long dropped; // chars removed from the front of buf, for offsets
    private int pos; // next index of buf to scan
    private int storyStart = -1; // index of the open story's "<REUTERS", or -1
    private boolean eof;
    private int stories;

    Scanner(Reader in, String input, Consumer<ReadOutcome> sink) {
      this.in = in;
      this.input = input;
      this.sink = sink;
    }

    void run() throws IOException {
      while (true) {
        int lt = indexOf(buf, '<', pos);
        if (lt < 0 || (buf.length() - lt < CLOSE.length() && !eof)) {
          pos = lt < 0 ? buf.length() : lt;
          if (eof) {
            break;
          }
          fill();
          continue;
        }
        if (startsWith(buf, lt, OPEN) && tagNameEnds(buf, lt + OPEN.length())) {
          if (storyStart >= 0) {
            truncated(buf.substring(storyStart, lt), dropped + storyStart);
          }
          storyStart = lt;
          stories++;
          pos = lt + OPEN.length();
        } else if (startsWith(buf, lt, CLOSE)) {
          if (storyStart >= 0) {
            String story = buf.substring(storyStart, lt + CLOSE.length());
            sink.accept(parseStory(story, input, dropped + storyStart));
            storyStart = -1;
          }
          pos = lt + CLOSE.length();
        } else {
          pos = lt + 1;
        }
      }
      if (storyStart >= 0) {
        truncated(buf.substring(storyStart), dropped + storyStart);
      } else if (stories == 0) {
        sink.accept(new ReadOutcome.Skipped(input, "", "no <REUTERS> story in the file"));
      }
    }

    /** Reads the next chunk, first dropping what is behind the scan and the open story. */
    private void fill() throws IOException {
      int keep = storyStart >= 0 ? storyStart : pos;
      if (keep > 0 && (keep >= chunk.length || keep > buf.length() / 2)) {
        buf.delete(0, keep);
        dropped += keep;
        pos -= keep;
        if (storyStart >= 0) {
          storyStart -= keep;
        }
      }
      int n = in.read(chunk);
      if (n < 0) {
        eof = true;
        return;
      }
      buf.append(chunk, 0, n);
      if (storyStart >= 0 && buf.length() - storyStart > MAX_STORY_CHARS) {
        String head = buf.substring(storyStart, Math.min(buf.length(), storyStart + 1000));
        sink.accept(
            new ReadOutcome.Invalid(
                input,
                location(head, dropped + storyStart),
                "story is longer than " + MAX_STORY_CHARS + " chars; skipped"));
        storyStart = -1; // the rest of it, up to its </REUTERS>, is passed over
        dropped += pos;
        buf.delete(0, pos);
        pos = 0;
      }
    }

    private void truncated(String story, long offset) {
      sink.accept(
          new ReadOutcome.Invalid(
              input, location(story, offset), "truncated story: it has no closing </REUTERS>"));
    }
  }

  /** "NEWID=17", or "offset N" when the open tag names no NEWID. */
  private static String location(String story, long offset) {
    String id = newId(story);
    return id != null ? "NEWID=" + id : "offset " + offset;
  }

  /** The NEWID attribute of the story's open tag, or null. */
  static String newId(String story) {
    int gt = story.indexOf('>');
    String tag = story.substring(0, gt < 0 ? Math.min(story.length(), 1000) : Math.min(gt, 1000));
    Matcher m = NEWID.matcher(tag);
    return m.find() ? stripZeros(m.group(1)) : null;
  }

  private static String stripZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  /**
   * One complete story (from {@code <REUTERS} to {@code </REUTERS>}) as an outcome.
   *
   * @param offset where the story starts in the input, in chars (for stories without NEWID)
   */
  static ReadOutcome parseStory(String story, String input, long offset) {
    String id = newId(story);
    if (id == null) {
      return new ReadOutcome.Invalid(input, "offset " + offset, "story has no NEWID attribute");
    }
    String where = "NEWID=" + id;
    int headStart = Math.max(0, story.indexOf('>') + 1);
    int storyEnd = story.endsWith(CLOSE) ? story.length() - CLOSE.length() : story.length();
    int textOpen = findTag(story, "<TEXT", headStart, storyEnd);
    int headEnd = textOpen < 0 ? storyEnd : textOpen;
    Element date = Element.find(story, "DATE", headStart, headEnd);
    Element topics = Element.find(story, "TOPICS", headStart, headEnd);
    Element places = Element.find(story, "PLACES", headStart, headEnd);

    String title = "";
    String body = "";
    List<String> authors = List.of();
    if (textOpen >= 0) {
      int gt = story.indexOf('>', textOpen);
      int textStart = gt < 0 ? storyEnd : gt + 1;
      int close = story.indexOf("</TEXT>", textStart);
      int textEnd = close < 0 || close > storyEnd ? storyEnd : close;
      Element t = Element.find(story, "TITLE", textStart, textEnd);
      Element d = Element.find(story, "DATELINE", textStart, textEnd);
      Element a = Element.find(story, "AUTHOR", textStart, textEnd);
      Element b = Element.find(story, "BODY", textStart, textEnd);
      title = t == null ? "" : collapse(clean(t.content(story)));
      authors = a == null ? List.of() : authors(a.content(story));
      if (b != null) {
        body = body(b.content(story));
      } else {
        // A brief (title only) or an unstructured story: what TEXT holds outside the elements.
        String rest = remainder(story, textStart, textEnd, t, d, a);
        String[] lines = rest.split("\r\n|\r|\n", -1);
        int first = skipFiller(lines);
        if (title.isEmpty()) {
          while (first < lines.length && title.isEmpty()) {
            title = collapse(clean(lines[first++]));
          }
        }
        body = body(String.join("\n", List.of(lines).subList(first, lines.length)));
      }
      String dateline = d == null ? "" : collapse(clean(d.content(story)));
      if (!dateline.isEmpty() && !body.isEmpty()) {
        body = dateline + " " + body;
      }
    }
    if (title.isEmpty() && body.isEmpty()) {
      return new ReadOutcome.Skipped(input, where, "no title and no body");
    }
    try {
      Article article =
          Article.builder()
              .id(ID_PREFIX + id)
              .source("Reuters")
              .language("en")
              .title(title)
              .authors(authors)
              .published(date == null ? null : parseDate(date.content(story)))
              .sections(values(story, topics))
              .tags(ReutersPlaces.countries(values(story, places)))
              .body(body)
              .build();
      return new ReadOutcome.Parsed(input, where, article);
    } catch (IllegalArgumentException e) {
      return new ReadOutcome.Invalid(input, where, e.getMessage());
    }
  }

  /** Where an element's content is in the story: {@code <NAME>content</NAME>}. */
  private record Element(int start, int contentStart, int contentEnd, int end) {

    String content(String s) {
      return s.substring(contentStart, contentEnd);
    }

    /** The first element of that name in [from, to); an unclosed one runs to {@code to}. */
    static Element find(String s, String name, int from, int to) {
      String open = "<" + name + ">";
      int start = s.indexOf(open, from);
      if (start < 0 || start >= to) {
        return null;
      }
      int contentStart = start + open.length();
      int close = s.indexOf("</" + name + ">", contentStart);
      if (close < 0 || close > to) {
        return new Element(start, Math.min(contentStart, to), to, to);
      }
      return new Element(start, contentStart, close, close + name.length() + 3);
    }
  }

  /** Index of an open tag {@code <NAME} followed by '>' or whitespace, in [from, to), or -1. */
  private static int findTag(String s, String open, int from, int to) {
    int i = s.indexOf(open, from);
    while (i >= 0 && i < to) {
      if (tagNameEnds(s, i + open.length())) {
        return i;
      }
      i = s.indexOf(open, i + 1);
    }
    return -1;
  }

  private static boolean tagNameEnds(CharSequence s, int i) {
    if (i >= s.length()) {
      return true; // the file ends inside the tag: still a (truncated) story
    }
    char c = s.charAt(i);
    return c == '>' || Character.isWhitespace(c);
  }

  /** The text of [from, to) without the given elements (any of which may be null). */
  private static String remainder(String s, int from, int to, Element... cut) {
    List<Element> present = new ArrayList<>();
    for (Element e : cut) {
      if (e != null) {
        present.add(e);
      }
    }
    present.sort((x, y) -> Integer.compare(x.start(), y.start()));
    StringBuilder out = new StringBuilder();
    int at = from;
    for (Element e : present) {
      if (e.start() > at) {
        out.append(s, at, e.start());
      }
      at = Math.max(at, e.end());
    }
    if (at < to) {
      out.append(s, at, to);
    }
    return out.toString();
  }

  /** The {@code <D>} values of a category element, decoded, blanks dropped. */
  private static List<String> values(String s, Element e) {
    if (e == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    int at = e.contentStart();
    while (true) {
      Element d = Element.find(s, "D", at, e.contentEnd());
      if (d == null) {
        return out;
      }
      String v = collapse(clean(d.content(s)));
      if (!v.isEmpty()) {
        out.add(v);
      }
      at = Math.max(d.end(), at + 1);
    }
  }

  /**
   * The publication time of a DATE element: day-month-year and the time after it, in UTC;
   * the date alone when the time is missing or impossible; null when there is no date.
   */
  static Published parseDate(String text) {
    String t = clean(text.length() > 200 ? text.substring(0, 200) : text);
    Matcher m = DATE.matcher(t);
    while (m.find()) {
      int month = MONTHS.indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
      if (month == 0) {
        continue;
      }
      LocalDate date;
      try {
        date = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
      } catch (DateTimeException e) {
        continue; // 31-FEB: not a date; look further
      }
      if (m.group(4) == null) {
        return Published.of(date);
      }
      try {
        String fraction = m.group(7) == null ? "" : m.group(7);
        int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        LocalTime time =
            LocalTime.of(
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)),
                nanos);
        return Published.of(ZonedDateTime.of(date, time, ZoneOffset.UTC));
      } catch (DateTimeException e) {
        return Published.of(date); // "25:61:00": the date is still good
      }
    }
    return null;
  }

  /** Bylines of an AUTHOR element: "by A and B, Reuters" gives [A, B]. */
  static List<String> authors(String raw) {
    // A byline is a few names; capping it keeps the regexes below linear on hostile input.
    String s = collapse(clean(raw.length() > MAX_BYLINE_CHARS ? raw.substring(0, MAX_BYLINE_CHARS) : raw));
    s = BY.matcher(s).replaceFirst("");
    s = AGENCY.matcher(s).replaceFirst("");
    List<String> out = new ArrayList<>();
    for (String name : AUTHOR_SEPARATOR.split(s)) {
      String n = name.strip();
      if (n.isEmpty() || n.equalsIgnoreCase("reuters") || n.equalsIgnoreCase("reuter")) {
        continue;
      }
      out.add(shouted(n) ? titleCase(n) : n);
    }
    return out;
  }

  /**
   * True for a name in capitals ("TED d'AFFLISIO", a stray small letter allowed) or in small
   * letters only ("keith grant"): its case says nothing, so it is title-cased.
   */
  private static boolean shouted(String name) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper == 0 ? lower > 0 : upper >= 3 * lower && upper > 1;
  }

  /** "TED D'AFFLISIO" → "Ted D'Afflisio": capitals after a space, hyphen, or "X'". */
  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean wordStart =
          i == 0
              || s.charAt(i - 1) == ' '
              || s.charAt(i - 1) == '-'
              || (s.charAt(i - 1) == '\'' && (i == 2 || (i > 2 && s.charAt(i - 3) == ' ')));
      out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }

  /**
   * The text of a BODY: paragraphs (started by an indent) separated by a blank line, wrapped
   * lines joined, table rows kept on their own lines, the closing sign-off dropped.
   */
  static String body(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    StringBuilder para = new StringBuilder();
    boolean lastTabular = false;
    String[] lines = raw.split("\r\n|\r|\n", -1);
    int end = lines.length;
    while (end > 0 && lineText(lines[end - 1]).isEmpty()) {
      end--;
    }
    if (end > 0 && SIGN_OFF_LINE.matcher(lineText(lines[end - 1])).matches()) {
      end--; // the sign-off on a line of its own, before it can be joined to the last sentence
    }
    for (int i = 0; i < end; i++) {
      boolean indented = false;
      String l = lines[i];
      if (l.endsWith("^M")) {
        l = l.substring(0, l.length() - 2); // a carriage return written as text
      }
      if (l.startsWith("&\\t")) {
        indented = true; // the collection's escaped tab: a paragraph start
        l = l.substring(3);
      } else if (!l.isEmpty() && (l.charAt(0) == ' ' || l.charAt(0) == '\t')) {
        indented = true;
      }
      l = clean(l).strip();
      if (l.isEmpty()) {
        flush(out, para);
        lastTabular = false;
        continue;
      }
      boolean tabular = isTabular(l);
      if (para.isEmpty()) {
        para.append(l);
      } else if (tabular && lastTabular) {
        para.append('\n').append(l);
      } else if (indented) {
        flush(out, para);
        para.append(l);
      } else {
        para.append(tabular || lastTabular ? '\n' : ' ').append(l);
      }
      lastTabular = tabular;
    }
    flush(out, para);
    return dropSignOff(out.toString());
  }

  /** A line's text without marks: escaped tab, written carriage return, entities, spaces. */
  private static String lineText(String line) {
    String l = line.endsWith("^M") ? line.substring(0, line.length() - 2) : line;
    return clean(l.startsWith("&\\t") ? l.substring(3) : l).strip();
  }

  /** A row of a table: columns set apart by runs of spaces, or dot leaders. */
  private static boolean isTabular(String line) {
    return line.contains("   ") || line.indexOf('\t') >= 0 || line.contains("....");
  }

  private static void flush(StringBuilder out, StringBuilder para) {
    if (para.isEmpty()) {
      return;
    }
    if (!out.isEmpty()) {
      out.append("\n\n");
    }
    out.append(para);
    para.setLength(0);
  }

  private static String dropSignOff(String text) {
    int tailStart = Math.max(0, text.length() - 40);
    Matcher m = SIGN_OFF.matcher(text);
    m.region(tailStart, text.length());
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    if (m.find()) {
      return text.substring(0, m.start()).strip();
    }
    return text;
  }

  /**
   * The index of the first line after a brief's filler ("******Blah blah blah.") and blank
   * lines; asterisks in front of that line (an unmarked title) are removed from it.
   */
  private static int skipFiller(String[] lines) {
    int i = 0;
    while (i < lines.length && FILLER.matcher(clean(lines[i]).strip()).matches()) {
      i++;
    }
    if (i < lines.length) {
      lines[i] = lines[i].replaceFirst("^\\*+", "");
    }
    return i;
  }

  /** Whitespace runs to one space, ends stripped. */
  static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Decodes entities ({@code &lt; &gt; &amp; &quot; &apos; &#N; &#xN;}) in one pass (so
   * {@code &amp;lt;} is {@code &lt;}), and drops control characters other than tab and line
   * breaks, whether written as entities ({@code &#3;}) or raw. Anything else after an
   * ampersand stays as it is.
   */
  static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '&') {
        int semi = -1;
        for (int j = i + 1; j < n && j <= i + 10; j++) { // entities are short: look no further
          if (s.charAt(j) == ';') {
            semi = j;
            break;
          }
        }
        if (semi > i + 1) {
          int cp = entity(s, i + 1, semi);
          if (cp >= 0) {
            if (!isControl(cp)) {
              out.appendCodePoint(cp);
            }
            i = semi;
            continue;
          }
        }
        out.append(c);
      } else if (!isControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The code point of the entity name in s[from, to), or -1 when it is not one. */
  private static int entity(String s, int from, int to) {
    String name = s.substring(from, to);
    switch (name) {
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "amp":
        return '&';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      default:
        break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return -1;
    }
    boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
    String digits = name.substring(hex ? 2 : 1);
    if (digits.isEmpty()) {
      return -1;
    }
    try {
      int cp = Integer.parseInt(digits, hex ? 16 : 10);
      return Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) ? cp : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isControl(int cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp < 0xA0);
  }

  private static int indexOf(StringBuilder s, char c, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(StringBuilder s, int at, String prefix) {
    if (at + prefix.length() > s.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (s.charAt(at + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
