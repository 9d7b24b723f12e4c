package org.kapfinder.index.build;

import java.util.List;
import org.kapfinder.index.corpus.Problem;

/**
 * The corpus has invalid records and the build was not told to skip them: nothing was published,
 * the live index is untouched. Carries every problem found, in file and line order.
 */
public final class InvalidCorpusException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;
  private final transient BuildSummary summary;

  public InvalidCorpusException(List<Problem> problems, BuildSummary summary) {
    super(problems.size() + " problem(s) in the corpus; nothing was published");
    this.problems = List.copyOf(problems);
    this.summary = summary;
  }

  public List<Problem> problems() {
    return problems;
  }

  public BuildSummary summary() {
    return summary;
  }
}
