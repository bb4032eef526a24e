package io.newssearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void htmlEscapesTheTextAndMarksHighlights() {
    Snippet s = new Snippet("<script>alert('x')</script> & Russia", List.of(new Snippet.Range(30, 36)));
    assertThat(s.toHtml())
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>Russia</mark>");
  }

  @Test
  void rendersWithCustomMarkers() {
    Snippet s = new Snippet("a b c", List.of(new Snippet.Range(0, 1), new Snippet.Range(4, 5)));
    assertThat(s.render("[", "]")).isEqualTo("[a] b [c]");
    assertThat(s.toString()).isEqualTo("a b c");
  }

  @Test
  void rangesMustBeInOrderAndInside() {
    assertThatThrownBy(() -> new Snippet("abc", List.of(new Snippet.Range(2, 3), new Snippet.Range(0, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Snippet("abc", List.of(new Snippet.Range(2, 4))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
