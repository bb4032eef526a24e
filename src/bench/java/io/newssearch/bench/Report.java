package io.newssearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Turns results files into a Markdown report and an SVG chart. */
final class Report {

  private Report() {}

  // ---- Markdown ----------------------------------------------------------------------------

  static String markdown(List<Figure> figures) {
    StringBuilder md = new StringBuilder();
    Map<String, List<Figure>> byCorpus = byCorpus(figures);
    md.append("### Targets\n\n");
    md.append("| corpus | ingest ≥ 0.85 × baseline | search p50, facets + snippets ≤ 1.2 × | search p99, facets + snippets ≤ 1.5 × | NRT visible ≤ 1 s at 1,000 upserts/s (p99) | ingest heap |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Map.Entry<String, List<Figure>> c : byCorpus.entrySet()) {
      List<Figure> fs = c.getValue();
      Figure ingest = find(fs, "ingest", "articles_per_s", null, null);
      Figure p50 = find(fs, "search", "p50", "all", "both");
      Figure p99 = find(fs, "search", "p99", "all", "both");
      Figure worst50 = worst(fs, "p50");
      Figure worst99 = worst(fs, "p99");
      Figure vis = find(fs, "nrt", "visible_p99_ms", null, null);
      Figure visMax = find(fs, "nrt", "visible_max_ms", null, null);
      Figure ups = find(fs, "nrt", "upserts_per_s", null, null);
      Figure heap = find(fs, "ingest", "peak_heap_after_gc_mb", null, null);
      md.append("| ").append(c.getKey()).append(" (").append(String.format(Locale.ROOT, "%,d", fs.get(0).articles())).append(")");
      md.append(" | ").append(ingest == null ? "–" : verdict(ingest.ratio(), 0.85, true) + " " + r(ingest.ratio()));
      md.append(" | ").append(p50 == null ? "–" : verdict(p50.ratio(), 1.2, false) + " " + r(p50.ratio())
          + " all; worst class " + worst50.queryClass() + " " + r(worst50.ratio()));
      md.append(" | ").append(p99 == null ? "–" : verdict(p99.ratio(), 1.5, false) + " " + r(p99.ratio())
          + " all; worst class " + worst99.queryClass() + " " + r(worst99.ratio()));
      Figure vis50 = find(fs, "nrt", "visible_p50_ms", null, null);
      md.append(" | ").append(vis == null ? "–" : (vis.library() <= 1000 ? "met" : "missed")
          + String.format(Locale.ROOT, ": p50 %.0f ms, p99 %.0f ms (baseline p99 %.0f ms) at %,.0f upserts/s",
              vis50 == null ? Double.NaN : vis50.library(), vis.library(), vis.baseline(),
              ups == null ? Double.NaN : ups.library()));
      md.append(" | ").append(heap == null ? "–" : String.format(Locale.ROOT,
          "peak %.0f MB after GC (baseline %.0f MB), %s", heap.library(), heap.baseline(),
          heap.note() == null ? "" : heap.note().replaceFirst(".*, ", "")));
      md.append(" |\n");
    }
    md.append("\nRatios are library / baseline, measured in the same run. For search, 'all' pools every query of the set.\n");
    md.append("\n### Summary (library / baseline / ratio)\n\n| figure |");
    for (String c : byCorpus.keySet()) {
      md.append(' ').append(c).append(" |");
    }
    md.append("\n|---|");
    byCorpus.keySet().forEach(c -> md.append("---:|"));
    md.append('\n');
    String[][] rows = {
      {"ingest", "articles_per_s", null, null, "ingest, articles/s"},
      {"ingest", "body_mb_per_s", null, null, "ingest, MB/s of body text"},
      {"ingest", "peak_heap_after_gc_mb", null, null, "ingest, peak heap after GC (MB)"},
      {"ingest", "index_bytes_per_article", null, null, "index bytes per article"},
      {"ingest", "commit_ms", null, null, "final commit (ms)"},
      {"search", "p50", "all", "plain", "search p50, plain (ms)"},
      {"search", "p50", "all", "facets", "search p50, 4 facets (ms)"},
      {"search", "p50", "all", "snippets", "search p50, snippets (ms)"},
      {"search", "p50", "all", "both", "search p50, facets + snippets (ms)"},
      {"search", "p90", "all", "both", "search p90, facets + snippets (ms)"},
      {"search", "p99", "all", "both", "search p99, facets + snippets (ms)"},
      {"nrt", "search_qps", null, null, "searches/s, 2 threads, while ingesting"},
      {"nrt", "upserts_per_s", null, null, "upserts/s achieved (target 1,000)"},
      {"nrt", "visible_p50_ms", null, null, "NRT visibility p50 (ms)"},
      {"nrt", "visible_p99_ms", null, null, "NRT visibility p99 (ms)"},
      {"nrt", "visible_max_ms", null, null, "NRT visibility max (ms)"},
      {"ingest", "articles_per_s_with_tagging", null, null,
          "ingest with the default tagger / without (articles/s; target ≥ 0.91, i.e. ≤ 10 % more time)"},
      {"ingest", "tagger_cpu_s", null, null,
          "tagger CPU / CPU of the rest of the tagged ingest (s; ≤ 0.10 is ≤ 10 % more CPU)"},
      {"ingest", "articles_per_s_from_sgml", null, null,
          "ingest from Reuters SGML (library) / raw Lucene from JSONL (articles/s)"},
      {"ingest", "capture_clean_mb_per_s", null, null, "capture cleaning, 1 thread (MB/s)"},
      {"ingest", "tagging_mb_per_s", null, null, "tagging, 1 thread (MB/s of body)"},
    };
    for (String[] row : rows) {
      md.append("| ").append(row[4]).append(" |");
      for (List<Figure> fs : byCorpus.values()) {
        Figure f = find(fs, row[0], row[1], row[2], row[3]);
        md.append(' ').append(f == null ? "–" : Figure.fmt(f.library())
            + (f.baseline() == null ? "" : " / " + Figure.fmt(f.baseline()) + " / **" + r(f.ratio()) + "**"))
            .append(" |");
      }
      md.append('\n');
    }
    for (Map.Entry<String, List<Figure>> c : byCorpus.entrySet()) {
      List<Figure> fs = c.getValue();
      md.append("\n### ").append(c.getKey()).append(String.format(Locale.ROOT, " — %,d articles%n%n", fs.get(0).articles()));
      md.append("| figure | library | baseline | library / baseline | note |\n|---|---:|---:|---:|---|\n");
      for (Figure f : fs) {
        if (f.group().equals("search")) {
          continue;
        }
        md.append("| ").append(f.group()).append(' ').append(f.name()).append(" (").append(f.unit()).append(")")
            .append(" | ").append(Figure.fmt(f.library()))
            .append(" | ").append(f.baseline() == null ? "–" : Figure.fmt(f.baseline()))
            .append(" | ").append(f.ratio() == null ? "–" : r(f.ratio()))
            .append(" | ").append(f.note() == null ? "" : f.note()).append(" |\n");
      }
      md.append("\nSearch latency, one thread, ms (library / baseline / ratio):\n\n");
      md.append("| class | mode | p50 | p90 | p99 |\n|---|---|---:|---:|---:|\n");
      List<String> classes = new ArrayList<>(Queries.CLASSES);
      classes.add("all");
      for (String cls : classes) {
        for (Queries.Mode m : Queries.Mode.values()) {
          Figure a = find(fs, "search", "p50", cls, m.label());
          if (a == null) {
            continue;
          }
          md.append("| ").append(cls).append(" | ").append(m.label());
          for (String p : List.of("p50", "p90", "p99")) {
            Figure f = find(fs, "search", p, cls, m.label());
            md.append(" | ").append(Figure.fmt(f.library())).append(" / ")
                .append(Figure.fmt(f.baseline())).append(" / **").append(r(f.ratio())).append("**");
          }
          md.append(" |\n");
        }
      }
    }
    return md.toString();
  }

