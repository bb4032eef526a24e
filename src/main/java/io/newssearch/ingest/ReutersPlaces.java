package io.newssearch.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reuters-21578 PLACES codes ("usa", "west-germany") to canonical English country names
 * ("United States", "Germany"), from the resource {@code reuters-places.tsv}, which explains the
 * choices (territories, states that no longer exist). Thread-safe: read once, then immutable.
 */
final class ReutersPlaces {

  static final String RESOURCE = "reuters-places.tsv";

  /** Code → name; an empty name for a code that gives no country tag. */
  private static final Map<String, String> NAMES = load();

  private ReutersPlaces() {}

  /**
   * The country tags of some codes, in order, without duplicates or empties. Codes that name no
   * country today, and unknown codes, give nothing.
   */
  static List<String> countries(List<String> codes) {
    List<String> out = new ArrayList<>(codes.size());
    for (String code : codes) {
      String name = NAMES.get(code.strip().toLowerCase(Locale.ROOT));
      if (name != null && !name.isEmpty() && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** True when the table has a line for this code (even one that gives no tag). */
  static boolean isKnown(String code) {
    return NAMES.containsKey(code.strip().toLowerCase(Locale.ROOT));
  }

  /** Every code and its name (empty for no tag), as the resource lists them. */
  static Map<String, String> table() {
    return NAMES;
  }

  private static Map<String, String> load() {
    InputStream in = ReutersPlaces.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
    }
    Map<String, String> names = new HashMap<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 2 || cells[0].isBlank()) {
          throw new IllegalStateException(
              RESOURCE + " line " + number + ": expected 'code<TAB>name', found '" + line + "'");
        }
        names.put(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
    return Map.copyOf(names);
  }
}
