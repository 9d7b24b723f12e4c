package org.kapfinder.index.corpus;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.kapfinder.index.corpus.RecordFields.FieldProblem;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.geo.Place;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads an article: YAML front matter (parsed with SnakeYAML Engine, YAML 1.2, so dates stay
 * strings) and a Markdown body (CommonMark). Reports every problem as {@code file:line: field:
 * message}, with the line of the offending front-matter key.
 */
public final class ArticleParser {

  static final Set<String> FIELDS =
      Set.of(
          "id",
          "title",
          "summary",
          "tags",
          "conditions",
          "routes",
          "city",
          "state",
          "published",
          "updated",
          "author");

  private static final String DELIMITER = "---";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
  private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final Gson GSON = new Gson();

  private final Gazetteer gazetteer;
  private final Parser markdown = Parser.builder().build();
  private final ArticleBodyHtml html = new ArticleBodyHtml();
  private final TextContentRenderer text = TextContentRenderer.builder().build();
  private final AnswerText answers = new AnswerText();

  /** The outcome for one file: an article, or the problems that prevent one. */
  public record Result(Article article, List<Problem> problems) {}

  public ArticleParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * @param fileName the file's name, e.g. {@code ketamine-for-ptsd.md}; the id must match it
   * @param content the whole file
   */
  public Result parse(String fileName, String content) {
    String[] lines = content.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals(DELIMITER)) {
      return failed(fileName, 1, "-", "must start with a --- line opening the front matter");
    }
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals(DELIMITER)) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      return failed(fileName, 1, "-", "front matter is not closed by a --- line");
    }
    String frontMatter = String.join("\n", Arrays.copyOfRange(lines, 1, close));
    String body = String.join("\n", Arrays.copyOfRange(lines, close + 1, lines.length));

    Object loaded;
    try {
      loaded =
          new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
              .loadFromString(frontMatter);
    } catch (YamlEngineException e) {
      return failed(
          fileName, 2, "-", "front matter is not valid YAML: " + firstLine(e.getMessage()));
    }
    if (!(loaded instanceof Map<?, ?>)) {
      return failed(fileName, 2, "-", "front matter must be a map of fields");
    }
    JsonObject fields = GSON.toJsonTree(loaded).getAsJsonObject();

    List<FieldProblem> found = new ArrayList<>();
    RecordFields front = new RecordFields(fields.asMap(), "", found);
    front.rejectUnknownFields(FIELDS);
    String id = front.string("id", true);
    String expectedId =
        fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
    if (id != null && !ID.matcher(id).matches()) {
      front.problem("id", "must be a lower-case slug of a-z, 0-9 and '-'");
    } else if (id != null && !id.equals(expectedId)) {
      front.problem("id", "\"" + id + "\" must match the file name \"" + expectedId + "\"");
    }
    String title = front.string("title", true);
    String summary = front.string("summary", true);
    List<String> tags = front.strings("tags", false);
    if (tags != null) {
      for (String tag : tags) {
        if (!TAG.matcher(tag).matches()) {
          front.problem("tags", "\"" + tag + "\" must be a lower-case word or hyphenated words");
        }
      }
    }
    List<Condition> conditions = front.enums("conditions", Condition.class, false);
    List<Route> routes = front.enums("routes", Route.class, false);
    String city = front.string("city", false);
    String state = front.string("state", false);
    GeoPoint location = null;
    if ((city == null) != (state == null)) {
      front.problem(city == null ? "city" : "state", "city and state go together in a local guide");
    } else if (city != null) {
      state = state.toUpperCase(Locale.ROOT);
      Optional<Place> place = gazetteer.place(city, state);
      if (place.isEmpty()) {
        front.problem("city", "\"" + city + ", " + state + "\" is not a place in the gazetteer");
      } else {
        location = new GeoPoint(place.get().lat(), place.get().lon());
      }
    }
    String published = date(front, "published");
    String updated = date(front, "updated");
    if (published != null && updated != null && updated.compareTo(published) < 0) {
      front.problem("updated", "must not be before published (" + published + ")");
    }
    String author = front.string("author", true);
    if (body.isBlank()) {
      front.problem("body", "is empty");
    }

    if (!found.isEmpty()) {
      List<Problem> problems = new ArrayList<>();
      for (FieldProblem problem : found) {
        problems.add(
            new Problem(
                fileName,
                lineOf(lines, close, problem.field()),
                problem.field(),
                problem.message()));
      }
      return new Result(null, problems);
    }
    Node document = markdown.parse(body);
    Article article =
        new Article(
            id,
            title,
            summary,
            tags == null ? List.of() : List.copyOf(tags),
            conditions == null ? List.of() : conditions,
            routes == null ? List.of() : routes,
            city,
            state,
            location,
            published,
            updated,
            author,
            // Parsed again, with its addresses and help lines made links: the text and the
            // answering passages are read from the body as written.
            html.render(body),
            text.render(document),
            answers.of(document));
    return new Result(article, List.of());
  }

  private static String date(RecordFields fields, String name) {
    String value = fields.string(name, true);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value).toString();
    } catch (DateTimeParseException e) {
      fields.problem(name, "must be an ISO date such as 2026-03-14, got \"" + value + "\"");
      return null;
    }
  }

  /** The 1-based line of a front-matter key, or of the opening delimiter when not found. */
  private static long lineOf(String[] lines, int close, String field) {
    String key = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
    if (key.equals("body")) {
      return close + 2L;
    }
    for (int i = 1; i < close; i++) {
      if (lines[i].startsWith(key + ":")) {
        return i + 1L;
      }
    }
    return 1;
  }

  private static Result failed(String file, long line, String field, String message) {
    return new Result(null, List.of(new Problem(file, line, field, message)));
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
