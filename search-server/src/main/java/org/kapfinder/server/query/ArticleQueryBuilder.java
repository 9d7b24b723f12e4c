package org.kapfinder.server.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.ArticleFields;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;

/**
 * Builds the article query: BM25 over title, summary, body and tags, plus boosts for the conditions
 * and routes the query names, and, for local guides, closeness to the searcher. Pure.
 */
public final class ArticleQueryBuilder {

  static final float TITLE_BOOST = 3f;
  static final float SUMMARY_BOOST = 2f;
  static final float BODY_BOOST = 1f;
  static final float TAGS_BOOST = 2f;
  static final float TOPIC_BOOST = 3f;

  /**
   * Added for the article mainly about a condition the search names: enough to put it before one
   * about a form of it, not before an article whose words answer better ("ketamine for migraines"
   * is the article on the evidence by condition, which names migraine, before the one on pain).
   */
  static final float MAIN_CONDITION_BOOST = 1f;

  /**
   * A local guide near the place the search names ("iv ketamine austin"): up to this much, half of
   * it at the pivot.
   */
  static final float GUIDE_DISTANCE_WEIGHT = 4f;

  /**
   * The same near a searcher's own point, when the search names no place: a guide that shares an
   * incidental word ("plans") comes after the article that answers the search ("ketamine payment
   * plans", the article on cost), where the search did not ask about the place.
   */
  static final float GUIDE_DISTANCE_WEIGHT_UNASKED = 1f;

  /**
   * The same for a general question with a place ("ketamine clinic in Chicago"): the guide to that
   * place answers it better than the article whose title shares a word ("In-clinic vs at-home").
   */
  static final float GENERAL_GUIDE_DISTANCE_WEIGHT = 10f;

  static final double GUIDE_PIVOT_MILES = 30;

  /**
   * What answering the words or topics adds when the searcher's point is known: more than a guide's
   * closeness and the general boosts can give (at most {@link #GENERAL_GUIDE_DISTANCE_WEIGHT} and
   * {@link #KETAMINE_NAMED_BOOST}), so that a guide shown only for being near comes after the
   * articles that answer the search; and far less than {@link #TAGGED_FIRST_BOOST}.
   */
  static final float ANSWERS_THE_SEARCH_BOOST = 2 * GENERAL_GUIDE_DISTANCE_WEIGHT;

  /**
   * A guide to a place outside the box that holds this circle around a searcher whose point is
   * known is not shown: the clinics of Dallas are no help in Denver.
   */
  static final double GUIDE_REACH_MILES = 100;

  /** The tag of the articles that say where to turn first in a crisis. */
  public static final String CRISIS_TAG = "crisis";

  /**
   * Lifts the tagged articles far above what the rest of the query gives: tens for the searches
   * people type, the field boosts, topics and a guide's closeness added up.
   */
  static final float TAGGED_FIRST_BOOST = 1000f;

  /** The tag of the introduction to ketamine-assisted therapy. */
  static final String INTRODUCTION_TAG = "kap";

  /** The tag of the articles on psilocybin, MDMA and other therapies than ketamine. */
  static final String OTHER_THERAPIES_TAG = "related-therapies";

  /**
   * What a general question ("ketamine therapy") adds to every article about ketamine: enough to
   * rank them above the articles on other therapies, whose titles say "therapy" too.
   */
  static final float KETAMINE_ARTICLE_BOOST = 2f;

  /**
   * What a search that names ketamine and no other therapy adds to every article about ketamine:
   * more than a general question does, since its other words ("legal") can match an article on
   * another therapy as well as one on ketamine, and it asked about ketamine.
   */
  static final float KETAMINE_NAMED_BOOST = 3f;

  private final QueryBuilder text;

  public ArticleQueryBuilder(Analyzer queryAnalyzer) {
    this.text = new QueryBuilder(queryAnalyzer);
  }

  /** The body part alone, which the highlighter marks in snippets; null without text. */
  public Query bodyQuery(String q) {
    return q == null || q.isBlank()
        ? null
        : text.createBooleanQuery(ArticleFields.BODY, q, Occur.SHOULD);
  }

