package io.newssearch.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Countries and territories with their codes, M49 regions and the names news uses for them,
 * loaded from the data files {@code gazetteer.tsv} and {@code ambiguity.tsv} beside this class.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * g.canonical("EE.UU.");          // "United States"
 * g.canonical("west-germany");    // "Germany" (a Reuters place code)
 * g.canonical("VE");              // "Venezuela" (ISO code, upper case only)
 * g.region("venezolanos");        // "South America"
 * g.canonical("Korea");           // null: ambiguous
 * }</pre>
 *
 * <p>Lookups fold case without regard to the default locale (dotted abbreviations too: "u.s."
 * is "U.S."), strip accents and treat hyphens, underscores and spaces alike; they accept
 * canonical names, every alias (names, demonyms, capitals, metonyms), former names and source
 * codes, and upper-case ISO 3166-1 alpha-2 codes.
 * The file headers document the columns and the ambiguity rules. Immutable and thread-safe; the
 * standard instance is loaded once, on first use.
 */
public final class Gazetteer {

  /** The regions a country may lie in: the M49 intermediate region or else sub-region. */
  public static final List<String> REGIONS =
      List.of(
          "Northern Africa",
          "Eastern Africa",
          "Middle Africa",
          "Southern Africa",
          "Western Africa",
          "Caribbean",
          "Central America",
          "South America",
          "Northern America",
          "Central Asia",
          "Eastern Asia",
          "South-eastern Asia",
          "Southern Asia",
          "Western Asia",
          "Eastern Europe",
          "Northern Europe",
          "Channel Islands",
          "Southern Europe",
          "Western Europe",
          "Australia and New Zealand",
          "Melanesia",
          "Micronesia",
          "Polynesia");

  private static final String[] COLUMNS = {
    "name", "iso2", "region", "status", "names", "demonyms", "capitals", "metonyms", "other"
  };
  private static final String[] RULE_COLUMNS = {"kind", "phrase", "argument"};

  // Context words of the "language" rule (documented in ambiguity.tsv).
  private static final String[] LANGUAGE_BEFORE = {
    "speak", "speaks", "spoke", "spoken", "speaking", "fluent", "translated", "en", "al", "idioma",
    "lengua", "habla", "hablan", "hablar"
  };
  private static final String[] LANGUAGE_AFTER = {
    "speaking", "speaker", "speakers", "language", "languages", "translation", "translations",
    "version", "subtitles", "dubbing", "dubbed", "lessons", "classes", "course", "courses"
  };
  private static final String[] LANGUAGE_EDGE = {"in", "into", "from"};

  private final List<Country> countries;
  private final Map<String, Integer> byKey;
  private final Map<String, Integer> byIso;
  private final Map<String, Integer> byName;
  private final PhraseIndex index;

  private Gazetteer(
      List<Country> countries,
      Map<String, Integer> byKey,
      Map<String, Integer> byIso,
      Map<String, Integer> byName,
      PhraseIndex index) {
    this.countries = List.copyOf(countries);
    this.byKey = Map.copyOf(byKey);
    this.byIso = Map.copyOf(byIso);
    this.byName = Map.copyOf(byName);
    this.index = index;
  }

