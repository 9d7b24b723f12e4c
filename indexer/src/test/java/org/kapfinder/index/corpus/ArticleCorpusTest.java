package org.kapfinder.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;

/**
 * Every article of {@code corpus/articles} is valid, of a readable length, and ends with the
 * disclaimer; together they cover what people ask: every condition and route, the practical
 * questions, local guides for large metros, and related therapies.
 */
class ArticleCorpusTest {

  /** The closing paragraph every article carries, after a thematic break. */
  static final String DISCLAIMER =
      "This article is general information, not medical advice. Talk with a qualified clinician"
          + " about your own situation. If you are thinking about suicide or self-harm, call or"
          + " text 988 (the 988 Suicide & Crisis Lifeline, in the US) or call 911 in an"
          + " emergency.";

  private static List<Path> files;

  @BeforeAll
  static void listArticles() throws IOException {
    try (Stream<Path> listing = Files.list(TestCorpora.BUNDLED.resolve("articles"))) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
  }

  @Test
  void thereAreAtLeastFortyArticles() {
    assertThat(files).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void everyArticleParsesHasAReadableLengthAndEndsWithTheDisclaimer() throws IOException {
    ArticleParser parser = new ArticleParser(TestCorpora.gazetteer());
    for (Path file : files) {
      String name = file.getFileName().toString();
      ArticleParser.Result result =
          parser.parse(name, Files.readString(file, StandardCharsets.UTF_8));
      assertThat(result.problems()).as(name).isEmpty();
      Article article = result.article();
      String text = article.text().strip();
      assertThat(words(text)).as("words in the body of %s", name).isBetween(300, 900);
      List<String> paragraphs = text.lines().filter(line -> !line.isBlank()).toList();
      assertThat(paragraphs.get(paragraphs.size() - 1)).as(name).isEqualTo(DISCLAIMER);
      // Its help lines are links to call.
      String disclaimerHtml =
          DISCLAIMER
              .replace("&", "&amp;")
              .replace("988", "<a rel=\"nofollow\" href=\"tel:988\">988</a>")
              .replace("911", "<a rel=\"nofollow\" href=\"tel:911\">911</a>");
      assertThat(article.html().strip())
          .as(name)
          .endsWith("<hr />\n<p><em>" + disclaimerHtml + "</em></p>");
    }
  }

  @Test
  void theArticlesCoverEveryConditionRouteAndQuestionPeopleAsk() throws IOException {
    ArticleParser parser = new ArticleParser(TestCorpora.gazetteer());
    Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    Set<Route> routes = EnumSet.noneOf(Route.class);
    Set<String> tags = new HashSet<>();
    Set<String> guidedCities = new HashSet<>();
    for (Path file : files) {
      Article article =
          parser
              .parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8))
              .article();
      conditions.addAll(article.conditions());
      routes.addAll(article.routes());
      tags.addAll(article.tags());
      if (article.isLocalGuide()) {
        guidedCities.add(article.city() + ", " + article.state());
      }
    }
    assertThat(conditions).containsExactlyInAnyOrder(Condition.values());
    assertThat(routes).containsExactlyInAnyOrder(Route.values());
    assertThat(tags)
        .contains(
            "kap",
            "cost",
            "insurance",
            "sessions",
            "what-to-expect",
            "side-effects",
            "interactions",
            "contraindications",
            "crisis",
            "at-home",
            "choosing-a-provider",
            "related-therapies",
            "legal-status");
    assertThat(guidedCities).hasSizeGreaterThanOrEqualTo(15);
  }

  private static int words(String text) {
    return text.split("\\s+").length;
  }
}
