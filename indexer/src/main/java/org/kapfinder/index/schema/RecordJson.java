package org.kapfinder.index.schema;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * The one Gson configuration for records stored in the index and returned by the API: enumerations
 * travel as their wire names ({@code treatment_resistant_depression}), nulls are left out.
 */
public final class RecordJson {

  private static final Gson GSON =
      new GsonBuilder().registerTypeAdapterFactory(new WireEnumAdapterFactory()).create();

  private RecordJson() {}

  public static Gson gson() {
    return GSON;
  }

  private static final class WireEnumAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      Class<? super T> raw = type.getRawType();
      if (!raw.isEnum() || !WireEnum.class.isAssignableFrom(raw)) {
        return null;
      }
      return (TypeAdapter<T>) new WireEnumAdapter((Class) raw);
    }
  }

  private static final class WireEnumAdapter<E extends Enum<E> & WireEnum> extends TypeAdapter<E> {
    private final Class<E> type;

    WireEnumAdapter(Class<E> type) {
      this.type = type;
    }

    @Override
    public void write(JsonWriter out, E value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else {
        out.value(value.wireName());
      }
    }

    @Override
    public E read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      String value = in.nextString();
      return WireEnum.parse(type, value)
          .orElseThrow(() -> new IOException("unknown " + type.getSimpleName() + " " + value));
    }
  }
}
