package io.newssearch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One news article: the only type that crosses from ingestion to the index.
 *
 * <pre>{@code
 * Article a = Article.builder()
 *     .url("https://example.com/2019/06/russia-venezuela")
 *     .title("Russia withdraws personnel from Venezuela")
 *     .authors(List.of("Sabrina Martín"))
 *     .published(Published.parse("2019-06-03"))
 *     .body("Russia has informed us ...")
 *     .build();
 * a.id();   // "https://example.com/2019/06/russia-venezuela"
 * }</pre>
 *
 * <p>The id is the article's identity in the index (adding an article with the same id replaces
 * it). When none is given it is derived: the canonical URL when there is one, else a stable hash
 * of source, title and published date (see {@link #deriveId}). Lists are never null (empty when
 * unknown) and are immutable, duplicates and blanks removed, order kept; {@code url}, {@code
 * source}, {@code published} and {@code language} are null when unknown. Immutable and
 * thread-safe.
 *
 * @param id identity in the index, never blank
 * @param url the page's URL as given (the id uses its canonical form), or null
 * @param source the site or agency name ("PanAm Post", "Reuters"), or null
 * @param title the headline; may be empty only when the body is not
 * @param authors bylines, in the order given
 * @param published publication date or date-time, or null
 * @param sections the site's own categories
 * @param tags countries the article is about, canonical English names
 * @param regions UN M49 sub-regions of the tags
 * @param language ISO 639-1 code ("en", "es"), or null
 * @param body the article text, paragraphs separated by a blank line
 */
public record Article(
    String id,
    String url,
    String source,
    String title,
    List<String> authors,
    Published published,
    List<String> sections,
    List<String> tags,
    List<String> regions,
    String language,
    String body) {

  /**
   * Validates and normalises.
   *
   * @throws IllegalArgumentException when the id is blank, or title and body are both empty
   */
  public Article {
    url = blankToNull(url);
    source = blankToNull(source);
    language = blankToNull(language);
    title = title == null ? "" : title.strip();
    body = body == null ? "" : body.strip();
    authors = cleanList(authors);
    sections = cleanList(sections);
    tags = cleanList(tags);
    regions = cleanList(regions);
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(
          "article id is missing (give an id, a url, or a title to derive one from)"
              + describe(title, url));
    }
    id = id.strip();
    if (title.isEmpty() && body.isEmpty()) {
      throw new IllegalArgumentException("article '" + id + "' has an empty title and body");
    }
  }

  /** A new builder; {@code build()} derives the id when none is set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this article's values, to change a few of them. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .url(url)
        .source(source)
        .title(title)
        .authors(authors)
        .published(published)
        .sections(sections)
        .tags(tags)
        .regions(regions)
        .language(language)
        .body(body);
  }

  /** This article with other tags. */
  public Article withTags(List<String> newTags) {
    return new Article(
        id, url, source, title, authors, published, sections, newTags, regions, language, body);
  }

  /** This article with other regions. */
  public Article withRegions(List<String> newRegions) {
    return new Article(
        id, url, source, title, authors, published, sections, tags, newRegions, language, body);
  }

  /**
   * The id an article gets when it has none: its canonical URL (see {@link #canonicalUrl}) when
   * it has one, else {@code "h:"} and a hash of source, title and published date, or null when
   * there is neither a URL nor a title.
   */
  public static String deriveId(String url, String source, String title, Published published) {
    String canonical = canonicalUrl(url);
    if (canonical != null) {
      return canonical;
    }
    if (title == null || title.isBlank()) {
      return null;
    }
    String key =
        Objects.toString(blankToNull(source), "")
            + '\u0001'
            + title.strip()
            + '\u0001'
            + (published == null ? "" : published.toString());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "h:" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * The canonical form of a URL, so that the same page reached by different links gets one id:
   * scheme and host lower-cased, default port, fragment, tracking parameters ({@code utm_*},
   * {@code fbclid}, {@code gclid}) and a trailing slash dropped. Returns the text stripped as it
   * is when it is not an absolute URL, and null when it is blank.
   */
  public static String canonicalUrl(String url) {
    String u = blankToNull(url);
    if (u == null) {
      return null;
    }
    try {
      URI uri = new URI(u);
      if (uri.getScheme() == null || uri.getRawAuthority() == null) {
        return u;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost();
      host = host.toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || (port == 80 && scheme.equals("http"))
              || (port == 443 && scheme.equals("https"));
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      if (path.equals("/")) {
        path = "";
      }
      StringBuilder query = new StringBuilder();
      if (uri.getRawQuery() != null) {
        for (String param : uri.getRawQuery().split("&")) {
          String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
          if (param.isEmpty()
              || name.startsWith("utm_")
              || name.equals("fbclid")
              || name.equals("gclid")) {
            continue;
          }
          query.append(query.isEmpty() ? '?' : '&').append(param);
        }
      }
      return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
    } catch (URISyntaxException e) {
      return u;
    }
  }

  private static String describe(String title, String url) {
    if (title != null && !title.isBlank()) {
      return " (title '" + abbreviate(title) + "')";
    }
    return url == null ? "" : " (url '" + url + "')";
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<String> cleanList(List<String> values) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    if (isClean(values)) {
      return List.copyOf(values); // no copy when it is an immutable list already
    }
    LinkedHashSet<String> kept = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        kept.add(v.strip());
      }
    }
    return List.copyOf(kept);
  }

  /**
   * True for a short list that cleaning would not change: no null, blank or padded value and no
   * value twice. Most lists are such (a tagger's, a reader's), and are then kept without a set.
   */
  private static boolean isClean(List<String> values) {
    int n = values.size();
    if (n > 8) {
      return false; // long lists: the set's check costs less than comparing every pair
    }
    for (int i = 0; i < n; i++) {
      String v = values.get(i);
      if (v == null
          || v.isEmpty()
          || Character.isWhitespace(v.charAt(0)) // strip() would cut it, as it cuts a blank
          || Character.isWhitespace(v.charAt(v.length() - 1))) {
        return false;
      }
      for (int j = 0; j < i; j++) {
        if (v.equals(values.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Builds an {@link Article}; not thread-safe. Every setter replaces the value it names.
   *
   * <pre>{@code
   * Article a = Article.builder().title("Headline").body("Text.").build();
   * }</pre>
   */
  public static final class Builder {
    private String id;
    private String url;
    private String source;
    private String title;
    private List<String> authors = List.of();
    private Published published;
    private List<String> sections = List.of();
    private List<String> tags = List.of();
    private List<String> regions = List.of();
    private String language;
    private String body;

    private Builder() {}

    public Builder id(String value) {
      this.id = value;
      return this;
    }

    public Builder url(String value) {
      this.url = value;
      return this;
    }

    public Builder source(String value) {
      this.source = value;
      return this;
    }

    public Builder title(String value) {
      this.title = value;
      return this;
    }

    public Builder authors(List<String> value) {
      this.authors = value == null ? List.of() : new ArrayList<>(value);
      return this;
    }

    public Builder published(Published value) {
      this.published = value;
      return this;
    }

    public Builder sections(List<String> value) {
      this.sections = value == null ? List.of() : new ArrayList<>(value);
      return this;
    }

    public Builder tags(List<String> value) {
      this.tags = value == null ? List.of() : new ArrayList<>(value);
      return this;
    }

    public Builder regions(List<String> value) {
      this.regions = value == null ? List.of() : new ArrayList<>(value);
      return this;
    }

    public Builder language(String value) {
      this.language = value;
      return this;
    }

    public Builder body(String value) {
      this.body = value;
      return this;
    }

    /**
     * The article, with its id derived when none was set.
     *
     * @throws IllegalArgumentException when there is no id to take or derive, or title and body
     *     are both empty
     */
    public Article build() {
      String theId = blankToNull(id);
      if (theId == null) {
        theId = deriveId(url, source, title, published);
      }
      return new Article(
          theId, url, source, title, authors, published, sections, tags, regions, language, body);
    }
  }
}
