package org.kapfinder.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.corpus.generate.RecordCsvWriter;

class PostgisScriptsTest {

  static final Searcher AUSTIN =
      new Searcher(
          7,
          30.2672,
          -97.7431,
          "Austin, TX",
          "ketamine for ptsd near me",
          "ketamine ptsd",
          "spravato",
          "what is spravato",
          "coeur d'a");

  @Test
  void literalsDoubleTheirQuotes() {
    assertThat(PostgisScripts.literal("Land O' Lakes")).isEqualTo("'Land O'' Lakes'");
  }

  @Test
  void everyTypedWordIsAPrefix() {
    assertThat(PostgisScripts.prefixQuery("San An")).isEqualTo("san:* & an:*");
    assertThat(PostgisScripts.prefixQuery("coeur d'a")).isEqualTo("coeur:* & d:* & a:*");
    assertThatThrownBy(() -> PostgisScripts.prefixQuery("'&"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theQueriesCarryTheSearchersValuesAsLiterals() {
    String point = "'SRID=4326;POINT(-97.7431 30.2672)'::geography";
    String blend = PostgisScripts.query(Shape.BLEND, AUSTIN);
    assertThat(blend)
        .contains("ST_DWithin(geog, " + point + ", 50000, false)")
        .contains("plainto_tsquery('english', 'ketamine ptsd')")
        .contains("48280.32 / (16093.44 + ST_Distance(geog, " + point + ", false))")
        .endsWith("ORDER BY score DESC LIMIT 10;");
    assertThat(PostgisScripts.query(Shape.NEAREST, AUSTIN))
        .contains("plainto_tsquery('english', 'spravato')")
        .endsWith("ORDER BY geog <-> " + point + " LIMIT 10;");
    assertThat(PostgisScripts.query(Shape.FACETS, AUSTIN))
        .contains("ST_DWithin(geog, " + point + ", 50000, false)")
        .endsWith("GROUP BY route;");
    assertThat(PostgisScripts.query(Shape.ARTICLES, AUSTIN))
        .contains("'what is spravato'")
        .contains("LIMIT 5");
    assertThat(PostgisScripts.query(Shape.SUGGEST, AUSTIN))
        .contains("to_tsquery('simple', 'coeur:* & d:* & a:*')")
        .contains("LIKE 'coeur d''a%'");
    for (Shape shape : Shape.values()) {
      String sql = PostgisScripts.query(shape, AUSTIN);
      assertThat(sql).doesNotContain("\n").endsWith(";");
    }
  }

  @Test
  void aScriptPicksOneOfItsSearchers() {
    List<Searcher> ten = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ten.add(AUSTIN);
    }
    List<String> lines = PostgisScripts.pgbenchScript(Shape.FACETS, ten).lines().toList();
    assertThat(lines).hasSize(1 + 2 * 10 + 1);
    assertThat(lines.get(0)).isEqualTo("\\set r random(0, 9)");
    assertThat(lines.get(1)).isEqualTo("\\if :r = 0");
    assertThat(lines.get(19)).isEqualTo("\\elif :r = 9");
    assertThat(lines.get(21)).isEqualTo("\\endif");
  }

  @Test
  void writesTheLoadTheIndexesAndOneHundredScriptsPerShape(@TempDir Path dir) throws IOException {
    List<Searcher> searchers = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      searchers.add(AUSTIN);
    }
    Path csv = dir.resolve("providers.csv");
    Files.writeString(csv, String.join(",", RecordCsvWriter.COLUMNS) + "\n");

    PostgisScripts.write(
        dir.resolve("out"),
        searchers,
        csv,
        TestCorpora.GAZETTEER,
        TestCorpora.BUNDLED.resolve("articles"));

    Path out = dir.resolve("out");
    String load = Files.readString(out.resolve("load.sql"), StandardCharsets.UTF_8);
    assertThat(load)
        .contains("COPY providers_csv FROM '" + csv.toAbsolutePath() + "'")
        .contains("pricing_sessionminusd text")
        .contains("('treatment_resistant_depression', 'Treatment-resistant depression')");
    assertThat(Files.readString(out.resolve("index.sql"), StandardCharsets.UTF_8))
        .contains("USING gist (geog)")
        .contains("USING gin (tsv)");
    assertThat(Files.readAllLines(out.resolve("articles.csv")).get(0))
        .isEqualTo("id,title,summary,body");
    assertThat(out.resolve("gazetteer/zips.tsv")).exists();
    try (var scripts = Files.list(out.resolve("pgbench"))) {
      assertThat(scripts.count()).isEqualTo(100L * Shape.values().length);
    }
    assertThat(out.resolve("pgbench/blend_000.sql")).exists();
    assertThat(out.resolve("pgbench/suggest_099.sql")).exists();
  }
}
