package io.newssearch;

/**
 * One value of a facet dimension and how many matching articles carry it.
 *
 * <pre>{@code
 * for (FacetValue v : result.facets().get("tag")) {
 *   System.out.println(v.value() + " (" + v.count() + ")" + (v.selected() ? " *" : ""));
 * }
 * }</pre>
 *
 * @param value the value ("Russia", "2019", "2019-06")
 * @param count matching articles with this value
 * @param selected true when the request filters on this value
 */
public record FacetValue(String value, long count, boolean selected) {

  @Override
  public String toString() {
    return value + " (" + count + ")";
  }
}