  /** The gazetteer bundled with the library, loaded once. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Gazetteer STANDARD =
        parse(resource("gazetteer.tsv"), resource("ambiguity.tsv"));
  }

  private static String resource(String name) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource io/newssearch/tag/" + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource io/newssearch/tag/" + name, e);
    }
  }

  /**
   * A gazetteer from the text of the two data files, in the format their headers describe.
   *
   * @throws IllegalArgumentException naming the file and line of the first malformed row: wrong
   *     column count, bad ISO code or region, an alias of two countries, a rule naming no alias
   */
  public static Gazetteer parse(String gazetteerTsv, String ambiguityTsv) {
    List<Country> countries = new ArrayList<>();
    Map<String, Integer> byKey = new HashMap<>();
    Map<String, Integer> byIso = new HashMap<>();
    Map<String, Integer> byName = new HashMap<>();
    List<String[]> rows = rows(gazetteerTsv, "gazetteer.tsv", COLUMNS, COLUMNS.length);
    PhraseIndex.Builder builder = new PhraseIndex.Builder();
    for (String[] row : rows) {
      String where = row[COLUMNS.length];
      int c = countries.size();
      Country country = country(row, where);
      if (byIso.putIfAbsent(country.iso2(), c) != null) {
        throw new IllegalArgumentException(where + ": ISO code " + country.iso2() + " repeated");
      }
      if (byName.putIfAbsent(country.name(), c) != null) {
        throw new IllegalArgumentException(where + ": name '" + country.name() + "' repeated");
      }
      countries.add(country);
      builder.alias(country.name(), c, false, where);
      for (String a : country.names()) {
        builder.alias(a, c, false, where);
      }
      for (String a : country.demonyms()) {
        builder.alias(a, c, false, where);
      }
      for (String a : country.capitals()) {
        builder.alias(a, c, true, where);
      }
      for (String a : country.metonyms()) {
        builder.alias(a, c, true, where);
      }
      List<String> keys = new ArrayList<>();
      keys.add(country.name());
      keys.addAll(country.names());
      keys.addAll(country.demonyms());
      keys.addAll(country.capitals());
      keys.addAll(country.metonyms());
      keys.addAll(country.other());
      for (String alias : keys) {
        Integer before = byKey.putIfAbsent(key(alias), c);
        if (before != null && before != c) {
          throw new IllegalArgumentException(
              where + ": '" + alias + "' also names " + countries.get(before).name());
        }
      }
    }
    builder.context(PhraseIndex.LANG_BEFORE, LANGUAGE_BEFORE);
    builder.context(PhraseIndex.LANG_AFTER, LANGUAGE_AFTER);
    builder.context(PhraseIndex.LANG_EDGE, LANGUAGE_EDGE);
    for (String[] rule : rows(ambiguityTsv, "ambiguity.tsv", RULE_COLUMNS, 2)) {
      rule(rule, builder, byName, byKey);
    }
    return new Gazetteer(countries, byKey, byIso, byName, builder.build());
  }

  private static void rule(
      String[] rule, PhraseIndex.Builder builder, Map<String, Integer> byName,
      Map<String, Integer> byKey) {
    String where = rule[RULE_COLUMNS.length];
    String kind = rule[0];
    String phrase = rule[1];
    String argument = rule[2];
    switch (kind) {
      case "stop" -> builder.stop(phrase, where);
      case "ambiguous" -> {
        List<String> names = split(argument);
        if (names.size() < 2) {
          throw new IllegalArgumentException(where + ": ambiguous needs two countries or more");
        }
        int[] candidates = new int[names.size()];
        for (int k = 0; k < candidates.length; k++) {
          Integer c = byName.get(names.get(k));
          if (c == null) {
            throw new IllegalArgumentException(
                where + ": '" + names.get(k) + "' is not a canonical name of gazetteer.tsv");
          }
          candidates[k] = c;
        }
        if (byKey.containsKey(key(phrase))) {
          throw new IllegalArgumentException(
              where + ": ambiguous '" + phrase + "' is an alias in gazetteer.tsv");
        }
        builder.ambiguous(phrase, candidates, where);
      }
      case "weak", "namelike", "capsword", "language" -> {
        for (String alias : split(phrase)) {
          PhraseIndex.Entry e = builder.existing(alias, where);
          switch (kind) {
            case "weak" -> e.weak = true;
            case "namelike" -> e.namelike = true;
            case "capsword" -> e.capsword = true;
            default -> e.language = true;
          }
        }
      }
      case "veto" -> {
        List<PhraseIndex.Entry> aliases = new ArrayList<>();
        for (String alias : split(phrase)) {
          aliases.add(builder.existing(alias, where));
        }
        List<String> cues = split(argument);
        if (cues.isEmpty()) {
          throw new IllegalArgumentException(where + ": veto needs cue phrases");
        }
        builder.veto(aliases, cues, where);
      }
      default ->
          throw new IllegalArgumentException(
              where + ": unknown kind '" + kind
                  + "' (stop, ambiguous, weak, namelike, capsword, language, veto)");
    }
  }

