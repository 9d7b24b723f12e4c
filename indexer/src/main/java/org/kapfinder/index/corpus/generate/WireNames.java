package org.kapfinder.index.corpus.generate;

import org.kapfinder.index.schema.WireEnum;

/**
 * Wire names looked up once per enumeration instead of computed per call: writing a million records
 * asks for tens of millions of them.
 */
final class WireNames {

  private static final ClassValue<String[]> NAMES =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] names = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = ((WireEnum) constants[i]).wireName();
          }
          return names;
        }
      };

  private WireNames() {}

  static String of(WireEnum value) {
    Enum<?> constant = (Enum<?>) value;
    return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
  }
}
