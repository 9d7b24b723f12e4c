package org.kapfinder.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kapfinder.index.corpus.Address;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.geo.UsState;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;
import org.kapfinder.server.search.ArticleDetail;
import org.kapfinder.server.search.ProviderItem;

/**
 * schema.org structured data (JSON-LD) for provider and article pages, so that search engines know
 * what they describe: a {@code MedicalClinic} (clinics and telehealth programs) or a {@code
 * Physician} (practitioners), with {@code geo}, {@code address}, {@code areaServed} (the licensed
 * states, the service circle, or the city) and {@code availableService} (a {@code MedicalTherapy}
 * per route); an {@code Article} for articles. URLs are relative to the page, as JSON-LD allows.
 */
final class SchemaOrg {

  private static final String CONTEXT = "https://schema.org";

  private SchemaOrg() {}

  static String provider(ProviderItem provider, Map<String, UsState> states) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", CONTEXT);
    json.put(
        "@type",
        ProviderType.PRACTITIONER.wireName().equals(provider.type())
            ? "Physician"
            : "MedicalClinic");
    json.put("@id", ProviderPage.path(provider.id()));
    json.put("name", provider.name());
    putIfPresent(json, "description", provider.description());
    putIfPresent(json, "url", provider.website());
    putIfPresent(json, "telephone", provider.phone());
    putIfPresent(json, "email", provider.email());
    if (provider.address() != null) {
      json.put("address", address(provider.address()));
    }
    if (provider.location() != null) {
      json.put(
          "geo",
          Map.of(
              "@type",
              "GeoCoordinates",
              "latitude",
              provider.location().lat(),
              "longitude",
              provider.location().lon()));
    }
    List<Object> areas = areasServed(provider, states);
    if (!areas.isEmpty()) {
      json.put("areaServed", areas);
    }
    List<Object> services = new ArrayList<>();
    for (String wireName : provider.routes()) {
      Route route = WireEnum.parse(Route.class, wireName).orElse(null);
      if (route == null) {
        continue;
      }
      services.add(
          Map.of(
              "@type",
              "MedicalTherapy",
              "name",
              "Ketamine, " + route.label(),
              "drug",
              Map.of(
                  "@type", "Drug", "name", route == Route.SPRAVATO ? "Esketamine" : "Ketamine")));
    }
    if (provider.psychotherapy()) {
      services.add(Map.of("@type", "MedicalTherapy", "name", "Ketamine-assisted psychotherapy"));
    }
    if (!services.isEmpty()) {
      json.put("availableService", services);
    }
    if (provider.acceptingNewPatients() != null) {
      json.put("isAcceptingNewPatients", provider.acceptingNewPatients());
    }
    String price = Labels.price(provider.pricing());
    putIfPresent(json, "priceRange", price);
    if (provider.languages() != null && !provider.languages().isEmpty()) {
      json.put("knowsLanguage", provider.languages());
    }
    return JsonData.toJson(json);
  }

  static String article(ArticleDetail article) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", CONTEXT);
    json.put("@type", "Article");
    json.put("@id", ArticlePage.path(article.id()));
    json.put("headline", article.title());
    putIfPresent(json, "description", article.summary());
    putIfPresent(json, "datePublished", article.published());
    putIfPresent(json, "dateModified", article.updated());
    if (article.author() != null) {
      json.put("author", Map.of("@type", "Organization", "name", article.author()));
    }
    json.put("publisher", Map.of("@type", "Organization", "name", PageLayout.SITE_NAME));
    if (article.city() != null && article.state() != null) {
      json.put("about", Map.of("@type", "City", "name", article.city() + ", " + article.state()));
    }
    return JsonData.toJson(json);
  }

  private static Map<String, Object> address(Address address) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@type", "PostalAddress");
    putIfPresent(json, "streetAddress", address.street());
    putIfPresent(json, "addressLocality", address.city());
    putIfPresent(json, "addressRegion", address.state());
    putIfPresent(json, "postalCode", address.zip());
    json.put("addressCountry", "US");
    return json;
  }

  /** Licensed states for telehealth, the circle a mobile provider travels, else its city. */
  private static List<Object> areasServed(ProviderItem provider, Map<String, UsState> states) {
    List<Object> areas = new ArrayList<>();
    List<String> modes = provider.modes();
    if (modes.contains(Mode.TELEHEALTH.wireName()) && provider.servesStates() != null) {
      for (String code : provider.servesStates()) {
        UsState state = states.get(code);
        areas.add(Map.of("@type", "State", "name", state == null ? code : state.name()));
      }
    }
    if (modes.contains(Mode.AT_HOME.wireName())
        && provider.serviceRadiusMiles() != null
        && provider.location() != null) {
      areas.add(
          Map.of(
              "@type",
              "GeoCircle",
              "geoMidpoint",
              Map.of(
                  "@type",
                  "GeoCoordinates",
                  "latitude",
                  provider.location().lat(),
                  "longitude",
                  provider.location().lon()),
              // schema.org reads a bare number as metres.
              "geoRadius",
              Math.round(Distances.milesToMeters(provider.serviceRadiusMiles()))));
    }
    if (areas.isEmpty() && provider.address() != null && provider.address().city() != null) {
      areas.add(
          Map.of(
              "@type",
              "City",
              "name",
              provider.address().city() + ", " + provider.address().state()));
    }
    return areas;
  }

  private static void putIfPresent(Map<String, Object> json, String key, String value) {
    if (value != null && !value.isBlank()) {
      json.put(key, value);
    }
  }
}
