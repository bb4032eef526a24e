package io.newssearch.tag;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Prints how fast {@link GazetteerTagger#mentions} reads text, next to Lucene's StandardAnalyzer
 * on the same text as a yardstick for indexing cost. Not a test: timings vary by machine.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(deps) io.newssearch.tag.TaggerThroughput
 * java ... io.newssearch.tag.TaggerThroughput ../shared/corpora/reuters21578/*.sgm
 * </pre>
 *
 * <p>Without arguments it reads generated text; with files it reads them, taking the TITLE and
 * BODY elements of Reuters SGML files and whole files otherwise.
 */
public final class TaggerThroughput {

  private TaggerThroughput() {}

  public static void main(String[] args) throws IOException {
    List<String[]> docs = args.length == 0 ? generated(20_000) : read(args);
    long bytes = 0;
    for (String[] d : docs) {
      bytes += d[0].getBytes(StandardCharsets.UTF_8).length;
      bytes += d[1].getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf("%d documents, %.1f MB%n", docs.size(), bytes / 1e6);
    GazetteerTagger tagger = GazetteerTagger.standard();
    tagger.mentions("warm", "up"); // load the gazetteer outside the timing
    double tagging = 0;
    double analysis = 0;
    long sink = 0;
    for (int round = 0; round < 8; round++) {
      long t0 = System.nanoTime();
      for (String[] d : docs) {
        sink += tagger.mentions(d[0], d[1]).size();
      }
      long t1 = System.nanoTime();
      sink += analyse(docs);
      long t2 = System.nanoTime();
      if (round >= 3) { // the first rounds warm up the JIT
        tagging = Math.max(tagging, bytes / 1e6 / ((t1 - t0) / 1e9));
        analysis = Math.max(analysis, bytes / 1e6 / ((t2 - t1) / 1e9));
      }
    }
    System.out.printf("tagging (mentions): %.0f MB/s%n", tagging);
    System.out.printf("StandardAnalyzer tokens only: %.0f MB/s%n", analysis);
    System.out.printf("tagging time / analysis time: %.2f%n", analysis / tagging);
    System.out.println("(checksum " + sink + ")");
  }

  private static long analyse(List<String[]> docs) throws IOException {
    long tokens = 0;
    try (StandardAnalyzer analyzer = new StandardAnalyzer()) {
      for (String[] d : docs) {
        for (String text : d) {
          try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
            ts.reset();
            while (ts.incrementToken()) {
              tokens++;
            }
            ts.end();
          }
        }
      }
    }
    return tokens;
  }

  private static List<String[]> read(String[] paths) throws IOException {
    List<String[]> docs = new ArrayList<>();
    for (String p : paths) {
      String text = Files.readString(Path.of(p), StandardCharsets.ISO_8859_1);
      if (!p.endsWith(".sgm")) {
        docs.add(new String[] {"", text});
        continue;
      }
      int at = 0;
      while ((at = text.indexOf("<REUTERS", at)) >= 0) {
        int end = text.indexOf("</REUTERS>", at);
        if (end < 0) {
          break;
        }
        String doc = text.substring(at, end);
        docs.add(new String[] {element(doc, "TITLE"), element(doc, "BODY")});
        at = end;
      }
    }
    return docs;
  }

  private static String element(String doc, String name) {
    int start = doc.indexOf("<" + name + ">");
    int end = doc.indexOf("</" + name + ">");
    return start < 0 || end < start ? "" : doc.substring(start + name.length() + 2, end);
  }

  /** Articles of our own made-up sentences, about 2.5 KB each, with country names mixed in. */
  private static List<String[]> generated(int count) {
    String[] sentences = {
      "Officials in %s said on Monday that talks with %s would resume next week.",
      "The %s government rejected the proposal, according to a statement.",
      "Analysts expect prices to rise as supply from %s remains tight.",
      "A spokesman for the ministry declined to comment on the report.",
      "Trade between the two countries grew by four percent last year.",
      "Protesters gathered outside the parliament in the capital on Saturday.",
      "The central bank kept its main interest rate unchanged at the meeting.",
      "Latin American leaders are due to meet again before the end of the year.",
      "Shares of the company fell sharply after the announcement in early trading.",
      "%s's foreign minister is expected to travel to the region later this month.",
    };
    String[] places = {
      "Russia", "Venezuela", "the U.S.", "Washington", "Colombia", "Brazil", "Mexico City",
      "EE.UU.", "Caracas", "China", "Georgia", "Jordan", "South Korea", "Peru", "Moscow",
      "Ukrainian", "venezolano", "Turkey", "Germany", "Spain"
    };
    Random random = new Random(42);
    List<String[]> docs = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      StringBuilder body = new StringBuilder();
      while (body.length() < 2500) {
        String s = sentences[random.nextInt(sentences.length)];
        body.append(
                String.format(
                    s, places[random.nextInt(places.length)], places[random.nextInt(places.length)]))
            .append(random.nextInt(5) == 0 ? "\n\n" : " ");
      }
      String title =
          places[random.nextInt(places.length)] + " and " + places[random.nextInt(places.length)]
              + " discuss trade";
      docs.add(new String[] {title, body.toString()});
    }
    return docs;
  }
}
