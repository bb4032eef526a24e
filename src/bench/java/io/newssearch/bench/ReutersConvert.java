package io.newssearch.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.newssearch.Article;
import io.newssearch.Published;
import io.newssearch.ingest.InputFiles;
import io.newssearch.ingest.ReadOutcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Converts Reuters-21578 ({@code reut2-*.sgm}) to JSON Lines once, so every benchmark reads the
 * same JSONL through the same path. The stories are read by the project's own reader ({@code
 * InputFiles}, which detects the SGML format). While the library has no Reuters reader yet
 * (its outcome is "not supported yet"), a minimal stand-in below extracts NEWID, DATE, TITLE,
 * BODY, AUTHOR, TOPICS (sections) and PLACES (tags, regions); the conversion says which was
 * used. The output goes under target/ or --out: corpus text is never committed.
 */
final class ReutersConvert {

  private ReutersConvert() {}

  /** What a conversion wrote. */
  record Result(long articles, long bodyBytes, long problems, boolean standIn) {}

  static Result convert(Path corpus, Path out) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no reut2-*.sgm files in " + corpus);
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    long[] counts = new long[3];
    boolean[] standIn = {false};
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (Path f : files) {
        List<Article> articles = new ArrayList<>();
        boolean[] unsupported = {false};
        InputFiles.read(f, 64L << 20, outcome -> {
          switch (outcome) {
            case ReadOutcome.Parsed p -> articles.add(p.article());
            case ReadOutcome.Skipped s when s.reason().contains("not supported") -> unsupported[0] = true;
            default -> counts[2]++;
          }
        });
        if (unsupported[0] && articles.isEmpty()) {
          standIn[0] = true;
          articles.addAll(StandIn.read(f));
        }
        for (Article a : articles) {
          Generator.write(g, a);
          g.writeRaw('\n');
          counts[0]++;
          counts[1] += a.body().getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    return new Result(counts[0], counts[1], counts[2], standIn[0]);
  }

  /** The bench-only SGML extraction used until the library reads Reuters itself. */
  static final class StandIn {
    private static final Pattern STORY = Pattern.compile("(?s)<REUTERS([^>]*)>(.*?)</REUTERS>");
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern DATE =
        Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final Map<String, String> PLACE_NAMES = Map.ofEntries(
        Map.entry("usa", "United States"), Map.entry("uk", "United Kingdom"),
        Map.entry("ussr", "Russia"), Map.entry("west-germany", "Germany"),
        Map.entry("east-germany", "Germany"), Map.entry("south-korea", "South Korea"),
        Map.entry("north-korea", "North Korea"), Map.entry("saudi-arabia", "Saudi Arabia"),
        Map.entry("south-africa", "South Africa"), Map.entry("czechoslovakia", "Czechia"));

    private StandIn() {}

    static List<Article> read(Path file) throws IOException {
      String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
      List<Article> out = new ArrayList<>();
      Matcher m = STORY.matcher(sgml);
      while (m.find()) {
        Matcher id = NEWID.matcher(m.group(1));
        String story = m.group(2);
        String title = unescape(tag(story, "TITLE"));
        String body = unescape(tag(story, "BODY"));
        if (!id.find() || (title.isBlank() && body.isBlank())) {
          continue;
        }
        List<String> tags = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        for (String place : items(tag(story, "PLACES"))) {
          String name = PLACE_NAMES.getOrDefault(place, titleCase(place));
          if (!tags.contains(name)) {
            tags.add(name);
          }
          String region = Generator.COUNTRIES.get(name);
          if (region != null && !regions.contains(region)) {
            regions.add(region);
          }
        }
        String author = unescape(tag(story, "AUTHOR")).replaceFirst("(?i)^by\\s+", "")
            .replaceFirst(",.*$", "").strip();
        Matcher d = DATE.matcher(tag(story, "DATE"));
        Published published = null;
        if (d.find()) {
          int month = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
              "nov", "dec").indexOf(d.group(2).toLowerCase(Locale.ROOT)) + 1;
          published = Published.of(LocalDateTime.of(Integer.parseInt(d.group(3)), month,
              Integer.parseInt(d.group(1)), Integer.parseInt(d.group(4)),
              Integer.parseInt(d.group(5)), Integer.parseInt(d.group(6))).atZone(ZoneOffset.UTC));
        }
        out.add(Article.builder()
            .id("reuters-" + id.group(1))
            .source("Reuters")
            .title(title)
            .authors(author.isEmpty() ? List.of() : List.of(author))
            .published(published)
            .sections(items(tag(story, "TOPICS")))
            .tags(tags)
            .regions(regions)
            .language("en")
            .body(body)
            .build());
      }
      return out;
    }

    private static String tag(String story, String name) {
      int start = story.indexOf("<" + name);
      if (start < 0) {
        return "";
      }
      int open = story.indexOf('>', start);
      int end = story.indexOf("</" + name + ">", open);
      return open < 0 || end < 0 ? "" : story.substring(open + 1, end);
    }

    private static List<String> items(String list) {
      List<String> out = new ArrayList<>();
      Matcher m = Pattern.compile("<D>(.*?)</D>").matcher(list);
      while (m.find()) {
        out.add(m.group(1).strip());
      }
      return out;
    }

    private static String titleCase(String code) {
      StringBuilder s = new StringBuilder();
      for (String w : code.split("-")) {
        if (!w.isEmpty()) {
          s.append(s.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
      }
      return s.toString();
    }

    private static String unescape(String s) {
      String t = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
      Matcher m = Pattern.compile("&#(\\d+);").matcher(t);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        int c = Integer.parseInt(m.group(1));
        m.appendReplacement(out, c < 32 ? "" : Matcher.quoteReplacement(String.valueOf((char) c)));
      }
      m.appendTail(out);
      String r = out.toString().replace("&\\t", "").replace("&amp;", "&");
      // The trailing "Reuter" sign-off and control characters are not article text.
      r = r.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
      r = r.replaceFirst("\\s*Reuter\\s*$", "");
      return r.strip();
    }
  }
}
