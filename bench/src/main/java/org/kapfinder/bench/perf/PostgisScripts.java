package org.kapfinder.bench.perf;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.kapfinder.index.corpus.Article;
import org.kapfinder.index.corpus.ArticleParser;
import org.kapfinder.index.corpus.generate.RecordCsvWriter;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;

/**
 * The PostgreSQL + PostGIS side of the benchmark, as plain SQL: {@code load.sql} loads the
 * generator's CSV as it is (PostgreSQL geocodes the records without coordinates from the same
 * gazetteer, ZIP centroid first, then the city), {@code index.sql} builds the indexes, and one set
 * of pgbench scripts per {@link Shape} runs the same query for the same searchers.
 *
 * <p>pgbench cannot read a string from a file, and takes at most 128 scripts, so each shape is
 * {@value #SCRIPTS_PER_SHAPE} scripts of {@value #SEARCHERS_PER_SCRIPT} searchers each: pgbench
 * picks a script at random and the script picks one of its searchers with {@code \if}. Every
 * transaction is therefore one SQL statement with the searcher's values as literals, planned as a
 * client's ad-hoc query would be.
 */
public final class PostgisScripts {

  static final int SCRIPTS_PER_SHAPE = 100;
  static final int SEARCHERS_PER_SCRIPT = 10;

  /** The blend's closeness term, as KAP Finder's: weight * pivot / (pivot + distance). */
  static final double DISTANCE_WEIGHT = 3;

  static final double PIVOT_METERS = 10 * 1609.344;

  private PostgisScripts() {}