  private static Country country(String[] row, String where) {
    String name = row[0];
    if (name.isEmpty()) {
      throw new IllegalArgumentException(where + ": empty name");
    }
    String iso2 = row[1];
    if (!iso2.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          where + ": iso2 '" + iso2 + "' is not two capital letters");
    }
    String region = row[2];
    if (!REGIONS.contains(region)) {
      throw new IllegalArgumentException(
          where + ": region '" + region + "' is not one of " + REGIONS);
    }
    Country.Status status;
    try {
      status = Country.Status.valueOf(row[3].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + ": status '" + row[3] + "' is not member, observer or other", e);
    }
    return new Country(
        name,
        iso2,
        region,
        status,
        split(row[4]),
        split(row[5]),
        split(row[6]),
        split(row[7]),
        split(row[8]));
  }

  /**
   * Data rows of a TSV file, each with {@code columns.length} cells plus the "file line N"
   * location as the last element. Missing trailing cells are empty; fewer than {@code required}
   * or more than the columns is an error.
   */
  private static List<String[]> rows(String tsv, String file, String[] columns, int required) {
    List<String[]> rows = new ArrayList<>();
    String[] lines = tsv.split("\r?\n", -1);
    boolean header = true;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = file + " line " + (n + 1);
      String[] cells = line.split("\t", -1);
      if (header) {
        if (!Arrays.equals(cells, columns)) {
          throw new IllegalArgumentException(
              where + ": expected the column names " + String.join(", ", columns));
        }
        header = false;
        continue;
      }
      if (cells.length < required || cells.length > columns.length) {
        throw new IllegalArgumentException(
            where + ": " + cells.length + " cells, expected " + columns.length);
      }
      String[] row = Arrays.copyOf(cells, columns.length + 1);
      for (int k = 0; k < columns.length; k++) {
        row[k] = row[k] == null ? "" : row[k].strip();
      }
      row[columns.length] = where;
      rows.add(row);
    }
    if (header) {
      throw new IllegalArgumentException(file + ": no column-name row");
    }
    return rows;
  }

  private static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split("\\|")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** The lookup key of a name: its folded words joined by single spaces. */
  static String key(String name) {
    if (isFoldedWord(name)) {
      return name; // "crude", "usa": one word already folded, as source codes mostly are
    }
    StringBuilder sb = new StringBuilder();
    TokenCursor c = new TokenCursor(name);
    while (c.next()) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(c.buffer(), 0, c.length());
    }
    return sb.toString();
  }

  private static boolean isFoldedWord(String s) {
    if (s.length() > TokenCursor.MAX_WORD) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** Every country and territory, in file order (grouped by region). */
  public List<Country> countries() {
    return countries;
  }

  /**
   * The country a name, alias, former name, source code or upper-case ISO code stands for, or
   * null when it names none or is ambiguous ("Korea").
   */
  public Country country(String nameAliasOrCode) {
    if (nameAliasOrCode == null) {
      return null;
    }
    String s = nameAliasOrCode.strip();
    if (s.length() == 2) {
      Integer c = byIso.get(s);
      if (c != null) {
        return countries.get(c);
      }
    }
    Integer c = byName.get(s); // a canonical name is its own country: no folding needed
    if (c == null) {
      c = byKey.get(key(s));
    }
    if (c == null && s.indexOf('.') >= 0) {
      // Dots join capitals only ("U.S." is one key, "u.s." the words "u s"): people type
      // filters and queries in lower case.
      c = byKey.get(key(s.toUpperCase(Locale.ROOT)));
    }
    return c == null ? null : countries.get(c);
  }

  /** The country of a canonical name, which must be one. */
  Country named(String canonicalName) {
    return countries.get(byName.get(canonicalName));
  }

  /** The canonical name for a name, alias or code (see {@link #country}), or null. */
  public String canonical(String nameAliasOrCode) {
    Country c = country(nameAliasOrCode);
    return c == null ? null : c.name();
  }

  /** The M49 region of a country given by name, alias or code (see {@link #country}), or null. */
  public String region(String nameAliasOrCode) {
    Country c = country(nameAliasOrCode);
    return c == null ? null : c.region();
  }

  /** The region name as listed in {@link #REGIONS} when it is one, ignoring case; else null. */
  public static String canonicalRegion(String region) {
    if (region == null) {
      return null;
    }
    String r = region.strip();
    for (String known : REGIONS) {
      if (known.equalsIgnoreCase(r)) {
        return known;
      }
    }
    return null;
  }

  PhraseIndex index() {
    return index;
  }
}
