package org.consulta.crossrefs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in Spanish and English legal text, the references to other articles of the same law:
 * "artículo 9", "Article 9", "artículos 5 a 7", "articles 5, 6 and 8", "el párrafo 2 del artículo
 * 12", "article 12(2)", "artículo 12, párrafo 2". A reference followed by another instrument's name
 * ("artículo 9 de la Ley 19.880", "Article 7 of the Belém do Pará Convention", "de dicha
 * Convención") is that instrument's, not this law's, and is left out; "de esta Ley", "of this Law"
 * keep it.
 */
public final class ReferenceRecogniser {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * A number ends where no letter, digit or decimal part follows, nor a Latin suffix: "10 bis" is
   * another article than 10, and the engine's numbering has no place for it.
   */
  private static final String NUMBER_END =
      "(?![\\p{L}\\p{N}]|[.,]\\d)(?!\\s*[°º]?\\s*(?:bis|ter|qu[áa]ter|quinquies|sexies|septies|octies"
          + "|nonies|novies|decies)(?!\\p{L}))";

  private static final String PARAGRAPH_WORD = "(?:p[áa]rrafo|paragraph|apartado)";
  private static final Pattern HEAD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:"
              + PARAGRAPH_WORD
              + "\\s+(?<pre>\\d+)\\s+(?:del|of)\\s+)?(?<word>art[íi]culos?|articles?)\\s+(?<n>\\d+)"
              + NUMBER_END,
          FLAGS);

  /** What follows the number of an article's own label at the start of its text: "12°.-", "4." */
  private static final Pattern LABEL_END = Pattern.compile("\\s*[°º]?\\s*(?:\\.-|[.:–-])");

  private static final Pattern BRACKETED = Pattern.compile("\\((\\d+)\\)");
  private static final Pattern NAMED_PARAGRAPH =
      Pattern.compile(",\\s*" + PARAGRAPH_WORD + "\\s+(\\d+)" + NUMBER_END, FLAGS);
  private static final Pattern NEXT =
      Pattern.compile(
          "(?:\\s*,)?\\s+(?:y|e|o|u|a|al|hasta|and|or|to|through)\\s+(\\d+)"
              + NUMBER_END
              + "|\\s*,\\s*(\\d+)"
              + NUMBER_END,
          FLAGS);
  private static final Pattern OWNER =
      Pattern.compile(
          "\\s*,?\\s*(?:de|del|of)\\s+(?:(?<det>la\\s+presente|el\\s+presente|the\\s+present|la\\s+misma"
              + "|el\\s+mismo|the\\s+same|la|el|los|las|the|that|said|dicha|dicho|dichas|dichos|esta"
              + "|este|this)\\s+)?(?<name>\\p{L}+)",
          FLAGS);
  private static final Set<String> THIS_LAW =
      Set.of("la presente", "el presente", "the present", "esta", "este", "this");
  private static final Set<String> INSTRUMENTS =
      Set.of(
          "ley",
          "decreto",
          "código",
          "codigo",
          "convención",
          "convencion",
          "constitución",
          "constitucion",
          "reglamento",
          "tratado",
          "pacto",
          "protocolo",
          "carta",
          "estatuto",
          "directiva",
          "law",
          "act",
          "decree",
          "code",
          "convention",
          "constitution",
          "regulation",
          "treaty",
          "covenant",
          "protocol",
          "charter",
          "statute",
          "directive");

  private ReferenceRecogniser() {}

  /** The references in {@code text}, in the order they appear. */
  public static List<Reference> in(String text) {
    List<Reference> found = new ArrayList<>();
    Matcher head = HEAD.matcher(text);
    int from = 0;
    while (head.find(from)) {
      if (isOwnLabel(text, head)) {
        from = head.end();
        continue;
      }
      List<Reference> group = new ArrayList<>();
      Integer paragraph = head.group("pre") == null ? null : Integer.valueOf(head.group("pre"));
      int end = head.end("n");
      if (paragraph == null) {
        Matcher after = suffix(text, end);
        if (after != null) {
          paragraph = Integer.valueOf(after.group(1));
          end = after.end();
        }
      }
      group.add(
          new Reference(
              head.start(),
              end,
              head.start("n"),
              head.end("n"),
              Integer.parseInt(head.group("n")),
              paragraph));
      if (head.group("pre") == null) {
        end = following(text, end, plural(head.group("word")), group);
      }
      if (!belongsElsewhere(text, end)) {
        found.addAll(group);
      }
      from = end;
    }
    return found;
  }

  /**
   * Whether the match is the label a text opens with ("Artículo 12°.- …"), as texts copied from
   * enacted law do: it names the article itself, not another.
   */
  private static boolean isOwnLabel(String text, Matcher head) {
    return head.group("pre") == null
        && text.substring(0, head.start()).isBlank()
        && !plural(head.group("word"))
        && LABEL_END.matcher(text).region(head.end("n"), text.length()).lookingAt();
  }

  /** A paragraph named right after an article number: "(2)" or ", párrafo 2". */
  private static Matcher suffix(String text, int at) {
    for (Pattern pattern : List.of(BRACKETED, NAMED_PARAGRAPH)) {
      Matcher m = pattern.matcher(text).region(at, text.length());
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /** Reads the further numbers of a list or range ("5, 6 y 8", "5 a 7"); returns where it ends. */
  private static int following(String text, int at, boolean plural, List<Reference> group) {
    int end = at;
    while (true) {
      Matcher next = NEXT.matcher(text).region(end, text.length());
      if (!next.lookingAt()) {
        return end;
      }
      int g = next.group(1) != null ? 1 : 2;
      if (!plural && !next.group().strip().startsWith("al")) {
        return end;
      }
      int numberEnd = next.end(g);
      Integer paragraph = null;
      int phraseEnd = numberEnd;
      Matcher bracket = BRACKETED.matcher(text).region(numberEnd, text.length());
      if (bracket.lookingAt()) {
        paragraph = Integer.valueOf(bracket.group(1));
        phraseEnd = bracket.end();
      }
      group.add(
          new Reference(
              next.start(g),
              phraseEnd,
              next.start(g),
              numberEnd,
              Integer.parseInt(next.group(g)),
              paragraph));
      end = phraseEnd;
    }
  }

  private static boolean plural(String word) {
    return word.toLowerCase(Locale.ROOT).endsWith("s");
  }

  /** Whether the words after a reference name another instrument as the one it belongs to. */
  private static boolean belongsElsewhere(String text, int at) {
    Matcher owner = OWNER.matcher(text).region(at, text.length());
    if (!owner.lookingAt()) {
      return false;
    }
    String determiner = owner.group("det");
    if (determiner != null
        && THIS_LAW.contains(determiner.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
      return false;
    }
    String name = owner.group("name");
    return Character.isUpperCase(name.codePointAt(0))
        || INSTRUMENTS.contains(name.toLowerCase(Locale.ROOT));
  }
}
