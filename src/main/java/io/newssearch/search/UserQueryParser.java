package io.newssearch.search;

import io.newssearch.index.Schema;
import io.newssearch.tag.Gazetteer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Turns what a user types into a Lucene query, forgivingly: it never throws for user text.
 *
 * <pre>{@code
 * UserQueryParser.Parsed p = UserQueryParser.parse("maduro \"oil production\" date:2019-06");
 * p.query();      // the Lucene query
 * p.warnings();   // empty, or what was done instead of what was typed
 * }</pre>
 *
 * <p>Syntax: words (all must match), "phrases", -exclusion, OR (between its neighbours, each
 * chain of ORs one group: {@code oil russia OR iran} is oil and either country), prefix*,
 * field:value (title, body, author, tag, region, section, source, language; plural and a few
 * common aliases such as country and category accepted; a tag value may be any name, alias or
 * code of a country, as in tag:usa or tag:EE.UU.), date:2019, date:2019-06, date:2019-06-03 and
 * date:[2019-01-01 TO 2019-06-30] (either end may be *; an end in braces, as in
 * date:{2019 TO 2021}, leaves out the period it names). Unfielded words search title (boost 2)
 * and body. A query of only exclusions matches every article but those. On a syntax error the
 * text is searched as plain words (all must match) and a warning says so. Not part of the API
 * promise. Thread-safe: every call uses its own parser.
 */
public final class UserQueryParser {

  private static final Map<String, String> FIELD_ALIASES =
      Map.ofEntries(
          Map.entry("title", Schema.TITLE),
          Map.entry("headline", Schema.TITLE),
          Map.entry("body", Schema.BODY),
          Map.entry("text", Schema.BODY),
          Map.entry("author", Schema.AUTHOR),
          Map.entry("authors", Schema.AUTHOR),
          Map.entry("by", Schema.AUTHOR),
          Map.entry("tag", Schema.TAG),
          Map.entry("tags", Schema.TAG),
          Map.entry("country", Schema.TAG),
          Map.entry("region", Schema.REGION),
          Map.entry("regions", Schema.REGION),
          Map.entry("section", Schema.SECTION),
          Map.entry("sections", Schema.SECTION),
          Map.entry("category", Schema.SECTION),
          Map.entry("source", Schema.SOURCE),
          Map.entry("site", Schema.SOURCE),
          Map.entry("language", Schema.LANGUAGE),
          Map.entry("lang", Schema.LANGUAGE),
          Map.entry("date", Schema.PUBLISHED),
          Map.entry("published", Schema.PUBLISHED));

  private static final String[] DEFAULT_FIELDS = {Schema.TITLE, Schema.BODY};

  private UserQueryParser() {}

