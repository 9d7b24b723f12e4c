package org.kapfinder.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kapfinder.index.corpus.Address;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;
import org.kapfinder.server.search.LabelText;
import org.kapfinder.server.search.ProviderItem;

/**
 * A provider as server-rendered pages show it, in words: built from a stored record (provider page)
 * or a search result (browse pages), and written as a card or as the facts of its own page. The
 * page's script ({@code render.js}) words cards the same way.
 */
record ProviderView(
    String id,
    String name,
    String type,
    String reach,
    String waysOfCare,
    String address,
    String routes,
    String conditions,
    String price,
    String insurance,
    String psychotherapy,
    String acceptingNewPatients,
    String clinicians,
    String languages,
    String phone,
    String website,
    String email,
    String description,
    String lastVerified,
    List<String> reasons) {

  private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s\"<>]+");

  static ProviderView of(ProviderItem item) {
    return new ProviderView(
        item.id(),
        item.name(),
        label(ProviderType.class, item.type()),
        reach(
            item.modes(),
            item.distanceMiles(),
            item.serviceRadiusMiles(),
            item.servesStates(),
            item.address()),
        waysOfCare(item.modes(), item.routes(), item.serviceRadiusMiles(), item.servesStates()),
        address(item.address()),
        labels(Route.class, item.routes()),
        labels(Condition.class, item.conditions()),
        Labels.price(item.pricing()),
        Labels.insurance(item.insurance()),
        item.psychotherapy() ? "Included" : "Not included",
        accepting(item.acceptingNewPatients()),
        labels(Clinician.class, item.clinicians()),
        languages(item.languages()),
        item.phone(),
        webUrl(item.website()),
        item.email(),
        item.description(),
        item.lastVerified(),
        item.reasons() == null ? List.of() : item.reasons());
  }

  /** "0.3 mi away", "Travels to you, within 20 mi", "Telehealth, licensed in TX, OK". */
  static String reach(
      List<String> modes,
      Double distanceMiles,
      Double serviceRadiusMiles,
      List<String> servesStates,
      Address address) {
    if (modes.contains(Mode.IN_PERSON.wireName())) {
      if (distanceMiles != null) {
        return String.format(Locale.ROOT, "%.1f mi away", distanceMiles);
      }
      return address == null ? "In person" : "In person in " + address.city();
    }
    if (modes.contains(Mode.AT_HOME.wireName()) && serviceRadiusMiles != null) {
      return String.format(Locale.ROOT, "Travels to you, within %.0f mi", serviceRadiusMiles);
    }
    if (modes.contains(Mode.TELEHEALTH.wireName())
        && servesStates != null
        && !servesStates.isEmpty()) {
      return "Telehealth, licensed in " + String.join(", ", servesStates);
    }
    return null;
  }

  /**
   * Every way the provider gives care, for its own page: "In person; telehealth, licensed in TX".
   * Telehealth treats at home only with a route taken there; an IV clinic's video visits are
   * consultations, and its patients still travel for the treatment.
   */
  static String waysOfCare(
      List<String> modes,
      List<String> routes,
      Double serviceRadiusMiles,
      List<String> servesStates) {
    List<String> ways = new ArrayList<>();
    if (modes.contains(Mode.IN_PERSON.wireName())) {
      ways.add("in person");
    }
    if (modes.contains(Mode.AT_HOME.wireName()) && serviceRadiusMiles != null) {
      ways.add(String.format(Locale.ROOT, "comes to you, within %.0f mi", serviceRadiusMiles));
    }
    if (modes.contains(Mode.TELEHEALTH.wireName())) {
      if (!Provider.treatsRemotely(enums(Mode.class, modes), enums(Route.class, routes))) {
        ways.add("video consultations");
      } else if (servesStates != null && !servesStates.isEmpty()) {
        ways.add("telehealth, licensed in " + String.join(", ", servesStates));
      } else {
        ways.add("telehealth");
      }
    }
    if (ways.isEmpty()) {
      return null;
    }
    String text = String.join("; ", ways);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** True when the provider treats people remotely only (its own group on result pages). */
  static boolean isTelehealthOnly(ProviderItem item) {
    return item.modes().contains(Mode.TELEHEALTH.wireName())
        && !item.modes().contains(Mode.IN_PERSON.wireName())
        && !(item.modes().contains(Mode.AT_HOME.wireName())
            && item.serviceRadiusMiles() != null
            && item.distanceMiles() != null
            && item.distanceMiles() <= item.serviceRadiusMiles());
  }

  static String address(Address address) {
    if (address == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    if (address.street() != null && !address.street().isBlank()) {
      text.append(address.street()).append(", ");
    }
    text.append(address.city()).append(", ").append(address.state());
    if (address.zip() != null) {
      text.append(' ').append(address.zip());
    }
    return text.toString();
  }

  /** The digits to dial, for a {@code tel:} link; null when there are too few to be a number. */
  static String telHref(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.length() == 10) {
      return "tel:+1" + digits;
    }
    if (digits.length() == 11 && digits.startsWith("1")) {
      return "tel:+" + digits;
    }
    return digits.length() >= 3 ? "tel:" + digits : null;
  }

  /** The website only when it is an http(s) URL: no other scheme ever becomes a link. */
  static String webUrl(String website) {
    return website != null && WEB_URL.matcher(website).matches() ? website : null;
  }

  private static String accepting(Boolean accepting) {
    if (accepting == null) {
      return null;
    }
    return accepting ? "Accepting new patients" : "Not accepting new patients";
  }

  private static String languages(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return null;
    }
    return String.join(", ", codes.stream().map(LabelText::languageName).toList());
  }

  private static <E extends Enum<E> & WireEnum> String label(Class<E> type, String wireName) {
    return WireEnum.parse(type, wireName).map(WireEnum::label).orElse(wireName);
  }

  /** The constants of the wire names, leaving out any this version does not know. */
  private static <E extends Enum<E> & WireEnum> List<E> enums(Class<E> type, List<String> names) {
    return names.stream().flatMap(name -> WireEnum.parse(type, name).stream()).toList();
  }

  private static <E extends Enum<E> & WireEnum> String labels(Class<E> type, List<String> names) {
    if (names == null) {
      return "";
    }
    return String.join(", ", names.stream().map(name -> label(type, name)).toList());
  }
}
