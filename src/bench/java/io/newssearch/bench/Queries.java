package io.newssearch.bench;

import io.newssearch.SearchRequest;
import io.newssearch.SortOrder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query set: {@code queries.tsv} lines of {@code class<TAB>query<TAB>options}, where options
 * are {@code ;}-separated {@code tag=Japan}, {@code section=crude|grain} (OR), {@code
 * from=1987-03-01}, {@code to=1987-03-31}, {@code sort=newest}. Lines starting with # are
 * comments. An empty query is a match-all browse.
 */
final class Queries {

  /** Query classes in report order. */
  static final List<String> CLASSES =
      List.of("rare", "common", "and", "or", "phrase", "prefix", "filter", "date", "browse");

  /** The four facet dimensions counted in the facets modes. */
  static final List<String> FACET_DIMS = List.of("tag", "region", "author", "date");

  /** Hits per page and body snippets per hit, the same for library and baseline. */
  static final int TOP_N = 10;

  static final int SNIPPETS = 3;
  static final int SNIPPET_LENGTH = 160;

  /** What a search returns besides hits: plain, with facets, with snippets, with both. */
  enum Mode {
    PLAIN(false, false), FACETS(true, false), SNIPPETS(false, true), BOTH(true, true);

    final boolean facets;
    final boolean snippets;

    Mode(boolean facets, boolean snippets) {
      this.facets = facets;
      this.snippets = snippets;
    }

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One query of the set. */
  record BenchQuery(String cls, String text, Map<String, List<String>> filters, LocalDate from,
      LocalDate to, boolean newest) {

    /** The library request for this query in this mode. */
    SearchRequest request(Mode mode) {
      SearchRequest.Builder b = SearchRequest.builder()
          .query(text.isEmpty() ? null : text)
          .size(TOP_N)
          .snippets(mode.snippets ? SNIPPETS : 0)
          .snippetLength(SNIPPET_LENGTH)
          .from(from)
          .to(to)
          .sort(newest ? SortOrder.NEWEST : SortOrder.RELEVANCE);
      filters.forEach(b::filter);
      if (mode.facets) {
        FACET_DIMS.forEach(d -> b.facet(d, 10));
      }
      return b.build();
    }

    @Override
    public String toString() {
      return cls + ": '" + text + "'" + (filters.isEmpty() ? "" : " " + filters)
          + (from == null && to == null ? "" : " " + from + ".." + to) + (newest ? " newest" : "");
    }
  }

  private Queries() {}

  /** The committed set (a classpath resource) or a file. */
  static List<BenchQuery> load(Path file) throws IOException {
    if (file != null) {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return parse(r);
      }
    }
    try (InputStream in = Queries.class.getResourceAsStream("/queries.tsv")) {
      if (in == null) {
        throw new IOException("queries.tsv is not on the classpath; pass --queries FILE");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }
  }

  static List<BenchQuery> parse(BufferedReader r) throws IOException {
    List<BenchQuery> out = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2 || !CLASSES.contains(cols[0])) {
        throw new IOException("queries.tsv line " + n + ": expected class<TAB>query[<TAB>options], class one of " + CLASSES);
      }
      Map<String, List<String>> filters = new LinkedHashMap<>();
      LocalDate from = null;
      LocalDate to = null;
      boolean newest = false;
      if (cols.length > 2 && !cols[2].isBlank()) {
        for (String opt : cols[2].split(";")) {
          String[] kv = opt.split("=", 2);
          if (kv.length != 2) {
            throw new IOException("queries.tsv line " + n + ": option '" + opt + "' is not key=value");
          }
          switch (kv[0].strip()) {
            case "from" -> from = LocalDate.parse(kv[1].strip());
            case "to" -> to = LocalDate.parse(kv[1].strip());
            case "sort" -> newest = kv[1].strip().equals("newest");
            default -> filters.put(kv[0].strip(), List.of(kv[1].strip().split("\\|")));
          }
        }
      }
      out.add(new BenchQuery(cols[0], cols[1].strip(), filters, from, to, newest));
    }
    return out;
  }
}