  private static Figure worst(List<Figure> fs, String p) {
    return fs.stream()
        .filter(f -> f.group().equals("search") && f.name().equals(p) && "both".equals(f.mode())
            && !"all".equals(f.queryClass()) && f.ratio() != null)
        .max(Comparator.comparingDouble(Figure::ratio)).orElse(null);
  }

  private static String verdict(Double ratio, double target, boolean atLeast) {
    if (ratio == null) {
      return "–";
    }
    return (atLeast ? ratio >= target : ratio <= target) ? "met" : "missed";
  }

  private static String r(Double v) {
    return v == null ? "–" : String.format(Locale.ROOT, "%.2f", v);
  }

  static Figure find(List<Figure> fs, String group, String name, String cls, String mode) {
    for (Figure f : fs) {
      if (f.group().equals(group) && f.name().equals(name) && Objects.equals(f.queryClass(), cls)
          && Objects.equals(f.mode(), mode)) {
        return f;
      }
    }
    return null;
  }

  /** Corpora in order of size; a later figure with the same key replaces an earlier one. */
  static Map<String, List<Figure>> byCorpus(List<Figure> figures) {
    Map<String, Map<String, Figure>> latest = new LinkedHashMap<>();
    for (Figure f : figures) {
      latest.computeIfAbsent(f.corpus(), k -> new LinkedHashMap<>())
          .put(f.group() + f.name() + f.queryClass() + f.mode(), f);
    }
    return latest.entrySet().stream()
        .sorted(Comparator.comparingLong(e -> e.getValue().values().iterator().next().articles()))
        .collect(Collectors.toMap(Map.Entry::getKey, e -> new ArrayList<>(e.getValue().values()),
            (a, b) -> a, LinkedHashMap::new));
  }