  /**
   * Writes {@code load.sql}, {@code index.sql}, {@code articles.csv} and {@code
   * pgbench/<shape>_NNN.sql} into {@code dir}.
   */
  public static void write(
      Path dir, List<Searcher> searchers, Path providersCsv, Path gazetteerDir, Path articlesDir)
      throws IOException {
    if (searchers.size() != SCRIPTS_PER_SHAPE * SEARCHERS_PER_SCRIPT) {
      throw new IllegalArgumentException(
          "the PostGIS scripts take exactly "
              + SCRIPTS_PER_SHAPE * SEARCHERS_PER_SCRIPT
              + " searchers, got "
              + searchers.size());
    }
    Files.createDirectories(dir.resolve("pgbench"));
    Path articlesCsv = dir.resolve("articles.csv").toAbsolutePath();
    writeArticles(articlesDir, gazetteerDir, articlesCsv);
    // Beside the other inputs, where the database server (another user) is sure to read them.
    Path gazetteerCopy = Files.createDirectories(dir.resolve("gazetteer")).toAbsolutePath();
    for (String file : List.of(Gazetteer.ZIPS_FILE, Gazetteer.PLACES_FILE)) {
      Files.copy(
          gazetteerDir.resolve(file),
          gazetteerCopy.resolve(file),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(
        dir.resolve("load.sql"),
        loadSql(providersCsv.toAbsolutePath(), gazetteerCopy, articlesCsv.toString()),
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("index.sql"), indexSql(), StandardCharsets.UTF_8);
    for (Shape shape : Shape.values()) {
      for (int script = 0; script < SCRIPTS_PER_SHAPE; script++) {
        List<Searcher> mine =
            searchers.subList(script * SEARCHERS_PER_SCRIPT, (script + 1) * SEARCHERS_PER_SCRIPT);
        Files.writeString(
            dir.resolve("pgbench").resolve(scriptName(shape, script)),
            pgbenchScript(shape, mine),
            StandardCharsets.UTF_8);
      }
    }
  }

  static String scriptName(Shape shape, int script) {
    return String.format(Locale.ROOT, "%s_%03d.sql", shape.wireName(), script);
  }

  /** One pgbench script: a random one of the searchers, one statement. */
  static String pgbenchScript(Shape shape, List<Searcher> searchers) {
    StringBuilder out = new StringBuilder();
    out.append("\\set r random(0, ").append(searchers.size() - 1).append(")\n");
    for (int i = 0; i < searchers.size(); i++) {
      out.append(i == 0 ? "\\if" : "\\elif").append(" :r = ").append(i).append('\n');
      out.append(query(shape, searchers.get(i))).append('\n');
    }
    out.append("\\endif\n");
    return out.toString();
  }

  /** The SQL of a shape for a searcher: one statement on one line. */
  static String query(Shape shape, Searcher s) {
    String point = point(s.lat(), s.lon());
    return switch (shape) {
      case BLEND -> {
        String q = orQuery(s.blendWords());
        yield "SELECT id, name, ST_Distance(geog, "
            + point
            + ", false) AS meters, ts_rank(tsv, "
            + q
            + ") + "
            + number(DISTANCE_WEIGHT * PIVOT_METERS)
            + " / ("
            + number(PIVOT_METERS)
            + " + ST_Distance(geog, "
            + point
            + ", false)) AS score FROM providers WHERE ST_DWithin(geog, "
            + point
            + ", "
            + number(Shape.RADIUS_METERS)
            + ", false) AND tsv @@ "
            + q
            + " ORDER BY score DESC LIMIT "
            + Shape.PROVIDERS_PER_PAGE
            + ";";
      }
      case NEAREST ->
          "SELECT id, name, geog <-> "
              + point
              + " AS meters FROM providers WHERE 'in_person' = ANY(modes) AND tsv @@ "
              + orQuery(s.nearestQuery())
              + " ORDER BY geog <-> "
              + point
              + " LIMIT "
              + Shape.PROVIDERS_PER_PAGE
              + ";";
      case FACETS ->
          "SELECT route, count(*) FROM providers, unnest(routes) AS route WHERE ST_DWithin(geog, "
              + point
              + ", "
              + number(Shape.RADIUS_METERS)
              + ", false) GROUP BY route;";
      case ARTICLES -> {
        String q = orQuery(s.articleQuery());
        yield "SELECT id, title, ts_headline('english', body, "
            + q
            + ", 'MaxFragments=1, MinWords=15, MaxWords=30') AS snippet FROM (SELECT id, title,"
            + " body, ts_rank(tsv, "
            + q
            + ") AS rank FROM articles WHERE tsv @@ "
            + q
            + " ORDER BY rank DESC LIMIT "
            + Shape.ARTICLES_PER_PAGE
            + ") top ORDER BY rank DESC;";
      }
      case SUGGEST -> {
        String q = "to_tsquery('simple', " + literal(prefixQuery(s.prefix())) + ")";
        String typed = literal(like(s.prefix().toLowerCase(Locale.ROOT)) + "%");
        yield "(SELECT name, 'provider' AS kind FROM providers WHERE name_words @@ "
            + q
            + " ORDER BY lower(name) LIKE "
            + typed
            + " DESC LIMIT "
            + Shape.SUGGESTIONS
            + ") UNION ALL (SELECT name || ', ' || state, 'place' FROM places WHERE"
            + " to_tsvector('simple', name) @@ "
            + q
            + " ORDER BY population DESC LIMIT "
            + Shape.SUGGESTIONS
            + ");";
      }
    };
  }

  /**
   * Any of the words, as KAP Finder matches text: PostgreSQL's own parser and English stemmer make
   * the lexemes, then AND becomes OR.
   */
  static String orQuery(String words) {
    return "to_tsquery('simple', replace(plainto_tsquery('english', "
        + literal(words)
        + ")::text, '&', '|'))";
  }

  /** Every typed word as a prefix: "san an" is {@code san:* & an:*}. */
  static String prefixQuery(String typed) {
    List<String> words = new ArrayList<>();
    for (String word : typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word + ":*");
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("no word in prefix \"" + typed + "\"");
    }
    return String.join(" & ", words);
  }

  static String point(double lat, double lon) {
    return "'SRID=4326;POINT(" + number(lon) + " " + number(lat) + ")'::geography";
  }

  /** A SQL string literal (standard conforming strings: only the quote is doubled). */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.5f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** Loads the generator's CSV, the gazetteer and the articles; geocodes; makes the tsvectors. */
  static String loadSql(Path providersCsv, Path gazetteerDir, String articlesCsv) {
    String columns =
        RecordCsvWriter.COLUMNS.stream()
            .map(column -> column(column) + " text")
            .collect(Collectors.joining(", "));
    return String.join(
        "\n",
        "\\set ON_ERROR_STOP on",
        "CREATE EXTENSION IF NOT EXISTS postgis;",
        "DROP TABLE IF EXISTS providers, articles, places, zips, condition_labels, route_labels;",
        "BEGIN;",
        "-- Created and filled in one transaction: with wal_level=minimal the COPY skips the WAL.",
        "CREATE TEMP TABLE providers_csv (" + columns + ");",
        "COPY providers_csv FROM "
            + literal(providersCsv.toString())
            + " WITH (FORMAT csv, HEADER true);",
        "CREATE TABLE zips (zip text, lat float8, lon float8, city text, state text);",
        "COPY zips FROM "
            + literal(gazetteerDir.resolve(Gazetteer.ZIPS_FILE).toString())
            + " WITH (FORMAT csv, DELIMITER E'\\t', HEADER true, QUOTE E'\\x01');",
        "CREATE TABLE places (id bigint, name text, state text, population bigint, lat float8,"
            + " lon float8);",
        "COPY places FROM "
            + literal(gazetteerDir.resolve(Gazetteer.PLACES_FILE).toString())
            + " WITH (FORMAT csv, DELIMITER E'\\t', HEADER true, QUOTE E'\\x01');",
        "CREATE TABLE condition_labels (wire text PRIMARY KEY, label text);",
        "INSERT INTO condition_labels VALUES " + labels(Condition.values()) + ";",
        "CREATE TABLE route_labels (wire text PRIMARY KEY, label text);",
        "INSERT INTO route_labels VALUES " + labels(Route.values()) + ";",
        "-- As the indexer: the record's point, else its ZIP's centroid, else its city's point.",
        "CREATE TABLE providers AS SELECT c.id, c.name, c.description,"
            + " c.address_state AS state,"
            + " string_to_array(c.modes, '|') AS modes,"
            + " string_to_array(c.routes, '|') AS routes,"
            + " string_to_array(c.conditions, '|') AS conditions,"
            + " string_to_array(c.servesstates, '|') AS serves_states,"
            + " c.psychotherapy::boolean AS psychotherapy,"
            + " c.pricing_sessionminusd::numeric AS session_min_usd,"
            + " c.insurance_accepted::boolean AS insurance,"
            + " c.rating_average::numeric AS rating, c.rating_count::int AS rating_count,"
            + " CASE WHEN c.location_lat IS NOT NULL"
            + " THEN ST_SetSRID(ST_MakePoint(c.location_lon::float8, c.location_lat::float8),"
            + " 4326)::geography"
            + " WHEN z.zip IS NOT NULL THEN ST_SetSRID(ST_MakePoint(z.lon, z.lat), 4326)::geography"
            + " WHEN pl.lat IS NOT NULL THEN ST_SetSRID(ST_MakePoint(pl.lon, pl.lat),"
            + " 4326)::geography END AS geog,"
            + " setweight(to_tsvector('english', c.name), 'A')"
            + " || setweight(to_tsvector('english', coalesce(cl.text, '') || ' '"
            + " || coalesce(rl.text, '')), 'B')"
            + " || setweight(to_tsvector('english', coalesce(c.description, '')), 'C') AS tsv,"
            + " to_tsvector('simple', c.name) AS name_words"
            + " FROM providers_csv c"
            + " LEFT JOIN zips z ON c.location_lat IS NULL AND z.zip = c.address_zip"
            + " LEFT JOIN (SELECT DISTINCT ON (lower(name), state) lower(name) AS lname, state,"
            + " lat, lon FROM places ORDER BY lower(name), state, population DESC) pl"
            + " ON c.location_lat IS NULL AND c.address_zip IS NULL"
            + " AND pl.lname = lower(c.address_city) AND pl.state = c.address_state"
            + " LEFT JOIN LATERAL (SELECT string_agg(l.label || '. ' || replace(l.wire, '_', ' '),"
            + " '. ') AS text FROM unnest(string_to_array(c.conditions, '|')) w"
            + " JOIN condition_labels l ON l.wire = w) cl ON true"
            + " LEFT JOIN LATERAL (SELECT string_agg(l.label || '. ' || replace(l.wire, '_', ' '),"
            + " '. ') AS text FROM unnest(string_to_array(c.routes, '|')) w"
            + " JOIN route_labels l ON l.wire = w) rl ON true;",
        "DROP TABLE providers_csv;",
        "CREATE TABLE articles (id text, title text, summary text, body text);",
        "COPY articles FROM " + literal(articlesCsv) + " WITH (FORMAT csv, HEADER true);",
        "ALTER TABLE articles ADD COLUMN tsv tsvector;",
        "UPDATE articles SET tsv = setweight(to_tsvector('english', title), 'A')"
            + " || setweight(to_tsvector('english', summary), 'B')"
            + " || setweight(to_tsvector('english', body), 'C');",
        "COMMIT;",
        "");
  }

  /** The indexes the queries need, then fresh planner statistics. */
  static String indexSql() {
    return String.join(
        "\n",
        "\\set ON_ERROR_STOP on",
        "ALTER TABLE providers ADD PRIMARY KEY (id);",
        "CREATE INDEX providers_geog ON providers USING gist (geog);",
        "CREATE INDEX providers_tsv ON providers USING gin (tsv);",
        "CREATE INDEX providers_name_words ON providers USING gin (name_words);",
        "CREATE INDEX places_name_words ON places USING gin (to_tsvector('simple', name));",
        "CREATE INDEX articles_tsv ON articles USING gin (tsv);",
        "VACUUM ANALYZE providers;",
        "VACUUM ANALYZE places;",
        "VACUUM ANALYZE articles;",
        "");
  }

  /** The CSV header's dotted name as a SQL column: {@code pricing.sessionMinUsd} is lower-cased. */
  static String column(String csvColumn) {
    return csvColumn.replace('.', '_').toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E> & WireEnum> String labels(E[] values) {
    List<String> rows = new ArrayList<>();
    for (E value : values) {
      rows.add("(" + literal(value.wireName()) + ", " + literal(value.label()) + ")");
    }
    return String.join(", ", rows);
  }

  /**
   * The corpus's articles as CSV (id, title, summary, plain-text body), parsed as the indexer does.
   */
  static void writeArticles(Path articlesDir, Path gazetteerDir, Path out) throws IOException {
    ArticleParser parser = new ArticleParser(Gazetteer.load(gazetteerDir));
    List<Path> files;
    try (var listing = Files.list(articlesDir)) {
      files =
          listing.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, RecordCsvWriter.FORMAT)) {
      csv.printRecord("id", "title", "summary", "body");
      for (Path file : files) {
        ArticleParser.Result result =
            parser.parse(
                file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        Article article = result.article();
        if (article == null) {
          throw new IOException(file + ": " + result.problems());
        }
        csv.printRecord(article.id(), article.title(), article.summary(), article.text());
      }
    }
  }
}
