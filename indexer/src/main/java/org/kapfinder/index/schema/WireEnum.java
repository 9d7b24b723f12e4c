package org.kapfinder.index.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enumeration whose values travel as lowercase names in corpus records, index terms and API
 * parameters ({@code treatment_resistant_depression}), and are shown to people as labels.
 */
public interface WireEnum {

  /** The name used in records, index terms and the API: the constant's name in lower case. */
  default String wireName() {
    return wireNameOf((Enum<?>) this);
  }

  /** The name shown to people. */
  String label();

  /** Parses a wire name, ignoring case and surrounding space. */
  static <E extends Enum<E> & WireEnum> Optional<E> parse(Class<E> type, String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    for (E candidate : type.getEnumConstants()) {
      if (candidate.wireName().equals(wanted)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The allowed wire names, comma separated, for error messages. */
  static <E extends Enum<E> & WireEnum> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(WireEnum::wireName)
        .collect(Collectors.joining(", "));
  }

  /** The default wire name: the constant's name in lower case. */
  static String wireNameOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