  /**
   * @param topics article tags the query's intents point to ("cost" for "cheap", "insurance" for
   *     "covered"), boosted like conditions and routes
   * @param placeNamed whether the point is a place the search named, rather than the searcher's own
   * @param wholeState whether the search is in a whole state: its guides match, and the point, if
   *     any, is the searcher's inside it, which only orders them
   */
  public Query query(
      String q,
      Set<Condition> conditions,
      Set<Route> routes,
      Set<String> topics,
      Double lat,
      Double lon,
      boolean placeNamed,
      String state,
      boolean wholeState) {
    // Function words ("while", "who", "should") every article has: they help rank the articles
    // that answer the other words ("who should not take ketamine"), but do not make one an answer,
    // or the city guide that says "while" would answer "ketamine while pregnant".
    String[] contentAndFunction = ArticleWords.contentAndFunctionWords(q == null ? "" : q);
    Query contentWords = textFields(contentAndFunction[0]);
    Query functionWords = textFields(contentAndFunction[1]);
    if (contentWords == null) {
      contentWords = functionWords;
      functionWords = null;
    }
    boolean anyText = contentWords != null;
    List<Query> topicQueries = new ArrayList<>();
    conditions.forEach(c -> topicQueries.add(topic(ArticleFields.CONDITION, c.wireName())));
    // And once more the article mainly about it: "ketamine for depression" is answered first by
    // the article on depression, then by the one on its treatment-resistant form.
    conditions.forEach(
        c ->
            topicQueries.add(
                new BoostQuery(
                    new ConstantScoreQuery(
                        new TermQuery(new Term(ArticleFields.MAIN_CONDITION, c.wireName()))),
                    MAIN_CONDITION_BOOST)));
    routes.forEach(r -> topicQueries.add(topic(ArticleFields.ROUTE, r.wireName())));
    routes.forEach(r -> topicQueries.add(aboutTheRoute(r)));
    topics.forEach(tag -> topicQueries.add(topic(ArticleFields.TAG, tag)));

    boolean point = lat != null && lon != null && !wholeState;
    // What makes an article match: its words, a topic the query names, or being the guide to the
    // searcher's area, which answers any search made there: "ketamine for teens in Denver" is
    // also about finding care in Denver. Far guides are left out below. A guide shown only for
    // its area comes after every article that answers the words or topics.
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (!anyText && topicQueries.isEmpty()) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      BooleanQuery.Builder match = new BooleanQuery.Builder();
      if (anyText) {
        match.add(contentWords, Occur.SHOULD);
      }
      topicQueries.forEach(topic -> match.add(topic, Occur.SHOULD));
      Query wordsOrTopics = match.build();
      if (point) {
        // The lift rides on the words' own match, so that they are searched once.
        Query answers =
            new BooleanQuery.Builder()
                .add(wordsOrTopics, Occur.MUST)
                .add(
                    new BoostQuery(
                        new ConstantScoreQuery(new MatchAllDocsQuery()), ANSWERS_THE_SEARCH_BOOST),
                    Occur.SHOULD)
                .build();
        query.add(
            new BooleanQuery.Builder()
                .add(answers, Occur.SHOULD)
                .add(
                    new BoostQuery(
                        new ConstantScoreQuery(new FieldExistsQuery(ArticleFields.LOCATION)), 0f),
                    Occur.SHOULD)
                .build(),
            Occur.MUST);
      } else {
        query.add(wordsOrTopics, Occur.MUST);
      }
    }
    if (point) {
      // A box, not Lucene's distance query: that builds a predicate costing more than the rest of
      // the article search.
      Rectangle reach =
          Rectangle.fromPointDistance(lat, lon, Distances.milesToMeters(GUIDE_REACH_MILES));
      query.add(
          new BooleanQuery.Builder()
              .add(new FieldExistsQuery(ArticleFields.LOCATION), Occur.MUST)
              .add(
                  LatLonPoint.newBoxQuery(
                      ArticleFields.LOCATION,
                      reach.minLat,
                      reach.maxLat,
                      reach.minLon,
                      reach.maxLon),
                  Occur.MUST_NOT)
              .build(),
          Occur.MUST_NOT);
    }
    boolean general =
        q != null
            && ArticleWords.isGeneral(q)
            && conditions.isEmpty()
            && routes.isEmpty()
            && topics.isEmpty();
    if (general) {
      query.add(topic(ArticleFields.TAG, INTRODUCTION_TAG), Occur.SHOULD);
      query.add(ketamineArticles(KETAMINE_ARTICLE_BOOST), Occur.SHOULD);
    }
    if (functionWords != null) {
      query.add(functionWords, Occur.SHOULD);
    }
    if (point) {
      query.add(
          LatLonPoint.newDistanceFeatureQuery(
              ArticleFields.LOCATION,
              general
                  ? GENERAL_GUIDE_DISTANCE_WEIGHT
                  : placeNamed ? GUIDE_DISTANCE_WEIGHT : GUIDE_DISTANCE_WEIGHT_UNASKED,
              lat,
              lon,
              Distances.milesToMeters(GUIDE_PIVOT_MILES)),
          Occur.SHOULD);
    } else if (state != null) {
      query.add(topic(ArticleFields.STATE, state), Occur.SHOULD);
      if (lat != null && lon != null) {
        // "ketamine texas" from Austin: Austin's guide before Houston's and Dallas's.
        query.add(
            LatLonPoint.newDistanceFeatureQuery(
                ArticleFields.LOCATION,
                GUIDE_DISTANCE_WEIGHT_UNASKED,
                lat,
                lon,
                Distances.milesToMeters(GUIDE_PIVOT_MILES)),
            Occur.SHOULD);
      }
    }
    return query.build();
  }

  /**
   * The article query of a search that signals a crisis: the articles tagged {@value #CRISIS_TAG}
   * match whatever the words, and come first. Someone searching "i want to die" is shown the 988
   * Lifeline before anything, and then what to do first, not what a ketamine session is like.
   */
  public static Query crisisFirst(Query query) {
    return taggedFirst(query, CRISIS_TAG);
  }

  /**
   * The article query of a search that asks for help alone ({@code tags}: where to turn in a
   * crisis, what too much of a drug does): those articles only. "i want to die" shares "want" with
   * the articles on sessions and on IV infusions, which answer nothing it asks.
   */
  public static Query onlyTagged(Collection<String> tags) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    tags.forEach(tag -> any.add(new TermQuery(new Term(ArticleFields.TAG, tag)), Occur.SHOULD));
    return new ConstantScoreQuery(any.build());
  }

  /**
   * The article query with the articles tagged {@code tag} matching whatever the words, and first:
   * a search signalling an overdose ("i took too much ketamine") is answered first by the article
   * that says what too much does and when to call 911, which shares none of its words.
   */
  public static Query taggedFirst(Query query, String tag) {
    Query tagged = new TermQuery(new Term(ArticleFields.TAG, tag));
    return new BooleanQuery.Builder()
        .add(
            new BooleanQuery.Builder()
                .add(query, Occur.SHOULD)
                .add(new ConstantScoreQuery(tagged), Occur.SHOULD)
                .build(),
            Occur.MUST)
        .add(new BoostQuery(new ConstantScoreQuery(tagged), TAGGED_FIRST_BOOST), Occur.SHOULD)
        .build();
  }

  /**
   * The article query of a search that names ketamine and no other therapy ("is ketamine legal"):
   * the articles about ketamine come before those on other therapies that share its other words
   * (the legal status of psilocybin). The word "ketamine" itself, in every article, finds none.
   */
  public static Query ketamineFirst(Query query) {
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(ketamineArticles(KETAMINE_NAMED_BOOST), Occur.SHOULD)
        .build();
  }

  /** Every article but those on other therapies, lifted by {@code boost}. */
  private static Query ketamineArticles(float boost) {
    return new BoostQuery(
        new ConstantScoreQuery(
            new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(
                    new TermQuery(new Term(ArticleFields.TAG, OTHER_THERAPIES_TAG)), Occur.MUST_NOT)
                .build()),
        boost);
  }

  /**
   * The article about a route, among the many that mention it: tagged with it and titled with its
   * name (or a synonym), so that "route=iv" with no words at all finds the one on IV infusions
   * first, and "route=spravato" the one on Spravato rather than the one on insurance, also tagged
   * Spravato.
   */
  private Query aboutTheRoute(Route route) {
    Query title = text.createBooleanQuery(ArticleFields.TITLE, route.wireName(), Occur.SHOULD);
    BooleanQuery.Builder about =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(ArticleFields.TAG, route.wireName())), Occur.FILTER);
    if (title != null) {
      about.add(title, Occur.FILTER);
    }
    return new BoostQuery(new ConstantScoreQuery(about.build()), TOPIC_BOOST);
  }

  private static Query topic(String field, String value) {
    return new BoostQuery(
        new ConstantScoreQuery(new TermQuery(new Term(field, value))), TOPIC_BOOST);
  }

  /** BM25 over title, summary, body and tags with their boosts; null when no word is left. */
  private Query textFields(String q) {
    if (q.isBlank()) {
      return null;
    }
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    boolean any = false;
    any |= add(fields, ArticleFields.TITLE, q, TITLE_BOOST);
    any |= add(fields, ArticleFields.SUMMARY, q, SUMMARY_BOOST);
    any |= add(fields, ArticleFields.BODY, q, BODY_BOOST);
    any |= add(fields, ArticleFields.TAGS_TEXT, q, TAGS_BOOST);
    return any ? fields.build() : null;
  }

  private boolean add(BooleanQuery.Builder fields, String field, String q, float boost) {
    Query query = text.createBooleanQuery(field, q, Occur.SHOULD);
    if (query == null) {
      return false;
    }
    fields.add(new BoostQuery(query, boost), Occur.SHOULD);
    return true;
  }
}
