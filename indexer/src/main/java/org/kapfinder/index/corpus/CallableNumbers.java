package org.kapfinder.index.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Makes the help lines an article names links that a phone can call: "988", "911" and toll-free
 * numbers such as "1-800-222-1222". A reader in distress on a phone should not have to copy a
 * number by hand. Text already inside a link is left as it is.
 */
final class CallableNumbers implements PostProcessor {

  /**
   * 988 and 911 standing alone, and numbers written 1-800-555-0100: not inside longer numbers nor
   * an amount ("$988", "0.911"), nor a suite's or a room's number.
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\w$.,/#-])(?<!(?i:suite|room|unit|apt) )"
              + "(?:988|911|1-8\\d\\d-\\d{3}-\\d{4})(?![\\w-])");

  @Override
  public Node process(Node document) {
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            // Already a link: its text stays its own.
          }

          @Override
          public void visit(Text text) {
            link(text);
          }
        });
    return document;
  }

  /** Replaces the text node by its pieces, each number in it a link of its own. */
  private static void link(Text text) {
    String literal = text.getLiteral();
    Matcher number = NUMBER.matcher(literal);
    int done = 0;
    while (number.find()) {
      if (number.start() > done) {
        text.insertBefore(new Text(literal.substring(done, number.start())));
      }
      Link link = new Link(telUri(number.group()), null);
      link.appendChild(new Text(number.group()));
      text.insertBefore(link);
      done = number.end();
    }
    if (done == 0) {
      return;
    }
    if (done < literal.length()) {
      text.insertBefore(new Text(literal.substring(done)));
    }
    text.unlink();
  }

  /** "tel:988", or "tel:+18002221222" for a number with its country code. */
  static String telUri(String number) {
    String digits = number.replace("-", "");
    return "tel:" + (digits.length() == 11 ? "+" + digits : digits);
  }
}
