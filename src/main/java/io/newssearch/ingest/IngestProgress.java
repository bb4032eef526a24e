package io.newssearch.ingest;

import java.time.Duration;

/**
 * A snapshot of a running ingest.
 *
 * @param filesDone files fully read
 * @param filesTotal files found so far
 * @param walkComplete true once every input path has been walked, so the totals are final
 * @param bytesDone bytes of the files fully read
 * @param bytesTotal bytes of the files found so far
 * @param indexed articles added
 * @param skipped items skipped
 * @param rejected items rejected
 * @param elapsed time since the ingest started
 */
public record IngestProgress(
    long filesDone,
    long filesTotal,
    boolean walkComplete,
    long bytesDone,
    long bytesTotal,
    long indexed,
    long skipped,
    long rejected,
    Duration elapsed) {

  /** Articles per second so far. */
  public double articlesPerSecond() {
    return perSecond(indexed, elapsed);
  }

  /** Megabytes (10^6) of input per second so far. */
  public double megabytesPerSecond() {
    return perSecond(bytesDone / 1e6, elapsed);
  }

  /** {@code amount} per second of {@code elapsed}; 0 before any time has passed. */
  static double perSecond(double amount, Duration elapsed) {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : amount / s;
  }

  /** Estimated time left, when the totals are final and some bytes are done; else null. */
  public Duration eta() {
    if (!walkComplete || bytesDone == 0 || bytesTotal <= bytesDone) {
      return walkComplete && bytesTotal <= bytesDone ? Duration.ZERO : null;
    }
    double rate = bytesDone / (double) Math.max(1, elapsed.toNanos());
    return Duration.ofNanos((long) ((bytesTotal - bytesDone) / rate));
  }
}
