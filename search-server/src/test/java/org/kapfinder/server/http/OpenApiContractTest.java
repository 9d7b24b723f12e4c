package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kapfinder.server.MiniServer;
import org.kapfinder.server.TestServer;

/**
 * The OpenAPI document is valid OpenAPI 3.1, and the server's real responses match it: each body
 * validates against the schema the document gives for its path, method, status and media type.
 */
@ExtendWith(MiniServer.class)
class OpenApiContractTest {

  static final String DOCUMENT_URI = "https://kapfinder.example.org/api/openapi.json";

  static TestServer server;
  static String document;
  static JsonObject tree;
  static SchemaRegistry schemas;

  @BeforeAll
  static void load(TestServer shared) throws IOException {
    server = shared;
    try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/openapi.json")) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    tree = JsonParser.parseString(document).getAsJsonObject();
    schemas =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(DOCUMENT_URI, document)));
  }

  @Test
  void theDocumentParsesAsOpenApi31WithoutMessages() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getPaths().keySet())
        .containsExactlyInAnyOrder(
            "/api/v1/search",
            "/api/v1/providers/{id}",
            "/api/v1/articles/{id}",
            "/api/v1/suggest",
            "/api/v1/places",
            "/api/openapi.json",
            "/healthz",
            "/readyz");
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      assertThat(path.getValue().getGet()).as(path.getKey()).isNotNull();
      assertThat(path.getValue().getGet().getResponses()).as(path.getKey()).containsKey("405");
      assertThat(path.getValue().getOptions() != null)
          .as(path.getKey())
          .isEqualTo(path.getKey().startsWith("/api/v1/"));
    }
  }

  @Test
  void theSearchDocumentsEveryParameterTheHandlerTakes() {
    OpenAPI api = new OpenAPIV3Parser().readContents(document, null, null).getOpenAPI();
    Set<String> documented = new TreeSet<>();
    api.getPaths()
        .get("/api/v1/search")
        .getGet()
        .getParameters()
        .forEach(
            parameter -> {
              String name = parameter.getName();
              if (name == null) {
                // A reference to a shared parameter: its name is the key it is stored under.
                String ref = parameter.get$ref();
                name =
                    api.getComponents()
                        .getParameters()
                        .get(ref.substring(ref.lastIndexOf('/') + 1))
                        .getName();
              }
              documented.add(name);
            });
    assertThat(documented).isEqualTo(new TreeSet<>(SearchHandler.PARAMETERS));
  }

  /** A request, the route template it is documented under, and the status it must answer. */
  record Call(String template, String method, String pathAndQuery, int status) {
    @Override
    public String toString() {
      return method + " " + pathAndQuery + " -> " + status;
    }
  }

  static final String SEARCH = "/api/v1/search";
  static final String PROVIDER = "/api/v1/providers/{id}";
  static final String ARTICLE = "/api/v1/articles/{id}";
  static final String SUGGEST = "/api/v1/suggest";
  static final String PLACES = "/api/v1/places";

  static List<Call> calls() {
    return List.of(
        get(SEARCH, "?q=ketamine+therapy&lat=30.2672&lon=-97.7431", 200),
        get(SEARCH, "?q=ptsd+therapy+in+austin+tx", 200),
        get(
            SEARCH,
            "?q=ketamine&route=iv&route=im&condition=ptsd&mode=in_person&insurance=true"
                + "&maxPrice=600&psychotherapy=false&language=en&sort=price&near=austin+tx"
                + "&radius=50",
            200),
        get(SEARCH, "?q=I+want+to+end+my+life", 200),
        get(SEARCH, "?q=telehealth+ketamine+in+texas", 200),
        get(SEARCH, "?q=sublingual&mode=telehealth&near=78701", 200),
        get(SEARCH, "?q=ketamine+for+depression&explain=true&size=3", 200),
        get(SEARCH, "?q=cost&type=articles&explain=true", 200),
        get(SEARCH, "?near=78701&sort=distance&type=providers&page=2&size=2", 200),
        get(SEARCH, "?lat=30.2672&lon=-97.7431&sort=distance", 200),
        get(SEARCH, "?q=ketamine+spravado+near+me", 200),
        get(SEARCH, "?q=addicted+to+ketamine&near=78701", 200),
        get(SEARCH, "?q=x&lat=91&lon=0", 400),
        get(SEARCH, "?q=x&near=atlantis", 400),
        new Call(SEARCH, "POST", SEARCH + "?q=x", 405),
        new Call(SEARCH, "OPTIONS", SEARCH, 204),
        new Call(PROVIDER, "GET", "/api/v1/providers/austin-downtown-iv", 200),
        new Call(PROVIDER, "GET", "/api/v1/providers/lone-star-telehealth?lat=30.2&lon=-97.7", 200),
        new Call(PROVIDER, "GET", "/api/v1/providers/austin-mobile-im?lat=30.2&lon=-97.7", 200),
        new Call(PROVIDER, "GET", "/api/v1/providers/no-such-one", 404),
        new Call(PROVIDER, "GET", "/api/v1/providers/bad%20id", 400),
        new Call(ARTICLE, "GET", "/api/v1/articles/ketamine-for-ptsd", 200),
        new Call(ARTICLE, "GET", "/api/v1/articles/ketamine-therapy-austin", 200),
        new Call(ARTICLE, "GET", "/api/v1/articles/no-such-one", 404),
        new Call(ARTICLE, "DELETE", "/api/v1/articles/what-is-kap", 405),
        get(SUGGEST, "?q=ket", 200),
        get(SUGGEST, "?q=s&size=20", 200),
        get(SUGGEST, "?q=ketamine+f&format=opensearch", 200),
        get(SUGGEST, "?q=iv+ketamine+for+an&format=opensearch", 200),
        get(SUGGEST, "?q=zzzzqx&format=opensearch", 200),
        get(SUGGEST, "?q=a&size=0", 400),
        get(PLACES, "?q=austin+tx", 200),
        get(PLACES, "?q=78701", 200),
        get(PLACES, "?q=portland&lat=43.6&lon=-70.3", 200),
        get(PLACES, "?q=no+such+place", 200),
        get(PLACES, "", 400),
        new Call(PLACES, "PUT", PLACES + "?q=austin", 405),
        get("/healthz", "", 200),
        get("/readyz", "", 200),
        get("/api/openapi.json", "", 200),
        new Call("/healthz", "POST", "/healthz", 405));
  }

  static Call get(String template, String query, int status) {
    return new Call(template, "GET", template + query, status);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void realResponsesMatchTheDocument(Call call) throws Exception {
    check(call);
  }

  @Test
  void anUnknownPathAnswersTheSharedNotFound() throws Exception {
    // An unknown path has no operation of its own: it answers the shared 404.
    HttpResponse<String> unknown = server.get("/api/v1/no-such-endpoint");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertValid("#/components/responses/NotFound/content/application~1json/schema", unknown);
  }

  @Test
  void everyDocumentedPathIsExercised() {
    Set<String> exercised = new TreeSet<>();
    calls().forEach(call -> exercised.add(call.template()));
    assertThat(exercised).isEqualTo(new TreeSet<>(tree.getAsJsonObject("paths").keySet()));
  }

  /** Calls the server and validates the response against the document's schema for it. */
  static void check(Call call) throws Exception {
    HttpResponse<String> response = server.send(call.method(), call.pathAndQuery());
    assertThat(response.statusCode()).as(call.toString()).isEqualTo(call.status());
    // Other methods answer as documented under GET: OpenAPI has no place for "any other method".
    String method = call.method().equals("OPTIONS") ? "options" : "get";
    String operation = "/paths/" + escape(call.template()) + "/" + method;
    String responsePointer = operation + "/responses/" + call.status();
    JsonObject documented = resolve(responsePointer);
    assertThat(documented).as("documented response for " + responsePointer).isNotNull();
    if (documented.has("$ref")) {
      responsePointer = documented.get("$ref").getAsString().substring(1);
      documented = resolve(responsePointer);
    }
    if (!documented.has("content")) {
      assertThat(response.body()).as(call.toString()).isEmpty();
      return;
    }
    String mediaType =
        response.headers().firstValue("content-type").orElseThrow().split(";")[0].strip();
    assertThat(documented.getAsJsonObject("content").keySet())
        .as(call.toString())
        .contains(mediaType);
    if (mediaType.endsWith("json")) {
      assertValid("#" + responsePointer + "/content/" + escape(mediaType) + "/schema", response);
    }
  }

  static void assertValid(String schemaPointer, HttpResponse<String> response) {
    // Braces of path templates are not allowed as such in a URI fragment.
    String fragment = schemaPointer.replace("{", "%7B").replace("}", "%7D");
    Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + fragment));
    List<Error> errors = schema.validate(response.body(), InputFormat.JSON);
    List<String> messages = new ArrayList<>();
    errors.forEach(error -> messages.add(error.getInstanceLocation() + ": " + error.getMessage()));
    assertThat(messages)
        .as("%s %s against %s", response.request().method(), response.uri(), schemaPointer)
        .isEmpty();
  }

  /** The JSON object at a JSON pointer of the document, or null. */
  static JsonObject resolve(String pointer) {
    JsonElement node = tree;
    for (String token : pointer.substring(1).split("/")) {
      String key = token.replace("~1", "/").replace("~0", "~");
      if (node == null || !node.isJsonObject() || !node.getAsJsonObject().has(key)) {
        return null;
      }
      node = node.getAsJsonObject().get(key);
    }
    return node.getAsJsonObject();
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
