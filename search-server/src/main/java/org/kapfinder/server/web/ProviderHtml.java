package org.kapfinder.server.web;

/** Writes a {@link ProviderView} as a result card or as the facts of the provider's own page. */
final class ProviderHtml {

  private ProviderHtml() {}

  /** A card in a list: name (linking to the provider's page), reach, facts, contact. */
  static void card(HtmlWriter html, ProviderView p, String headingTag) {
    String headingId = "p-" + p.id() + "-name";
    html.open("li", "class", "card", "id", "p-" + p.id());
    html.open("article", "class", "provider", "aria-labelledby", headingId);
    html.open(headingTag, "id", headingId, "class", "card-title")
        .element("a", p.name(), "href", ProviderPage.path(p.id()))
        .close();
    meta(html, p);
    if (p.address() != null) {
      html.element("p", p.address(), "class", "address");
    }
    html.open("dl", "class", "facts");
    fact(html, "Treatments", p.routes());
    fact(html, "Conditions", p.conditions());
    fact(html, "Price", orNotListed(p.price()));
    fact(html, "Insurance", orNotListed(p.insurance()));
    fact(html, "Psychotherapy", p.psychotherapy());
    fact(html, "New patients", orNotListed(p.acceptingNewPatients()));
    html.close();
    if (!p.reasons().isEmpty()) {
      html.open("p", "class", "reasons");
      html.element("span", "Why it is shown: ", "class", "reasons-label");
      html.text(String.join(" \u00b7 ", p.reasons())).close();
    }
    contact(html, p);
    html.close().close();
  }

  /** The provider page's facts, fuller than a card's. */
  static void facts(HtmlWriter html, ProviderView p) {
    meta(html, p);
    if (p.description() != null) {
      html.element("p", p.description(), "class", "lede");
    }
    html.open("dl", "class", "facts facts-wide");
    fact(html, "Address", p.address());
    fact(html, "How care is given", p.waysOfCare());
    fact(html, "Treatments", p.routes());
    fact(html, "Conditions", p.conditions());
    fact(html, "Price", orNotListed(p.price()));
    fact(html, "Insurance", orNotListed(p.insurance()));
    fact(html, "Psychotherapy", p.psychotherapy());
    fact(html, "New patients", orNotListed(p.acceptingNewPatients()));
    fact(html, "Team", p.clinicians());
    fact(html, "Languages", p.languages());
    fact(html, "Last verified", p.lastVerified());
    html.close();
    contact(html, p);
  }

  private static void meta(HtmlWriter html, ProviderView p) {
    html.open("p", "class", "meta").element("span", p.type(), "class", "type");
    if (p.reach() != null) {
      html.text(" \u00b7 ").element("span", p.reach(), "class", "reach");
    }
    html.close();
  }

  private static void contact(HtmlWriter html, ProviderView p) {
    String tel = ProviderView.telHref(p.phone());
    if (tel == null && p.website() == null && p.email() == null) {
      return;
    }
    html.open("p", "class", "contact");
    if (tel != null) {
      html.element("a", "Call " + p.phone(), "href", tel, "class", "button small");
    }
    if (p.website() != null) {
      html.element(
          "a",
          "Website",
          "href",
          p.website(),
          "class",
          "button small",
          "rel",
          "noopener noreferrer nofollow");
    }
    if (p.email() != null && p.email().matches("[^\\s@<>\"]+@[^\\s@<>\"]+")) {
      html.element("a", "Email", "href", "mailto:" + p.email(), "class", "button small");
    }
    html.close();
  }

  private static void fact(HtmlWriter html, String term, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    html.open("div").element("dt", term).element("dd", value).close();
  }

  private static String orNotListed(String value) {
    return value == null ? "Not listed" : value;
  }
}
