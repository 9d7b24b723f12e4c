package org.kapfinder.index.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.IndexLayout;
import org.kapfinder.index.schema.LocationPrecision;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;

/**
 * How a provider's record is stored in the index ({@link ProviderFields#SOURCE}): its fields in the
 * record's order, in Lucene's compact binary encoding, rather than as JSON.
 *
 * <p>Every search reads its page's records. At 1,000,000 providers, parsing a record's JSON took
 * 12.5 µs, about as long as reading it from the index; these bytes read back in 4.1 µs, and being
 * smaller, a record reads from the index in 9.9 µs instead of 14.2 (the bench's {@code perf
 * records}). Nullable values carry a presence byte, lists their size plus one (zero for null),
 * enumerations their wire names so that reordering constants cannot change a record's meaning. Any
 * change to this encoding changes {@link IndexLayout#SCHEMA_VERSION}.
 */
public final class ProviderRecordFormat {

  private static final byte ABSENT = 0;
  private static final byte PRESENT = 1;
  private static final byte FALSE = 1;
  private static final byte TRUE = 2;

  private ProviderRecordFormat() {}

  /** The stored field holding {@code provider}'s record. */
  public static StoredField storedField(Provider provider) {
    return new StoredField(ProviderFields.SOURCE, encode(provider));
  }

  /** The record stored in a provider's document. */
  public static Provider read(Document doc) {
    BytesRef bytes = doc.getBinaryValue(ProviderFields.SOURCE);
    if (bytes == null) {
      throw new IllegalStateException("the document has no stored " + ProviderFields.SOURCE);
    }
    return decode(bytes);
  }

