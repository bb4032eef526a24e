package io.newssearch.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newssearch.Article;
import io.newssearch.Published;
import io.newssearch.ingest.ReadOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Measures the capture cleaner against fixture captures with expected fields: body word-4-gram
 * precision, recall and F1 per file and on average, and whether title, authors, date, sections,
 * source and language are exactly right.
 *
 * <pre>{@code
 * java ... io.newssearch.capture.CaptureEvaluation index-fixtures [negatives-dir]
 * }</pre>
 *
 * <p>Layout: {@code DIR/captures/<site>/<name>.txt} with {@code DIR/expected/<site>/<name>.json}
 * (keys title, authors, published, sections, source, language, body). Negatives are captures
 * that hold no article; each must come out Skipped or Invalid. Tokens are runs of letters and
 * digits, lower-cased; n-grams are compared as multisets.
 */
public final class CaptureEvaluation {

  private CaptureEvaluation() {}

  /** Scores of one fixture. */
  public record FileScore(
      String file,
      double precision,
      double recall,
      double f1,
      boolean title,
      boolean authors,
      boolean published,
      boolean sections,
      boolean source,
      boolean language,
      String problem) {}

  /** Scores of a fixture set. */
  public record Report(List<FileScore> files, List<String> negativeFailures) {

    public double meanPrecision() {
      return files.stream().mapToDouble(FileScore::precision).average().orElse(0);
    }

    public double meanRecall() {
      return files.stream().mapToDouble(FileScore::recall).average().orElse(0);
    }

    public double meanF1() {
      return files.stream().mapToDouble(FileScore::f1).average().orElse(0);
    }

    public long count(java.util.function.Predicate<FileScore> ok) {
      return files.stream().filter(ok).count();
    }
  }

