package io.newssearch.cli;

import io.newssearch.ArticleIndex;
import io.newssearch.SearchRequest;
import io.newssearch.SearchResult;
import io.newssearch.SortOrder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search --index DIR [filters] QUERY}: one search, printed for people or as JSON. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Searches an index (opened read-only, so an ingest may run meanwhile).",
      "Query syntax: words (all must match), \"phrases\", -exclude, OR, prefix*, field:value"
          + " (title, body, author, tag, region, section, source, language),"
          + " date:2019-06, date:[2019-01-01 TO 2019-06-30]. No query: browse everything."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path indexDir;

  @Option(names = "--tag", paramLabel = "T", description = "Only articles with this tag (repeat: any of them).")
  List<String> tags = new ArrayList<>();

  @Option(names = "--region", paramLabel = "R", description = "Only articles in this region (repeat: any).")
  List<String> regions = new ArrayList<>();

  @Option(names = "--author", paramLabel = "A", description = "Only articles by this author (repeat: any).")
  List<String> authors = new ArrayList<>();

  @Option(names = "--section", paramLabel = "S", description = "Only articles in this section (repeat: any).")
  List<String> sections = new ArrayList<>();

  @Option(names = "--source", paramLabel = "S", description = "Only articles from this source (repeat: any).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--language", paramLabel = "L", description = "Only articles in this language code (repeat: any).")
  List<String> languages = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (yyyy-mm-dd).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (yyyy-mm-dd).")
  LocalDate to;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance, newest or oldest (default ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Hits per page (default ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--cursor", paramLabel = "C", description = "Next page: the cursor a previous search printed.")
  String cursor;

  @Option(names = "--facets", paramLabel = "DIMS", split = ",", defaultValue = "tag,region,author,section,date",
      description = "Facet dimensions to count (default ${DEFAULT-VALUE}); 'none' for none.")
  List<String> facets;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto, always or never.")
  String color;

  @Parameters(arity = "0..*", paramLabel = "QUERY", parameterConsumer = QueryWords.class,
      description = "The query (words are joined).")
  List<String> query = new ArrayList<>();

  /**
   * Lets a query exclude words ({@code oil -opinion}): a word after a single dash that is no
   * option of this command is query text, not an unknown option. Without clustering, {@code
   * -hello} is a word instead of {@code -h} followed by "ello".
   */
  static void configure(CommandLine search) {
    search.setUnmatchedOptionsArePositionalParams(true);
    search.setPosixClusteredShortOptionsAllowed(false);
    // "--" ends the options: QueryWords takes it and every word after it as query text, so
    // picocli must not take it first (after its own "--" the words still reach QueryWords,
    // which could not tell them from options typed by mistake).
    search.setEndOfOptionsDelimiter("--\u0000");
  }

  @Override
  public Integer call() throws Exception {
    SearchRequest request = request();
    Terminal terminal = Terminal.choose(color); // a bad --color is a usage error, before any I/O
    try (ArticleIndex index = ArticleIndex.openReadOnly(indexDir)) {
      SearchResult result = index.search(request);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(result));
      } else {
        new ResultPrinter(out, terminal).print(result);
        out.flush();
      }
    }
    return Main.OK;
  }

  SearchRequest request() {
    SearchRequest.Builder b = SearchRequest.builder()
        .query(String.join(" ", query))
        .from(from)
        .to(to)
        .sort(parseSort(sort))
        .size(size)
        .cursor(cursor);
    addFilter(b, "tag", tags);
    addFilter(b, "region", regions);
    addFilter(b, "author", authors);
    addFilter(b, "section", sections);
    addFilter(b, "source", sources);
    addFilter(b, "language", languages);
    if (!(facets.size() == 1 && facets.get(0).equals("none"))) {
      for (String f : facets) {
        b.facet(f.strip(), SearchRequest.DEFAULT_FACET_VALUES);
      }
    }
    return b.build();
  }

  private static void addFilter(SearchRequest.Builder b, String dim, List<String> values) {
    if (!values.isEmpty()) {
      b.filter(dim, values);
    }
  }

  /**
   * Takes query words up to the next option of this command. Picocli's own consumption stops at
   * any word that starts like a short option ({@code -Venezuela} looks like {@code -V}), which
   * would turn an exclusion into an unknown option; this stops only at real options. After
   * {@code --}, every word is query text.
   */
  static final class QueryWords implements CommandLine.IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec query, CommandSpec search) {
      List<String> words = query.getValue();
      while (!args.isEmpty() && !isOption(args.peek(), search)) {
        String word = args.pop();
        if (word.equals("--")) {
          while (!args.isEmpty()) {
            words.add(args.pop());
          }
          return;
        }
        if (word.startsWith("--") && word.length() > 2) {
          // A mistyped option (--szie 5): the query syntax gives "--word" no meaning, and
          // searching for it would hide the typo.
          throw new CommandLine.UnmatchedArgumentException(search.commandLine(), List.of(word));
        }
        words.add(word);
      }
    }

    private static boolean isOption(String arg, CommandSpec search) {
      int eq = arg.indexOf('=');
      return search.optionsMap().containsKey(arg)
          || (eq > 0 && search.optionsMap().containsKey(arg.substring(0, eq)));
    }
  }

  static SortOrder parseSort(String s) {
    try {
      return SortOrder.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--sort '" + s + "' is not one of relevance, newest, oldest", e);
    }
  }
}
