package org.consulta.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits a drafter makes to an article, at random places, so that the comments on it end up
 * carried exactly, moved, changed or orphaned. Each kind returns null where it cannot apply (a
 * single paragraph cannot be swapped).
 */
enum Redraft {
  /** A new sentence after a full stop, or at the end of a paragraph. */
  INSERT_SENTENCE(3) {
    @Override
    String apply(String text, Random random) {
      List<Integer> ends = sentenceEnds(text);
      int at = ends.get(random.nextInt(ends.size()));
      return text.substring(0, at) + " " + sentence(random) + text.substring(at);
    }
  },
  /** One to three consecutive words replaced by others. */
  REPLACE_WORDS(3) {
    @Override
    String apply(String text, Random random) {
      List<WordRun> words = WordRun.words(text);
      if (words.isEmpty()) {
        return null;
      }
      int first = random.nextInt(words.size());
      int last = Math.min(words.size() - 1, first + random.nextInt(3));
      StringBuilder replacement = new StringBuilder();
      for (int w = first; w <= last; w++) {
        replacement.append(w == first ? "" : " ").append(anyOf(WORDS, random));
      }
      return text.substring(0, words.get(first).start())
          + replacement
          + text.substring(words.get(last).end());
    }
  },
  /** A clause, from a comma to the next comma, semicolon or full stop, taken out. */
  DELETE_CLAUSE(2) {
    @Override
    String apply(String text, Random random) {
      List<int[]> clauses = new ArrayList<>();
      Matcher clause = CLAUSE.matcher(text);
      while (clause.find()) {
        clauses.add(new int[] {clause.start(), clause.end()});
      }
      if (clauses.isEmpty()) {
        return null;
      }
      int[] cut = clauses.get(random.nextInt(clauses.size()));
      return text.substring(0, cut[0]) + text.substring(cut[1]);
    }
  },
  /** Two neighbouring paragraphs change places. */
  SWAP_PARAGRAPHS(2) {
    @Override
    String apply(String text, Random random) {
      List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n", -1)));
      if (paragraphs.size() < 2) {
        return null;
      }
      int first = random.nextInt(paragraphs.size() - 1);
      paragraphs.add(first, paragraphs.remove(first + 1));
      return String.join("\n\n", paragraphs);
    }
  };

  /** The edit that was made and the text it made. */
  record Edited(Redraft kind, String text) {}

  // ", a clause of words," without crossing a line or a sentence; the comma before it goes too.
  private static final Pattern CLAUSE = Pattern.compile(",[^,;.:\\n]{8,}?(?=[,;.])");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.(?= )");
  private static final List<String> SUBJECTS =
      List.of(
          "El órgano electoral",
          "La autoridad competente",
          "El Estado",
          "Cada partido político",
          "El Observatorio Nacional de Paridad",
          "La institución nacional de derechos humanos",
          "El tribunal competente",
          "El Poder Ejecutivo");
  private static final List<String> VERBS =
      List.of(
          "publicará",
          "garantizará",
          "informará anualmente sobre",
          "adoptará medidas para asegurar",
          "supervisará",
          "promoverá",
          "registrará",
          "velará por");
  private static final List<String> OBJECTS =
      List.of(
          "el cumplimiento de esta disposición",
          "la participación paritaria de mujeres y hombres",
          "los datos desagregados por sexo y territorio",
          "la igualdad sustantiva en el acceso a los cargos",
          "la transparencia de los procedimientos",
          "la reparación de los daños causados",
          "la difusión de esta Ley en lenguas indígenas",
          "los recursos necesarios para su aplicación");
  private static final List<String> WORDS =
      List.of(
          "deberá",
          "podrá",
          "autoridad",
          "procedimiento",
          "paritaria",
          "progresiva",
          "efectiva",
          "pública",
          "plazo",
          "reglamento",
          "garantizar",
          "igualdad",
          "mujeres",
          "personas",
          "órganos");

  private final int weight;

  Redraft(int weight) {
    this.weight = weight;
  }

  /** The edited text, or null where this kind of edit cannot apply. */
  abstract String apply(String text, Random random);

  /** A kind drawn by weight: insertions and replacements are more common than the others. */
  static Redraft pick(Random random) {
    int total = 0;
    for (Redraft kind : values()) {
      total += kind.weight;
    }
    int draw = random.nextInt(total);
    for (Redraft kind : values()) {
      draw -= kind.weight;
      if (draw < 0) {
        return kind;
      }
    }
    throw new AssertionError("weights add up");
  }

  /** An edit that changes {@code text}: {@code first} if it can, else the next kind that can. */
  static Edited edit(String text, Redraft first, Random random) {
    Redraft[] kinds = values();
    for (int k = 0; k < kinds.length; k++) {
      Redraft kind = kinds[(first.ordinal() + k) % kinds.length];
      String edited = kind.apply(text, random);
      if (edited != null && !edited.equals(text)) {
        return new Edited(kind, edited);
      }
    }
    // Every kind failed only on a text without words or sentences: insertion always changes it.
    return new Edited(INSERT_SENTENCE, INSERT_SENTENCE.apply(text, random));
  }

  private static List<Integer> sentenceEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(text);
    while (end.find()) {
      ends.add(end.end());
    }
    for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", at + 2)) {
      ends.add(at); // the end of a paragraph
    }
    ends.add(text.length());
    return ends;
  }

  private static String sentence(Random random) {
    return anyOf(SUBJECTS, random)
        + " "
        + anyOf(VERBS, random)
        + " "
        + anyOf(OBJECTS, random)
        + ".";
  }

  private static String anyOf(List<String> words, Random random) {
    return words.get(random.nextInt(words.size()));
  }
}
