package io.newssearch.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One measured figure, as one line of the results file (JSON Lines): the library's value, the
 * raw-Lucene baseline's value measured in the same run, and their ratio (library / baseline).
 *
 * <pre>{@code
 * {"corpus":"reuters","articles":21578,"group":"search","name":"p50","queryClass":"phrase",
 *  "mode":"both","unit":"ms","better":"lower","library":1.9,"baseline":1.7,"ratio":1.12}
 * }</pre>
 *
 * @param corpus corpus label (reuters, gen-200k, gen-1m)
 * @param articles articles in the corpus
 * @param group ingest, search, nrt, micro
 * @param name what is measured (articles_per_s, p50, ...)
 * @param queryClass query class for search figures, else null
 * @param mode plain, facets, snippets, both for search figures, else null
 * @param unit unit of the values
 * @param better "higher" or "lower": which direction is good
 * @param library the library's value
 * @param baseline the baseline's value, or null when there is no baseline equivalent
 * @param ratio library / baseline, or null
 * @param note anything a reader must know about this figure, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(
    String corpus,
    long articles,
    String group,
    String name,
    String queryClass,
    String mode,
    String unit,
    String better,
    double library,
    Double baseline,
    Double ratio,
    String note) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Figure of(
      String corpus, long articles, String group, String name, String cls, String mode,
      String unit, String better, double library, Double baseline, String note) {
    Double ratio = baseline == null || baseline == 0 ? null : round(library / baseline, 3);
    return new Figure(corpus, articles, group, name, cls, mode, unit, better, round(library, 3),
        baseline == null ? null : round(baseline, 3), ratio, note);
  }

  static double round(double v, int digits) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    double abs = Math.abs(v);
    // Keep 4 significant digits for small values, `digits` decimals otherwise.
    int d = abs >= 1 || abs == 0 ? digits : digits + (int) Math.ceil(-Math.log10(abs));
    return new java.math.BigDecimal(v).setScale(d, java.math.RoundingMode.HALF_UP).doubleValue();
  }

  /** "library 1.90 ms | baseline 1.70 ms | ratio 1.12" for the console. */
  String line() {
    String key = group + " " + name + (queryClass == null ? "" : " " + queryClass)
        + (mode == null ? "" : " [" + mode + "]");
    String base = baseline == null ? "n/a" : fmt(baseline);
    return String.format(Locale.ROOT, "%-8s %-44s library %12s  baseline %12s  ratio %6s %s%s",
        corpus, key, fmt(library), base, ratio == null ? "-" : fmt(ratio), unit,
        note == null ? "" : "  (" + note + ")");
  }

  static String fmt(double v) {
    if (Math.abs(v) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (Math.abs(v) >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** Appends figures to a results file, one JSON object per line. */
  static void append(Path file, List<Figure> figures) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      for (Figure f : figures) {
        w.write(JSON.writeValueAsString(f));
        w.newLine();
      }
    }
  }

  /** Reads a results file. */
  static List<Figure> read(Path file) throws IOException {
    List<Figure> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(JSON.readValue(line, Figure.class));
        }
      }
    }
    return out;
  }
}
