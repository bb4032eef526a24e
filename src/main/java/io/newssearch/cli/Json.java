package io.newssearch.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.newssearch.Published;
import io.newssearch.Snippet;
import java.io.IOException;
import java.time.Duration;

/** The JSON the CLI prints for scripts: records as objects, dates ISO-8601, snippets with html. */
final class Json {

  static final ObjectMapper MAPPER = mapper();

  private Json() {}

  private static ObjectMapper mapper() {
    SimpleModule module = new SimpleModule("news-search");
    module.addSerializer(Published.class, new JsonSerializer<>() {
      @Override
      public void serialize(Published p, JsonGenerator g, SerializerProvider s) throws IOException {
        g.writeString(p.toString());
      }
    });
    module.addSerializer(Duration.class, new JsonSerializer<>() {
      @Override
      public void serialize(Duration d, JsonGenerator g, SerializerProvider s) throws IOException {
        g.writeNumber(d.toMillis() / 1000.0);
      }
    });
    module.addSerializer(Snippet.class, new JsonSerializer<>() {
      @Override
      public void serialize(Snippet sn, JsonGenerator g, SerializerProvider s) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", sn.text());
        g.writeArrayFieldStart("highlights");
        for (Snippet.Range r : sn.highlights()) {
          g.writeStartArray();
          g.writeNumber(r.start());
          g.writeNumber(r.end());
          g.writeEndArray();
        }
        g.writeEndArray();
        g.writeStringField("html", sn.toHtml());
        g.writeEndObject();
      }
    });
    ObjectMapper m = new ObjectMapper().registerModule(module);
    m.enable(SerializationFeature.INDENT_OUTPUT);
    m.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
    return m;
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }
}
