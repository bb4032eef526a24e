package io.newssearch.tag;

/**
 * How often an article mentions one country, after the gazetteer's ambiguity rules.
 *
 * <pre>{@code
 * List<MentionCount> m = GazetteerTagger.standard().mentions(title, body);
 * m.get(0);   // Russia (5, title 1, lead 1)
 * }</pre>
 *
 * @param country canonical country name
 * @param total mentions in title and body
 * @param inTitle mentions in the title
 * @param inLead mentions in the lead: the body's first paragraph, at most {@value
 *     GazetteerTagger#LEAD_WORDS} words
 */
public record MentionCount(String country, int total, int inTitle, int inLead) {

  @Override
  public String toString() {
    return country + " (" + total + ", title " + inTitle + ", lead " + inLead + ")";
  }
}
