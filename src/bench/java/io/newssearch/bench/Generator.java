package io.newssearch.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.newssearch.Article;
import io.newssearch.Published;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of any size: article {@code i} depends only on the seed, {@code i} and
 * the learned {@link CorpusModel}, so a run can stream a million articles in constant memory and
 * re-create any one of them later. Text follows the model's word bigrams and length
 * distributions; sources, journalists and sites are invented; dates are spread over 1984-2023
 * (more in later years); tags are countries drawn with a skewed (Zipf) distribution, regions
 * follow from them; authors and sources are Zipf-distributed too.
 *
 * <pre>{@code
 * Generator g = new Generator(CorpusModel.learn(reutersJsonl), 42);
 * Article a = g.article(17);                 // always the same article
 * g.writeJsonl(Path.of("gen-1m.jsonl"), 1_000_000);
 * }</pre>
 *
 * Thread-safe: no mutable state.
 */
final class Generator {

  /** Country tags and their UN M49 region, most-mentioned first (the Zipf order). */
  static final Map<String, String> COUNTRIES = countries();

  private static final String[] SOURCE_FIRST = {
    "Northern", "Coastal", "Evening", "Daily", "Continental", "Harbour", "Meridian", "Summit",
    "Valley", "Capital"
  };
  private static final String[] SOURCE_SECOND = {
    "Ledger", "Courier", "Dispatch", "Observer", "Wire", "Gazette", "Herald", "Monitor"
  };
  private static final String[] FIRST_NAMES = {
    "Ana", "Ben", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira",
    "Luis", "Marta", "Nils", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tomas", "Uma", "Viktor",
    "Wanda", "Xavier", "Yara", "Zeno", "Alma", "Bruno", "Celia", "Dario", "Edith", "Felix",
    "Gloria", "Henrik", "Irene", "Jakob", "Lena", "Mateo", "Nora", "Oscar"
  };
  private static final String[] LAST_NAMES = {
    "Alvarez", "Brandt", "Castillo", "Dorn", "Estrada", "Fischer", "Garrido", "Holm", "Ibarra",
    "Jansen", "Kovac", "Lindqvist", "Moreau", "Navarro", "Ortega", "Petrov", "Quiroga", "Rinaldi",
    "Sandoval", "Tanaka", "Urrutia", "Varga", "Weber", "Yilmaz", "Zapata", "Abate", "Berg",
    "Cordero", "Duval", "Eklund", "Ferrer", "Gallo", "Hartmann", "Iversen", "Jurado", "Keller",
    "Lozano", "Marin", "Nieminen", "Olsen", "Pardo", "Rey", "Soto", "Toivonen", "Ulloa", "Vidal",
    "Wolff", "Xu", "Yanez", "Zeller"
  };
  private static final String[] DEFAULT_SECTIONS = {
    "World", "Business", "Politics", "Markets", "Energy", "Economy", "Technology", "Agriculture",
    "Transport", "Health", "Science", "Culture", "Sport", "Opinion", "Environment", "Industry",
    "Finance", "Labour", "Mining", "Elections"
  };

  private final CorpusModel model;
  private final long seed;
  private final String[] sources;
  private final long[] sourceCum;
  private final long[] authorCum;
  private final String[] countryNames = COUNTRIES.keySet().toArray(String[]::new);
  private final long[] countryCum;
  private final long[] sectionCum;
  private final long[] yearCum;

  Generator(CorpusModel model, long seed) {
    this.model = model;
    this.seed = seed;
    List<String> s = new ArrayList<>();
    for (String a : SOURCE_FIRST) {
      for (String b : SOURCE_SECOND) {
        s.add("The " + a + " " + b);
      }
    }
    this.sources = s.toArray(String[]::new);
    this.sourceCum = zipf(sources.length, 1.0);
    this.authorCum = zipf(FIRST_NAMES.length * LAST_NAMES.length, 0.9);
    this.countryCum = zipf(countryNames.length, 1.1);
    this.sectionCum = zipf(DEFAULT_SECTIONS.length, 1.0);
    long[] years = new long[40];
    long run = 0;
    for (int y = 0; y < years.length; y++) {
      run += 10 + y; // later years publish more
      years[y] = run;
    }
    this.yearCum = years;
  }

