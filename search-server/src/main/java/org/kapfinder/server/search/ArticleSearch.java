package org.kapfinder.server.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.kapfinder.index.schema.ArticleFields;
import org.kapfinder.index.schema.TextAnalyzers;

/**
 * Runs the article query and makes each hit's snippet: the best of the body's passages that can
 * answer a question ({@link ArticleFields#ANSWERS}: no headings, questions to ask or pointers to
 * other articles) as plain text, with the offsets of the words of the body's query matched in it
 * (Lucene's UnifiedHighlighter, reading offsets from the postings), so no markup from the corpus or
 * from us is ever in the text.
 */
final class ArticleSearch {

  /** The snippet's plain text and the [start, end) offsets of the matched words in it. */
  record Snippet(String text, List<int[]> highlights) {}

  private static final int SNIPPET_CHARS = 240;

  /** A passage shorter than this is shown with the sentence before it. */
  private static final int SHORT_PASSAGE_CHARS = 80;

  private static final Set<String> SOURCE_ONLY = Set.of(ArticleFields.SOURCE);
  private static final int MAX_HIGHLIGHT_CHARS = 200_000;

  /** The highlighter, with its per-document objects (our {@link Snippet}s) made reachable. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] passages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
  }

  /** What an article search found. */
  record Result(long total, List<ArticleItem> items) {}

  Result search(IndexSearcher searcher, Query query, Query bodyQuery, int size, boolean explain)
      throws IOException {
    TopDocs top = searcher.search(query, size);
    Map<Integer, Snippet> snippets = snippets(searcher, bodyQuery, top);
    List<ArticleItem> items = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      // The record only: the stored body and passages, long, are read by the highlighter.
      Document doc = searcher.storedFields().document(hit.doc, SOURCE_ONLY);
      JsonObject source = JsonParser.parseString(doc.get(ArticleFields.SOURCE)).getAsJsonObject();
      String id = source.get("id").getAsString();
      Snippet snippet = snippets.get(hit.doc);
      if (snippet == null) {
        snippet = new Snippet(source.get("summary").getAsString(), List.of());
      }
      items.add(
          new ArticleItem(
              id,
              source.get("title").getAsString(),
              source.get("summary").getAsString(),
              snippet.text(),
              snippet.highlights(),
              "/articles/" + id,
              string(source, "city"),
              string(source, "state"),
              strings(source.getAsJsonArray("tags")),
              string(source, "updated"),
              hit.score,
              explain ? Explanations.of(searcher.explain(query, hit.doc)) : null));
    }
    return new Result(top.totalHits.value, items);
  }

  private static Map<Integer, Snippet> snippets(
      IndexSearcher searcher, Query bodyQuery, TopDocs top) throws IOException {
    Map<Integer, Snippet> out = new java.util.HashMap<>();
    if (bodyQuery == null || top.scoreDocs.length == 0) {
      return out;
    }
    SnippetHighlighter highlighter =
        new SnippetHighlighter(
            UnifiedHighlighter.builder(searcher, TextAnalyzers.forQueries())
                .withFormatter(new OffsetsFormatter())
                // The query names the body; the passages are the same words, analysed alike.
                .withFieldMatcher(
                    field ->
                        field.equals(ArticleFields.BODY) || field.equals(ArticleFields.ANSWERS))
                .withMaxLength(MAX_HIGHLIGHT_CHARS));
    Map<String, Object[]> highlights =
        highlighter.snippets(
            new String[] {ArticleFields.ANSWERS}, bodyQuery, docIds(top), new int[] {1});
    Object[] perDoc = highlights.get(ArticleFields.ANSWERS);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      if (perDoc[i] instanceof Snippet snippet) {
        out.put(top.scoreDocs[i].doc, snippet);
      }
    }
    return out;
  }

  private static int[] docIds(TopDocs top) {
    int[] ids = new int[top.scoreDocs.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = top.scoreDocs[i].doc;
    }
    return ids;
  }

  /**
   * Turns the best passage into a {@link Snippet}, cut after a whole word and an ellipsis when
   * longer than {@value #SNIPPET_CHARS} chars, and led by the sentence before it when shorter than
   * {@value #SHORT_PASSAGE_CHARS}.
   */
  static final class OffsetsFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      if (passages.length == 0) {
        return null;
      }
      Passage passage = passages[0];
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      if (end - start < SHORT_PASSAGE_CHARS) {
        // A short sentence alone reads out of context ("It helps them keep you safe."): the one
        // before it in its paragraph comes with it, when both fit, unless that one is a question
        // or points to another article, which answer nothing.
        int before = sentenceBefore(content, start);
        String previous = content.substring(before, start).strip();
        if (before < start
            && end - before <= SNIPPET_CHARS
            && previous.endsWith(".")
            && !previous.toLowerCase(Locale.ROOT).contains("article")) {
          start = before;
        }
      }
      String ellipsis = "";
      if (end - start > SNIPPET_CHARS) {
        int lastSpace = content.lastIndexOf(' ', start + SNIPPET_CHARS);
        end = lastSpace > start ? lastSpace : start + SNIPPET_CHARS;
        ellipsis = "…";
      }
      String raw = content.substring(start, end);
      int lead = 0;
      while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
        lead++;
      }
      // Same length as the raw text from `lead` on, so offsets stay valid.
      String kept = raw.substring(lead).stripTrailing().replace('\n', ' ');
      List<int[]> marks = new ArrayList<>();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int from = passage.getMatchStarts()[i] - start - lead;
        int to = passage.getMatchEnds()[i] - start - lead;
        if (from >= 0 && to <= kept.length() && from < to) {
          marks.add(new int[] {from, to});
        }
      }
      return new Snippet(kept + ellipsis, marks);
    }
  }

  /**
   * Where the sentence before the one at {@code start} begins, within its paragraph; {@code start}
   * when there is none.
   */
  static int sentenceBefore(String content, int start) {
    int paragraph = content.lastIndexOf('\n', start - 1) + 1;
    if (start - paragraph < 2) {
      return start;
    }
    for (int i = start - 3; i > paragraph; i--) {
      char c = content.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && content.charAt(i + 1) == ' ') {
        return i + 2;
      }
    }
    return paragraph;
  }

  private static String string(JsonObject object, String field) {
    JsonElement value = object.get(field);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  private static List<String> strings(JsonArray array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(value -> values.add(value.getAsString()));
    }
    return values;
  }
}
