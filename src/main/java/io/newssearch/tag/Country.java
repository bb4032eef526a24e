package io.newssearch.tag;

import java.util.List;
import java.util.Objects;

/**
 * One row of the gazetteer: a country or territory, its codes and the names news uses for it.
 *
 * <pre>{@code
 * Country ve = Gazetteer.standard().country("venezolanos");
 * ve.name();     // "Venezuela"
 * ve.iso2();     // "VE"
 * ve.region();   // "South America"
 * }</pre>
 *
 * <p>Immutable and thread-safe; lists are never null.
 *
 * @param name canonical English name, the tag value
 * @param iso2 ISO 3166-1 alpha-2 code ("XK" for Kosovo)
 * @param region UN M49 region, intermediate where M49 has one, else sub-region
 * @param status whether a UN member, observer, or other territory
 * @param names short, official and common names, English and Spanish
 * @param demonyms English and Spanish demonyms
 * @param capitals capitals, English and Spanish spellings (weak aliases)
 * @param metonyms seats of power standing for the country (weak aliases)
 * @param other former names and source codes, for lookups only, never matched in text
 */
public record Country(
    String name,
    String iso2,
    String region,
    Status status,
    List<String> names,
    List<String> demonyms,
    List<String> capitals,
    List<String> metonyms,
    List<String> other) {

  /** Standing at the United Nations. */
  public enum Status {
    /** A UN member state. */
    MEMBER,
    /** A UN observer state (Holy See, Palestine). */
    OBSERVER,
    /** A territory, or a state with limited recognition. */
    OTHER
  }

  public Country {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(iso2, "iso2");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(status, "status");
    names = List.copyOf(names);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
    metonyms = List.copyOf(metonyms);
    other = List.copyOf(other);
  }
}