  // ---- SVG ---------------------------------------------------------------------------------

  private static final String[] COLORS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"
  };

  /** Left: p50 latency with facets + snippets per query class vs corpus size; right: ingest. */
  static String svg(List<Figure> figures) {
    Map<String, List<Figure>> byCorpus = byCorpus(figures);
    List<Long> sizes = byCorpus.values().stream().map(l -> l.get(0).articles()).toList();
    StringBuilder s = new StringBuilder();
    int w = 1000;
    int h = 460;
    s.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
        w, h, w, h));
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    // Panel 1: latency, log-log.
    double maxLat = 0.1;
    double minLat = Double.MAX_VALUE;
    for (List<Figure> fs : byCorpus.values()) {
      for (Figure f : fs) {
        if (f.group().equals("search") && f.name().equals("p50") && "both".equals(f.mode())) {
          maxLat = Math.max(maxLat, Math.max(f.library(), f.baseline()));
          minLat = Math.min(minLat, Math.min(f.library(), f.baseline()));
        }
      }
    }
    if (minLat == Double.MAX_VALUE) {
      minLat = 0.01;
    }
    Panel p1 = new Panel(70, 40, 500, 340, sizes, Math.pow(10, Math.floor(Math.log10(minLat))),
        Math.pow(10, Math.ceil(Math.log10(maxLat))), true);
    p1.frame(s, "Search p50 with 4 facets + snippets (ms, log) vs articles (log)");
    int ci = 0;
    for (String cls : Queries.CLASSES) {
      String color = COLORS[ci++ % COLORS.length];
      List<double[]> lib = new ArrayList<>();
      List<double[]> base = new ArrayList<>();
      for (List<Figure> fs : byCorpus.values()) {
        Figure f = find(fs, "search", "p50", cls, "both");
        if (f != null) {
          lib.add(new double[] {f.articles(), f.library()});
          base.add(new double[] {f.articles(), f.baseline()});
        }
      }
      p1.line(s, lib, color, false);
      p1.line(s, base, color, true);
      int ly = 50 + (ci - 1) * 18;
      s.append(String.format(Locale.ROOT,
          "<line x1=\"585\" y1=\"%d\" x2=\"605\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/><text x=\"610\" y=\"%d\">%s</text>%n",
          ly, ly, color, ly + 4, cls));
    }
    s.append("<line x1=\"585\" y1=\"230\" x2=\"605\" y2=\"230\" stroke=\"black\" stroke-width=\"2\"/><text x=\"610\" y=\"234\">library</text>\n");
    s.append("<line x1=\"585\" y1=\"248\" x2=\"605\" y2=\"248\" stroke=\"black\" stroke-width=\"2\" stroke-dasharray=\"5,4\"/><text x=\"610\" y=\"252\">raw Lucene</text>\n");
    // Panel 2: ingest articles/s.
    double maxRate = 1;
    List<double[]> lib = new ArrayList<>();
    List<double[]> base = new ArrayList<>();
    for (List<Figure> fs : byCorpus.values()) {
      Figure f = find(fs, "ingest", "articles_per_s", null, null);
      if (f != null) {
        lib.add(new double[] {f.articles(), f.library()});
        base.add(new double[] {f.articles(), f.baseline()});
        maxRate = Math.max(maxRate, Math.max(f.library(), f.baseline()));
      }
    }
    double top = niceCeil(maxRate);
    Panel p2 = new Panel(740, 40, 220, 340, sizes, 0, top, false);
    p2.frame(s, "Ingest (articles/s)");
    p2.line(s, lib, "#1f77b4", false);
    p2.line(s, base, "#1f77b4", true);
    s.append("<text x=\"70\" y=\"445\" fill=\"#555\">Solid: news-search; dashed: raw-Lucene baseline doing the same work, same run. Single search thread after warm-up.</text>\n");
    s.append("</svg>\n");
    return s.toString();
  }

  private static double niceCeil(double v) {
    double mag = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * mag >= v) {
        return m * mag;
      }
    }
    return 10 * mag;
  }

  /** A plot area with a log x axis (articles) and a log or linear y axis. */
  private record Panel(int x, int y, int w, int h, List<Long> sizes, double yMin, double yMax,
      boolean logY) {

    double px(double articles) {
      double lo = Math.log10(Math.max(1, sizes.get(0)) / 1.5);
      double hi = Math.log10(sizes.get(sizes.size() - 1) * 1.5);
      return x + (Math.log10(articles) - lo) / (hi - lo) * w;
    }

    double py(double v) {
      double f = logY ? (Math.log10(Math.max(v, yMin)) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))
          : (v - yMin) / (yMax - yMin);
      return y + h - f * h;
    }

    void frame(StringBuilder s, String title) {
      s.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n", x, y, w, h));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", x, y - 12, title));
      for (long n : sizes) {
        double xx = px(n);
        s.append(String.format(Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
            xx, y, xx, y + h, xx, y + h + 16, human(n)));
      }
      if (logY) {
        for (double v = yMin; v <= yMax * 1.001; v *= 10) {
          double yy = py(v);
          s.append(String.format(Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
              x, yy, x + w, yy, x - 6, yy + 4, Figure.fmt(v).replaceAll("\\.?0+$", "")));
        }
      } else {
        for (int i = 0; i <= 5; i++) {
          double v = yMin + (yMax - yMin) * i / 5;
          double yy = py(v);
          s.append(String.format(Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,.0f</text>%n",
              x, yy, x + w, yy, x - 6, yy + 4, v));
        }
      }
    }

    void line(StringBuilder s, List<double[]> points, String color, boolean dashed) {
      if (points.isEmpty()) {
        return;
      }
      StringBuilder d = new StringBuilder();
      for (double[] p : points) {
        d.append(d.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", px(p[0]), py(p[1])));
        s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", px(p[0]), py(p[1]), color));
      }
      s.append(String.format(Locale.ROOT,
          "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n", d, color,
          dashed ? " stroke-dasharray=\"5,4\"" : ""));
    }

    private static String human(long n) {
      if (n >= 1_000_000) {
        return (n % 1_000_000 == 0 ? String.valueOf(n / 1_000_000) : String.format(Locale.ROOT, "%.1f", n / 1e6)) + "M";
      }
      if (n >= 1000) {
        return Math.round(n / 1000.0) + "k";
      }
      return String.valueOf(n);
    }
  }

  static void write(List<Path> results, Path md, Path svg) throws IOException {
    List<Figure> all = new ArrayList<>();
    for (Path p : results) {
      all.addAll(Figure.read(p));
    }
    if (md != null) {
      Files.writeString(md, markdown(all), StandardCharsets.UTF_8);
    }
    if (svg != null) {
      Files.writeString(svg, svg(all), StandardCharsets.UTF_8);
    }
  }
}
