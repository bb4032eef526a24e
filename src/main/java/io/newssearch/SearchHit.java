package io.newssearch;

import java.util.List;

/**
 * One matching article as a search returns it: its fields (without the body), its score and
 * snippets.
 *
 * <pre>{@code
 * for (SearchHit hit : result.hits()) {
 *   System.out.println(hit.title() + " " + hit.published());
 *   hit.snippets().forEach(s -> System.out.println("  " + s.toHtml()));
 * }
 * }</pre>
 *
 * @param id the article id
 * @param url the page's URL, or null
 * @param source site or agency, or null
 * @param title the headline
 * @param highlightedTitle the headline with query matches marked (no highlights when none)
 * @param authors bylines
 * @param published publication date, or null
 * @param sections the site's categories
 * @param tags countries
 * @param regions regions of the countries
 * @param language language code, or null
 * @param score relevance score (NaN when sorted by date)
 * @param snippets passages of the body that matched, or its first sentences; empty when the
 *     request asked for none
 */
public record SearchHit(
    String id,
    String url,
    String source,
    String title,
    Snippet highlightedTitle,
    List<String> authors,
    Published published,
    List<String> sections,
    List<String> tags,
    List<String> regions,
    String language,
    float score,
    List<Snippet> snippets) {

  public SearchHit {
    authors = List.copyOf(authors);
    sections = List.copyOf(sections);
    tags = List.copyOf(tags);
    regions = List.copyOf(regions);
    snippets = List.copyOf(snippets);
  }
}
