package io.newssearch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newssearch.Article;
import io.newssearch.Published;
import io.newssearch.capture.CaptureReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML page into an article: the page is rendered to text the way a text browser dumps
 * it (menus as bullet lists, one line per block) and cleaned by {@link CaptureReader}, so HTML
 * and page captures go through the same article finder; then what the page declares about
 * itself, when it does, takes precedence over what the cleaner guessed:
 *
 * <ul>
 *   <li>title: JSON-LD {@code headline}, else {@code og:title};
 *   <li>authors: JSON-LD {@code author} names, else {@code <meta name="author">};
 *   <li>published: JSON-LD {@code datePublished}, else {@code article:published_time};
 *   <li>source: {@code og:site_name}, else JSON-LD {@code publisher.name};
 *   <li>url: {@code <link rel="canonical">}, else {@code og:url};
 *   <li>sections: {@code article:section}, else JSON-LD {@code articleSection};
 *   <li>language: {@code <html lang>}.
 * </ul>
 *
 * When the cleaner finds no article but the page carries a JSON-LD {@code articleBody}, that
 * body is used. Thread-safe.
 */
public final class HtmlReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25A1"};

  private HtmlReader() {}

  /** The article of an HTML page, or why there is none. */
  public static ReadOutcome read(String html, String input) {
    Document doc = Jsoup.parse(html);
    Meta meta = Meta.of(doc);
    ReadOutcome cleaned = CaptureReader.read(toText(doc), input);
    Article base;
    if (cleaned instanceof ReadOutcome.Parsed p) {
      base = p.article();
    } else if (meta.body != null && meta.title != null) {
      base = null;
    } else {
      return cleaned;
    }
    try {
      Article.Builder b = base == null ? Article.builder().title(meta.title).body(meta.body) : base.toBuilder();
      if (meta.title != null) {
        b.title(meta.title);
      }
      if (!meta.authors.isEmpty()) {
        b.authors(meta.authors);
      }
      if (meta.published != null) {
        b.published(meta.published);
      }
      if (meta.source != null) {
        b.source(meta.source);
      }
      if (meta.url != null) {
        b.url(meta.url);
      }
      // The id is derived again from the final URL, source, title and date: the cleaner's id
      // came from its own guesses, which the declared metadata may have replaced.
      b.id(null);
      if (!meta.sections.isEmpty()) {
        b.sections(meta.sections);
      }
      if (meta.language != null) {
        b.language(meta.language);
      }
      return new ReadOutcome.Parsed(input, "", b.build());
    } catch (IllegalArgumentException e) {
      return new ReadOutcome.Invalid(input, "", e.getMessage());
    }
  }

  /**
   * The page as a text browser would dump it: the {@code <title>} first, one line per block,
   * list items as bullets indented by depth, scripts, styles and forms' controls left out.
   */
  public static String toText(Document doc) {
    StringBuilder out = new StringBuilder(4096);
    String title = doc.title();
    if (!title.isBlank()) {
      out.append(title.strip()).append("\n\n");
    }
    Element body = doc.body();
    if (body != null) {
      body.select("script, style, noscript, template, svg, iframe, input, select, button, textarea").remove();
      render(body, out, 0, new StringBuilder());
    }
    return out.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  private static void render(Node node, StringBuilder out, int listDepth, StringBuilder line) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        String text = t.text();
        if (!text.isBlank()) {
          if (!line.isEmpty() && !Character.isWhitespace(line.charAt(line.length() - 1))
              && Character.isWhitespace(text.charAt(0))) {
            line.append(' ');
          }
          line.append(text.strip());
          if (Character.isWhitespace(text.charAt(text.length() - 1))) {
            line.append(' ');
          }
        }
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        switch (tag) {
          case "br" -> flush(out, line);
          case "li" -> {
            flush(out, line);
            int depth = Math.max(1, listDepth);
            line.append("  ".repeat(depth)).append(BULLETS[Math.min(depth - 1, BULLETS.length - 1)]).append(' ');
            render(e, out, listDepth, line);
            flush(out, line);
          }
          case "ul", "ol", "menu" -> {
            flush(out, line);
            render(e, out, listDepth + 1, line);
            flush(out, line);
          }
          case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption",
              "table", "header", "footer", "article", "section", "nav", "aside", "main", "address",
              "hr", "dl", "form", "fieldset" -> {
            flush(out, line);
            out.append('\n');
            render(e, out, listDepth, line);
            flush(out, line);
            out.append('\n');
          }
          case "div", "tr", "dt", "dd", "caption", "details", "summary" -> {
            flush(out, line);
            render(e, out, listDepth, line);
            flush(out, line);
          }
          case "td", "th" -> {
            render(e, out, listDepth, line);
            line.append(' ');
          }
          default -> render(e, out, listDepth, line);
        }
      }
    }
  }

  private static void flush(StringBuilder out, StringBuilder line) {
    String l = line.toString().stripTrailing();
    if (!l.isBlank()) {
      out.append(l).append('\n');
    }
    line.setLength(0);
  }

  /** What the page declares about itself; null or empty when it does not say. */
  private record Meta(
      String title, List<String> authors, Published published, String source, String url,
      List<String> sections, String language, String body) {

    static Meta of(Document doc) {
      JsonNode ld = jsonLdArticle(doc);
      String title = first(text(ld, "headline"), meta(doc, "og:title"));
      List<String> authors = ld == null ? new ArrayList<>() : names(ld.get("author"));
      if (authors.isEmpty()) {
        String a = meta(doc, "author");
        if (a != null && !a.startsWith("http")) {
          authors.add(a);
        }
      }
      Published published = date(first(text(ld, "datePublished"), meta(doc, "article:published_time")));
      String source = first(meta(doc, "og:site_name"), ld == null ? null : text(ld.get("publisher"), "name"));
      Element canonical = doc.selectFirst("link[rel=canonical][href]");
      String url = first(canonical == null ? null : canonical.absUrl("href").isEmpty()
          ? canonical.attr("href") : canonical.absUrl("href"), meta(doc, "og:url"));
      List<String> sections = new ArrayList<>();
      for (Element m : doc.select("meta[property=article:section][content]")) {
        sections.add(m.attr("content"));
      }
      if (sections.isEmpty() && ld != null) {
        sections.addAll(names(ld.get("articleSection")));
      }
      String lang = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang");
      String language = lang == null || lang.isBlank() ? null : lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
      return new Meta(title, authors, published, source, url, sections, language, text(ld, "articleBody"));
    }

    private static String meta(Document doc, String key) {
      Element m = doc.selectFirst("meta[property=" + key + "][content], meta[name=" + key + "][content]");
      return m == null || m.attr("content").isBlank() ? null : m.attr("content").strip();
    }

    private static String first(String a, String b) {
      return a != null ? a : b;
    }

    private static String text(JsonNode n, String key) {
      if (n == null || n.get(key) == null || !n.get(key).isTextual() || n.get(key).asText().isBlank()) {
        return null;
      }
      return n.get(key).asText().strip();
    }

    private static List<String> names(JsonNode n) {
      List<String> out = new ArrayList<>();
      if (n == null) {
        return out;
      }
      if (n.isArray()) {
        n.forEach(x -> out.addAll(names(x)));
      } else if (n.isTextual() && !n.asText().isBlank()) {
        out.add(n.asText().strip());
      } else if (n.isObject() && n.get("name") != null && n.get("name").isTextual()) {
        out.add(n.get("name").asText().strip());
      }
      return out;
    }

    private static Published date(String s) {
      if (s == null) {
        return null;
      }
      try {
        return Published.parse(s);
      } catch (IllegalArgumentException e) {
        return null; // a declared date we cannot read: the cleaner's guess stands
      }
    }

    /** The first JSON-LD object whose @type is a kind of article, searching @graph too. */
    private static JsonNode jsonLdArticle(Document doc) {
      for (Element script : doc.select("script[type=application/ld+json]")) {
        try {
          JsonNode found = findArticle(JSON.readTree(script.data()));
          if (found != null) {
            return found;
          }
        } catch (java.io.IOException e) {
          // Broken JSON-LD is common; the page is still read from its text.
        }
      }
      return null;
    }

    private static JsonNode findArticle(JsonNode n) {
      if (n == null) {
        return null;
      }
      if (n.isArray()) {
        for (JsonNode x : n) {
          JsonNode f = findArticle(x);
          if (f != null) {
            return f;
          }
        }
        return null;
      }
      if (!n.isObject()) {
        return null;
      }
      JsonNode type = n.get("@type");
      List<String> types = names(type);
      if (types.stream().anyMatch(t -> t.endsWith("Article") || t.equals("Report") || t.equals("BlogPosting"))) {
        return n;
      }
      return findArticle(n.get("@graph"));
    }
  }
}
