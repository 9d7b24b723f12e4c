package org.kapfinder.index.corpus;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The sentences of an article's body that can answer a question, which its search snippets are
 * taken from: its paragraphs and list items, each a passage of its own, without what would make a
 * poor snippet. A list item of a few words ("- Blurred or double vision") is read with what
 * introduces its list: "These usually happen during a session: Blurred or double vision." Headings
 * are left out ("Will ketamine show up on a drug test?" asks, the paragraph below it answers), as
 * are tables, questions, sentences that only point to another article, and the closing notice after
 * the last thematic break.
 */
final class AnswerText {

  /**
   * Ends each passage. The highlighter's sentence breaks fall at a paragraph separator, so a list
   * item without a full stop is no longer run together with the next one.
   */
  static final char PASSAGE_END = '\u2029';

  /** A sentence that only sends the reader to other articles: 'The article "…" covers this.' */
  private static final Pattern CROSS_REFERENCE =
      Pattern.compile(
          "(?:(?:The|Our) articles? |See )[\"“][^\"”]*[\"”](?: and [\"“][^\"”]*[\"”])?"
              + "[^.]*\\.\\s*"
              + "|(?:See t|T)he articles? on [^.]*\\.\\s*");

  /**
   * A sentence that only says what the text will do ("This guide covers the local details...",
   * "Here is what to expect."), which answers nothing.
   */
  private static final Pattern SIGNPOST =
      Pattern.compile(
          "(?:This (?:article|guide) (?:also )?(?:covers|explains|looks at|lists|focuses|describes)"
              + "|Here is what|Here's what)\\b.*");

  /** The longest introduction a list item of a few words is read with, in chars. */
  private static final int MAX_LEAD_IN_CHARS = 160;

  /** The most words of a sentence read as the label of the sentence after it. */
  private static final int LABEL_WORDS = 4;

  private static final Pattern NUMBER = Pattern.compile("\\d+\\.");

  private final TextContentRenderer text = TextContentRenderer.builder().build();

  /** The passages of {@code document}, each ended by {@link #PASSAGE_END}. */
  String of(Node document) {
    Passages passages = new Passages();
    Node closingNotice = closingNotice(document);
    for (Node block = document.getFirstChild();
        block != null && block != closingNotice;
        block = block.getNext()) {
      collect(block, passages);
    }
    StringBuilder out = new StringBuilder();
    for (String passage : passages.all) {
      out.append(passage).append(PASSAGE_END);
    }
    return out.toString();
  }

  /** The passages so far, and what introduces a list that may follow. */
  private static final class Passages {
    final List<String> all = new ArrayList<>();
    String heading;
    String leadIn;
  }

  private void collect(Node block, Passages passages) {
    if (block instanceof Heading) {
      passages.heading = render(block);
      passages.leadIn = null;
    } else if (block instanceof Paragraph) {
      String paragraph = render(block);
      passages.leadIn = paragraph.endsWith(":") ? paragraph : null;
      boolean introducesAList =
          passages.leadIn != null
              && (block.getNext() instanceof BulletList || block.getNext() instanceof OrderedList);
      // An introduction is read with the items of its list, not alone ("Common effects:").
      if (!isTable(paragraph) && !introducesAList) {
        addAnswers(paragraph, passages.all);
      }
    } else if (block instanceof BulletList || block instanceof OrderedList) {
      String leadIn = leadIn(passages);
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
          if (child instanceof Paragraph && isFragment(render(child)) && leadIn != null) {
            passages.all.add(leadIn + " " + render(child) + ".");
          } else if (child instanceof Paragraph) {
            addAnswers(render(child), passages.all);
          } else {
            collect(child, passages);
          }
        }
      }
      passages.leadIn = null;
    } else if (block instanceof BlockQuote) {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        collect(child, passages);
      }
    }
    // Code, raw HTML and thematic breaks make no answer.
  }

  /** The sentence before a list that ends in a colon, else the heading above it, or null. */
  private static String leadIn(Passages passages) {
    if (passages.leadIn != null && passages.leadIn.length() <= MAX_LEAD_IN_CHARS) {
      return passages.leadIn;
    }
    return passages.heading == null ? null : passages.heading + ":";
  }

  /** Words that make no sentence of their own: "Nausea, and sometimes vomiting". */
  private static boolean isFragment(String item) {
    return !item.matches(".*[.?!:;]\\s.*") && !item.matches(".*[.?!]");
  }

  private String render(Node node) {
    return text.render(node).strip().replace('\n', ' ');
  }

  /**
   * Adds the sentences of a paragraph or list item as one passage, but those that only point to
   * another article and questions: "How many sessions do you recommend?" is one to ask a provider,
   * and "can I drive, will it show on a drug test?" one the text goes on to answer; nor those that
   * only say what the text will do ({@link #SIGNPOST}). A first sentence of a few words is a label
   * ("Alcohol." in bold) and is read with the sentence after it, which the highlighter would
   * otherwise pass over for a passage of one word.
   */
  private static void addAnswers(String block, List<String> passages) {
    String text = CROSS_REFERENCE.matcher(block).replaceAll("");
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    List<String> kept = new ArrayList<>();
    int start = sentences.first();
    for (int end = sentences.next();
        end != BreakIterator.DONE;
        start = end, end = sentences.next()) {
      String sentence = text.substring(start, end).strip();
      // "1." of a numbered label ("**1. Esketamine (Spravato).**") numbers, it does not say.
      if (!sentence.endsWith("?")
          && !NUMBER.matcher(sentence).matches()
          && !SIGNPOST.matcher(sentence).matches()) {
        kept.add(sentence);
      }
    }
    if (kept.size() > 1
        && kept.get(0).endsWith(".")
        && kept.get(0).split(" ").length <= LABEL_WORDS) {
      String label = kept.get(0);
      kept.set(0, label.substring(0, label.length() - 1) + ":");
    }
    if (!kept.isEmpty()) {
      passages.add(String.join(" ", kept));
    }
  }

  /** A GitHub-style table, which CommonMark reads as a paragraph of lines starting with "|". */
  private static boolean isTable(String paragraph) {
    return paragraph.startsWith("|");
  }

  /**
   * The thematic break that opens an article's closing notice ("This article is general
   * information, not medical advice..."), a single paragraph after the last break; or null.
   */
  private static Node closingNotice(Node document) {
    Node last = document.getLastChild();
    Node before = last == null ? null : last.getPrevious();
    return last instanceof Paragraph && before instanceof ThematicBreak ? before : null;
  }
}
