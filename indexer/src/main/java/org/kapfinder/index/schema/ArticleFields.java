package org.kapfinder.index.schema;

/** Field names of the articles index; {@code ArticleDocuments} says how each one is indexed. */
public final class ArticleFields {

  public static final String ID = "id";

  /** Analysed, stored, with offsets for highlighting. */
  public static final String TITLE = "title";

  /** Edge n-grams of each word of the title, for autocomplete. */
  public static final String TITLE_PREFIX = "title_prefix";

  public static final String SUMMARY = "summary";

  /** The body as plain text: analysed, stored, with offsets for highlighting. */
  public static final String BODY = "body";

  /**
   * The body's passages that can answer a question, snippets' source: analysed, stored, with
   * offsets; no query searches it, the highlighter matches the body's terms in it.
   */
  public static final String ANSWERS = "answers";

  public static final String TAGS_TEXT = "tags_text";

  public static final String TAG = "tag";
  public static final String CONDITION = "condition";

  /** The first condition an article lists, the one it is about; it covers the others too. */
  public static final String MAIN_CONDITION = "main_condition";

  public static final String ROUTE = "route";
  public static final String STATE = "state";
  public static final String CITY = "city";

  /** A local guide's point. */
  public static final String LOCATION = "location";

  /**
   * Title and body as plain words, like {@link ProviderFields#SPELLING} (same name, same analysis).
   */
  public static final String SPELLING = ProviderFields.SPELLING;

  /** The article's metadata and rendered, sanitised HTML as JSON. */
  public static final String SOURCE = "_source";

  private ArticleFields() {}
}
