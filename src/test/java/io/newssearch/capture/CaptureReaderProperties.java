package io.newssearch.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.newssearch.ingest.ReadOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random, truncated and mutated captures never throw and always give an article or a reason.
 * Speed is not tested here (see {@code CaptureBenchmark}).
 */
class CaptureReaderProperties {

  private static final List<String> CASES = loadCases();

  private static List<String> loadCases() {
    try {
      List<String> texts = new ArrayList<>();
      for (Path p : CaptureCasesTest.cases().toList()) {
        texts.add(CaptureCasesTest.read(p));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertWellFormed(ReadOutcome o) {
    assertThat(o).isNotNull();
    switch (o) {
      case ReadOutcome.Parsed p -> {
        assertThat(p.article().title().isEmpty() && p.article().body().isEmpty()).isFalse();
        assertThat(p.article().body()).doesNotContain("\n\n\n");
      }
      case ReadOutcome.Skipped s -> assertThat(s.reason()).isNotBlank();
      case ReadOutcome.Invalid i -> assertThat(i.reason()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> pageLikeText() {
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(120),
            Arbitraries.strings().withChars("abc ,.•◦|»[]0123456789/:-\u00A0\t\uFFFD").ofMaxLength(80),
            Arbitraries.of(
                "  • Home", "By Ana Ruiz", "June 3, 2019", "03/06/2019 - 10:15", "Related Posts",
                "© 2020 Site", "We use cookies to give you the best experience.", "Reply",
                "14 comments", "Home » A title", "in A, B, C", "[Image: x]", "Advertisement",
                "The minister said on Monday that the plan would go ahead as announced."),
            Arbitraries.just(""));
    return line.list().ofMaxSize(60).map(l -> String.join("\n", l));
  }

  @Property(tries = 300)
  void randomTextNeverThrows(@ForAll("pageLikeText") String text) {
    assertWellFormed(CaptureReader.read(text, "random"));
    assertThat(CaptureReader.explain(text).entries()).isNotNull();
  }

  @Property(tries = 200)
  void arbitraryStringsNeverThrow(@ForAll String text) {
    assertWellFormed(CaptureReader.read(text, "random"));
  }

  @Property(tries = 200)
  void mutatedCapturesNeverThrow(
      @ForAll @IntRange(min = 0, max = 1000) int which, @ForAll long seed) {
    String base = CASES.get(which % CASES.size());
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(List.of(base.split("\n", -1)));
    int mutations = 1 + random.nextInt(8);
    for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(5)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
        case 2 -> {
          int to = Math.min(lines.size(), at + 1 + random.nextInt(10));
          Collections.shuffle(lines.subList(at, to), random);
        }
        case 3 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
        default -> lines.subList(at, lines.size()).clear();
      }
    }
    assertWellFormed(CaptureReader.read(String.join("\n", lines), "mutated"));
  }

  @Property(tries = 200)
  void truncatedCapturesNeverThrow(
      @ForAll @IntRange(min = 0, max = 1000) int which, @ForAll @IntRange(min = 0, max = 100) int percent) {
    String base = CASES.get(which % CASES.size());
    String cut = base.substring(0, base.length() * percent / 100);
    assertWellFormed(CaptureReader.read(cut, "truncated"));
  }
}
