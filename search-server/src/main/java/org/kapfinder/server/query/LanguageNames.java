package org.kapfinder.server.query;

import java.util.Map;

/**
 * Language names as people type them ("spanish", "habla espanol", "mandarin"), each to the ISO
 * 639-1 code the providers' {@code languages} use.
 */
final class LanguageNames {

  static final Map<String, String> CODES =
      Map.ofEntries(
          Map.entry("spanish", "es"),
          Map.entry("espanol", "es"),
          Map.entry("en espanol", "es"),
          Map.entry("habla espanol", "es"),
          Map.entry("se habla espanol", "es"),
          Map.entry("hablan espanol", "es"),
          Map.entry("que habla espanol", "es"),
          Map.entry("que hable espanol", "es"),
          Map.entry("que hablen espanol", "es"),
          Map.entry("que hablan espanol", "es"),
          Map.entry("chinese", "zh"),
          Map.entry("mandarin", "zh"),
          Map.entry("cantonese", "zh"),
          Map.entry("vietnamese", "vi"),
          Map.entry("korean", "ko"),
          Map.entry("tagalog", "tl"),
          Map.entry("filipino", "tl"),
          Map.entry("russian", "ru"),
          Map.entry("arabic", "ar"),
          Map.entry("french", "fr"),
          Map.entry("portuguese", "pt"),
          Map.entry("hindi", "hi"),
          Map.entry("german", "de"),
          Map.entry("japanese", "ja"),
          Map.entry("polish", "pl"),
          Map.entry("haitian creole", "ht"),
          Map.entry("creole", "ht"),
          Map.entry("italian", "it"),
          Map.entry("hebrew", "he"),
          Map.entry("farsi", "fa"),
          Map.entry("persian", "fa"));

  private LanguageNames() {}
}
