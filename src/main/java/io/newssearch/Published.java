package io.newssearch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When an article was published: a date-time with its zone, or only a date when the source
 * gives no time.
 *
 * <pre>{@code
 * Published p = Published.parse("2019-06-03T10:15:00-04:00");
 * Published d = Published.of(LocalDate.of(2019, 6, 3));
 * d.toString();   // "2019-06-03"
 * }</pre>
 *
 * <p>A date-only value sorts and filters as midnight UTC of that day. Immutable and thread-safe.
 *
 * @param date the calendar date as the source wrote it (never null)
 * @param dateTime the full date-time, or null when the source gave only a date; build with
 *     {@link #of(ZonedDateTime)} to have a region zone kept as its offset
 */
public record Published(LocalDate date, ZonedDateTime dateTime) implements Comparable<Published> {

  // The index stores the instant as epoch milliseconds (a long): about 292 million years either
  // side of 1970, while java.time reaches a billion.
  private static final Instant EARLIEST = Instant.ofEpochMilli(Long.MIN_VALUE);
  private static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);

  /**
   * Checks the date against the date-time and the range the index holds.
   *
   * @throws IllegalArgumentException when the date is not the date-time's, or the instant is
   *     beyond what {@link #epochMillis()} can hold (naming the value)
   */
  public Published {
    Objects.requireNonNull(date, "date");
    if (dateTime != null && !dateTime.toLocalDate().equals(date)) {
      throw new IllegalArgumentException(
          "date " + date + " does not match dateTime " + dateTime + " (use Published.of)");
    }
    Instant at = instantOf(date, dateTime);
    if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
      throw new IllegalArgumentException(
          "published " + (dateTime != null ? dateTime.toOffsetDateTime() : date)
              + " is outside the dates an index holds (" + EARLIEST + " to " + LATEST + ")");
    }
  }

  /** A date without a time of day. */
  public static Published of(LocalDate date) {
    return new Published(Objects.requireNonNull(date, "date"), null);
  }

  /**
   * A date-time with its zone or offset. A region zone ("America/New_York") is kept as the
   * offset it had at that moment (-04:00), so the value prints as plain ISO-8601 and reads back
   * equal.
   */
  public static Published of(ZonedDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    ZonedDateTime fixed = dateTime.toOffsetDateTime().toZonedDateTime();
    return new Published(fixed.toLocalDate(), fixed);
  }

  /** A date-time with an offset. */
  public static Published of(OffsetDateTime dateTime) {
    return of(Objects.requireNonNull(dateTime, "dateTime").toZonedDateTime());
  }

  /**
   * Parses ISO-8601: {@code 2019-06-03}, {@code 2019-06-03T10:15:00Z},
   * {@code 2019-06-03T10:15:00-04:00}, {@code 2019-06-03T10:15:00-04:00[America/New_York]} (kept
   * as its offset), or a local date-time {@code 2019-06-03T10:15:00} (taken as UTC).
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static Published parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    try {
      if (t.length() == 10) {
        return of(LocalDate.parse(t));
      }
      if (t.indexOf('[') > 0) {
        return of(ZonedDateTime.parse(t));
      }
      if (t.endsWith("Z") || t.lastIndexOf('+') > 9 || t.lastIndexOf('-') > 9) {
        return of(OffsetDateTime.parse(t));
      }
      return of(java.time.LocalDateTime.parse(t).atZone(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "published '" + text + "' is not an ISO-8601 date or date-time (e.g. 2019-06-03 or"
              + " 2019-06-03T10:15:00-04:00)",
          e);
    }
  }

  /** True when the source gave a time of day. */
  public boolean hasTime() {
    return dateTime != null;
  }

  /** The instant used for sorting and range filters: the date-time, or midnight UTC of the date. */
  public Instant instant() {
    return instantOf(date, dateTime);
  }

  /** The instant of a date-time, or of midnight UTC of a date without one. */
  private static Instant instantOf(LocalDate date, ZonedDateTime dateTime) {
    return dateTime != null ? dateTime.toInstant() : date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Milliseconds since the epoch of {@link #instant()}. */
  public long epochMillis() {
    return instant().toEpochMilli();
  }

  @Override
  public int compareTo(Published other) {
    return instant().compareTo(other.instant());
  }

  /** ISO-8601: the date alone, or the date-time with its offset. */
  @Override
  public String toString() {
    if (dateTime == null) {
      return date.toString();
    }
    return dateTime.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
