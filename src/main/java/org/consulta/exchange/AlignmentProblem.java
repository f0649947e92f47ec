package org.consulta.exchange;

/**
 * A difference between the language versions of one law.
 *
 * @param eId the division or article concerned, or null when the law as a whole is
 * @param detail what differs, naming the languages
 */
public record AlignmentProblem(String eId, Kind kind, String detail) {
  public enum Kind {
    /** law, work or topic differ between languages. */
    WORK_MISMATCH,
    /** a division or article is missing from some languages. */
    MISSING_IN_LANGUAGE,
    /** a division or article sits elsewhere among its siblings. */
    ORDER_DIFFERS,
    /** a division or article sits in another division. */
    PARENT_DIFFERS,
    /** an article has other counts of numbered paragraphs or lettered items. */
    STRUCTURE_DIFFERS
  }
}
