package org.kapfinder.index.schema;

import java.util.HashMap;
import java.util.Map;

/**
 * The wire names of one {@link WireEnum} type, computed once. Building an index asks for wire names
 * tens of millions of times (parsing records, writing keyword terms and the stored JSON), and
 * lower-casing the constant's name on every call was a measurable share of the build.
 */
final class WireNameTable {

  private static final ClassValue<WireNameTable> BY_TYPE =
      new ClassValue<>() {
        @Override
        protected WireNameTable computeValue(Class<?> type) {
          return new WireNameTable(type);
        }
      };

  /** Wire names by ordinal. */
  private final String[] names;

  private final Map<String, Enum<?>> byName = new HashMap<>();

  private WireNameTable(Class<?> type) {
    Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
    names = new String[constants.length];
    for (Enum<?> constant : constants) {
      String name = WireEnum.wireNameOf(constant);
      names[constant.ordinal()] = name;
      byName.put(name, constant);
    }
  }

  /** The table of an enumeration type (its declaring class, not a constant's own body class). */
  static WireNameTable of(Class<?> enumType) {
    return BY_TYPE.get(enumType);
  }

  String name(Enum<?> constant) {
    return names[constant.ordinal()];
  }

  /** The constant with exactly this wire name, or null. */
  Enum<?> constant(String wireName) {
    return byName.get(wireName);
  }
}