  /** Cumulative weights 1/k^s for k = 1..n, scaled to integers. */
  static long[] zipf(int n, double s) {
    long[] cum = new long[n];
    long run = 0;
    for (int k = 1; k <= n; k++) {
      run += Math.max(1, Math.round(1_000_000.0 / Math.pow(k, s)));
      cum[k - 1] = run;
    }
    return cum;
  }

  private static int draw(long[] cum, SplittableRandom r) {
    return CorpusModel.pick(cum, 0, cum.length, r.nextLong(cum[cum.length - 1]));
  }

  /** Article number {@code i}. */
  Article article(long i) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L);
    String source = sources[draw(sourceCum, r)];
    int year = 1984 + draw(yearCum, r);
    LocalDate day = LocalDate.of(year, 1, 1).plusDays(r.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    ZonedDateTime at = day.atTime(r.nextInt(24), r.nextInt(60), r.nextInt(60)).atZone(ZoneOffset.UTC);
    String title = title(Math.max(3, CorpusModel.draw(model.titleLengths, r)), r);
    while (title.isEmpty()) {
      // Rare: every word drawn was punctuation. Drawn again only then, so that the articles
      // that had a title keep exactly the one they had.
      title = title(3, r);
    }
    String body = model.text(CorpusModel.draw(model.bodyLengths, r), r, true);
    List<String> authors = new ArrayList<>();
    int nAuthors = r.nextInt(100) < 15 ? 0 : r.nextInt(100) < 82 ? 1 : 2;
    for (int a = 0; a < nAuthors; a++) {
      int k = draw(authorCum, r);
      authors.add(FIRST_NAMES[k % FIRST_NAMES.length] + " " + LAST_NAMES[k / FIRST_NAMES.length]);
    }
    List<String> sections = new ArrayList<>();
    int nSections = r.nextInt(4) == 0 ? 2 : 1;
    for (int k = 0; k < nSections; k++) {
      String sec = model.section(r);
      sections.add(sec != null ? sec : DEFAULT_SECTIONS[draw(sectionCum, r)]);
    }
    int t = r.nextInt(100);
    int nTags = t < 10 ? 0 : t < 70 ? 1 : t < 92 ? 2 : 3;
    List<String> tags = new ArrayList<>();
    List<String> regions = new ArrayList<>();
    for (int k = 0; k < nTags; k++) {
      String c = countryNames[draw(countryCum, r)];
      if (!tags.contains(c)) {
        tags.add(c);
        String region = COUNTRIES.get(c);
        if (!regions.contains(region)) {
          regions.add(region);
        }
      }
    }
    String host = source.substring(4).toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
    String url = String.format(Locale.ROOT, "https://%s/%d/%02d/%02d/%s-%d", host, year,
        day.getMonthValue(), day.getDayOfMonth(), slug(title), i);
    return Article.builder()
        .id(url)
        .url(url)
        .source(source)
        .title(title)
        .authors(authors)
        .published(Published.of(at))
        .sections(sections)
        .tags(tags)
        .regions(regions)
        .language("en")
        .body(body)
        .build();
  }

  private String title(int words, SplittableRandom r) {
    String title = model.text(words, r, false);
    return title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
  }

  private static String slug(String title) {
    StringBuilder s = new StringBuilder();
    int words = 0;
    for (String w : title.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (s.length() > 0) {
        s.append('-');
      }
      s.append(w);
      if (++words == 6) {
        break;
      }
    }
    return s.isEmpty() ? "story" : s.toString();
  }

  /** Writes articles 0..n-1 as JSON Lines, streaming; returns the UTF-8 bytes of their bodies. */
  long writeJsonl(Path out, long n) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    long bodyBytes = 0;
    JsonFactory factory = new JsonFactory();
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        JsonGenerator g = factory.createGenerator(os, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (long i = 0; i < n; i++) {
        Article a = article(i);
        write(g, a);
        g.writeRaw('\n');
        bodyBytes += a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      }
    }
    return bodyBytes;
  }

  /** One article as a JSON object in the JSONL reader's keys. */
  static void write(JsonGenerator g, Article a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    if (a.url() != null) {
      g.writeStringField("url", a.url());
    }
    if (a.source() != null) {
      g.writeStringField("source", a.source());
    }
    g.writeStringField("title", a.title());
    list(g, "authors", a.authors());
    if (a.published() != null) {
      g.writeStringField("published", a.published().toString());
    }
    list(g, "sections", a.sections());
    list(g, "tags", a.tags());
    list(g, "regions", a.regions());
    if (a.language() != null) {
      g.writeStringField("language", a.language());
    }
    g.writeStringField("body", a.body());
    g.writeEndObject();
  }

  private static void list(JsonGenerator g, String key, List<String> values) throws IOException {
    g.writeArrayFieldStart(key);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static Map<String, String> countries() {
    Map<String, String> m = new LinkedHashMap<>();
    String[][] rows = {
      {"United States", "Northern America"}, {"Japan", "Eastern Asia"},
      {"United Kingdom", "Northern Europe"}, {"Germany", "Western Europe"},
      {"China", "Eastern Asia"}, {"France", "Western Europe"}, {"Canada", "Northern America"},
      {"Russia", "Eastern Europe"}, {"Brazil", "South America"}, {"Australia", "Australia and New Zealand"},
      {"Saudi Arabia", "Western Asia"}, {"Mexico", "Central America"}, {"Italy", "Southern Europe"},
      {"Netherlands", "Western Europe"}, {"India", "Southern Asia"}, {"Switzerland", "Western Europe"},
      {"Argentina", "South America"}, {"Iran", "Southern Asia"}, {"South Korea", "Eastern Asia"},
      {"Belgium", "Western Europe"}, {"Venezuela", "South America"}, {"Spain", "Southern Europe"},
      {"Indonesia", "South-eastern Asia"}, {"Turkey", "Western Asia"}, {"Egypt", "Northern Africa"},
      {"South Africa", "Southern Africa"}, {"Nigeria", "Western Africa"}, {"Iraq", "Western Asia"},
      {"Sweden", "Northern Europe"}, {"Norway", "Northern Europe"}, {"Colombia", "South America"},
      {"Chile", "South America"}, {"Peru", "South America"}, {"Ecuador", "South America"},
      {"Poland", "Eastern Europe"}, {"Ukraine", "Eastern Europe"}, {"Israel", "Western Asia"},
      {"Pakistan", "Southern Asia"}, {"Denmark", "Northern Europe"}, {"Austria", "Western Europe"},
      {"Greece", "Southern Europe"}, {"Portugal", "Southern Europe"}, {"Ireland", "Northern Europe"},
      {"Finland", "Northern Europe"}, {"Qatar", "Western Asia"}, {"Vietnam", "South-eastern Asia"},
      {"Algeria", "Northern Africa"}, {"Libya", "Northern Africa"}, {"Morocco", "Northern Africa"},
      {"Kazakhstan", "Central Asia"}, {"Hungary", "Eastern Europe"}, {"Romania", "Eastern Europe"},
      {"Czechia", "Eastern Europe"}, {"Bulgaria", "Eastern Europe"}, {"Cuba", "Caribbean"},
      {"Bolivia", "South America"}, {"Uruguay", "South America"}, {"Paraguay", "South America"},
      {"Panama", "Central America"}, {"Costa Rica", "Central America"},
      {"Guatemala", "Central America"}, {"Honduras", "Central America"},
      {"El Salvador", "Central America"}, {"Nicaragua", "Central America"},
      {"Dominican Republic", "Caribbean"}, {"Haiti", "Caribbean"}, {"Syria", "Western Asia"},
      {"North Korea", "Eastern Asia"}, {"Serbia", "Southern Europe"}, {"Belarus", "Eastern Europe"},
      {"Slovakia", "Eastern Europe"}, {"Moldova", "Eastern Europe"}, {"Estonia", "Northern Europe"},
      {"Latvia", "Northern Europe"}, {"Lithuania", "Northern Europe"}, {"Georgia", "Western Asia"},
      {"Armenia", "Western Asia"}, {"Azerbaijan", "Western Asia"}
    };
    for (String[] r : rows) {
      m.put(r[0], r[1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
