package io.newssearch.capture;

import io.newssearch.ingest.ReadOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Speed of the capture cleaner on one core. Not a test: it prints figures.
 *
 * <pre>{@code
 * java -cp ... io.newssearch.capture.CaptureBenchmark [captures-dir]
 * }</pre>
 *
 * <p>Prints (1) throughput over a set of captures (our capture cases, plus every .txt under the
 * optional directory), in MB of UTF-8 capture text per second: three slices of about 60 MB after
 * ten seconds of warm-up (the JIT was still compiling the cleaner after the old warm-up of a
 * third of a slice, which read 10-15 % low), and their median; (2) the time of
 * one read of a 20 MB capture made of repeated blocks, and of a 5 MB one, whose ratio shows
 * whether time grows linearly; (3) the same for a 20 MB capture of one repeated line and of one
 * line without breaks.
 */
public final class CaptureBenchmark {

  private CaptureBenchmark() {}

  /** Seconds of cleaning before the throughput is measured. */
  static final double WARM_UP_SECONDS = 10;

  /** Figures of one run; {@code slicesMbPerSecond} are the measured slices, in order. */
  public record Figures(
      double[] slicesMbPerSecond,
      double throughputMbPerSecond,
      double repeated20MbSeconds,
      double repeated5MbSeconds,
      double sameLine20MbSeconds,
      double oneLine20MbSeconds) {}

  public static Figures run(List<String> captures) {
    long bytes = 0;
    for (String c : captures) {
      bytes += c.getBytes(StandardCharsets.UTF_8).length;
    }
    int rounds = (int) Math.max(1, 60_000_000L / Math.max(1, bytes));
    // CPU time of this thread: the machine may be shared, and wall time would count the waits.
    long warm = cpuNanos();
    while (cpuNanos() - warm < WARM_UP_SECONDS * 1e9) {
      consume(captures, 1);
    }
    double[] slices = new double[3];
    for (int i = 0; i < slices.length; i++) {
      long t0 = cpuNanos();
      consume(captures, rounds);
      slices[i] = bytes * (double) rounds / 1e6 / ((cpuNanos() - t0) / 1e9);
    }
    double[] sorted = slices.clone();
    java.util.Arrays.sort(sorted);
    double throughput = sorted[1];

    String block = String.join("\n\n", captures);
    double r20 = timeOne(repeat(block, 20_000_000));
    double r5 = timeOne(repeat(block, 5_000_000));
    double same = timeOne(repeat("  • Home\n", 20_000_000));
    double oneLine = timeOne(repeat("word and the other ", 20_000_000));
    return new Figures(slices, throughput, r20, r5, same, oneLine);
  }

  private static void consume(List<String> captures, int rounds) {
    int parsed = 0;
    for (int r = 0; r < rounds; r++) {
      for (String c : captures) {
        if (CaptureReader.read(c, "bench") instanceof ReadOutcome.Parsed) {
          parsed++;
        }
      }
    }
    if (parsed < 0) {
      throw new AssertionError(); // keeps the work from being optimised away
    }
  }

  private static String repeat(String block, int bytes) {
    StringBuilder b = new StringBuilder(bytes + block.length());
    while (b.length() < bytes) {
      b.append(block).append('\n');
    }
    return b.toString();
  }

  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static double timeOne(String text) {
    long t0 = cpuNanos();
    ReadOutcome o = CaptureReader.read(text, "big");
    double s = (cpuNanos() - t0) / 1e9;
    if (o == null) {
      throw new AssertionError();
    }
    return s;
  }

  public static void main(String[] args) throws Exception {
    List<String> captures = new ArrayList<>();
    for (Path p : CaptureCasesTest.cases().toList()) {
      captures.add(CaptureCasesTest.read(p));
    }
    if (args.length > 0) {
      try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
        for (Path p : walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          captures.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        System.err.println("cannot read " + args[0] + ": " + e.getMessage());
        System.exit(1);
      }
    }
    Figures f = run(captures);
    System.out.printf(
        Locale.ROOT,
        "captures: %d (times are CPU time of the reading thread)%n"
            + "throughput: %.1f MB/s on one thread (median of slices %s MB/s)%n"
            + "20 MB of repeated capture blocks: %.2f s (5 MB: %.2f s, ratio %.1f)%n"
            + "20 MB of one repeated menu line: %.2f s%n"
            + "20 MB on a single line: %.2f s%n",
        captures.size(), f.throughputMbPerSecond(),
        java.util.Arrays.stream(f.slicesMbPerSecond())
            .mapToObj(x -> String.format(Locale.ROOT, "%.1f", x))
            .collect(java.util.stream.Collectors.joining(", ")),
        f.repeated20MbSeconds(),
        f.repeated5MbSeconds(), f.repeated20MbSeconds() / f.repeated5MbSeconds(),
        f.sameLine20MbSeconds(), f.oneLine20MbSeconds());
  }
}
