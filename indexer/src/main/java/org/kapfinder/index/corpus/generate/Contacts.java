package org.kapfinder.index.corpus.generate;

import java.util.List;
import java.util.Map;

/**
 * Plainly fictional contact details: telephone numbers in the 555-0100 to 555-0199 block that the
 * North American Numbering Plan keeps for fiction, behind a real area code of the provider's state;
 * web sites and email addresses under {@code example.org}, a domain reserved for examples (RFC
 * 2606).
 */
final class Contacts {

  /** The domain every generated web site and email address is under. */
  static final String DOMAIN = "example.org";

  private static final Map<String, List<Integer>> AREA_CODES =
      Map.ofEntries(
          Map.entry("AK", List.of(907)),
          Map.entry("AL", List.of(205, 251, 256)),
          Map.entry("AR", List.of(479, 501)),
          Map.entry("AZ", List.of(480, 520, 602)),
          Map.entry("CA", List.of(213, 415, 619, 714, 916)),
          Map.entry("CO", List.of(303, 719, 970)),
          Map.entry("CT", List.of(203, 860)),
          Map.entry("DC", List.of(202)),
          Map.entry("DE", List.of(302)),
          Map.entry("FL", List.of(305, 407, 813, 904)),
          Map.entry("GA", List.of(404, 706, 912)),
          Map.entry("HI", List.of(808)),
          Map.entry("IA", List.of(319, 515)),
          Map.entry("ID", List.of(208)),
          Map.entry("IL", List.of(312, 217, 847)),
          Map.entry("IN", List.of(317, 219, 812)),
          Map.entry("KS", List.of(316, 785)),
          Map.entry("KY", List.of(502, 859)),
          Map.entry("LA", List.of(504, 225, 318)),
          Map.entry("MA", List.of(617, 508, 413)),
          Map.entry("MD", List.of(410, 301)),
          Map.entry("ME", List.of(207)),
          Map.entry("MI", List.of(313, 616, 517)),
          Map.entry("MN", List.of(612, 651, 218)),
          Map.entry("MO", List.of(314, 816, 417)),
          Map.entry("MS", List.of(601, 228)),
          Map.entry("MT", List.of(406)),
          Map.entry("NC", List.of(704, 919, 336)),
          Map.entry("ND", List.of(701)),
          Map.entry("NE", List.of(402, 308)),
          Map.entry("NH", List.of(603)),
          Map.entry("NJ", List.of(201, 609, 973)),
          Map.entry("NM", List.of(505, 575)),
          Map.entry("NV", List.of(702, 775)),
          Map.entry("NY", List.of(212, 518, 716)),
          Map.entry("OH", List.of(614, 216, 513)),
          Map.entry("OK", List.of(405, 918)),
          Map.entry("OR", List.of(503, 541)),
          Map.entry("PA", List.of(215, 412, 717)),
          Map.entry("RI", List.of(401)),
          Map.entry("SC", List.of(803, 843, 864)),
          Map.entry("SD", List.of(605)),
          Map.entry("TN", List.of(615, 901, 865)),
          Map.entry("TX", List.of(512, 214, 713, 210)),
          Map.entry("UT", List.of(801, 435)),
          Map.entry("VA", List.of(804, 703, 757)),
          Map.entry("VT", List.of(802)),
          Map.entry("WA", List.of(206, 509, 253)),
          Map.entry("WI", List.of(414, 608, 920)),
          Map.entry("WV", List.of(304)),
          Map.entry("WY", List.of(307)));

  private static final List<String> MAILBOXES =
      List.of("hello", "care", "intake", "info", "frontdesk", "appointments");

  private Contacts() {}

  /** A number such as {@code (512) 555-0142}, in an area code of {@code state}. */
  static String phone(String state, Dice dice) {
    List<Integer> codes = AREA_CODES.get(state);
    int areaCode = codes == null ? 555 : dice.pick(codes);
    return "(" + areaCode + ") 555-01" + twoDigits(dice.between(0, 99));
  }

  /** {@code https://<slug>.example.org}. */
  static String website(String slug) {
    return "https://" + slug + "." + DOMAIN;
  }

  /** A mailbox at the web site's domain: the practitioner's first name, or a front desk. */
  static String email(String slug, String firstName, Dice dice) {
    String mailbox =
        firstName != null && dice.chance(0.7) ? Names.slug(firstName) : dice.pick(MAILBOXES);
    return mailbox + "@" + slug + "." + DOMAIN;
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
