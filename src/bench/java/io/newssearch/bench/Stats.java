package io.newssearch.bench;

import java.util.Arrays;

/** Percentiles of a sample of latencies, nearest-rank. */
final class Stats {
  private Stats() {}

  /** The p-th percentile (0 < p <= 100) of values, nearest rank; NaN for no values. */
  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  /** The middle value, or the mean of the two middle values; NaN for no values. */
  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** A growable array of doubles. */
  static final class Sample {
    private double[] v = new double[64];
    private int n;

    synchronized void add(double x) {
      if (n == v.length) {
        v = Arrays.copyOf(v, n * 2);
      }
      v[n++] = x;
    }

    synchronized double[] values() {
      return Arrays.copyOf(v, n);
    }
  }
}
