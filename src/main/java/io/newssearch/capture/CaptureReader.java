package io.newssearch.capture;

import io.newssearch.Article;
import io.newssearch.ingest.ReadOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a page capture — the plain text a text browser dumps of a news page — into an article:
 * headline, authors, date, sections, site name, language and the article text without menus,
 * share rows, related-links boxes, prompts, bios, comments, footers or cookie banners.
 *
 * <pre>{@code
 * String text = Files.readString(path);               // the caller decodes the bytes
 * switch (CaptureReader.read(text, path.toString())) {
 *   case ReadOutcome.Parsed p -> index.add(p.article());
 *   case ReadOutcome.Skipped s -> log("skipped: " + s.reason());
 *   case ReadOutcome.Invalid i -> log("invalid: " + i.reason());
 * }
 * System.out.print(CaptureReader.explain(text));      // why each block was kept or dropped
 * }</pre>
 *
 * <p><b>How.</b> Lines are normalised (line endings, BOM, no-break spaces, tabs) and grouped into
 * blocks (a line, or the lines of a wrapped paragraph: a line joins the one above when that one
 * is full at the page's wrap width, link numbers counted, or when it starts with a lower-case
 * word the line above left open, an opening quote allowed; a title-case headline at the full
 * width goes on to a short title-case tail). A text browser's link number before a footnote
 * call ("[29][1]") goes, the call stays. A paginated export loses its page counters ("Page 2 of 5",
 * "- 2 -") and the header and footer lines that recur around its form feeds, and a paragraph
 * cut by a page break is joined again; drop caps ("T" above "he road", "W hen") are mended.
 * Each block is judged by its shape:
 * length, sentence ends, share of function words (stop words) in English and Spanish,
 * capitalisation, bullets, and a small generic vocabulary of page furniture (cookies, subscribe,
 * share, related, advertisement, comments, gallery controls, reading times, stamps relative to
 * the visit such as "2 hours ago", print-edition notes; English and Spanish) used as weak
 * evidence. The article is the densest run of prose (maximum-weight run of blocks, prose
 * positive, furniture negative) after the headline, and ends before the page footer's copyright
 * notice. The headline is the title-like line (a question too) that independent kinds of
 * evidence point at: the page repeats it (breadcrumb, "Title | Site" line, a title line at the
 * top); a byline or date follows it (a standfirst may sit between); it leads that header (the
 * title-like line right under a headline is its standfirst, whatever its length, and a line of
 * three words or fewer above it is a label or link); only header furniture (the author's
 * picture, share row, reading time, player) separates it from the text. Lines that look like
 * headlines but are not never compete: a person's name (a name the page also shows in a
 * picture's mark, as "Name's", "Name (Author)", after "By" or "©" or in a byline; a title-case
 * headline that merely reads like a name stays one), a short line in capitals right above a
 * longer mixed-case title (a kicker), a labelled stamp ("Printed ... for account"), a meta line
 * that is mostly a date ("Outlet · 6 Mar 2023, 08:12 · 4 min read"), a row of short labels
 * between bars ("Analysis | Energy Program"), a source line ("Source:", "Via", "Read
 * original"), a desk's credit ("Por la Redacción"), a line of a box drawn with │ └ ─, or one
 * with a widget's symbol (▶, ▲, ↗); a line under a badge ("LIVE", "Breaking", "Última hora")
 * or behind one ("Trending: ...") is a ticker item or promoted link, the headline only when
 * nothing else is. A box's frame and a rule never join the text around them into one block,
 * and a player's controls ("▶ 00:00 / 03:41") are furniture.
 * The standfirst between the headline and its byline or date is not body. Inside the run,
 * short lines between paragraphs stay (subheadings, lists, quote attributions) unless they
 * carry the marks of a related-links box (a label, dates, repeated headlines); a short block
 * whose word 4-grams all occur elsewhere in the text (a pull quote, a repeated paragraph) goes;
 * so does a short line that is one link (a button, a teaser), a picture's caption under a label
 * ("Image caption,", "Media player unsupported") and a figure's caption ("Figure 1: ..."). A
 * table of contents (a list whose items recur later, in order, with prose between) goes, and
 * the subheadings it names stay;
 * an author bio, credit line ("Contributing: ...", "Con información de agencias"), notes or
 * references, or a comment section at the end is cut. No rule names a site.
 *
 * <p><b>Fields.</b> Authors come from the byline lines around the headline (several lines are
 * merged; "Name / Outlet" under the headline is a byline; see {@link Bylines}), else a bare
 * names line between headline and date or right under the author's picture ("[Ana Ruiz's
 * avatar]" then "Ana Ruiz") or named in a bio after the text ("Ana Ruiz is a reporter ..."),
 * else a "By" or "Reporting by" line after the text. A desk or agency ("Redacción ...",
 * "Newsroom", "Agencias") is not an author. The date is the
 * first date line of the header, except that a publication stamp wins over an update stamp and
 * a copy's stamp ("Printed", "Retrieved", "Exported") is never taken (see {@link Dates};
 * numeric dates are read in the page's day/month order); else a date-only line near the text
 * ("Published May 21, 2019" after it). Sections come from a category line ("in A, B, C",
 * "Filed under: A, B", "Categories: A"), else the breadcrumb without its "Home" item and
 * without the headline, else a one-to-three-word label right above the headline (a label that
 * reads like a name, "Guest Posts", is one unless the page treats it as a person's), or right
 * above the kicker in capitals above it, or the items of a label row there ("Analysis |
 * Energy Program"); badges are not sections, and "Tags:" lines are not sections (they are free
 * keywords, and the index's tags are countries). Source is the site's brand, not its owner:
 * the "Title | Site" suffix of a line repeating the headline, else the masthead (a "[Logo:
 * ...]" mark stripped), the line nearest above the headline that starts with the copyright
 * holder's name or its first half, possibly ending in a media word ("The Harbour Gazette" for
 * "Harbour Gazette Media Ltd.", "Ledgerline" in "Ledgerline Subscribe Log In", "Northsea News"
 * for "Northsea"), else, when the holder is a company (LLC, Inc., "... Broadcasting") that no
 * line above the headline names, the name in the site's own "Site | Tagline" line at the top,
 * else the copyright holder. When the copyright holder is the story's author (a writer's own
 * newsletter) or there is no copyright line, the source is the masthead the page repeats: the
 * first name-shaped line at the top (a frequency such as "FM 98.3" cut off) that recurs in the
 * page's own furniture ("Thanks for reading X", "X uses cookies", "Archivo X"); else the site's
 * title line, else the commonest "| Site" suffix. A source is never a stamp or count ("4 min
 * read", "12 sources"), a legal notice ("Registro ... en trámite") or the author's name.
 * Language is "es" when the body has more Spanish than English function words, else "en"; null
 * under five function words.
 *
 * <p>The id is the URL when the capture shows one on a line of its own at the top (bare or
 * "URL: ..."), else {@link Article#deriveId} from source, title and date. Stateless and
 * thread-safe.
 */
public final class CaptureReader {

  private CaptureReader() {}

  /**
   * Reads one capture.
   *
   * @param text the capture, already decoded; any line endings
   * @param input the file or stream name, for the outcome
   * @return Parsed with the article; Skipped for empty input or a page without an article (a
   *     home page, a list of links, an error page); Invalid for text that looks like binary data
   * @throws NullPointerException when {@code input} is null
   */
  public static ReadOutcome read(String text, String input) {
    Objects.requireNonNull(input, "input");
    Cleaner.Result r = Cleaner.clean(text);
    if (r.skip != null) {
      return r.invalid
          ? new ReadOutcome.Invalid(input, "", r.skip)
          : new ReadOutcome.Skipped(input, "", r.skip);
    }
    if ((r.title == null || r.title.isBlank()) && r.url == null) {
      return new ReadOutcome.Skipped(input, "", "no article found: prose without a headline");
    }
    Article article;
    try {
      article =
        Article.builder()
            .url(r.url)
            .source(r.source)
            .title(r.title)
            .authors(r.authors)
            .published(r.published)
            .sections(r.sections)
            .language(r.language)
            .body(r.body)
            .build();
    } catch (IllegalArgumentException e) {
      return new ReadOutcome.Invalid(input, "", e.getMessage());
    }
    return new ReadOutcome.Parsed(input, "", article);
  }

  /**
   * How the capture was judged, block by block, for debugging a page that cleans badly.
   *
   * @param text the capture
   */
  public static Explanation explain(String text) {
    Cleaner.Result r = Cleaner.clean(text);
    List<Explanation.Entry> entries = new ArrayList<>(r.blocks.size());
    for (Block b : r.blocks) {
      entries.add(
          new Explanation.Entry(
              b.firstLine, b.lastLine, b.kept, b.verdict == null ? "" : b.verdict, b.text));
    }
    return new Explanation(r.skip == null ? "article" : r.skip, entries);
  }
}
