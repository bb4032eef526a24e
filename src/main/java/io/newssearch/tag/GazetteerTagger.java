package io.newssearch.tag;

import io.newssearch.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
 * <p><b>The rule.</b> A country is a tag when it is named in the title, or when it is named at
 * least {@link #minMentions()} times (default {@value #DEFAULT_MIN_MENTIONS}) in title and body
 * <em>and</em> at least {@link #minShare()} (default a quarter) as often as the country the
 * article names most. A single mention is context, not subject (a minister quoted once, a
 * country in a list); and aboutness is relative: two mentions of the United States in a story
 * that names Russia twelve times are background, two mentions each of three countries are the
 * story. A mention in the lead is counted ({@link MentionCount#inLead()}) but is no rule of its
 * own: measured on the fixtures' hand labels, "once in the first paragraph" added more wrong
 * tags than right ones (a comparison or a venue in the opening sentence). The article's own tags and its sections that name a country (by name, alias, ISO
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

  /** Default of {@link #minShare()}. */
  public static final double DEFAULT_MIN_SHARE = 0.25;

  private static final GazetteerTagger STANDARD =
      new GazetteerTagger(null, DEFAULT_MIN_MENTIONS, DEFAULT_MIN_SHARE);

  private final Gazetteer explicit; // null: the standard gazetteer, loaded on first use
  private final int minMentions;
  private final double minShare;

  private GazetteerTagger(Gazetteer gazetteer, int minMentions, double minShare) {
    this.explicit = gazetteer;
    this.minMentions = minMentions;
    this.minShare = minShare;
  }

  /** A tagger on {@link Gazetteer#standard()} with the default rule. */
  public static GazetteerTagger standard() {
    return STANDARD;
  }

  /** A tagger on another gazetteer, with the default rule. */
  public static GazetteerTagger of(Gazetteer gazetteer) {
    return new GazetteerTagger(Objects.requireNonNull(gazetteer, "gazetteer"), DEFAULT_MIN_MENTIONS, DEFAULT_MIN_SHARE);
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
    return new GazetteerTagger(explicit, minMentions, minShare);
  }

  /**
   * This tagger with another share: a country mentioned fewer times than this fraction of the
   * most-mentioned country's count is not a tag (unless it is in the title). 0 turns it off.
   *
   * @throws IllegalArgumentException when {@code share} is outside 0..1
   */
  public GazetteerTagger withMinShare(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("minShare must be within 0..1, got " + share);
    }
    return new GazetteerTagger(explicit, minMentions, share);
  }

  /** The least share of the top country's mentions a country needs to be a tag. */
  public double minShare() {
    return minShare;
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
    List<int[]> counts = index.resolve(tally);
    MentionCount[] out = new MentionCount[counts.size()];
    for (int k = 0; k < out.length; k++) {
      int[] c = counts.get(k);
      out[k] = new MentionCount(countries.get(c[0]).name(), c[1], c[2], c[3]);
    }
    Arrays.sort(out, STRONGEST_FIRST);
    return List.of(out);
  }

  /** The countries the rule tags for a title and body, strongest first (no source tags). */
  public List<String> countries(String title, String body) {
    List<MentionCount> mentions = mentions(title, body);
    int top = top(mentions);
    List<String> out = new ArrayList<>();
    for (MentionCount m : mentions) {
      if (isTag(m, top)) {
        out.add(m.country());
      }
    }
    return List.copyOf(out);
  }

  private boolean isTag(MentionCount m, int top) {
    return m.inTitle() > 0 || (m.total() >= minMentions && m.total() >= minShare * top);
  }

  private static int top(List<MentionCount> mentions) {
    return mentions.isEmpty() ? 0 : mentions.get(0).total(); // strongest first
  }

  @Override
  public Article tag(Article article) {
    Gazetteer g = gazetteer();
    List<MentionCount> mentions = mentions(article.title(), article.body());
    int top = top(mentions);
    // A few countries per article: lists searched in order, no maps.
    List<Tag> tags = new ArrayList<>();
    for (MentionCount m : mentions) {
      if (isTag(m, top)) {
        tags.add(new Tag(g.named(m.country()), m.total()));
      }
    }
    List<String> unknown = new ArrayList<>();
    for (String source : article.tags()) {
      Country c = g.country(source);
      if (c == null) {
        unknown.add(source);
      } else {
        addIfAbsent(tags, c, mentions);
      }
    }
    for (String section : article.sections()) {
      Country c = g.country(section);
      if (c != null) {
        addIfAbsent(tags, c, mentions);
      }
    }
    tags.sort(Tag.STRONGEST_FIRST);
    List<String> names = new ArrayList<>(tags.size() + unknown.size());
    List<String> regions = new ArrayList<>(tags.size() + article.regions().size());
    for (Tag t : tags) {
      names.add(t.country().name());
      addIfAbsent(regions, t.country().region());
    }
    for (String region : article.regions()) {
      String known = Gazetteer.canonicalRegion(region);
      addIfAbsent(regions, known != null ? known : region);
    }
    names.addAll(unknown);
    if (names.equals(article.tags()) && regions.equals(article.regions())) {
      return article; // already tagged so (a second run, or source tags that were right)
    }
    // The canonical constructor rather than toBuilder(): the builder copies every list and the
    // constructor cleans them anyway; the id is kept, so there is nothing to derive.
    return new Article(
        article.id(),
        article.url(),
        article.source(),
        article.title(),
        article.authors(),
        article.published(),
        article.sections(),
        names,
        regions,
        article.language(),
        article.body());
  }

  /** A few regions per article: a list searched in order keeps their order without a set. */
  private static void addIfAbsent(List<String> regions, String region) {
    if (!regions.contains(region)) {
      regions.add(region);
    }
  }

  /** A country to tag and how often the article mentions it. */
  private record Tag(Country country, int mentions) {
    static final Comparator<Tag> STRONGEST_FIRST =
        Comparator.comparingInt((Tag t) -> -t.mentions()).thenComparing(t -> t.country().name());
  }

  private static void addIfAbsent(List<Tag> tags, Country c, List<MentionCount> mentions) {
    for (Tag t : tags) {
      if (t.country() == c) {
        return;
      }
    }
    int total = 0;
    for (MentionCount m : mentions) {
      if (m.country().equals(c.name())) {
        total = m.total();
        break; // a country appears once among the mentions
      }
    }
    tags.add(new Tag(c, total));
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
