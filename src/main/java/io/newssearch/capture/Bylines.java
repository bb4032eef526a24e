package io.newssearch.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names out of byline lines.
 *
 * <pre>{@code
 * Bylines.parse("By Ana Gómez and Tom Reyes");          // [Ana Gómez, Tom Reyes]
 * Bylines.parse("Sabrina Martín by Sabrina Martín");    // [Sabrina Martín]
 * Bylines.parse("Posted on March 4, 2021 by Lee Park"); // [Lee Park]
 * Bylines.parse("Por María Pérez y Juan Ruiz");         // [María Pérez, Juan Ruiz]
 * Bylines.parse("Rosa Vidal, Political Editor");        // [Rosa Vidal]
 * Bylines.parse("By the way, it rained.");              // []
 * }</pre>
 *
 * <p>Shapes: "By X", "By X and Y", "By X, Y and Z", "Written by X", "Reporting by X; Editing by
 * Y" (the reporters), "X by X" (themes that print the author twice), "Posted on DATE by X", "Por X
 * y Y", "Autor: X", "X | Reporter", "X, Political Editor", "X | June 3, 2019", "X - DATE", "Words
 * by X · Photographs by Y" (the writer), "X / The Outlet" or "X / AFP" (an outlet of two or more
 * capitalised words, or one in capitals). Desks and agencies ("Redacción ...", "Newsroom",
 * "Wire Desk", "Agencias") are not people: a line naming only them gives no authors. Names
 * come out clean: no "By", no role, no date, no "(@handle)", no "for Site"; names printed in
 * capitals are title-cased. Every part must look like a personal name (capitalised words,
 * initials, particles such as "de", "van"), otherwise the line is not a byline and the result is
 * empty — "By contrast, prices rose" is prose. Stateless and thread-safe.
 */
public final class Bylines {

  private Bylines() {}

  /** Role words that follow a name after a comma or a bar: generic newsroom titles. */
  private static final Set<String> ROLES =
      Set.of(
          "editor", "editora", "editors", "correspondent", "correspondents", "reporter",
          "reporters", "writer", "writers", "staff", "columnist", "contributor", "contributors",
          "analyst", "chief", "senior", "political", "economics", "associate", "producer",
          "photographer", "journalist", "bureau", "desk", "redactor", "redactora",
          "corresponsal", "periodista", "columnista", "enviado", "enviada", "special",
          "deputy", "managing", "executive", "international", "foreign", "science", "health",
          "business", "sports", "culture", "technology", "contributing", "opinion",
          "investigations", "investigative", "news", "noticias", "redacción", "agencia",
          "agencias", "intern", "fellow", "director", "directora", "author", "autor", "autora",
          "host", "presenter");