  /** The record's bytes; {@link #decode} reads them back equal. */
  public static byte[] encode(Provider p) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      // A valid record always has an id: no presence byte.
      writeUtf8(out, p.id());
      writeString(out, p.name());
      writeEnum(out, p.type());
      writeString(out, p.description());
      writeAddress(out, p.address());
      writePoint(out, p.location());
      writeEnum(out, p.locationPrecision());
      writeList(out, p.modes(), ProviderRecordFormat::writeEnum);
      writeList(out, p.servesStates(), ProviderRecordFormat::writeString);
      writeDouble(out, p.serviceRadiusMiles());
      writeList(out, p.routes(), ProviderRecordFormat::writeEnum);
      writeList(out, p.conditions(), ProviderRecordFormat::writeEnum);
      writeBoolean(out, p.psychotherapy());
      writeList(out, p.clinicians(), ProviderRecordFormat::writeEnum);
      writePricing(out, p.pricing());
      writeInsurance(out, p.insurance());
      writeList(out, p.languages(), ProviderRecordFormat::writeString);
      writeBoolean(out, p.acceptingNewPatients());
      writeList(out, p.memberships(), ProviderRecordFormat::writeString);
      writeRating(out, p.rating());
      writeString(out, p.phone());
      writeString(out, p.website());
      writeString(out, p.email());
      writeString(out, p.lastVerified());
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory output cannot fail", e);
    }
    return out.toArrayCopy();
  }

  /** The record {@link #encode} wrote into these bytes. */
  public static Provider decode(BytesRef bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    try {
      // Java evaluates arguments left to right, so each reads the field that follows the last.
      return new Provider(
          in.readString(),
          readString(in),
          readEnum(in, ProviderType.class),
          readString(in),
          readAddress(in),
          readPoint(in),
          readEnum(in, LocationPrecision.class),
          readList(in, i -> readEnum(i, Mode.class)),
          readList(in, ProviderRecordFormat::readString),
          readDouble(in),
          readList(in, i -> readEnum(i, Route.class)),
          readList(in, i -> readEnum(i, Condition.class)),
          readBoolean(in),
          readList(in, i -> readEnum(i, Clinician.class)),
          readPricing(in),
          readInsurance(in),
          readList(in, ProviderRecordFormat::readString),
          readBoolean(in),
          readList(in, ProviderRecordFormat::readString),
          readRating(in),
          readString(in),
          readString(in),
          readString(in),
          readString(in));
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory input cannot fail", e);
    }
  }

  private static void writeAddress(DataOutput out, Address a) throws IOException {
    if (present(out, a)) {
      writeString(out, a.street());
      writeString(out, a.city());
      writeString(out, a.state());
      writeString(out, a.zip());
    }
  }

  private static Address readAddress(DataInput in) throws IOException {
    return isPresent(in)
        ? new Address(readString(in), readString(in), readString(in), readString(in))
        : null;
  }

  private static void writePoint(DataOutput out, GeoPoint point) throws IOException {
    if (present(out, point)) {
      out.writeLong(Double.doubleToRawLongBits(point.lat()));
      out.writeLong(Double.doubleToRawLongBits(point.lon()));
    }
  }

  private static GeoPoint readPoint(DataInput in) throws IOException {
    return isPresent(in)
        ? new GeoPoint(
            Double.longBitsToDouble(in.readLong()), Double.longBitsToDouble(in.readLong()))
        : null;
  }

  private static void writePricing(DataOutput out, Pricing p) throws IOException {
    if (present(out, p)) {
      writeDouble(out, p.sessionMinUsd());
      writeDouble(out, p.sessionMaxUsd());
      writeDouble(out, p.programUsd());
      writeInteger(out, p.programSessions());
      writeBoolean(out, p.slidingScale());
    }
  }

  private static Pricing readPricing(DataInput in) throws IOException {
    return isPresent(in)
        ? new Pricing(
            readDouble(in), readDouble(in), readDouble(in), readInteger(in), readBoolean(in))
        : null;
  }

  private static void writeInsurance(DataOutput out, Insurance insurance) throws IOException {
    if (present(out, insurance)) {
      writeBoolean(out, insurance.accepted());
      writeList(out, insurance.plans(), ProviderRecordFormat::writeString);
      writeBoolean(out, insurance.spravatoCovered());
    }
  }

  private static Insurance readInsurance(DataInput in) throws IOException {
    return isPresent(in)
        ? new Insurance(
            readBoolean(in), readList(in, ProviderRecordFormat::readString), readBoolean(in))
        : null;
  }

  private static void writeRating(DataOutput out, Rating rating) throws IOException {
    if (present(out, rating)) {
      writeDouble(out, rating.average());
      writeInteger(out, rating.count());
    }
  }

  private static Rating readRating(DataInput in) throws IOException {
    return isPresent(in) ? new Rating(readDouble(in), readInteger(in)) : null;
  }

  /** Writes whether {@code value} is there, and returns it. */
  private static boolean present(DataOutput out, Object value) throws IOException {
    out.writeByte(value == null ? ABSENT : PRESENT);
    return value != null;
  }

  private static boolean isPresent(DataInput in) throws IOException {
    return in.readByte() == PRESENT;
  }

  private static void writeString(DataOutput out, String value) throws IOException {
    if (present(out, value)) {
      writeUtf8(out, value);
    }
  }

  /**
   * As {@link DataOutput#writeString} writes it (its UTF-8 length, then its UTF-8 bytes), which
   * {@link DataInput#readString} reads back. Encoded by {@link String#getBytes}, which copies an
   * ASCII string's bytes as they are, where Lucene's encoder goes char by char: that took 5% of a
   * profiled build's samples. A lone surrogate, which no valid text holds, becomes '?' instead of
   * U+FFFD.
   */
  private static void writeUtf8(DataOutput out, String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeVInt(utf8.length);
    out.writeBytes(utf8, utf8.length);
  }

  private static String readString(DataInput in) throws IOException {
    return isPresent(in) ? in.readString() : null;
  }

  private static void writeEnum(DataOutput out, WireEnum value) throws IOException {
    writeString(out, value == null ? null : value.wireName());
  }

  private static <E extends Enum<E> & WireEnum> E readEnum(DataInput in, Class<E> type)
      throws IOException {
    String name = readString(in);
    return name == null
        ? null
        : WireEnum.parse(type, name)
            .orElseThrow(
                () -> new IllegalStateException("unknown " + type.getSimpleName() + " " + name));
  }

  private static void writeDouble(DataOutput out, Double value) throws IOException {
    if (present(out, value)) {
      out.writeLong(Double.doubleToRawLongBits(value));
    }
  }

  private static Double readDouble(DataInput in) throws IOException {
    return isPresent(in) ? Double.longBitsToDouble(in.readLong()) : null;
  }

  private static void writeInteger(DataOutput out, Integer value) throws IOException {
    if (present(out, value)) {
      out.writeZInt(value);
    }
  }

  private static Integer readInteger(DataInput in) throws IOException {
    return isPresent(in) ? in.readZInt() : null;
  }

  private static void writeBoolean(DataOutput out, Boolean value) throws IOException {
    out.writeByte(value == null ? ABSENT : value ? TRUE : FALSE);
  }

  private static Boolean readBoolean(DataInput in) throws IOException {
    byte value = in.readByte();
    return value == ABSENT ? null : value == TRUE;
  }

  /** One value's writer, which may throw as {@link DataOutput} does. */
  private interface Writer<T> {
    void write(DataOutput out, T value) throws IOException;
  }

  /** One value's reader. */
  private interface Reader<T> {
    T read(DataInput in) throws IOException;
  }

  private static <T> void writeList(DataOutput out, List<T> values, Writer<? super T> writer)
      throws IOException {
    out.writeVInt(values == null ? 0 : values.size() + 1);
    if (values != null) {
      for (T value : values) {
        writer.write(out, value);
      }
    }
  }

  private static <T> List<T> readList(DataInput in, Reader<T> reader) throws IOException {
    int sizePlusOne = in.readVInt();
    if (sizePlusOne == 0) {
      return null;
    }
    List<T> values = new ArrayList<>(sizePlusOne - 1);
    for (int i = 1; i < sizePlusOne; i++) {
      values.add(reader.read(in));
    }
    return Collections.unmodifiableList(values);
  }
}
