package org.kapfinder.index.corpus.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.kapfinder.index.corpus.Address;
import org.kapfinder.index.corpus.GeoPoint;
import org.kapfinder.index.corpus.Insurance;
import org.kapfinder.index.corpus.Pricing;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.Rating;
import org.kapfinder.index.schema.WireEnum;

/**
 * Writes a {@link Provider} as one line of the record format's JSON Lines form: fields in the
 * documented order, enumerations as wire names, absent values and empty optional lists left out,
 * whole numbers without a decimal point, and nothing the format does not define (the indexer's
 * {@code locationPrecision} stays out). Reading the line back with the validator gives an equal
 * provider.
 *
 * <p>The output is built in a {@link StringBuilder} by a small JSON emitter rather than Gson's
 * {@code JsonWriter}: generating a million records spends most of its time here, and the record
 * shape is fixed. Strings are escaped as RFC 8259 requires (quote, backslash and control
 * characters), and U+2028 and U+2029 as well, as Gson does; tests read every generated line back
 * with the indexer's strict parser.
 */
public final class RecordJsonWriter {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private RecordJsonWriter() {}

  /** Writes the record and a line feed. */
  public static void writeLine(Provider provider, Writer out) throws IOException {
    StringBuilder line = new StringBuilder(1_200);
    appendLine(provider, line);
    out.append(line);
  }

  /** Appends the record and a line feed. */
  public static void appendLine(Provider provider, StringBuilder out) {
    Fields json = new Fields(out);
    out.append('{');
    json.string("id", provider.id());
    json.string("name", provider.name());
    json.string("type", WireNames.of(provider.type()));
    json.string("description", provider.description());
    address(json, provider.address());
    location(json, provider.location());
    json.wireNames("modes", provider.modes());
    json.strings("servesStates", provider.servesStates());
    json.number("serviceRadiusMiles", provider.serviceRadiusMiles());
    json.wireNames("routes", provider.routes());
    json.wireNames("conditions", provider.conditions());
    json.bool("psychotherapy", provider.psychotherapy());
    json.wireNames("clinicians", provider.clinicians());
    pricing(json, provider.pricing());
    insurance(json, provider.insurance());
    json.strings("languages", provider.languages());
    json.bool("acceptingNewPatients", provider.acceptingNewPatients());
    json.strings("memberships", provider.memberships());
    rating(json, provider.rating());
    json.string("phone", provider.phone());
    json.string("website", provider.website());
    json.string("email", provider.email());
    json.string("lastVerified", provider.lastVerified());
    out.append("}\n");
  }

  private static void address(Fields json, Address address) {
    if (address != null) {
      Fields inner = json.object("address");
      inner.string("street", address.street());
      inner.string("city", address.city());
      inner.string("state", address.state());
      inner.string("zip", address.zip());
      inner.end();
    }
  }

  private static void location(Fields json, GeoPoint location) {
    if (location != null) {
      Fields inner = json.object("location");
      inner.number("lat", location.lat());
      inner.number("lon", location.lon());
      inner.end();
    }
  }

  private static void pricing(Fields json, Pricing pricing) {
    if (pricing != null) {
      Fields inner = json.object("pricing");
      inner.number("sessionMinUsd", pricing.sessionMinUsd());
      inner.number("sessionMaxUsd", pricing.sessionMaxUsd());
      inner.number("programUsd", pricing.programUsd());
      inner.integer("programSessions", pricing.programSessions());
      inner.bool("slidingScale", pricing.slidingScale());
      inner.end();
    }
  }

  private static void insurance(Fields json, Insurance insurance) {
    if (insurance != null) {
      Fields inner = json.object("insurance");
      inner.bool("accepted", insurance.accepted());
      inner.strings("plans", insurance.plans());
      inner.bool("spravatoCovered", insurance.spravatoCovered());
      inner.end();
    }
  }

  private static void rating(Fields json, Rating rating) {
    if (rating != null) {
      Fields inner = json.object("rating");
      inner.number("average", rating.average());
      inner.integer("count", rating.count());
      inner.end();
    }
  }

  /** The members of one JSON object being written; absent values are skipped. */
  private static final class Fields {
    private final StringBuilder out;
    private boolean first = true;

    Fields(StringBuilder out) {
      this.out = out;
    }

    Fields object(String name) {
      name(name);
      out.append('{');
      return new Fields(out);
    }

    void end() {
      out.append('}');
    }

    void string(String name, String value) {
      if (value != null) {
        name(name);
        quote(value);
      }
    }

    void bool(String name, Boolean value) {
      if (value != null) {
        name(name);
        out.append(value.booleanValue());
      }
    }

    void integer(String name, Integer value) {
      if (value != null) {
        name(name);
        out.append(value.intValue());
      }
    }

    /** Whole numbers as integers ({@code 450}, not {@code 450.0}); others in shortest form. */
    void number(String name, Double value) {
      if (value == null) {
        return;
      }
      double number = value;
      if (!Double.isFinite(number)) {
        throw new IllegalArgumentException(name + " must be a finite number, got " + number);
      }
      name(name);
      if (number == Math.rint(number) && Math.abs(number) < 1e15) {
        out.append((long) number);
      } else {
        out.append(number);
      }
    }

    void strings(String name, List<String> values) {
      if (values != null && !values.isEmpty()) {
        name(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          quote(values.get(i));
        }
        out.append(']');
      }
    }

    void wireNames(String name, List<? extends WireEnum> values) {
      if (values != null && !values.isEmpty()) {
        name(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          quote(WireNames.of(values.get(i)));
        }
        out.append(']');
      }
    }

    private void name(String name) {
      if (!first) {
        out.append(',');
      }
      first = false;
      quote(name);
      out.append(':');
    }

    private void quote(String value) {
      out.append('"');
      int start = 0;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
          continue;
        }
        out.append(value, start, i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          default ->
              out.append("\\u")
                  .append(HEX[c >> 12])
                  .append(HEX[(c >> 8) & 0xf])
                  .append(HEX[(c >> 4) & 0xf])
                  .append(HEX[c & 0xf]);
        }
        start = i + 1;
      }
      out.append(value, start, value.length()).append('"');
    }
  }
}
