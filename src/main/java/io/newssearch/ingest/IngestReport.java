package io.newssearch.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest did, for people and scripts.
 *
 * <pre>{@code
 * IngestReport r = Ingester.into(index).ingest(List.of(Path.of("pages")));
 * System.out.printf("%d indexed (%d replaced), %d skipped, %d rejected%n",
 *     r.indexed(), r.replaced(), r.skipped(), r.rejected());
 * r.problems().forEach(p -> System.out.println(p.where() + ": " + p.reason()));
 * }</pre>
 *
 * @param files files read (a stream of articles counts as none)
 * @param bytes bytes of those files (compressed size for gzip)
 * @param indexed articles added to the index
 * @param replaced of those, how many replaced an article already there with the same id
 * @param skipped items with nothing to index (empty files, pages that are not articles)
 * @param rejected items that could not be read (broken lines, unreadable files, ...)
 * @param problems the skipped and rejected items with where and why, the first {@link
 *     Ingester#MAX_PROBLEMS_KEPT} of them
 * @param elapsed wall-clock time of the ingest, commit included
 * @param commits commits made (periodic and final)
 */
public record IngestReport(
    long files,
    long bytes,
    long indexed,
    long replaced,
    long skipped,
    long rejected,
    List<Problem> problems,
    Duration elapsed,
    int commits) {

  public IngestReport {
    problems = List.copyOf(problems);
  }

  /**
   * One skipped or rejected item.
   *
   * @param kind "skipped" or "rejected"
   * @param input file or stream name
   * @param location where in it ("line 12"), or empty
   * @param reason why
   */
  public record Problem(String kind, String input, String location, String reason) {
    /** "input (location)" or "input". */
    public String where() {
      return location.isEmpty() ? input : input + " (" + location + ")";
    }

    static Problem of(ReadOutcome o) {
      return switch (o) {
        case ReadOutcome.Skipped s -> new Problem("skipped", s.input(), s.location(), s.reason());
        case ReadOutcome.Invalid i -> new Problem("rejected", i.input(), i.location(), i.reason());
        case ReadOutcome.Parsed p -> throw new IllegalArgumentException("not a problem: " + p.where());
      };
    }
  }

  /** Articles per second over the whole ingest. */
  public double articlesPerSecond() {
    return IngestProgress.perSecond(indexed, elapsed);
  }

  /** Megabytes (10^6) of input per second over the whole ingest. */
  public double megabytesPerSecond() {
    return IngestProgress.perSecond(bytes / 1e6, elapsed);
  }
}
