package io.newssearch.tag;

import io.newssearch.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The default {@link Tagger}: finds the countries an article names in its title and body, with
 * the {@link Gazetteer}'s aliases and ambiguity rules, and tags the article with those it is
 * about, plus the M49 regions they lie in.
 *
 * <pre>{@code
 * GazetteerTagger tagger = GazetteerTagger.standard();
 * Article tagged = tagger.tag(article);            // tags [Russia, Venezuela, United States]
 * tagger.mentions(article.title(), article.body()); // counts, for evaluation and debugging
 * }</pre>
 *
 * <p><b>The rule.</b> A country is a tag when it is named in the title, or named in the lead
 * (the body's first paragraph, at most {@value #LEAD_WORDS} words), or named at least
 * {@link #minMentions()} times (default {@value #DEFAULT_MIN_MENTIONS}) in title and body. A
 * single mention deeper in the body is context, not subject: a minister quoted once, a country
 * in a list. The article's own tags and its sections that name a country (by name, alias, ISO
 * code or source code such as a Reuters place) are kept, in canonical form; tags that name no
 * country are kept as they are, after the countries. Countries are ordered by mentions, most
 * first, then by name. Regions are those of the tags, in tag order, followed by the
 * article's own regions.
 *
 * <p>Immutable and thread-safe. One scan per article over its words, without regular
 * expressions or per-word allocation.
 */
public final class GazetteerTagger implements Tagger {

  /** Default of {@link #minMentions()}. */
  public static final int DEFAULT_MIN_MENTIONS = 2;

  /** The lead ends at the first blank line of the body or after this many words. */
  public static final int LEAD_WORDS = 80;

  private static final GazetteerTagger STANDARD =
      new GazetteerTagger(null, DEFAULT_MIN_MENTIONS);

  private final Gazetteer explicit; // null: the standard gazetteer, loaded on first use
  private final int minMentions;

  private GazetteerTagger(Gazetteer gazetteer, int minMentions) {
    this.explicit = gazetteer;
    this.minMentions = minMentions;
  }

  /** A tagger on {@link Gazetteer#standard()} with the default rule. */
  public static GazetteerTagger standard() {
    return STANDARD;
  }

  /** A tagger on another gazetteer, with the default rule. */
  public static GazetteerTagger of(Gazetteer gazetteer) {
    return new GazetteerTagger(Objects.requireNonNull(gazetteer, "gazetteer"), DEFAULT_MIN_MENTIONS);
  }

  /**
   * This tagger with another number of mentions that makes a tag on its own.
   *
   * @throws IllegalArgumentException when {@code minMentions} is less than 1
   */
  public GazetteerTagger withMinMentions(int minMentions) {
    if (minMentions < 1) {
      throw new IllegalArgumentException("minMentions must be at least 1, got " + minMentions);
    }
    return new GazetteerTagger(explicit, minMentions);
  }

  /** Mentions (title and body) that make a tag on their own. */
  public int minMentions() {
    return minMentions;
  }

  /** The gazetteer this tagger reads. */
  public Gazetteer gazetteer() {
    return explicit != null ? explicit : Gazetteer.standard();
  }

  /**
   * The countries a title and body mention, with counts after the ambiguity rules, most
   * mentioned first, then by name; an unmodifiable list. Null title or body count as empty.
   */
  public List<MentionCount> mentions(String title, String body) {
    Gazetteer g = gazetteer();
    PhraseIndex index = g.index();
    PhraseIndex.Tally tally = index.newTally();
    if (title != null && !title.isEmpty()) {
      PhraseIndex.Words words = index.words(title);
      index.scan(words, true, 0, titleCase(words), tally);
    }
    if (body != null && !body.isEmpty()) {
      PhraseIndex.Words words = index.words(body);
      index.scan(words, false, leadEnd(words), false, tally);
    }
    List<Country> countries = g.countries();
    List<MentionCount> out = new ArrayList<>();
    for (int[] c : index.resolve(tally)) {
      out.add(new MentionCount(countries.get(c[0]).name(), c[1], c[2], c[3]));
    }
    out.sort(STRONGEST_FIRST);
    return List.copyOf(out);
  }

  /** The countries the rule tags for a title and body, strongest first (no source tags). */
  public List<String> countries(String title, String body) {
    List<String> out = new ArrayList<>();
    for (MentionCount m : mentions(title, body)) {
      if (isTag(m)) {
        out.add(m.country());
      }
    }
    return List.copyOf(out);
  }

  private boolean isTag(MentionCount m) {
    return m.inTitle() > 0 || m.inLead() > 0 || m.total() >= minMentions;
  }

  @Override
  public Article tag(Article article) {
    Gazetteer g = gazetteer();
    Map<String, Integer> strength = new HashMap<>();
    Map<String, Integer> mentioned = new HashMap<>();
    for (MentionCount m : mentions(article.title(), article.body())) {
      mentioned.put(m.country(), m.total());
      if (isTag(m)) {
        strength.put(m.country(), m.total());
      }
    }
    List<String> unknown = new ArrayList<>();
    for (String source : article.tags()) {
      String name = g.canonical(source);
      if (name == null) {
        unknown.add(source);
      } else {
        strength.putIfAbsent(name, mentioned.getOrDefault(name, 0));
      }
    }
    for (String section : article.sections()) {
      String name = g.canonical(section);
      if (name != null) {
        strength.putIfAbsent(name, mentioned.getOrDefault(name, 0));
      }
    }
    List<String> tags = new ArrayList<>(strength.keySet());
    tags.sort(
        Comparator.comparing((String t) -> -strength.get(t)).thenComparing(Comparator.naturalOrder()));
    Set<String> regions = new LinkedHashSet<>();
    for (String tag : tags) {
      regions.add(g.region(tag));
    }
    for (String region : article.regions()) {
      String known = Gazetteer.canonicalRegion(region);
      regions.add(known != null ? known : region);
    }
    tags.addAll(unknown);
    return article.withTags(tags).withRegions(List.copyOf(regions));
  }

  private static final Comparator<MentionCount> STRONGEST_FIRST =
      Comparator.comparingInt(MentionCount::total)
          .reversed()
          .thenComparing(MentionCount::country);

  /** True when no word of four letters or more starts in lower case: a Title Case headline. */
  private static boolean titleCase(PhraseIndex.Words words) {
    for (int i = 0; i < words.size; i++) {
      int f = words.flags[i];
      if ((f & TokenCursor.LONG) != 0 && (f & TokenCursor.FIRST_LOWER) != 0) {
        return false;
      }
    }
    return true;
  }

  private static int leadEnd(PhraseIndex.Words words) {
    int end = Math.min(words.size, LEAD_WORDS);
    for (int i = 1; i < end; i++) {
      if ((words.flags[i] & TokenCursor.PARAGRAPH_START) != 0) {
        return i;
      }
    }
    return end;
  }
}
