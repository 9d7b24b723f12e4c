package org.kapfinder.server.search;

import org.kapfinder.server.query.Distress;
import org.kapfinder.server.query.FoldedText;
import org.kapfinder.server.query.Interpretation;
import org.kapfinder.server.query.ProviderFilters;
import org.kapfinder.server.query.QuestionForm;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.TreatmentWords;

/**
 * Whether a search lists no providers, and only the articles on where to turn: searches that need
 * help or an answer, not a clinic.
 *
 * @param providers no provider is listed
 * @param allButHelp only the articles on where to turn, or on what too much does, are listed
 */
record ProvidersLeftOut(boolean providers, boolean allButHelp) {

  static ProvidersLeftOut of(
      Interpretation understood,
      ProviderFilters filters,
      ResolvedPlace location,
      boolean nonMedicalUse,
      boolean question,
      FoldedText folded) {
    Distress distress = understood.distress();
    boolean asksNothingElse = !filters.narrows() && !filters.boosts();
    // A search in crisis or signalling an overdose, with nothing but its words ("I feel hopeless
    // and want to end it", "my friend passed out"), is answered with help and articles: its words
    // would list providers whose listings happen to say "end" or "feel", and the device's point,
    // sent with every search, asks for nothing. With a place, a condition or a treatment asked
    // for, it still finds them; but not when it asks how much would kill or names the means
    // ("how many troches to die"), whose treatment words would list the means.
    // A threat that names nothing to treat lists none either: "i am not safe at home" asks for no
    // provider who treats at home.
    boolean threatAlone =
        distress.threatened()
            && filters.conditions().isEmpty()
            && filters.boostConditions().isEmpty()
            && filters.routes().isEmpty();
    boolean distressOnly =
        distress.helpOnly() || threatAlone || (distress.any() && asksNothingElse);
    boolean distressAlone =
        distress.helpOnly()
            || threatAlone
            || (distressOnly
                && (location == null || ResolvedPlace.SOURCE_CLIENT.equals(location.source())));
    // So is one about a problem with ketamine use that asks for nothing else, wherever it is
    // made: clinics that give ketamine are no help with it.
    boolean misuseAlone = understood.ketamineMisuse() && asksNothingElse;
    // And one for ketamine outside medical care that names nothing to treat ("buy ketamine
    // online", "ketamine pills without prescription"): it seeks the drug, not care, and the
    // online programs its words would list are what the FDA warns of for unmonitored use.
    boolean drugAlone =
        nonMedicalUse && filters.conditions().isEmpty() && filters.boostConditions().isEmpty();
    // And a question that asks for nothing a listing holds, around no place of its own ("is
    // ketamine safe", "how long does ketamine last"): the articles answer it, and its words would
    // list only the providers whose names happen to say "safe" or "long". Not one that asks the
    // price where the searcher is: the providers near them answer it with theirs.
    boolean questionAlone =
        question
            && !understood.nearMe()
            && asksNothingElse
            && (location == null
                || (ResolvedPlace.SOURCE_CLIENT.equals(location.source())
                    && !QuestionForm.asksThePrice(folded)));
    // Distress that names no treatment ("i want to die", "i took too many pills"), wherever it is
    // made, is answered by the articles on where to turn alone, not by those that share its words.
    boolean allButHelp = distress.helpOnly() || (distressOnly && !TreatmentWords.namedIn(folded));
    return new ProvidersLeftOut(
        distressAlone || misuseAlone || drugAlone || questionAlone, allButHelp);
  }
}
