package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Recognises a search that names an eating disorder or its signs ("ketamine for anorexia", "i make
 * myself throw up after every meal", "purging every day"). Ketamine is no approved treatment for
 * one, no listing says who treats them, and purging or not eating can upset the heart's rhythm:
 * such a search is told where to start, and when to call 911, before the providers.
 */
public final class EatingDisorderSigns {

  private static final Pattern SIGNS =
      FoldedText.phrases(
          "eating disorders?|anorexia|anorexic|bulimia|bulimic|binge eating disorder|arfid"
              + "|binge and purge|binging and purging|bingeing and purging|purging"
              + "|make myself (?:throw up|vomit|puke|sick)|making myself (?:throw up|vomit|puke)"
              + "|throw up (?:after|everything i eat)|starving myself"
              + "|(?:havent|have not|not) eaten in (?:\\d+|two|three|four|five|several|many) days"
              + "|laxatives to lose weight|trastornos? (?:de la conducta )?alimentari[oa]s?"
              + "|trastornos? alimentici[oa]s?|anorexica|bulimica|me provoco el vomito");

  private EatingDisorderSigns() {}

  public static boolean namedIn(FoldedText q) {
    return q.has(SIGNS);
  }
}
