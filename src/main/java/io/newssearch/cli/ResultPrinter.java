package io.newssearch.cli;

import io.newssearch.FacetValue;
import io.newssearch.SearchHit;
import io.newssearch.SearchResult;
import io.newssearch.Snippet;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints search results for people: hits with snippets, then facets as short bar charts. */
final class ResultPrinter {

  private static final int BAR_WIDTH = 24;

  private final PrintWriter out;
  private final Terminal terminal;

  ResultPrinter(PrintWriter out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void print(SearchResult result) {
    for (String w : result.warnings()) {
      out.println("  note: " + w);
    }
    if (result.total() == 0) {
      out.println("  No articles match."
          + (result.suggestion() == null ? "" : " Did you mean: " + result.suggestion() + " ?"));
    } else {
      out.printf(Locale.ROOT, "  %d article%s match%s%n", result.total(),
          result.total() == 1 ? "" : "s", result.total() == 1 ? "es" : "");
    }
    int n = 0;
    for (SearchHit hit : result.hits()) {
      n++;
      out.printf(Locale.ROOT, "%n  %d. %s%n", n, hit.highlightedTitle().render(terminal.open(), terminal.close()));
      StringBuilder meta = new StringBuilder("     ");
      if (hit.published() != null) {
        meta.append(hit.published().date()).append("  ");
      }
      if (!hit.authors().isEmpty()) {
        meta.append(String.join(", ", hit.authors())).append("  ");
      }
      if (hit.source() != null) {
        meta.append(hit.source()).append("  ");
      }
      if (!hit.tags().isEmpty()) {
        meta.append("[").append(String.join(", ", hit.tags())).append("]");
      }
      out.println(meta.toString().stripTrailing());
      for (Snippet s : hit.snippets()) {
        out.println("     … " + s.render(terminal.open(), terminal.close()) + " …");
      }
    }
    if (result.hasMore()) {
      out.println("\n  (more: --cursor " + result.nextCursor() + ")");
    }
    printFacets(result.facets());
  }

  void printFacets(Map<String, List<FacetValue>> facets) {
    for (Map.Entry<String, List<FacetValue>> dim : facets.entrySet()) {
      List<FacetValue> values = dim.getValue();
      if (values.isEmpty()) {
        continue;
      }
      out.printf(Locale.ROOT, "%n  %s%n", dim.getKey());
      long max = values.stream().mapToLong(FacetValue::count).max().orElse(1);
      int width = values.stream().mapToInt(v -> v.value().length()).max().orElse(0);
      for (FacetValue v : values) {
        int len = max == 0 ? 0 : (int) Math.round(BAR_WIDTH * (double) v.count() / max);
        if (v.count() > 0 && len == 0) {
          len = 1;
        }
        out.printf(Locale.ROOT, "    %-" + width + "s %s %d%s%n", v.value(),
            String.valueOf(terminal.bar()).repeat(len), v.count(), v.selected() ? "  (selected)" : "");
      }
    }
  }
}
