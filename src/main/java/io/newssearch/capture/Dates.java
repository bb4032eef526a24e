package io.newssearch.capture;

import io.newssearch.Published;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses the date shapes news pages print, in English and Spanish.
 *
 * <pre>{@code
 * Dates.parse("Jun. 3, 2019 10:15 AM ET");      // 2019-06-03T10:15-04:00 (ET on that day)
 * Dates.parse("Publicado el 3 de junio de 2019"); // 2019-06-03
 * Dates.parse("03/06/2019", DayOrder.MONTH_FIRST); // 2019-03-06
 * }</pre>
 *
 * <p>Shapes: {@code June 3, 2019}, {@code Jun. 3, 2019}, {@code Tuesday March 28, 2023}, {@code 3
 * June 2019}, {@code 3rd of June 2019}, {@code 2019-06-03} (with an optional ISO time and offset),
 * {@code 2019/06/03}, {@code 03/06/2019}, {@code 03.06.2019}, {@code 3 de junio de 2019}, {@code
 * junio 3, 2019}. A time of day may follow or precede the date on the same line ({@code June 3,
 * 2019 / 10:15 AM ET}, {@code Updated 10:15 AM EST, Mon June 3, 2019}, {@code 03/06/2019 - 10:15
 * CET}, {@code 2023-05-17 16:05 UTC}); a time after the date belongs to it unless a stamp label
 * stands between them, which starts a second stamp.
 *
 * <p><b>Two stamps on a line.</b> {@code Published 10:52 p.m. ET June 7, 2019 | Updated 11:37
 * p.m. ET June 7, 2019}: each date takes the time next to it, and when the first stamp is an
 * update and a later one a publication, the publication is the date found. A zone written once
 * at the end of the line applies to times without one ({@code Publicado el 19.06.2022 a las
 * 21:40 | Actualizado el 20.06.2022 a las 07:05 (GMT-5)}).
 *
 * <p><b>Time zones.</b> ET/EST/EDT → America/New_York, CT/CST/CDT → America/Chicago, MT/MST/MDT
 * → America/Denver, PT/PST/PDT → America/Los_Angeles, GMT/UTC/UT → UTC, BST → Europe/London,
 * CET/CEST → Europe/Paris, WET/WEST → Europe/Lisbon, EET/EEST → Europe/Athens, MSK →
 * Europe/Moscow, plus explicit offsets ({@code +02:00}, {@code GMT-3}). Sites write "EST" all year
 * round, so the abbreviations name the region's zone and its rules decide the offset. <b>A time
 * without a zone is dropped</b> and the result is the date alone: guessing a zone would store a
 * wrong instant, while the date is still right. Only a zone the page itself states elsewhere
 * ({@link #find(String, DayOrder, ZoneId)}: "Hora de Buenos Aires (GMT-3)" in the top bar) may
 * stand in for the missing one: {@code 13 JUN 2019 - 16:20} on such a page is 16:20 at -03:00.
 *
 * <p><b>Day/month order of numeric dates</b> ({@code 03/06/2019}): a part greater than 12 decides;
 * {@code 2019/06/03} is always year-month-day and {@code 03.06.2019} always day-first (dots are
 * the European form); otherwise the caller's {@link DayOrder} decides. {@link CaptureReader}
 * chooses it per page: the order shown by the page's unambiguous numeric dates; else month-first
 * when the page shows a US time zone (ET, PT, ...) next to a date; else day-first, the order most
 * of the world (and every Spanish-language site) uses. US sites mostly write dates in words, so
 * day-first is the safer default.
 *
 * <p>Years from 1900 to 2099 only, and impossible dates (February 30) are not dates. Stateless and
 * thread-safe.
 */
public final class Dates {

  private Dates() {}

  /** Which part of an ambiguous numeric date ({@code 03/06/2019}) is the day. */
  public enum DayOrder {
    /** 03/06/2019 is 3 June 2019. */
    DAY_FIRST,
    /** 03/06/2019 is March 6, 2019. */
    MONTH_FIRST
  }

  /**
   * A date found in a text.
   *
   * @param value the date, with its time when the text gave a time and a zone
   * @param start index of the first character of the match (the time's when it comes first)
   * @param end index after the match
   * @param numericOrder for numeric dates, the order the digits showed (null when ambiguous or
   *     when the date was written in words)
   * @param usZone whether the time carried a US zone abbreviation (ET, CT, MT, PT and friends)
   */
  public record Match(Published value, int start, int end, DayOrder numericOrder, boolean usZone) {}

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
      {"january", "jan", "enero", "ene"},
      {"february", "feb", "febrero"},
      {"march", "mar", "marzo"},
      {"april", "apr", "abril", "abr"},
      {"may", "mayo"},
      {"june", "jun", "junio"},
      {"july", "jul", "julio"},
      {"august", "aug", "agosto", "ago"},
      {"september", "sep", "sept", "septiembre", "setiembre", "set"},
      {"october", "oct", "octubre"},
      {"november", "nov", "noviembre"},
      {"december", "dec", "diciembre", "dic"},
    };
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        MONTHS.put(name, m + 1);
      }
    }
  }

  /**
   * A month name. The lookahead first admits only the names' first letters (with the same
   * case-blind test): MONTH_DAY_YEAR tries the names at every word of a line, and most words
   * start with another letter; the names are then tried as before.
   */
  private static final String MONTH =
      "(?=(?iu:"
          + String.join(
              "|",
              MONTHS.keySet().stream().map(k -> k.substring(0, 1)).distinct().sorted().toList())
          + "))(?iu:"
          + String.join(
              "|",
              MONTHS.keySet().stream()
                  .sorted(Comparator.comparingInt(String::length).reversed())
                  .toList())
          + ")";

  private static final Pattern ISO =
      Pattern.compile(
          "(?<![\\d/.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})"
              + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s?(Z|[+-]\\d{2}:?\\d{2})?)?"
              + "(?![\\d/.-])");
  private static final Pattern YMD_SLASH =
      Pattern.compile("(?<![\\d/.-])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d/.-])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d])(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|º|°)?\\s+(?:of\\s+|de\\s+)?("
              + MONTH
              + ")\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)");

  private static final Map<String, ZoneId> ZONES = new HashMap<>();
  private static final Set<String> US_ZONES =
      Set.of(
          "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT");

  static {
    ZoneId ny = ZoneId.of("America/New_York");
    ZoneId chicago = ZoneId.of("America/Chicago");
    ZoneId denver = ZoneId.of("America/Denver");
    ZoneId la = ZoneId.of("America/Los_Angeles");
    for (String z : List.of("ET", "EST", "EDT")) {
      ZONES.put(z, ny);
    }
    for (String z : List.of("CT", "CST", "CDT")) {
      ZONES.put(z, chicago);
    }
    for (String z : List.of("MT", "MST", "MDT")) {
      ZONES.put(z, denver);
    }
    for (String z : List.of("PT", "PST", "PDT")) {
      ZONES.put(z, la);
    }
    for (String z : List.of("GMT", "UTC", "UT")) {
      ZONES.put(z, ZoneOffset.UTC);
    }
    ZONES.put("BST", ZoneId.of("Europe/London"));
    ZONES.put("CET", ZoneId.of("Europe/Paris"));
    ZONES.put("CEST", ZoneId.of("Europe/Paris"));
    ZONES.put("WET", ZoneId.of("Europe/Lisbon"));
    ZONES.put("WEST", ZoneId.of("Europe/Lisbon"));
    ZONES.put("EET", ZoneId.of("Europe/Athens"));
    ZONES.put("EEST", ZoneId.of("Europe/Athens"));
    ZONES.put("MSK", ZoneId.of("Europe/Moscow"));
  }

  private static final String ZONE_NAMES =
      String.join(
          "|",
          ZONES.keySet().stream()
              .sorted(Comparator.comparingInt(String::length).reversed())
              .toList());

  /** An offset from GMT or UTC as a time's zone: "GMT+3", "UTC -05:00". */
  private static final String GMT_OFFSET = "(?:GMT|UTC)\\s?[+-]\\d{1,2}(?::?\\d{2})?";

  /** A time of day with an optional am/pm and zone. Zone names are matched upper-case only. */
  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d:])(\\d{1,2})(?::|h)(\\d{2})(?::(\\d{2}))?"
              + "\\s?((?i:a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm)(?![\\p{L}]))?"
              + "(?:\\s*(?:hrs?\\.?|hs\\.?|h\\b))?"
              + "(?:\\s?\\(?(" + GMT_OFFSET + "|[+-]\\d{2}:?\\d{2}|(?:"
              + ZONE_NAMES
              + ")(?![\\p{L}]))\\)?)?"
              + "(?![\\d:])");

  /**
   * Parses the first date in the text, reading ambiguous numeric dates day-first.
   *
   * @return the date (with time when a time and zone are given), or null when there is none
   */
  public static Published parse(String text) {
    return parse(text, DayOrder.DAY_FIRST);
  }

  /**
   * Parses the first date in the text.
   *
   * @param order how to read numeric dates whose parts are both 12 or less
   * @return the date, or null when there is none
   */
  public static Published parse(String text, DayOrder order) {
    Match m = find(text, order);
    return m == null ? null : m.value();
  }

  /**
   * Finds the first (leftmost) date in the text, with the time of day next to it.
   *
   * @param order how to read numeric dates whose parts are both 12 or less
   * @return the match, or null when the text holds no date
   */
  public static Match find(String text, DayOrder order) {
    return find(text, order, null);
  }

  /**
   * Finds the first date in the text, as {@link #find(String, DayOrder)} does, reading a time
   * next to it that has no zone of its own in {@code pageZone}: the zone the page states
   * elsewhere ("All times GMT-3"), which the caller found. A time with its own zone keeps it.
   *
   * @param pageZone the page's zone, or null to keep the date alone when a time has no zone
   * @return the match, or null when the text holds no date
   */
  public static Match find(String text, DayOrder order, ZoneId pageZone) {
    Match first = first(text, order, pageZone);
    if (first == null || !mayBeUpdate(text, first.start())
        || stamp(text, first) != Stamp.UPDATED) {
      return first;
    }
    // "Updated 5:58 p.m. ET Feb. 16, 2021 | Published 3:04 p.m. ET Feb. 16, 2021": two stamps
    // on one line, and the story's date is the publication, whichever comes first.
    int from = first.end();
    for (int k = 0; k < 3 && from < text.length(); k++) {
      Match next = first(text.substring(from), order, pageZone);
      if (next == null) {
        break;
      }
      next = new Match(next.value(), next.start() + from, next.end() + from, next.numericOrder(),
          next.usZone());
      if (stamp(text, next) == Stamp.PUBLISHED) {
        return next;
      }
      from = next.end();
    }
    return first;
  }

  private static final String[] UPDATE_STEMS = {"updat", "actualiz", "modifi", "edit", "revis"};

  /** A cheap look for an update label in the few characters before a date. */
  private static boolean mayBeUpdate(String text, int at) {
    for (int i = Math.max(0, at - 40); i < at; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (c == 'u' || c == 'a' || c == 'm' || c == 'e' || c == 'r') {
        for (String stem : UPDATE_STEMS) {
          if (text.regionMatches(true, i, stem, 0, stem.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** What a date stamp says it is, from the label just before it. */
  enum Stamp {
    /** "Published", "Posted", "Publicado": the story's date. */
    PUBLISHED,
    /** "Updated", "Modified", "Actualizado": a later change. */
    UPDATED,
    /**
     * "Printed", "Exported", "Downloaded", "Retrieved", "Accessed", "Impreso", "Consultado": when
     * a copy of the page was made, never the story's date.
     */
    COPIED,
    /** No label. */
    NONE
  }

  private static final Set<String> PUBLISHED_LABELS =
      Set.of("published", "posted", "publicado", "publicada", "publicación", "publicacion",
          "created", "creado", "issued", "filed");
  private static final Set<String> UPDATED_LABELS =
      Set.of("updated", "update", "actualizado", "actualizada", "actualización",
          "actualizacion", "modified", "modificado", "modificada", "edited", "editado", "revised");
  private static final Set<String> COPIED_LABELS =
      Set.of("printed", "exported", "downloaded", "retrieved", "accessed", "generated",
          "captured", "saved", "archived", "impreso", "exportado", "descargado", "consultado",
          "generado", "recuperado", "guardado", "archivado");
  private static final Pattern LABEL_WORD = Pattern.compile("[\\p{L}]+");

  /**
   * The label of the stamp a match belongs to: the last label word in the few words before it,
   * back to the previous separator ("|", "·", ";") — "Published 10:52 p.m. ET June 7, 2019 |
   * Updated ..." labels its first date published and its second updated.
   */
  static Stamp stamp(String text, Match m) {
    int from = Math.max(0, m.start() - 40);
    for (int i = m.start() - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '|' || c == '·' || c == '•' || c == ';' || c == '\n') {
        from = i + 1;
        break;
      }
    }
    Stamp found = Stamp.NONE;
    Matcher w = LABEL_WORD.matcher(text);
    w.region(from, m.start());
    while (w.find()) {
      String word = Words.lower(w.group());
      if (PUBLISHED_LABELS.contains(word)) {
        found = Stamp.PUBLISHED;
      } else if (UPDATED_LABELS.contains(word)) {
        found = Stamp.UPDATED;
      } else if (COPIED_LABELS.contains(word)) {
        found = Stamp.COPIED;
      }
    }
    return found;
  }

  /** The leftmost date of the text, with its time. */
  private static Match first(String text, DayOrder order, ZoneId pageZone) {
    if (text == null || text.length() < 6 || !hasDigitRun(text)) {
      return null;
    }
    Match best = null;
    // Each pattern runs only when the text has the characters it needs: most lines with digits
    // have no date, and the patterns are much slower than these scans.
    if (hasFourDigits(text)) {
      if (hasYearThen(text, '-')) {
        best = earliest(best, findIso(text));
      }
      // The month-name patterns are the slow ones; most lines with a year have no month name.
      int month = firstMonthWord(text);
      if (month >= 0) {
        best = earliest(best, findWords(text, MONTH_DAY_YEAR, 2, 1, 3, month));
        best = earliest(best, findWords(text, DAY_MONTH_YEAR, 1, 2, 3, month));
      }
      if (hasYearThen(text, '/')) {
        best = earliest(best, findYmdSlash(text));
      }
    }
    if (hasNumericPair(text)) {
      best = earliest(best, findNumeric(text, order));
    }
    if (best == null) {
      return null;
    }
    if (best.value().hasTime()) {
      return best;
    }
    return withTime(text, best, pageZone);
  }

  /** Whether the text has four digits in a row or a digit followed by a separator (cheap test). */
  private static boolean hasDigitRun(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Every shape but the two-digit-year numeric one needs a four-digit year. */
  static boolean hasFourDigits(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether four digits are followed by {@code separator} and a digit, as in ISO and Y/M/D. */
  private static boolean hasYearThen(String text, char separator) {
    for (int i = 4; i + 1 < text.length(); i++) {
      if (text.charAt(i) == separator && isAsciiDigit(text.charAt(i + 1))
          && isAsciiDigit(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i - 2))
          && isAsciiDigit(text.charAt(i - 3)) && isAsciiDigit(text.charAt(i - 4))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a digit, a '/', '.' or '-', and a digit follow each other: what NUMERIC needs. */
  private static boolean hasNumericPair(String text) {
    return digitsAround(text, 0, text.length(), '/', '.', '-');
  }

  /** Whether [from, to) holds a digit, ':' or 'h', and a digit in a row: what TIME needs. */
  private static boolean mayHaveTime(String text, int from, int to) {
    return digitsAround(text, from, to, ':', 'h', 'h');
  }

  /**
   * Whether [from, to) holds an ASCII digit, one of the separators {@code a}, {@code b}, {@code c}
   * (repeat one for two), and an ASCII digit in a row.
   */
  private static boolean digitsAround(String text, int from, int to, char a, char b, char c) {
    for (int i = from + 1; i + 1 < to; i++) {
      char x = text.charAt(i);
      if ((x == a || x == b || x == c) && isAsciiDigit(text.charAt(i - 1))
          && isAsciiDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static Match earliest(Match a, Match b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (b.start() < a.start() || (b.start() == a.start() && b.end() > a.end())) {
      return b;
    }
    return a;
  }

  private static Match findIso(String text) {
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d == null) {
        continue;
      }
      if (m.group(4) != null && m.group(7) != null) {
        LocalTime t = time(m.group(4), m.group(5), m.group(6), null);
        if (t != null) {
          ZoneId zone = offset(m.group(7));
          if (zone != null) {
            return new Match(
                Published.of(ZonedDateTime.of(d, t, zone)), m.start(), m.end(), null, false);
          }
        }
      }
      if (m.group(4) != null && m.group(7) == null && text.charAt(m.end(3)) == ' ') {
        // "2023-05-17 16:05 UTC": the zone is a name the ISO pattern does not read; end the
        // match at the date so the time and its zone are read like any time after a date.
        return new Match(Published.of(d), m.start(), m.end(3), null, false);
      }
      return new Match(Published.of(d), m.start(), m.end(), null, false);
    }
    return null;
  }

  private static Match findYmdSlash(String text) {
    Matcher m = YMD_SLASH.matcher(text);
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return new Match(Published.of(d), m.start(), m.end(), null, false);
      }
    }
    return null;
  }

  /**
   * Where the first word that is a month name starts, or -1: a scan of letter runs against the
   * month table, without regular expressions or copies.
   */
  private static int firstMonthWord(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      int len = i - start;
      if (len >= 3 && len <= MAX_MONTH_LENGTH && isMonth(text, start, len)) {
        return start;
      }
    }
    return -1;
  }

  private static final int MAX_MONTH_LENGTH =
      MONTHS.keySet().stream().mapToInt(String::length).max().orElse(0);

  private static boolean isMonth(String text, int start, int len) {
    for (String name : MONTHS_BY_LENGTH[len]) {
      if (text.regionMatches(true, start, name, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /** Month names grouped by length, for {@link #isMonth}. */
  private static final String[][] MONTHS_BY_LENGTH = new String[MAX_MONTH_LENGTH + 1][];

  static {
    for (int len = 0; len <= MAX_MONTH_LENGTH; len++) {
      int l = len;
      MONTHS_BY_LENGTH[len] =
          MONTHS.keySet().stream().filter(k -> k.length() == l).sorted().toArray(String[]::new);
    }
  }

  private static Match findWords(
      String text, Pattern p, int dayGroup, int monthGroup, int yearGroup, int firstMonth) {
    Matcher m = p.matcher(text);
    // A day may come before the month ("3 June", "15th of June"): a few characters back.
    m.region(Math.max(0, firstMonth - 12), text.length());
    m.useTransparentBounds(true);
    while (m.find()) {
      Integer month = MONTHS.get(Words.lower(m.group(monthGroup)));
      if (month == null) {
        continue;
      }
      LocalDate d = date(m.group(yearGroup), String.valueOf(month), m.group(dayGroup));
      if (d != null) {
        return new Match(Published.of(d), m.start(), m.end(), null, false);
      }
    }
    return null;
  }

  private static Match findNumeric(String text, DayOrder order) {
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      Match found = numericMatch(m, order);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The date of the NUMERIC match {@code m}, read in the order its parts show (a part above 12)
   * or else in {@code order} (day first with dots); null for a two-digit year without slashes
   * or no such date.
   */
  private static Match numericMatch(Matcher m, DayOrder order) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    String year = m.group(4);
    if (year.length() == 2) {
      // Two-digit years only with slashes (06/03/19); "3.6.19" is too often a version number.
      if (!m.group(2).equals("/")) {
        return null;
      }
      year = "20" + year;
    }
    DayOrder shown = null;
    if (a > 12 && b <= 12) {
      shown = DayOrder.DAY_FIRST;
    } else if (b > 12 && a <= 12) {
      shown = DayOrder.MONTH_FIRST;
    }
    DayOrder use = shown != null ? shown : m.group(2).equals(".") ? DayOrder.DAY_FIRST : order;
    LocalDate d =
        use == DayOrder.DAY_FIRST
            ? date(year, String.valueOf(b), String.valueOf(a))
            : date(year, String.valueOf(a), String.valueOf(b));
    return d == null ? null : new Match(Published.of(d), m.start(), m.end(), shown, false);
  }

  /** Adds the time of day written just after (or just before) the date, when it has a zone. */
  private static Match withTime(String text, Match date, ZoneId pageZone) {
    int after = date.end();
    int before = Math.max(0, date.start() - 40);
    int afterEnd = Math.min(text.length(), after + 40);
    if (!mayHaveTime(text, after, afterEnd) && !mayHaveTime(text, before, date.start())) {
      return date;
    }
    Matcher m = TIME.matcher(text);
    m.region(after, afterEnd);
    Match found = null;
    // A time after the date belongs to it unless a label starts a second stamp between them
    // ("June 7, 2019 | Updated 11:37 p.m. ET"); then the time before the date is its own
    // ("Published 10:52 p.m. ET June 7, 2019 | Updated ...").
    if (m.find() && onlyJoiners(text, after, m.start(), false)) {
      found = combine(text, date, m, Math.min(date.start(), m.start()),
          Math.max(date.end(), m.end()), pageZone);
    }
    if (found == null) {
      m.region(before, date.start());
      while (m.find()) {
        if (onlyJoiners(text, m.end(), date.start(), true)) {
          found = combine(text, date, m, m.start(), date.end(), pageZone);
          break;
        }
      }
    }
    return found == null ? date : found;
  }

  /** A zone written as an offset from GMT or UTC ("GMT-3", "UTC+01:00"), anywhere in a line. */
  private static final Pattern OFFSET_ZONE =
      Pattern.compile("(?<![\\p{L}])(?:GMT|UTC)\\s?[+-−]\\s?\\d{1,2}(?::?\\d{2})?(?![\\d:])");

  /**
   * The zones a line states: a zone or offset after a time of day ("16:40 ART" is not one, "16:40
   * GMT-3" and "9:20 AM ET" are), and an offset from GMT or UTC anywhere ("Hora de Buenos Aires
   * (GMT-3)"). For finding the zone a page gives its times.
   */
  static List<ZoneId> zonesIn(String text) {
    List<ZoneId> zones = new ArrayList<>(1);
    if (text.indexOf(':') >= 0) {
      Matcher m = TIME.matcher(text);
      while (m.find()) {
        ZoneId z = m.group(5) == null ? null : zone(m.group(5));
        if (z != null) {
          zones.add(z);
        }
      }
    }
    if (text.contains("GMT") || text.contains("UTC")) {
      Matcher m = OFFSET_ZONE.matcher(text);
      while (m.find()) {
        ZoneId z = zone(m.group().replace('−', '-'));
        if (z != null) {
          zones.add(z);
        }
      }
    }
    return zones;
  }

  private static final Pattern TRAILING_ZONE =
      Pattern.compile(
          "(?<![\\p{L}])\\(?(" + GMT_OFFSET + "|(?:" + ZONE_NAMES
              + "))\\)?\\s*$");

  private static Match combine(
      String text, Match date, Matcher m, int start, int end, ZoneId pageZone) {
    String zoneText = m.group(5);
    if (zoneText == null && text.length() - m.end() <= 120) {
      // One zone for every time of the line, written once at its end: "Publicado el 19.06.2022
      // a las 21:40 | Actualizado el 20.06.2022 a las 07:05 (GMT-5)".
      Matcher z = TRAILING_ZONE.matcher(text);
      z.region(m.end(), text.length());
      if (z.find()) {
        zoneText = z.group(1);
      }
    }
    boolean us = zoneText != null && US_ZONES.contains(zoneText);
    LocalTime t = time(m.group(1), m.group(2), m.group(3), m.group(4));
    if (t == null) {
      return null;
    }
    if (zoneText == null && pageZone == null) {
      // A time without a zone: keep the span (it is part of the date line) but not the time.
      return new Match(date.value(), start, end, date.numericOrder(), false);
    }
    ZoneId zone = zoneText == null ? pageZone : zone(zoneText);
    if (zone == null) {
      return new Match(date.value(), start, end, date.numericOrder(), false);
    }
    ZonedDateTime zdt = ZonedDateTime.of(date.value().date(), t, zone);
    if (!zdt.toLocalDate().equals(date.value().date())) {
      return new Match(date.value(), start, end, date.numericOrder(), us);
    }
    return new Match(Published.of(zdt), start, end, date.numericOrder(), us);
  }

  /** Whether the characters between a date and a time only join them ("at", "|", ", Mon", "-"). */
  private static boolean onlyJoiners(String text, int from, int to, boolean labels) {
    if (to < from) {
      return false;
    }
    String between = Words.lower(text.substring(from, to)).strip();
    if (between.isEmpty()) {
      return true;
    }
    for (String word : JOINER_SPLIT.split(between)) {
      String w = word.replace(".", "");
      if (!word.isEmpty() && !JOINERS.contains(w) && !(labels && STAMP_LABELS.contains(w))) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern JOINER_SPLIT = Pattern.compile("[\\s,|/·•–—\\-]+");

  private static final Set<String> JOINERS =
      Set.of(
          "at", "a", "las", "la", "el", "on", "de", "del", "hrs", "h", "mon", "tue", "tues",
          "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday", "lunes", "martes", "miércoles",
          "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo");

  /** Stamp labels may sit between a time and the date after it, not between a date and a time. */
  private static final Set<String> STAMP_LABELS =
      Set.of("updated", "actualizado", "published", "publicado", "posted");

  private static LocalDate date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2099) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null; // February 30, month 13: not a date, keep looking
    }
  }

  private static LocalTime time(String h, String m, String s, String ampm) {
    int hour = Integer.parseInt(h);
    int minute = Integer.parseInt(m);
    int second = s == null ? 0 : Integer.parseInt(s);
    if (ampm != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    return LocalTime.of(hour, minute, second);
  }

  private static ZoneId zone(String text) {
    String t = text.replace(" ", "");
    ZoneId named = ZONES.get(t);
    if (named != null) {
      return named;
    }
    if (t.startsWith("GMT") || t.startsWith("UTC")) {
      t = t.substring(3);
    }
    return offset(t);
  }

  private static ZoneId offset(String t) {
    if (t.equals("Z")) {
      return ZoneOffset.UTC;
    }
    try {
      String digits = t.substring(1).replace(":", "");
      int hours;
      int minutes = 0;
      if (digits.length() <= 2) {
        hours = Integer.parseInt(digits);
      } else {
        hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
        minutes = Integer.parseInt(digits.substring(digits.length() - 2));
      }
      int sign = t.charAt(0) == '-' ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
      return null; // "+99:00" and such: no zone, the caller keeps the date alone
    }
  }

  /**
   * How many numeric dates of the text show day-first ({@code [0]}) and month-first ({@code
   * [1]}) order by a part above 12; used to vote on a page's day/month order.
   */
  static int[] numericOrders(String text) {
    int[] votes = new int[2];
    if (!hasNumericPair(text)) {
      return votes; // NUMERIC needs a digit, '/', '.' or '-' and a digit (a time's ':' is not one)
    }
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      // Only a date whose parts show their order votes; the order passed in reads no such one.
      Match found = numericMatch(m, DayOrder.DAY_FIRST);
      if (found != null && found.numericOrder() == DayOrder.DAY_FIRST) {
        votes[0]++;
      } else if (found != null && found.numericOrder() == DayOrder.MONTH_FIRST) {
        votes[1]++;
      }
    }
    return votes;
  }

  /**
   * Every date in the text, left to right: each leftmost date in turn, not {@link #find}'s choice
   * of the story's date (which skips an "Updated" stamp before a "Published" one).
   *
   * @param order how to read ambiguous numeric dates
   */
  static List<Match> findAll(String text, DayOrder order) {
    List<Match> all = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      Match m = first(text.substring(from), order, null);
      if (m == null) {
        break;
      }
      all.add(new Match(m.value(), m.start() + from, m.end() + from, m.numericOrder(), m.usZone()));
      from += Math.max(1, m.end());
    }
    return all;
  }
}