  /**
   * A parsed query and what the parser had to change.
   *
   * @param query the Lucene query
   * @param warnings empty when the text was taken as written
   */
  public record Parsed(Query query, List<String> warnings) {
    public Parsed {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Parses user text; blank text matches every article. Never throws for any text. A query with
   * more clauses than Lucene lets a search run (see {@link #maxLeaves}) searches its first words
   * and a warning says how many.
   */
  public static Parsed parse(String text) {
    if (text == null || text.isBlank()) {
      return new Parsed(new MatchAllDocsQuery(), List.of());
    }
    Parsed parsed = parseAsWritten(text);
    int limit = maxLeaves();
    int leaves = parsed == null ? Integer.MAX_VALUE : leaves(parsed.query());
    if (leaves <= limit) {
      return parsed;
    }
    // Too long: the search would throw TooManyNestedClauses, which no parse-time catch sees.
    // Keep fewer words, in proportion to the clauses, until the query fits.
    List<String> words = List.of(WHITESPACE.split(text.strip()));
    int n = words.size();
    while (leaves > limit && n > 1) {
      int estimate =
          parsed == null
              ? limit / Schema.DEFAULT_FIELDS.size() // one boolean query had too many clauses
              : (int) ((long) n * limit / leaves);
      n = Math.max(1, Math.min(n - 1, estimate));
      while (n > 1 && OPERATORS.contains(words.get(n - 1))) {
        n--; // "a OR" cut after the operator would be a syntax error
      }
      parsed = parseAsWritten(String.join(" ", words.subList(0, n)));
      leaves = parsed == null ? Integer.MAX_VALUE : leaves(parsed.query());
    }
    if (parsed == null || leaves > limit) {
      return plainWords(text, List.of()); // one word too big for the grammar: capped words
    }
    List<String> warnings = new ArrayList<>(parsed.warnings());
    warnings.add(tooLong(n, words.size()));
    return new Parsed(parsed.query(), warnings);
  }

  /** The warning of a query cut to its first {@code searched} words. */
  private static String tooLong(int searched, int words) {
    return "the query is too long: only its first " + searched + " of " + words
        + " words were searched";
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "+", "-", "!");

  /** The strict parse, else plain words; null when one boolean query has too many clauses. */
  private static Parsed parseAsWritten(String text) {
    List<String> warnings = new ArrayList<>();
    try {
      Query q = new Parser(warnings).parse(text);
      if (q == null) {
        return plainWords(text, List.of("the query has no searchable words"));
      }
      return new Parsed(q, warnings);
    } catch (ParseException | RuntimeException e) {
      if (e instanceof IndexSearcher.TooManyClauses
          || e.getCause() instanceof IndexSearcher.TooManyClauses) {
        return null; // the grammar wraps it in a ParseException
      }
      // Any other failure of the strict grammar (token errors surface as runtime exceptions)
      // falls back to plain words; the user sees a warning.
      return plainWords(
          text,
          List.of(
              "query syntax not understood ("
                  + firstLine(e.getMessage())
                  + "); searched as plain words"));
    }
  }

  /**
   * The most leaf queries (terms, phrases, prefixes, ranges) a parsed query may hold: Lucene's
   * clause limit, counted over the whole query tree at search time, less room for the filters,
   * dates and drill-downs a request adds.
   */
  static int maxLeaves() {
    return IndexSearcher.getMaxClauseCount() - 64;
  }

  /** The leaves of a query, counted as IndexSearcher counts them against its clause limit. */
  static int leaves(Query query) {
    int[] count = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this; // exclusions count too
          }

          @Override
          public void visitLeaf(Query q) {
            count[0]++;
          }

          @Override
          public void consumeTerms(Query q, Term... terms) {
            count[0]++;
          }

          @Override
          public void consumeTermsMatching(
              Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            count[0]++;
          }
        });
    return count[0];
  }

  /**
   * The text as plain words: every word must match in the title or the body, operators and
   * punctuation ignored. Only as many words as fit in {@link #maxLeaves} are searched; a warning
   * says so.
   */
  public static Parsed plainWords(String text, List<String> warnings) {
    List<String> words = analyze(text);
    if (words.isEmpty()) {
      List<String> w = new ArrayList<>(warnings);
      w.add("no searchable words in '" + text.strip() + "'; nothing matches");
      return new Parsed(new MatchNoDocsQuery("no searchable words"), w);
    }
    int fit = maxLeaves() / Schema.DEFAULT_FIELDS.size();
    if (words.size() > fit) {
      warnings = new ArrayList<>(warnings);
      warnings.add(tooLong(fit, words.size()));
      words = words.subList(0, fit);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      all.add(wordInDefaultFields(word), BooleanClause.Occur.MUST);
    }
    return new Parsed(all.build(), warnings);
  }

