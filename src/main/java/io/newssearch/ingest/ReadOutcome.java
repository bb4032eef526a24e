package io.newssearch.ingest;

import io.newssearch.Article;
import java.util.Objects;

/**
 * What a reader made of one item of input: an article, a skip (nothing to index, and why), or
 * an invalid item (why, and where).
 *
 * <pre>{@code
 * switch (outcome) {
 *   case ReadOutcome.Parsed p -> index.add(p.article());
 *   case ReadOutcome.Skipped s -> log(s.input() + ": skipped, " + s.reason());
 *   case ReadOutcome.Invalid i -> log(i.input() + " " + i.location() + ": " + i.reason());
 * }
 * }</pre>
 *
 * <p>{@code input} names the file or stream; {@code location} says where in it ("line 12",
 * "offset 4096", "NEWID=17"), empty when the whole input is meant.
 */
public sealed interface ReadOutcome {

  /** The file or stream this came from. */
  String input();

  /** Where in the input: "line 12", "NEWID=17", or empty for the whole input. */
  String location();

  /** "input" or "input (location)", for messages. */
  default String where() {
    return location().isEmpty() ? input() : input() + " (" + location() + ")";
  }

  /** An article was read. */
  record Parsed(String input, String location, Article article) implements ReadOutcome {
    public Parsed {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(article, "article");
    }
  }

  /** Nothing to index here, for a reason that is not an error (an empty file, a home page). */
  record Skipped(String input, String location, String reason) implements ReadOutcome {
    public Skipped {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The input is broken here (bad JSON, a record without a title or body...). */
  record Invalid(String input, String location, String reason) implements ReadOutcome {
    public Invalid {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
