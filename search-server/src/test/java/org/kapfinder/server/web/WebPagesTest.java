package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kapfinder.server.MiniServerTest;
import org.w3c.dom.Document;

/**
 * The web pages over HTTP, without a browser: headers, caching, structured data, escaping, browse
 * pages, OpenSearch, and the chip-removal helper. A real server on a free port, the mini corpus.
 */
class WebPagesTest extends MiniServerTest {

  static final HttpClient client = HttpClient.newHttpClient();

  static HttpResponse<String> get(String path) throws Exception {
    return server.get(path);
  }

  static HttpResponse<String> get(String path, String header, String value) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri(path)).header(header, value).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/",
        "/providers/austin-downtown-iv",
        "/articles/what-is-kap",
        "/clinics",
        "/clinics/tx",
        "/clinics/tx/austin",
        "/providers/nope"
      })
  void everyPageCarriesTheSecurityHeaders(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.headers().firstValue("content-security-policy"))
        .contains(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'none';"
                + " frame-ancestors 'none'; form-action 'self'");
    assertThat(response.headers().firstValue("x-content-type-options")).contains("nosniff");
    assertThat(response.headers().firstValue("referrer-policy")).contains("no-referrer");
    assertThat(response.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/",
        "/providers/austin-downtown-iv",
        "/clinics/tx/austin",
        "/articles/what-is-kap"
      })
  void pagesHaveNoInlineScriptOrStyle(String path) throws Exception {
    String html = get(path).body();
    // The only script elements: the module (with src) and non-executable data blocks.
    Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
    while (scripts.find()) {
      String attributes = scripts.group(1);
      assertThat(
              attributes.contains(" src=")
                  || attributes.contains("type=\"application/ld+json\"")
                  || attributes.contains("type=\"application/json\""))
          .as(attributes)
          .isTrue();
    }
    assertThat(html).doesNotContain("<style").doesNotContain(" style=");
    assertThat(Pattern.compile("<[^>]*\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find())
        .as("an event handler attribute")
        .isFalse();
  }

  @Test
  void theSearchPageLinksItsAssetsOpenSearchAndSampleNote() throws Exception {
    String html = get("/").body();
    assertThat(html)
        .contains(
            "<link rel=\"search\" type=\"application/opensearchdescription+xml\" title=\"KAP"
                + " Finder\" href=\"/opensearch.xml\">")
        .contains("<script type=\"module\" src=\"/assets/")
        .contains("id=\"sample-note\"")
        .contains("KAP Finder gives general information, not medical advice")
        .contains("Place data from GeoNames (")
        .contains("https://www.geonames.org/")
        .contains("CC BY 4.0")
        .contains("<svg id=\"map-svg\"")
        .contains("data-state=\"TX\"")
        // The footer links the browse pages: every state, and the cities with a guide.
        .contains("href=\"/clinics\"")
        .contains("href=\"/clinics/tx/austin\"");
    // Without JavaScript no search reads a crisis: the crisis lines come before the form's notice.
    String noScript = html.substring(html.indexOf("<noscript>"), html.indexOf("</noscript>"));
    assertThat(noScript)
        .contains("call or text <a href=\"tel:988\">988</a>")
        .contains("<a href=\"tel:911\">911</a>");
    assertThat(noScript.indexOf("tel:988")).isLessThan(noScript.indexOf("Searching needs"));
    // The search page holds no third-party URL that a browser would load.
    Matcher urls = Pattern.compile("(src|href)=\"(https?:)?//").matcher(html);
    List<String> external = new ArrayList<>();
    while (urls.find()) {
      int end = html.indexOf('"', urls.end());
      external.add(html.substring(urls.start(), end));
    }
    assertThat(external)
        .allMatch(
            url ->
                url.startsWith("href=\"https://www.geonames.org")
                    || url.startsWith("href=\"https://creativecommons.org"));
  }

  @Test
  void assetsAreCachedForAYearAtTheirVersionAndRevalidatedOtherwise() throws Exception {
    String html = get("/").body();
    Matcher css = Pattern.compile("href=\"(/assets/[0-9a-f]+/site.css)\"").matcher(html);
    assertThat(css.find()).isTrue();
    HttpResponse<String> current = get(css.group(1));
    assertThat(current.statusCode()).isEqualTo(200);
    assertThat(current.headers().firstValue("content-type")).contains("text/css; charset=utf-8");
    assertThat(current.headers().firstValue("cache-control"))
        .contains("public, max-age=31536000, immutable");
    String etag = current.headers().firstValue("etag").orElseThrow();
    assertThat(get(css.group(1), "If-None-Match", etag).statusCode()).isEqualTo(304);

    HttpResponse<String> stale = get("/assets/0123456789ab/app.js");
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.headers().firstValue("content-type"))
        .contains("text/javascript; charset=utf-8");
    assertThat(stale.headers().firstValue("cache-control")).contains("no-cache");
    assertThat(get("/assets/0123456789ab/secret.txt").statusCode()).isEqualTo(404);
    assertThat(get("/assets/0123456789ab/..%2Fweb%2Fapp.js").statusCode()).isEqualTo(404);
  }

  @Test
  void pagesAnswer304WhenUnchanged() throws Exception {
    HttpResponse<String> first = get("/clinics/tx");
    String etag = first.headers().firstValue("etag").orElseThrow();
    assertThat(first.headers().firstValue("cache-control")).contains("no-cache");
    assertThat(get("/clinics/tx", "If-None-Match", etag).statusCode()).isEqualTo(304);
  }

  @Test
  void aClinicIsAMedicalClinicWithGeoAddressAndServices() throws Exception {
    JsonObject json = jsonLd(get("/providers/austin-downtown-iv").body());
    assertThat(json.get("@context").getAsString()).isEqualTo("https://schema.org");
    assertThat(json.get("@type").getAsString()).isEqualTo("MedicalClinic");
    assertThat(json.get("name").getAsString()).isEqualTo("Lady Bird Lake Infusion Center");
    assertThat(json.getAsJsonObject("geo").get("latitude").getAsDouble()).isEqualTo(30.27);
    JsonObject address = json.getAsJsonObject("address");
    assertThat(address.get("@type").getAsString()).isEqualTo("PostalAddress");
    assertThat(address.get("addressLocality").getAsString()).isEqualTo("Austin");
    assertThat(address.get("addressRegion").getAsString()).isEqualTo("TX");
    assertThat(address.get("postalCode").getAsString()).isEqualTo("78701");
    JsonObject service = json.getAsJsonArray("availableService").get(0).getAsJsonObject();
    assertThat(service.get("@type").getAsString()).isEqualTo("MedicalTherapy");
    assertThat(service.get("name").getAsString()).contains("IV infusion");
    assertThat(json.getAsJsonArray("areaServed").get(0).getAsJsonObject().get("name").getAsString())
        .isEqualTo("Austin, TX");
  }

  @Test
  void aPractitionerIsAPhysician() throws Exception {
    JsonObject json = jsonLd(get("/providers/south-congress-kap").body());
    assertThat(json.get("@type").getAsString()).isEqualTo("Physician");
    assertThat(names(json.getAsJsonArray("availableService")))
        .contains(
            "Ketamine, IM injection", "Ketamine, Sublingual", "Ketamine-assisted psychotherapy");
  }

  @Test
  void telehealthServesItsLicensedStatesAndMobileProvidersTheirCircle() throws Exception {
    JsonObject telehealth = jsonLd(get("/providers/lone-star-telehealth").body());
    assertThat(telehealth.get("@type").getAsString()).isEqualTo("MedicalClinic");
    assertThat(names(telehealth.getAsJsonArray("areaServed"))).contains("Texas", "Oklahoma");

    JsonObject mobile = jsonLd(get("/providers/austin-mobile-im").body());
    JsonObject circle = mobile.getAsJsonArray("areaServed").get(0).getAsJsonObject();
    assertThat(circle.get("@type").getAsString()).isEqualTo("GeoCircle");
    // 20 miles, in metres.
    assertThat(circle.get("geoRadius").getAsLong()).isEqualTo(32187);
  }

  @Test
  void aProviderPageSaysEveryWayCareIsGiven() throws Exception {
    assertThat(fact("/providers/dallas-hybrid", "How care is given"))
        .isEqualTo("In person; telehealth, licensed in TX");
    // IV only: its video visits are consultations, the treatment is in person.
    assertThat(fact("/providers/el-paso-iv-consults", "How care is given"))
        .isEqualTo("In person; video consultations");
    assertThat(fact("/providers/austin-mobile-im", "How care is given"))
        .isEqualTo("Comes to you, within 20 mi");
    assertThat(fact("/providers/lone-star-telehealth", "How care is given"))
        .isEqualTo("Telehealth, licensed in OK, TX");
  }

  /** The text of a fact on a page, by its term. */
  private static String fact(String path, String term) throws Exception {
    return Jsoup.parse(get(path).body()).select("dl.facts > div").stream()
        .filter(fact -> fact.selectFirst("dt").text().equals(term))
        .map(fact -> fact.selectFirst("dd").text())
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " has no fact " + term));
  }

  @Test
  void markupInTheCorpusIsTextOnProviderPagesAndInJsonLd() throws Exception {
    String html = get("/providers/markup-in-text").body();
    assertThat(html)
        .doesNotContain("<img src=x")
        .doesNotContain("<script>alert")
        .doesNotContain("<svg onload")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    int block = html.indexOf("<script type=\"application/ld+json\">");
    String jsonLd = html.substring(block, html.indexOf("</script>", block));
    assertThat(jsonLd).contains("\\u003cimg src\\u003dx").doesNotContain("<img");
    assertThat(jsonLd(html).get("name").getAsString()).isEqualTo("<img src=x onerror=alert(1)>");
  }

  @Test
  void anArticlePageRendersTheArticleWithJsonLd() throws Exception {
    String html = get("/articles/ketamine-therapy-austin").body();
    assertThat(html)
        .contains("<h1 id=\"article-title\">Ketamine therapy in Austin</h1>")
        .contains("<p>Austin has clinics offering ketamine infusions")
        .contains("href=\"/clinics/tx/austin\"");
    JsonObject json = jsonLd(html);
    assertThat(json.get("@type").getAsString()).isEqualTo("Article");
    assertThat(json.get("headline").getAsString()).isEqualTo("Ketamine therapy in Austin");
    assertThat(json.get("dateModified").getAsString()).isEqualTo("2026-10-01");
  }

  @Test
  void browsePagesListProvidersAndTheCitysGuide() throws Exception {
    String state = get("/clinics/tx").body();
    assertThat(state)
        .contains("<h1>Ketamine clinics in Texas</h1>")
        .contains("Lady Bird Lake Infusion Center")
        .contains("Telehealth programs")
        .contains("Lone Star Virtual Ketamine")
        .contains("href=\"/clinics/tx/round-rock\"");
    assertThat(get("/clinics/TX").body()).contains("<h1>Ketamine clinics in Texas</h1>");

    String city = get("/clinics/tx/austin").body();
    assertThat(city)
        .contains("<h1>Ketamine clinics in Austin, TX</h1>")
        .contains("href=\"/articles/ketamine-therapy-austin\"")
        .contains("Lady Bird Lake Infusion Center")
        .contains("<link rel=\"canonical\" href=\"/clinics/tx/austin\">")
        // Dallas is 183 miles away: not within the city page's 50 miles.
        .doesNotContain("Deep Ellum Infusions");
    // Any case is understood; the canonical link names the lower-case path.
    assertThat(get("/clinics/TX/Austin").body())
        .contains("<link rel=\"canonical\" href=\"/clinics/tx/austin\">");
    assertThat(get("/clinics/tx/atlantis-under-the-sea").statusCode()).isEqualTo(404);
    assertThat(get("/clinics/tx/%3Cscript%3E").statusCode()).isEqualTo(404);
    assertThat(get("/clinics/zz").statusCode()).isEqualTo(404);
    assertThat(get("/clinics/or/portland").body()).contains("Willamette KAP Practice");
    assertThat(get("/clinics/me/portland").body()).contains("Casco Bay Infusions");
  }

  @Test
  void unknownProvidersAndArticlesArePagesThatSaySo() throws Exception {
    HttpResponse<String> response = get("/providers/no-such-provider");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("We could not find that provider").contains("href=\"/\"");
    assertThat(get("/articles/%3Cscript%3E").statusCode()).isEqualTo(404);
  }

  @Test
  void openSearchDescriptionOffersSearchAndSuggestions() throws Exception {
    HttpResponse<String> response = get("/opensearch.xml");
    assertThat(response.headers().firstValue("content-type"))
        .contains("application/opensearchdescription+xml; charset=utf-8");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml =
        factory
            .newDocumentBuilder()
            .parse(
                new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("OpenSearchDescription");
    String base = "http://127.0.0.1:" + server.server().port();
    assertThat(response.body())
        .contains("<ShortName>KAP Finder</ShortName>")
        .contains("template=\"" + base + "/?q={searchTerms}\"")
        .contains(
            "type=\"application/x-suggestions+json\" method=\"get\"\n"
                + "       template=\""
                + base
                + "/api/v1/suggest?q={searchTerms}&amp;format=opensearch\"");
    // The suggestions URL it names answers the OpenSearch suggestions array.
    HttpResponse<String> suggestions = get("/api/v1/suggest?q=pt&format=opensearch");
    assertThat(suggestions.statusCode()).isEqualTo(200);
    JsonArray array = JsonParser.parseString(suggestions.body()).getAsJsonArray();
    assertThat(array.get(0).getAsString()).isEqualTo("pt");
    assertThat(array.get(1).getAsJsonArray().toString()).contains("PTSD");
    // A forged Host cannot put markup in the document.
    assertThat(get("/opensearch.xml", "X-Forwarded-Host", "x").body()).contains(base);
  }

  @Test
  void removingAChipEditsTheWordsThatSaidIt() throws Exception {
    String q = "IV ketamine for PTSD in Austin TX";
    assertThat(without(q, "route:iv")).isEqualTo("ketamine for PTSD in Austin TX");
    assertThat(without(q, "condition:ptsd")).isEqualTo("IV ketamine for in Austin TX");
    assertThat(without(q, "place")).isEqualTo("IV ketamine for PTSD");
    // "iv ketamine infusion" is one phrase for IV; "ketamine" alone says nothing of IV.
    assertThat(without("iv ketamine infusion", "route:iv")).isEqualTo("ketamine");
    assertThat(without("IV ketamine in Austin with an infusion", "route:iv")).isNull();
    assertThat(without("ketamine near me under $300", "maxPrice")).isEqualTo("ketamine near me");
    assertThat(without("ketamine that takes aetna", "plan:aetna"))
        .doesNotContainIgnoringCase("aetna");
    // Not in the text: nothing to edit.
    assertThat(without("ketamine", "route:iv")).isEqualTo("ketamine");
    assertThat(get("/page-api/without?q=x&remove=nonsense").statusCode()).isEqualTo(400);
  }

  static String without(String q, String remove) throws Exception {
    HttpResponse<String> response =
        get(
            "/page-api/without?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&remove="
                + URLEncoder.encode(remove, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonElement edited = JsonParser.parseString(response.body()).getAsJsonObject().get("q");
    return edited.isJsonNull() ? null : edited.getAsString();
  }

  static JsonObject jsonLd(String html) {
    int start = html.indexOf("<script type=\"application/ld+json\">");
    assertThat(start).as("a JSON-LD block").isGreaterThanOrEqualTo(0);
    start = html.indexOf('>', start) + 1;
    return JsonParser.parseString(html.substring(start, html.indexOf("</script>", start)))
        .getAsJsonObject();
  }

  static List<String> names(JsonArray array) {
    List<String> names = new ArrayList<>();
    array.forEach(item -> names.add(item.getAsJsonObject().get("name").getAsString()));
    return names;
  }

  static URI uri(String path) {
    return server.uri(path);
  }
}