  /**
   * Cleans every capture under {@code dir/captures} and compares it with its expected fields.
   *
   * @param dir the fixtures directory
   * @param negatives a directory of captures without an article, or null
   * @throws IOException when a file cannot be read
   */
  public static Report evaluate(Path dir, Path negatives) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<FileScore> scores = new ArrayList<>();
    Path captures = dir.resolve("captures");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(captures)) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path capture : files) {
      String relative = captures.relativize(capture).toString();
      Path expectedPath =
          dir.resolve("expected").resolve(relative.replaceAll("\\.txt$", ".json"));
      if (!Files.exists(expectedPath)) {
        continue;
      }
      JsonNode expected = json.readTree(expectedPath.toFile());
      ReadOutcome outcome =
          CaptureReader.read(Files.readString(capture, StandardCharsets.UTF_8), relative);
      scores.add(score(relative, expected, outcome));
    }
    List<String> negativeFailures = new ArrayList<>();
    if (negatives != null && Files.isDirectory(negatives)) {
      try (Stream<Path> walk = Files.list(negatives)) {
        for (Path p :
            walk.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".reason.txt"))
                .sorted()
                .toList()) {
          ReadOutcome o = CaptureReader.read(Files.readString(p, StandardCharsets.UTF_8), p.toString());
          if (o instanceof ReadOutcome.Parsed parsed) {
            negativeFailures.add(
                p.getFileName() + ": parsed as article '" + parsed.article().title() + "'");
          }
        }
      }
    }
    return new Report(scores, negativeFailures);
  }

  private static FileScore score(String file, JsonNode expected, ReadOutcome outcome) {
    String expectedBody = text(expected, "body");
    if (!(outcome instanceof ReadOutcome.Parsed parsed)) {
      String why =
          outcome instanceof ReadOutcome.Skipped s
              ? "skipped: " + s.reason()
              : "invalid: " + ((ReadOutcome.Invalid) outcome).reason();
      return new FileScore(file, 0, 0, 0, false, false, false, false, false, false, why);
    }
    Article a = parsed.article();
    double[] prf = ngramScores(a.body(), expectedBody, 4);
    List<String> problems = new ArrayList<>();
    boolean title = a.title().equals(text(expected, "title").strip());
    if (!title) {
      problems.add("title '" + a.title() + "'");
    }
    boolean authors = a.authors().equals(list(expected, "authors"));
    if (!authors) {
      problems.add("authors " + a.authors());
    }
    String date = a.published() == null ? "" : a.published().toString();
    boolean published = samePublished(a.published(), text(expected, "published"));
    if (!published) {
      problems.add("published '" + date + "'");
    }
    boolean sections = a.sections().equals(list(expected, "sections"));
    if (!sections) {
      problems.add("sections " + a.sections());
    }
    boolean source = Objects.toString(a.source(), "").equals(text(expected, "source"));
    if (!source) {
      problems.add("source '" + a.source() + "'");
    }
    boolean language = Objects.toString(a.language(), "").equals(text(expected, "language"));
    if (!language) {
      problems.add("language '" + a.language() + "'");
    }
    return new FileScore(
        file, prf[0], prf[1], prf[2], title, authors, published, sections, source, language,
        String.join("; ", problems));
  }

  /**
   * Whether the date is the expected one: the same calendar date, and the same instant when
   * either has a time. "2019-06-03T10:15-04:00" and "2019-06-03T10:15-04:00[America/New_York]"
   * are the same publication time written two ways.
   */
  static boolean samePublished(Published got, String expected) {
    if (expected.isBlank()) {
      return got == null;
    }
    if (got == null) {
      return false;
    }
    Published want = Published.parse(expected);
    if (!got.date().equals(want.date()) || got.hasTime() != want.hasTime()) {
      return false;
    }
    return !got.hasTime() || got.instant().equals(want.instant());
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static List<String> list(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node.get(field);
    if (v != null && v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  /** Lower-cased runs of letters and digits. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (!b.isEmpty()) {
        out.add(b.toString().toLowerCase(Locale.ROOT));
        b.setLength(0);
      }
    }
    if (!b.isEmpty()) {
      out.add(b.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Precision, recall and F1 of the word n-gram multisets of {@code got} against {@code want}. */
  static double[] ngramScores(String got, String want, int n) {
    Map<String, Integer> g = ngrams(tokens(got), n);
    Map<String, Integer> w = ngrams(tokens(want), n);
    int gotTotal = g.values().stream().mapToInt(Integer::intValue).sum();
    int wantTotal = w.values().stream().mapToInt(Integer::intValue).sum();
    if (gotTotal == 0 && wantTotal == 0) {
      return new double[] {1, 1, 1};
    }
    int overlap = 0;
    for (Map.Entry<String, Integer> e : g.entrySet()) {
      overlap += Math.min(e.getValue(), w.getOrDefault(e.getKey(), 0));
    }
    double p = gotTotal == 0 ? 0 : (double) overlap / gotTotal;
    double r = wantTotal == 0 ? 0 : (double) overlap / wantTotal;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  private static Map<String, Integer> ngrams(List<String> tokens, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  /** Prints per-file scores and the means. Arguments: fixtures directory, negatives directory. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CaptureEvaluation FIXTURES_DIR [NEGATIVES_DIR]");
      System.exit(2);
    }
    Report r;
    try {
      r = evaluate(Path.of(args[0]), args.length > 1 ? Path.of(args[1]) : null);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (FileScore s : r.files()) {
      System.out.printf(
          Locale.ROOT, "%-58s P %.3f R %.3f F1 %.3f %s%n", s.file(), s.precision(), s.recall(),
          s.f1(), s.problem());
    }
    int n = r.files().size();
    System.out.printf(
        Locale.ROOT,
        "%nfiles %d  mean precision %.4f  recall %.4f  F1 %.4f%n"
            + "title %d/%d  authors %d/%d  published %d/%d  sections %d/%d  source %d/%d"
            + "  language %d/%d%n",
        n, r.meanPrecision(), r.meanRecall(), r.meanF1(), r.count(FileScore::title), n,
        r.count(FileScore::authors), n, r.count(FileScore::published), n,
        r.count(FileScore::sections), n, r.count(FileScore::source), n,
        r.count(FileScore::language), n);
    if (args.length > 1) {
      System.out.println("negatives parsed as articles: " + r.negativeFailures());
    }
  }
}