  /** Words that may sit lower-case inside a name. */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "von",
          "der", "den", "ter", "le", "bin", "bint", "al", "el", "y", "e", "ibn", "st.");

  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  /** Words that cannot be names although capitalised: a capitalised sentence start is not one. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "of", "for",
          "with", "from", "to", "and", "or", "but", "is", "was", "are", "el", "la", "los", "las",
          "un", "una", "en", "con", "para", "que", "home", "news", "share", "comments",
          "related", "read", "more", "posted", "published", "updated", "by", "por",
          "staff", "admin", "editor", "editorial", "team", "agencies", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
          "march", "april", "june", "july", "august", "september", "october", "november",
          "december", "contrast", "now", "then", "today", "yesterday", "way", "far",
          // Desks and agencies sign stories too, but they are not people.
          "redacción", "redaccion", "newsroom", "desk", "wire", "wires", "agencias", "agencia",
          "agency", "bureau", "reporters", "redactores", "corresponsales");

  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:(?:posted|published|updated|written|words|story|text|reporting|reported|"
              + "photos?|interview|compiled|escrito|publicado|actualizado|texto|fotos?)\\b"
              + "[^|]*?\\s)?(?:by|por)\\s*:?\\s+(.+)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:authors?|autor(?:a|es)?|texto|redacción|written by|escrito por|byline)\\s*:\\s*(.+)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern REPEATED =
      Pattern.compile("^(.{3,80}?)\\s+(?:by|por)\\s+\\1$", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPEATED_MORE =
      Pattern.compile("^(.{3,80}?)\\s+(?:by|por)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ROLE_SPLIT = Pattern.compile("[\\s,/&]+");
  /**
   * The words after which AFTER_NAMES cuts ("Ana Ruiz in Caracas", "... on Monday"); also read by
   * its cheap first look, {@link #mayHaveAfterNames}.
   */
  private static final String[] PLACE_OR_TIME_WORDS = {
    "for", "para", "in", "en", "at", "from", "desde", "on", "el"
  };
  /** The words that join names in NAME_SEPARATOR; also read by {@link #mayHaveNameSeparator}. */
  private static final String[] NAME_JOINERS = {"and", "y", "e", "&"};
  private static final Pattern AFTER_NAMES =
      Pattern.compile(
          "\\s+[|·•–—-]\\s+|\\s*\\||;|\\(|\\[|\\s+(?:" + String.join("|", PLACE_OR_TIME_WORDS)
              + ")\\s+(?=\\p{Lu})|\\s+(?:on|el)$");
  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,:.\\s|·•–—-]+$");
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,|·•–—-]+$");
  private static final Pattern NAME_SEPARATOR =
      Pattern.compile(",\\s*|\\s+(?:" + String.join("|", NAME_JOINERS) + ")\\s+");
  private static final Pattern READ_TIME =
      Pattern.compile("(?i)\\d+\\s*(?:min(?:ute)?s?|minutos?)(?:\\s+(?:read|de lectura))?");
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|·•–—-]\\s+|\\s*\\|\\s*");

  /**
   * The authors a byline line names, or an empty list when the line is not a byline.
   *
   * @param line one line of text; null gives an empty list
   */
  public static List<String> parse(String line) {
    if (line == null) {
      return List.of();
    }
    if (line.length() > 200 || !mayBeByline(line)) {
      return List.of();
    }
    String s = clean(line);
    if (s.isEmpty() || s.length() > 160) {
      return List.of();
    }
    Dates.Match date = Dates.find(s, Dates.DayOrder.DAY_FIRST);
    boolean hadDate = date != null;
    boolean joinedToDate = false;
    if (date != null) {
      s = (s.substring(0, date.start()) + " " + s.substring(date.end())).strip();
      s = SPACES.matcher(s).replaceAll(" ");
      String trimmed = TRAILING_SEPARATORS.matcher(s).replaceAll("");
      joinedToDate = !trimmed.equals(s);
      s = trimmed;
    }
    Matcher m;
    if (hasByWord(s)) {
      if (byWordAfterThree(s)) {
        m = REPEATED.matcher(s);
        if (m.matches()) {
          return names(m.group(1), true);
        }
        m = REPEATED_MORE.matcher(s);
        if (m.matches() && Words.lower(m.group(2)).startsWith(Words.lower(m.group(1)))) {
          // "Rachel Okafor by Rachel Okafor and Tomás Arrieta": the theme repeats the first name.
          return names(m.group(2), true);
        }
      }
      m = LEAD.matcher(s);
      if (m.matches()) {
        return names(m.group(1), true);
      }
    }
    if (s.indexOf(':') > 0) {
      m = LABEL.matcher(s);
      if (m.matches()) {
        return names(m.group(1), true);
      }
    }
    // "X | Reporter", "X, Political Editor", "X | June 3, 2019": a name, then a role or a date.
    String[] parts = hasSeparator(s) ? SEPARATOR.split(s, -1) : null;
    if (parts != null && parts.length >= 2) {
      String name = parts[0].strip();
      boolean rest = true;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip();
        if (!p.isEmpty() && !isRole(p) && !isReadTime(p)) {
          rest = false;
        }
      }
      if (rest && (hadDate || hasRole(parts))) {
        List<String> one = names(name, false);
        if (one.size() == 1) {
          return one;
        }
      }
    }
    // "X / The Daily Planet", "X / USA TODAY": a staff byline naming the outlet after a slash.
    int slash = s.indexOf(" / ");
    if (slash > 0 && s.indexOf(" / ", slash + 3) < 0 && isOutlet(s.substring(slash + 3))) {
      List<String> some = names(s.substring(0, slash), false);
      if (!some.isEmpty()) {
        return some;
      }
    }
    int comma = s.indexOf(", ");
    if (comma > 0 && isRole(s.substring(comma + 2))) {
      List<String> one = names(s.substring(0, comma), false);
      if (one.size() == 1) {
        return one;
      }
    }
    if (joinedToDate) {
      // "Jane Doe, June 3, 2019" or "Jane Doe | June 3, 2019": a name joined to the date.
      List<String> one = names(s, false);
      if (one.size() == 1) {
        return one;
      }
    }
    return List.of();
  }

  /**
   * Whether the whole text is a personal name (two to four capitalised words, initials and
   * particles allowed), as a name line above an author bio is.
   */
  public static boolean isName(String text) {
    if (text == null) {
      return false;
    }
    String s = clean(text);
    return s.length() <= 60 && name(s, false) != null;
  }

  /**
   * The names of a line that is only personal names ("Ana Gómez and Tom Reyes"), or an empty
   * list. For lines without "By": a byline printed as bare names.
   */
  static List<String> names(String text) {
    if (text.length() > 120 || !onlyNameWords(text)) {
      return List.of();
    }
    String s = clean(text);
    if (s.isEmpty() || s.length() > 120 || Words.endsSentence(s)) {
      return List.of();
    }
    return names(s, false);
  }

  /**
   * A cheap first look: a byline has "by"/"por", a separator or a spaced slash, a colon or a
   * date's digits.
   */
  private static boolean mayBeByline(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ',' || c == '|' || c == '·' || c == '–' || c == '—' || c == '-' || c == ':'
          || Character.isDigit(c)
          || c == '/' && i > 0 && line.charAt(i - 1) == ' ' && i + 1 < line.length()
              && line.charAt(i + 1) == ' ') {
        return true;
      }
      if ((c == 'b' || c == 'B') && line.regionMatches(true, i, "by ", 0, 3)
          && (i == 0 || line.charAt(i - 1) == ' ')) {
        return true;
      }
      if ((c == 'p' || c == 'P') && line.regionMatches(true, i, "por ", 0, 4)
          && (i == 0 || line.charAt(i - 1) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #SEPARATOR} can match: a bar, or a dash or dot between spaces. */
  private static boolean hasSeparator(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '|') {
        return true;
      }
      if ((c == '·' || c == '•' || c == '–' || c == '—' || c == '-') && i > 0
          && Character.isWhitespace(s.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #AFTER_NAMES} can match: a bar, semicolon, bracket or dash, or one of its
   * words after a space. Most names lines have none, and the pattern tries seven alternatives
   * at every position.
   */
  private static boolean mayHaveAfterNames(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("|;([·•–—-".indexOf(c) >= 0) {
        return true;
      }
      if (isRegexSpace(c)) {
        for (String w : PLACE_OR_TIME_WORDS) {
          if (s.startsWith(w, i + 1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether {@link #TRAILING_PUNCTUATION} can match: its characters last, or a line terminator
   * last that '$' may stand before. (Most names end in a letter; the pattern would try every
   * space.)
   */
  private static boolean mayEndInPunctuation(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return ",:.|·•–—-".indexOf(last) >= 0 || isRegexSpace(last)
        || last == '\u0085' || last == '\u2028' || last == '\u2029';
  }

  /** Whether {@link #NAME_SEPARATOR} can match: a comma, or "and", "y", "e", "&" between spaces. */
  private static boolean mayHaveNameSeparator(String s) {
    if (s.indexOf(',') >= 0) {
      return true;
    }
    for (int i = 0; i + 1 < s.length(); i++) {
      if (isRegexSpace(s.charAt(i))) {
        for (String w : NAME_JOINERS) {
          int after = i + 1 + w.length();
          if (after < s.length() && s.startsWith(w, i + 1) && isRegexSpace(s.charAt(after))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@code \s} of a pattern without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether "by" or "por" stands between whitespace after three characters or more, as
   * {@link #REPEATED} and {@link #REPEATED_MORE} need; most bylines start with "By".
   */
  private static boolean byWordAfterThree(String s) {
    for (int i = 4; i + 3 < s.length(); i++) {
      if (isRegexSpace(s.charAt(i - 1))
          && (s.regionMatches(true, i, "by", 0, 2) && isRegexSpace(s.charAt(i + 2))
              || s.regionMatches(true, i, "por", 0, 3) && isRegexSpace(s.charAt(i + 3)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether "by" or "por" occurs as a word. */
  private static boolean hasByWord(String s) {
    for (int i = 0; i + 2 <= s.length(); i++) {
      if ((i == 0 || s.charAt(i - 1) == ' ')
          && (s.regionMatches(true, i, "by", 0, 2) && (i + 2 == s.length() || s.charAt(i + 2) == ' ' || s.charAt(i + 2) == ':')
              || s.regionMatches(true, i, "por", 0, 3) && (i + 3 == s.length() || s.charAt(i + 3) == ' ' || s.charAt(i + 3) == ':'))) {
        return true;
      }
    }
    return false;
  }

  /** A cheap first look: every word capitalised, or a particle, or "and"/"y"; no digits. */
  private static boolean onlyNameWords(String text) {
    boolean start = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      if (c == ' ') {
        start = true;
        continue;
      }
      if (start && Character.isLowerCase(c)) {
        int end = text.indexOf(' ', i);
        String word = Words.lower(text.substring(i, end < 0 ? text.length() : end));
        if (!PARTICLES.contains(word) && !word.equals("and") && !word.equals("y")) {
          return false;
        }
      }
      start = false;
    }
    return true;
  }

  private static boolean hasRole(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      if (isRole(parts[i].strip())) {
        return true;
      }
    }
    return false;
  }

  /**
   * An outlet's name after a slash: two to six words, capitalised except for function words
   * ("The Capital Dispatch", "La Gaceta del Caribe"), or one word in capitals ("AFP"). One
   * capitalised word is too often a place or a section ("Latin America / Venezuela").
   */
  private static boolean isOutlet(String p) {
    String[] tokens = SPACES.split(p.strip());
    if (tokens.length == 0 || tokens.length > 6 || tokens[0].isEmpty()
        || !Character.isUpperCase(tokens[0].charAt(0))) {
      return false;
    }
    boolean caps = true;
    for (String t : tokens) {
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (Character.isDigit(c)) {
          return false;
        }
        caps &= !Character.isLowerCase(c);
      }
      if (!Character.isUpperCase(t.charAt(0)) && !PARTICLES.contains(Words.lower(t))
          && !Words.isFunctionWord(t)) {
        return false;
      }
    }
    return tokens.length >= 2 || caps && tokens[0].length() >= 2;
  }

  private static boolean isReadTime(String p) {
    return READ_TIME.matcher(p).matches();
  }

  private static boolean isRole(String p) {
    if (p.isEmpty() || p.length() > 60) {
      return false;
    }
    String[] words = ROLE_SPLIT.split(Words.lower(p));
    if (words.length > 6) {
      return false;
    }
    boolean any = false;
    for (String w : words) {
      if (ROLES.contains(w)) {
        any = true;
      }
    }
    return any;
  }

  private static String clean(String line) {
    String s = line.strip();
    while (!s.isEmpty() && "•◦▪□*·-–—>".indexOf(s.charAt(0)) >= 0 && s.length() > 1) {
      if (s.charAt(0) == '-' || s.charAt(0) == '–' || s.charAt(0) == '—') {
        // "— Name" is a quote attribution, not a byline.
        return "";
      }
      s = s.substring(1).strip();
    }
    s = s.replace('\u00A0', ' ');
    return s.contains("  ") || s.indexOf('\t') >= 0 ? SPACES.matcher(s).replaceAll(" ") : s;
  }

  /**
   * Splits a names part ("Ana Gómez, Tom Reyes and Li Wei in Caracas | Reporter") into names;
   * empty when any part is not a name.
   */
  private static List<String> names(String text, boolean explicit) {
    String s = text.strip();
    // Cut what follows the names: a role or date after a bar or dash, "(@handle)", a second
    // credit after a semicolon ("Reporting by X; Editing by Y"), an email.
    if (mayHaveAfterNames(s)) {
      s = Words.beforeFirst(AFTER_NAMES, s);
    }
    if (s.indexOf('@') >= 0) {
      s = EMAIL.matcher(s).replaceAll("").strip();
    }
    if (mayEndInPunctuation(s)) {
      s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
    }
    if (s.isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String chunk : mayHaveNameSeparator(s) ? NAME_SEPARATOR.split(s) : new String[] {s}) {
      String c = chunk.strip();
      if (c.isEmpty()) {
        continue;
      }
      if (isRole(c) && !parts.isEmpty()) {
        break; // "X, Senior Correspondent"
      }
      String n = name(c, explicit);
      if (n == null) {
        return List.of();
      }
      parts.add(n);
    }
    return List.copyOf(parts);
  }

  /** The name in normal case, or null when the text is not a personal name. */
  private static String name(String text, boolean explicit) {
    String[] tokens = SPACES.split(text.strip());
    if (tokens.length == 0 || tokens.length > 6) {
      return null;
    }
    int capitalised = 0;
    boolean allCaps = true;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      String lower = Words.lower(t);
      if (t.isEmpty()) {
        return null;
      }
      if (i > 0 && (PARTICLES.contains(lower) || SUFFIXES.contains(lower))) {
        continue;
      }
      if (NOT_NAMES.contains(lower.replace(".", ""))) {
        return null;
      }
      if (!Character.isUpperCase(t.charAt(0))) {
        return null;
      }
      for (int k = 0; k < t.length(); k++) {
        char c = t.charAt(k);
        if (!(Character.isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-')) {
          return null;
        }
        if (Character.isLowerCase(c)) {
          allCaps = false;
        }
      }
      capitalised++;
    }
    // A bare name has two to four capitalised words; five ("PRO-EUROPEAN SANDU WINS MOLDOVA
    // PRESIDENCY") is a headline in capitals. After "By" the line says it is names.
    if (capitalised == 0 || (!explicit && (capitalised < 2 || capitalised > 4))) {
      return null;
    }
    String joined = String.join(" ", tokens);
    if (allCaps && joined.length() > 3) {
      joined = titleCase(joined);
    }
    return joined;
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        b.append(start ? c : Character.toLowerCase(c));
        start = false;
      } else {
        b.append(c);
        start = c == ' ' || c == '-' || c == '\'' || c == '’';
      }
    }
    String out = b.toString();
    // Particles stay lower-case: "MARÍA DE LA CRUZ" → "María de la Cruz".
    String[] tokens = out.split(" ");
    for (int i = 1; i < tokens.length; i++) {
      if (PARTICLES.contains(tokens[i].toLowerCase(Locale.ROOT))) {
        tokens[i] = tokens[i].toLowerCase(Locale.ROOT);
      }
    }
    return String.join(" ", tokens);
  }
}
