package io.newssearch.capture;

/**
 * A unit of a capture: one line, or the lines of one wrapped paragraph. Holds the facts the
 * cleaner judges it by and, once judged, the verdict. Mutable, confined to one read.
 */
final class Block {

  /** How a block reads on its own, in the jusText sense. */
  enum Kind {
    /** A prose paragraph: long enough, many function words. */
    GOOD,
    /** Prose-like but short or thin. */
    NEAR_GOOD,
    /** Too short to judge alone: headings, names, dates, labels. */
    SHORT,
    /** Page furniture: menus, share rows, banners, prompts. */
    BAD
  }

  /** 1-based number of the first line. */
  final int firstLine;
  /** 1-based number of the last line. */
  int lastLine;
  /** The text, lines joined with a space, bullet marker removed. */
  String text;
  /** Whether the line started with a bullet marker. */
  final boolean bullet;
  /** The bullet character ('•', '◦', '-', ...), or 0. */
  char marker;
  /** Leading spaces of the first line. */
  final int indent;
  /** Whether a blank line (or the start of the page) comes before this block. */
  boolean blankBefore;

  Words.Counts counts;
  Kind kind;
  /** Why the block is BAD (or what SHORT thing it is); null when nothing particular. */
  String reason;
  /** A headline-shaped line: no sentence end, few words. */
  boolean titleLike;

  /** The comparison key ({@link Words#key}), for short blocks only (null for long ones). */
  String key;
  /** How many blocks of the page have the same key. */
  int copies;

  /** Lazily computed: 1 yes, -1 no, 0 not yet. */
  private byte dateOnly;

  /**
   * A line under a live or breaking-news badge ("LIVE" on the line above, or "Breaking: ..."):
   * an item of a ticker or a promoted link, which names another story than the page's.
   */
  static final byte BADGED = 1;
  /** A one-line block that is one link of a text browser's dump ("[32]View chart"). */
  static final byte ONE_LINK = 2;
  /** A subheading of the text that a table of contents above it names. */
  static final byte CONTENTS_HEADING = 4;

  /** {@link #BADGED}, {@link #ONE_LINK}, {@link #CONTENTS_HEADING}: a byte, as blocks are many. */
  private byte marks;

  boolean is(byte mark) {
    return (marks & mark) != 0;
  }

  void mark(byte mark, boolean on) {
    marks = (byte) (on ? marks | mark : marks & ~mark);
  }
  private Dates.Match date;

  private java.util.List<String> byline;

  /** The authors if this block is a byline ({@link Bylines#parse}), else empty; cached. */
  java.util.List<String> byline() {
    if (byline == null) {
      byline = text.length() <= 200 ? Bylines.parse(text) : java.util.List.of();
    }
    return byline;
  }

  private java.util.List<String> names;

  /** The names if this block is only personal names ({@link Bylines#names}); cached. */
  java.util.List<String> names() {
    if (names == null) {
      names = Bylines.names(text);
    }
    return names;
  }

  /** The verdict for the explanation: "body", "headline", or why it was dropped. */
  String verdict;
  boolean kept;

  Block(int firstLine, String text, boolean bullet, int indent, boolean blankBefore) {
    this.firstLine = firstLine;
    this.lastLine = firstLine;
    this.text = text;
    this.bullet = bullet;
    this.indent = indent;
    this.blankBefore = blankBefore;
  }

  int words() {
    return counts.words;
  }

  boolean isProse() {
    return kind == Kind.GOOD || kind == Kind.NEAR_GOOD;
  }

  /** The first date in the block (short blocks only), or null. */
  Dates.Match date(Dates.DayOrder order) {
    if (dateOnly == 0) {
      date = text.length() <= 200 ? Dates.find(text, order) : null;
      dateOnly = (byte) (date != null && isOnlyDate(text, date) ? 1 : -1);
    }
    return date;
  }

  /** Whether the block is a date and nothing else ("Updated June 3, 2019 10:15 AM ET"). */
  boolean isDateOnly(Dates.DayOrder order) {
    date(order);
    return dateOnly == 1;
  }

  private static final java.util.Set<String> DATE_FILLERS =
      java.util.Set.of(
          "published", "posted", "updated", "last", "on", "at", "publicado", "actualizado",
          "el", "a", "las", "la", "de", "del", "hrs", "h", "date", "fecha", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
          "thu", "thur", "thurs", "fri", "sat", "sun", "lunes", "martes", "miércoles",
          "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "first", "modified",
          "creado", "created", "et", "est", "edt", "pt", "gmt", "utc", "am", "pm", "p", "m", "min",
          "read", "lectura", "minutes", "minutos");

  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private boolean isOnlyDate(String text, Dates.Match m) {
    String rest = text.substring(0, m.start()) + " " + text.substring(m.end());
    if (Dates.hasFourDigits(rest)) { // a second date on the line needs a year
      // Two stamps on one line ("Published ... | Updated ..."): both are date, neither is prose.
      StringBuilder b = new StringBuilder(text.length());
      int at = 0;
      for (Dates.Match x : Dates.findAll(text, Dates.DayOrder.DAY_FIRST)) {
        b.append(text, at, x.start()).append(' ');
        at = x.end();
      }
      rest = b.append(text, at, text.length()).toString();
    }
    int words = 0;
    for (String w : NON_WORD.split(Words.lower(rest))) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (!DATE_FILLERS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    return words <= 6;
  }


  @Override
  public String toString() {
    return firstLine + ":" + kind + ":" + text;
  }
}
