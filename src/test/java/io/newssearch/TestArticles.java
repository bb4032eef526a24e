package io.newssearch;

import io.newssearch.tag.Tagger;
import java.io.IOException;
import java.util.List;

/** A small hand-made collection whose facet counts can be read off this file. */
public final class TestArticles {

  private TestArticles() {}

  public static Article article(
      String id, String title, String author, String section, String date, String lang,
      List<String> tags, List<String> regions, String body) {
    return Article.builder()
        .id(id)
        .url("https://news.example/" + id)
        .source("Example News")
        .title(title)
        .authors(author == null ? List.of() : List.of(author))
        .sections(List.of(section))
        .published(date == null ? null : Published.parse(date))
        .language(lang)
        .tags(tags)
        .regions(regions)
        .body(body)
        .build();
  }

  /**
   * Tags: Venezuela 4, Russia 3, Colombia 1, Mexico 1, United States 1. Authors: Ana Ruiz 3,
   * Ben Cole 2, Carla Díaz 2. Sections: Politics 4, Economy 1, Elections 1, Energy 1, World 1.
   */
  public static List<Article> all() {
    return List.of(
        article("r1", "Russia withdraws staff from Venezuela", "Ana Ruiz", "Politics",
            "2019-06-03T10:15:00-04:00", "en", List.of("Russia", "Venezuela"),
            List.of("Eastern Europe", "South America"),
            "Russia has removed most of its military advisers from Venezuela, officials said on Monday."
                + " The move comes as oil production in the country keeps falling.\n\n"
                + "Analysts in Caracas said the Kremlin still backs Nicolás Maduro."),
        article("r2", "Kremlin and Caracas sign an oil deal", "Ben Cole", "Energy",
            "2019-03-10", "en", List.of("Russia", "Venezuela"),
            List.of("Eastern Europe", "South America"),
            "A Russian state company signed a deal to lift crude from Venezuelan fields. Production"
                + " targets were not disclosed."),
        article("r3", "Moscow faces new sanctions", "Ana Ruiz", "Politics",
            "2022-02-28T08:00:00+03:00", "en", List.of("Russia"), List.of("Eastern Europe"),
            "Western governments announced sanctions on Russian banks. The rouble fell sharply."),
        article("v1", "Maduro promete elecciones", "Carla Díaz", "Politics",
            "2020-01-05", "es", List.of("Venezuela"), List.of("South America"),
            "Nicolás Maduro dijo que habrá elecciones legislativas este año en Venezuela."),
        article("u1", "Midterms reshape the House", "Ben Cole", "Elections",
            "2018-11-07T23:00:00-05:00", "en", List.of("United States"), List.of("Northern America"),
            "Voters handed control of the House to the opposition in the midterm elections."),
        article("m1", "Mexico's factories hire again", "Carla Díaz", "Economy",
            "2021-07-15", "en", List.of("Mexico"), List.of("Central America"),
            "Factories in northern Mexico are hiring again as orders from abroad recover."),
        article("c1", "Border trade resumes between Colombia and Venezuela", "Ana Ruiz", "Politics",
            "2019-06-20", "en", List.of("Colombia", "Venezuela"),
            List.of("South America"),
            "Trucks crossed the border bridge for the first time in years. Oil production was not"
                + " part of the talks."),
        article("n1", "An undated note on world affairs", null, "World", null, "en",
            List.of(), List.of(), "A short note without a date, author or tags."));
  }

  /** An in-memory index holding {@link #all()}, tags as given (no tagger), refreshed. */
  public static ArticleIndex index() throws IOException {
    ArticleIndex index = ArticleIndex.inMemory(ArticleIndex.Options.defaults().withTagger(Tagger.none()));
    for (Article a : all()) {
      index.add(a);
    }
    index.refresh();
    return index;
  }
}
