package io.newssearch.search;

import io.newssearch.SortOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;

/**
 * The opaque page cursor: the sort values of the last hit of a page, so the next page starts
 * after it (search-after). Because ties are broken by a 64-bit hash of the unique article id
 * ({@code Schema.ID_ORDER}), a cursor does not depend on Lucene doc ids and stays valid while
 * documents are added or merged. (Two articles whose ids hash alike and that also tie on score
 * or date would page as one position; with 64 bits the chance is about n²/2⁶⁵, one in ten
 * million for a million articles.)
 *
 * <p>Format (base64url of UTF-8): {@code v2|order|value|idOrder}, value being the score's float
 * bits in hex (relevance) or the epoch millis (date orders), idOrder the id hash in hex. Not part
 * of the API promise.
 */
final class Cursor {

  private Cursor() {}

  static String encode(SortOrder order, FieldDoc last) {
    Object primary = last.fields[0];
    String value =
        primary instanceof Float f
            ? Integer.toHexString(Float.floatToIntBits(f))
            : String.valueOf((Long) primary);
    String idOrder = Long.toHexString((Long) last.fields[1]);
    String raw = "v2|" + order.name() + "|" + value + "|" + idOrder;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The search-after position of a cursor.
   *
   * @throws IllegalArgumentException when the cursor is malformed (a score that is not a finite
   *     number too) or made for another order
   */
  static FieldDoc decode(String cursor, SortOrder order) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cursor '" + cursor + "' is not a cursor of this library", e);
    }
    String[] parts = raw.split("\\|", 4);
    if (parts.length != 4 || !parts[0].equals("v2")) {
      throw new IllegalArgumentException("cursor '" + cursor + "' is not a cursor of this library");
    }
    if (!parts[1].equals(order.name())) {
      throw new IllegalArgumentException(
          "cursor was made for sort " + parts[1] + " but the request sorts by " + order);
    }
    try {
      Object primary =
          order == SortOrder.RELEVANCE
              ? (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(parts[2], 16))
              : (Object) Long.parseLong(parts[2]);
      if (primary instanceof Float score && !Float.isFinite(score)) {
        // No hit scores NaN or infinity: no search made this cursor.
        throw new IllegalArgumentException("cursor '" + cursor + "' is damaged: score " + score);
      }
      Long idOrder = Long.parseUnsignedLong(parts[3], 16);
      return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {primary, idOrder});
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cursor '" + cursor + "' is damaged", e);
    }
  }
}
