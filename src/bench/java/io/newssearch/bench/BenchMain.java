package io.newssearch.bench;

public final class BenchMain {
  public static void main(String[] args) throws Exception {
    System.out.println("bench " + org.apache.lucene.util.Version.LATEST);
  }
}