  private static Query wordInDefaultFields(String word) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> f : Schema.DEFAULT_FIELDS.entrySet()) {
      Query tq = new TermQuery(new Term(f.getKey(), word));
      any.add(f.getValue() == 1f ? tq : new BoostQuery(tq, f.getValue()), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private static List<String> analyze(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream ts = Schema.ANALYZER.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return words;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String line = message.lines().findFirst().orElse("").strip();
    // The grammar's messages say "Cannot parse 'text': Encountered ..."; keep the useful part.
    int enc = line.indexOf("Encountered");
    if (enc >= 0) {
      line = line.substring(enc);
    }
    return line.length() > 120 ? line.substring(0, 117) + "..." : line;
  }

  /**
   * Inclusive epoch-millis range of a date term: 2019 (the year), 2019-06 (the month) or
   * 2019-06-03 (the day), in UTC; {@code *} is open.
   *
   * @throws IllegalArgumentException when the text is none of these
   */
  static long[] dateRange(String text) {
    String t = text.strip();
    if (t.equals("*")) {
      return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    }
    try {
      LocalDate first;
      LocalDate last;
      if (t.matches("\\d{4}")) {
        first = LocalDate.of(Integer.parseInt(t), 1, 1);
        last = first.plusYears(1).minusDays(1);
      } else if (t.matches("\\d{4}-\\d{1,2}")) {
        YearMonth ym = YearMonth.parse(t.length() == 6 ? t.substring(0, 5) + "0" + t.charAt(5) : t);
        first = ym.atDay(1);
        last = ym.atEndOfMonth();
      } else {
        first = LocalDate.parse(t);
        last = first;
      }
      return dayRange(first, last);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date (use 2019, 2019-06 or 2019-06-03)", e);
    }
  }

  private static final long DAY_MILLIS = 86_400_000L;

  /**
   * Inclusive epoch-millis range from the start of {@code first} to the end of {@code last}, in
   * UTC; a null end is open, and so is a day beyond the some 292 million years epoch millis hold
   * either side of 1970 (LocalDate.MIN and LocalDate.MAX are).
   */
  static long[] dayRange(LocalDate first, LocalDate last) {
    long lo = first == null || first.toEpochDay() < Long.MIN_VALUE / DAY_MILLIS
        ? Long.MIN_VALUE
        : first.toEpochDay() * DAY_MILLIS;
    long hi = last == null || last.toEpochDay() >= Long.MAX_VALUE / DAY_MILLIS
        ? Long.MAX_VALUE
        : (last.toEpochDay() + 1) * DAY_MILLIS - 1;
    return new long[] {lo, hi};
  }

  private static final Map<String, Query> COUNTRY_TAG_QUERIES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * What tag:usa, tag:EE.UU. or country:"Estados Unidos" mean: the country's exact tag, or its
   * name as words of a tag written another way ("russia" from an app's own tagger), but not
   * inside the name of another country: tag:sudan is not South Sudan, tag:guinea not Equatorial
   * Guinea, as filter("tag", ..) would not be.
   */
  static Query countryTagQuery(String canonical) {
    return COUNTRY_TAG_QUERIES.computeIfAbsent(canonical, c -> {
      List<String> words = analyze(c);
      BooleanQuery.Builder asWords = new BooleanQuery.Builder()
          .add(new org.apache.lucene.search.PhraseQuery(Schema.TAG, words.toArray(String[]::new)),
              BooleanClause.Occur.MUST);
      for (io.newssearch.tag.Country other : Gazetteer.standard().countries()) {
        List<String> longer = analyze(other.name());
        if (longer.size() > words.size() && java.util.Collections.indexOfSubList(longer, words) >= 0) {
          asWords.add(
              new org.apache.lucene.search.PhraseQuery(Schema.TAG, longer.toArray(String[]::new)),
              BooleanClause.Occur.MUST_NOT);
        }
      }
      return new BooleanQuery.Builder()
          .add(new TermQuery(
              DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, Schema.DIM_TAG, c)),
              BooleanClause.Occur.SHOULD)
          .add(asWords.build(), BooleanClause.Occur.SHOULD)
          .build();
    });
  }

  /** The classic grammar with our fields, dates, aliases and the pure-negative fix. */
  private static final class Parser extends MultiFieldQueryParser {
    private final List<String> warnings;
    // For each clause list the grammar is filling, the OR run of each of its clauses: a clause
    // joined to the one before by OR is in that one's run; any other starts a run.
    private final Map<List<BooleanClause>, List<Integer>> orRuns = new java.util.IdentityHashMap<>();
    private int nextRun;
    // QueryParserBase.CONJ_OR, which the grammar passes to addClause but keeps package-private;
    // the OR rows of SearchTest's query-syntax table fail if it ever changes.
    private static final int OR = 2;

    Parser(List<String> warnings) {
      super(DEFAULT_FIELDS, Schema.ANALYZER, Schema.DEFAULT_FIELDS);
      this.warnings = warnings;
      setDefaultOperator(QueryParser.Operator.AND);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
    }

    /** Maps a field the user typed to ours; null means the default fields. */
    private String resolve(String field) {
      if (field == null) {
        return null;
      }
      String f = FIELD_ALIASES.get(field.toLowerCase(Locale.ROOT));
      if (f == null) {
        warnings.add(
            "unknown field '"
                + field
                + ":' searched as words; fields are title, body, author, tag, region,"
                + " section, source, language, date");
      }
      return f;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      String f = resolve(field);
      if (field != null && f == null) {
        // Unknown field: search the field name and the value as words (both must match)
        // rather than a field that does not exist, which would match nothing.
        Query name = super.getFieldQuery(null, field, false);
        Query value = super.getFieldQuery(null, queryText, quoted);
        if (name == null || value == null) {
          return name == null ? value : name;
        }
        return new BooleanQuery.Builder()
            .add(name, BooleanClause.Occur.MUST)
            .add(value, BooleanClause.Occur.MUST)
            .build();
      }
      if (Schema.PUBLISHED.equals(f)) {
        return dateQuery(queryText, true, queryText, true);
      }
      Query exact = exactValueQuery(f, queryText);
      return exact != null ? exact : super.getFieldQuery(f, queryText, quoted);
    }

    /** Quoted text comes here; the superclass would not pass it through the method above. */
    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      String f = resolve(field);
      if (Schema.PUBLISHED.equals(f)) {
        return dateQuery(queryText, true, queryText, true);
      }
      Query exact = exactValueQuery(f, queryText);
      return exact != null ? exact : super.getFieldQuery(f, queryText, slop);
    }

    /** The query of a field value that means one exact indexed value, or null for words. */
    private static Query exactValueQuery(String f, String queryText) {
      if (Schema.LANGUAGE.equals(f)) {
        // The field holds one lower-cased code without positions: the analyser would make a
        // phrase of "en-US", which such a field cannot run.
        return new TermQuery(new Term(f, queryText.strip().toLowerCase(Locale.ROOT)));
      }
      if (Schema.TAG.equals(f)) {
        String canonical = Gazetteer.standard().canonical(queryText);
        if (canonical != null) {
          return countryTagQuery(canonical);
        }
      }
      return null;
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      String f = resolve(field);
      if (Schema.PUBLISHED.equals(f)) {
        return dateQuery(
            part1 == null ? "*" : part1, startInclusive, part2 == null ? "*" : part2, endInclusive);
      }
      return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      String f = resolve(field);
      if (Schema.PUBLISHED.equals(f)) {
        throw new ParseException("date:" + termStr + "* is not a date; use date:2019 or a range");
      }
      if (termStr.isEmpty()) {
        throw new ParseException("a lone * is not a prefix");
      }
      return super.getPrefixQuery(f, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      String f = resolve(field);
      if (Schema.PUBLISHED.equals(f)) {
        throw new ParseException("date:" + termStr + " is not a date");
      }
      if ("*".equals(termStr) && f == null && field == null) {
        return new MatchAllDocsQuery();
      }
      return super.getWildcardQuery(f, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      String f = resolve(field);
      if (Schema.PUBLISHED.equals(f)) {
        throw new ParseException("date:" + termStr + "~ is not a date");
      }
      return super.getFuzzyQuery(f, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      String f = resolve(field);
      if (Schema.PUBLISHED.equals(f)) {
        throw new ParseException("date:/" + termStr + "/ is not a date");
      }
      return super.getRegexpQuery(f, termStr);
    }

    @Override
    protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
      int before = clauses.size();
      super.addClause(clauses, conj, mods, q);
      if (clauses.size() > before) { // the analyser may have left nothing to add
        List<Integer> runs = orRuns.computeIfAbsent(clauses, k -> new ArrayList<>());
        runs.add(conj == OR && before > 0 ? runs.get(before - 1) : nextRun++);
      }
    }

    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
      Query q = super.getBooleanQuery(orGrouped(clauses, orRuns.remove(clauses)));
      if (q instanceof BooleanQuery bq
          && !bq.clauses().isEmpty()
          && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
        // "-opinion" alone means "everything but opinion", not "nothing".
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        bq.clauses().forEach(b::add);
        return b.build();
      }
      return q;
    }

    /**
     * With AND as the default, the grammar reads {@code a b OR c} as {@code +a b c}: b and c
     * become optional and only a must match, and {@code a OR b c OR d} as one flat OR. A user
     * means a AND (b OR c), and (a OR b) AND (c OR d): when a list holds required clauses or
     * more than one OR run, each run of optional clauses becomes one required group. A list
     * that is one OR run, or only exclusions, is left alone.
     *
     * @param runs the OR run of each clause, or null when the grammar did not build the list
     */
    private static List<BooleanClause> orGrouped(List<BooleanClause> clauses, List<Integer> runs) {
      if (runs == null || runs.size() != clauses.size()) {
        runs = java.util.Collections.nCopies(clauses.size(), 0); // as one run
      }
      java.util.Set<Integer> optionalRuns = new java.util.LinkedHashSet<>();
      for (int i = 0; i < clauses.size(); i++) {
        if (clauses.get(i).occur() == BooleanClause.Occur.SHOULD) {
          optionalRuns.add(runs.get(i));
        }
      }
      boolean anyRequired = clauses.stream().anyMatch(BooleanClause::isRequired);
      if (optionalRuns.isEmpty() || (!anyRequired && optionalRuns.size() == 1)) {
        return clauses;
      }
      Map<Integer, BooleanQuery.Builder> groups = new java.util.LinkedHashMap<>();
      Map<Integer, Integer> slots = new java.util.HashMap<>(); // where each group goes
      List<BooleanClause> out = new ArrayList<>(clauses.size());
      for (int i = 0; i < clauses.size(); i++) {
        BooleanClause c = clauses.get(i);
        if (c.occur() != BooleanClause.Occur.SHOULD) {
          out.add(c);
          continue;
        }
        int run = runs.get(i);
        if (!groups.containsKey(run)) { // the group takes the place of its first member
          groups.put(run, new BooleanQuery.Builder());
          slots.put(run, out.size());
          out.add(null);
        }
        groups.get(run).add(c);
      }
      for (Map.Entry<Integer, BooleanQuery.Builder> g : groups.entrySet()) {
        BooleanQuery group = g.getValue().build();
        Query either = group.clauses().size() == 1 ? group.clauses().get(0).query() : group;
        out.set(slots.get(g.getKey()), new BooleanClause(either, BooleanClause.Occur.MUST));
      }
      return out;
    }

    /**
     * The range from the first to the last day, month or year named; an exclusive end leaves out
     * the whole period it names ({2019 TO 2020} is nothing, {2019-03 TO 2020} April to December
     * 2019). An open end (*) is open either way.
     */
    private Query dateQuery(
        String lowerText, boolean lowerInclusive, String upperText, boolean upperInclusive)
        throws ParseException {
      try {
        long[] lower = dateRange(lowerText);
        long[] upper = dateRange(upperText);
        long lo = lowerInclusive || lower[1] == Long.MAX_VALUE ? lower[0] : lower[1] + 1;
        long hi = upperInclusive || upper[0] == Long.MIN_VALUE ? upper[1] : upper[0] - 1;
        return LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi);
      } catch (IllegalArgumentException e) {
        throw new ParseException(e.getMessage());
      }
    }
  }
}
