package org.consulta.revisions;

import static org.consulta.revisions.AnchorState.CHANGED;
import static org.consulta.revisions.AnchorState.EXACT;
import static org.consulta.revisions.AnchorState.MOVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.junit.jupiter.api.Test;

class AnchorCarrierTest {

  private static final String PARITY =
      "Artículo 1. El Consejo garantizará la paridad de género en la composición de sus órganos.";
  private static final String PARITY_SENTENCE =
      "El Consejo garantizará la paridad de género en la composición de sus órganos.";
  // Longer than the others, so the diff keeps it and moves them around it.
  private static final String REPORT =
      "Artículo 2. La Comisión publicará cada año un informe detallado sobre el cumplimiento de"
          + " esta ley, con datos desagregados por sexo, edad y territorio, y lo remitirá al"
          + " Parlamento antes del 30 de junio.";

  /** The only occurrence of {@code quote} in {@code text}. */
  private static Passage passage(String text, String quote) {
    int start = text.indexOf(quote);
    assertTrue(start >= 0, "missing: " + quote);
    assertEquals(-1, text.indexOf(quote, start + 1), "occurs more than once: " + quote);
    return new Passage(start, start + quote.length());
  }

  private static Passage lastOccurrence(String text, String quote) {
    int start = text.lastIndexOf(quote);
    return new Passage(start, start + quote.length());
  }

  private static void assertCarried(
      AnchorState state, String expectedText, String after, CarriedPassage carried) {
    assertEquals(state, carried.state(), () -> "carried: " + carried);
    assertEquals(expectedText, carried.passage().orElseThrow().in(after));
  }

  // Carried by the diff

  @Test
  void insertionBeforeThePassageShiftsIt() {
    String before = "Según el régimen, la revisión será anual.";
    String after = "Según el régimen económico, la revisión será anual.";
    Passage passage = passage(before, "la revisión será anual");

    CarriedPassage carried = AnchorCarrier.carry(before, after, passage);

    int shift = " económico".length(); // é is one precomposed char
    assertEquals(10, shift);
    assertEquals(
        CarriedPassage.at(EXACT, new Passage(passage.start() + shift, passage.end() + shift)),
        carried);
    assertEquals(passage.in(before), carried.passage().orElseThrow().in(after));
  }

  @Test
  void insertionsRightAtTheEdgesStayOutsideThePassage() {
    String before = "El plazo será de diez días hábiles desde la notificación de la resolución.";
    String after =
        "El plazo será de al menos diez días hábiles desde la notificación, de la resolución.";
    Passage passage = passage(before, "diez días hábiles desde la notificación");
    List<TextEdit> edits = WordDiff.edits(WordDiff.between(before, after));
    assertEquals(
        List.of(
            new TextEdit(passage.start(), passage.start(), "al menos "),
            new TextEdit(passage.end(), passage.end(), ",")),
        edits,
        "the revision inserts exactly at both edges");

    assertCarried(
        EXACT,
        "diez días hábiles desde la notificación",
        after,
        AnchorCarrier.carry(before, after, passage));
  }

  @Test
  void shortPassageFoldedIntoInsertionsAroundItStaysExact() {
    // The diff's semantic cleanup reports "diez días" as deleted and reinserted with the words
    // around it; the intact copy inside its own replacement is the passage, still in place.
    String before = "El plazo será de diez días hábiles.";
    String after = "El plazo será de al menos diez días naturales hábiles.";
    Passage passage = passage(before, "diez días");
    assertFalse(
        new OffsetMap(WordDiff.between(before, after)).unchanged(passage.start(), passage.end()));

    assertCarried(EXACT, "diez días", after, AnchorCarrier.carry(before, after, passage));
  }

  // Edited in place

  @Test
  void insertionInsideThePassageChangesIt() {
    String before =
        "Los Estados garantizarán la participación de la sociedad civil en las medidas.";
    String after =
        "Los Estados garantizarán la participación efectiva de la sociedad civil en las medidas.";
    Passage passage = passage(before, "la participación de la sociedad civil");

    assertCarried(
        CHANGED,
        "la participación efectiva de la sociedad civil",
        after,
        AnchorCarrier.carry(before, after, passage));
  }

  @Test
  void editsOfTheFirstAndLastWordsAreIncluded() {
    String before =
        "Los Estados garantizarán la participación de la sociedad civil en las medidas.";
    String after =
        "Los Estados garantizarán toda participación de la sociedad organizada en las medidas.";
    Passage passage = passage(before, "la participación de la sociedad civil");

    assertCarried(
        CHANGED,
        "toda participación de la sociedad organizada",
        after,
        AnchorCarrier.carry(before, after, passage));
  }

  @Test
  void editsReachingOutOfThePassageAreIncludedWhole() {
    String before = "Se garantiza la paridad de género en el Consejo y sus comités de evaluación.";
    String after = "Se promueve una igualdad de género en el Consejo y sus comisiones asesoras.";
    Passage passage = passage(before, "paridad de género en el Consejo y sus comités");
    assertEquals(
        List.of(
            new TextEdit(3, 23, "promueve una igualdad"),
            new TextEdit(54, 75, "comisiones asesoras")),
        WordDiff.edits(WordDiff.between(before, after)),
        "each edit starts or ends outside the passage");

    assertCarried(
        CHANGED,
        "promueve una igualdad de género en el Consejo y sus comisiones asesoras",
        after,
        AnchorCarrier.carry(before, after, passage));
  }

  @Test
  void addingAnAccentInsideThePassageChangesIt() {
    String before = "Se fomentará la participación politica de las mujeres en los municipios.";
    String after = "Se fomentará la participación política de las mujeres en los municipios.";
    Passage passage = passage(before, "participación politica de las mujeres");

    CarriedPassage carried = AnchorCarrier.carry(before, after, passage);

    assertCarried(CHANGED, "participación política de las mujeres", after, carried);
    assertEquals(passage, carried.passage().orElseThrow(), "same length, same place");
  }

  @Test
  void passageReplacedWholeInPlaceIsChanged() {
    String before = "El plazo será de diez días hábiles desde la notificación.";
    String after = "El plazo será de un mes desde la notificación.";
    Passage passage = passage(before, "diez días hábiles");

    assertCarried(CHANGED, "un mes", after, AnchorCarrier.carry(before, after, passage));
  }

  @Test
  void deletedPassageIsOrphaned() {
    String before = "Artículo 3. El Consejo se reunirá cada mes. Sus actas serán públicas.";
    String after = "Artículo 3. El Consejo se reunirá cada mes.";

    assertEquals(
        CarriedPassage.orphaned(),
        AnchorCarrier.carry(before, after, passage(before, "Sus actas serán públicas.")));
  }

  @Test
  void deletedSentenceBetweenTwoOthersIsOrphaned() {
    String before =
        "Artículo 3. El Consejo se reunirá cada mes. Sus actas serán públicas. Sesionará con"
            + " la mitad de sus miembros.";
    String after =
        "Artículo 3. El Consejo se reunirá cada mes. Sesionará con la mitad de sus miembros.";

    for (String selected :
        List.of(
            "Sus actas serán públicas.",
            "Sus actas serán públicas. ",
            " Sus actas serán públicas.")) {
      assertEquals(
          CarriedPassage.orphaned(),
          AnchorCarrier.carry(before, after, passage(before, selected)),
          () -> "selected: '" + selected + "'");
    }
  }

  @Test
  void passageReducedToPunctuationIsOrphaned() {
    String before = "El Consejo (previo informe de la Comisión) resolverá en diez días.";
    String after = "El Consejo () resolverá en diez días.";

    assertEquals(
        CarriedPassage.orphaned(),
        AnchorCarrier.carry(before, after, passage(before, "(previo informe de la Comisión)")));
  }

  @Test
  void passageReducedToWhitespaceIsOrphaned() {
    String before = "El Consejo resolverá,\n  previo informe de la Comisión,\n  en diez días.";
    String after = "El Consejo resolverá,\n  \n  en diez días.";

    assertEquals(
        CarriedPassage.orphaned(),
        AnchorCarrier.carry(
            before, after, passage(before, "\n  previo informe de la Comisión,\n")));
  }

  @Test
  void wholeTextReducedToPunctuationIsOrphaned() {
    assertEquals(CarriedPassage.orphaned(), AnchorCarrier.carryWhole("Derogado el 3.", " . "));
  }

  @Test
  void everythingDeletedOrphansThePassage() {
    String before = "Artículo 3. El Consejo se reunirá cada mes.";
    assertEquals(
        CarriedPassage.orphaned(),
        AnchorCarrier.carry(before, "", passage(before, "se reunirá cada mes")));
  }

  // The same words twice

  @Test
  void theDiffCarriesTheCopyThatWasNotEdited() {
    String before =
        "1. Se garantiza la paridad de género en el Consejo."
            + " 2. Se garantiza la paridad de género en los comités.";
    String after =
        "1. Se promueve la igualdad en el Consejo."
            + " 2. Se garantiza la paridad de género en los comités.";

    CarriedPassage second =
        AnchorCarrier.carry(before, after, lastOccurrence(before, "la paridad de género"));
    assertEquals(CarriedPassage.at(EXACT, lastOccurrence(after, "la paridad de género")), second);

    CarriedPassage first =
        AnchorCarrier.carry(before, after, new Passage(16, 16 + "la paridad de género".length()));
    assertCarried(CHANGED, "promueve la igualdad", after, first);
  }

  @Test
  void editedWordIsNotConfusedWithAnUnchangedCopyLaterOn() {
    String before = "A paridad. B paridad.";
    String after = "A igualdad. B paridad.";

    assertCarried(
        CHANGED, "igualdad", after, AnchorCarrier.carry(before, after, new Passage(2, 9)));
  }

  @Test
  void contextPicksTheMovedCopyAmongNewOnes() {
    String otherParity =
        "Artículo 3. Las empresas públicas promoverán la paridad de género en sus consejos.";
    String before = PARITY + "\n" + REPORT;
    String after = REPORT + "\n" + PARITY + "\n" + otherParity;
    Passage moved = passage(after, PARITY);

    CarriedPassage carried =
        AnchorCarrier.carry(before, after, passage(before, "la paridad de género"));

    int expectedStart = moved.start() + PARITY.indexOf("la paridad de género");
    assertEquals(
        CarriedPassage.at(
            MOVED, new Passage(expectedStart, expectedStart + "la paridad de género".length())),
        carried);
  }

  @Test
  void copiesWithTheSameContextAreAmbiguous() {
    String before = PARITY + "\n" + REPORT;
    String after = REPORT + "\n" + PARITY + "\n" + PARITY;

    assertEquals(
        CarriedPassage.orphaned(),
        AnchorCarrier.carry(before, after, passage(before, "la paridad de género")));
  }

  @Test
  void aShortQuoteInAnUnrelatedNewSentenceIsNotThePassage() {
    String before = "El Estado garantiza la paridad. " + REPORT;
    String after = REPORT + " Un consejo nuevo vigilará la paridad.";

    assertEquals(
        CarriedPassage.orphaned(),
        AnchorCarrier.carry(before, after, passage(before, "la paridad")));
  }

  @Test
  void aShortQuoteMovedWithItsParagraphKeepsItsContext() {
    String before = "1. Paridad es la igualdad.\n\n" + REPORT;
    String after = REPORT + "\n\n1. Paridad es la igualdad.";

    assertCarried(
        MOVED, "igualdad", after, AnchorCarrier.carry(before, after, passage(before, "igualdad")));
  }

  @Test
  void anApproximateMatchNearTheEndStaysInsideTheText() {
    String before =
        "que se efectúen a partir de la entrada en vigor de\n\ndiscriminatoria de recursos, tiempos"
            + " en medios de comunicación y espacios de campaña entre candidaturas de mujeres y de"
            + " hombres.  2. Los\n\nEstado se distribuirán de forma paritaria entre las candidaturas"
            + " de mujeres y de hombres.  4. Los recursos";
    String after =
        "que se efectúen a partir de la entrada en vigor de\n\nEstado se distribuirán de paritaria"
            + " entre las candidaturas de mujeres y de hombres.  Los recursos\n\ndiscriminatoria de"
            + " recursos, tiempos en medios de comunicación y espacios de campaña entre candidaturas"
            + " de mujeres y de hombres.  2. Los";

    CarriedPassage carried = AnchorCarrier.between(before, after).carry(new Passage(242, 296));

    carried.passage().ifPresent(p -> assertTrue(p.end() <= after.length(), p.toString()));
    assertEquals(CHANGED, carried.state());
  }

  // Moved

  @Test
  void reorderedParagraphsMoveThePassage() {
    String before = PARITY + "\n" + REPORT;
    String after = REPORT + "\n" + PARITY;
    String quote = "la paridad de género en la composición de sus órganos";

    assertCarried(MOVED, quote, after, AnchorCarrier.carry(before, after, passage(before, quote)));
  }

  @Test
  void movedAndLightlyEditedParagraphIsFoundApproximately() {
    String edited = PARITY.replace("composición", "integración");
    String before = PARITY + "\n" + REPORT;
    String after = REPORT + "\n" + edited;

    assertCarried(
        CHANGED,
        "El Consejo garantizará la paridad de género en la integración de sus órganos.",
        after,
        AnchorCarrier.carry(before, after, passage(before, PARITY_SENTENCE)));
  }

  @Test
  void movedAndRewrittenParagraphIsOrphaned() {
    String rewritten =
        "El Consejo velará por una composición equilibrada entre mujeres y hombres en sus órganos.";
    String before = PARITY + "\n" + REPORT;
    String after = REPORT + "\nArtículo 1. " + rewritten;
    DiffMatchPatch dmp = new DiffMatchPatch();
    int distance = dmp.diffLevenshtein(dmp.diffMain(PARITY_SENTENCE, rewritten));
    assertTrue(
        distance > PARITY_SENTENCE.length() / 4,
        "too different to be the same passage: " + distance);

    assertEquals(
        CarriedPassage.orphaned(),
        AnchorCarrier.carry(before, after, passage(before, PARITY_SENTENCE)));
  }

  @Test
  void twoLightlyEditedCopiesAreAmbiguous() {
    // Heads and tails are intact in both copies, so only the search for a second match sees it.
    String before = PARITY + "\n" + REPORT;
    String after =
        REPORT
            + "\n"
            + PARITY.replace("paridad de género", "paridad entre géneros")
            + "\n"
            + PARITY.replace("paridad de género", "paridad real de género");

    assertEquals(
        CarriedPassage.orphaned(),
        AnchorCarrier.carry(before, after, passage(before, PARITY_SENTENCE)));
  }

  @Test
  void oldLookAlikeBetweenTwoEditedCopiesDoesNotHideTheAmbiguity() {
    // Longer than the copies around it, so the diff keeps it.
    String lookAlike =
        "Artículo 5. El Consejo garantizará la paridad de género en la composición de sus comités,"
            + " de sus consejos asesores, de los tribunales de selección y de sus delegaciones.";
    String before = PARITY + "\n" + REPORT + "\n" + lookAlike;
    String after =
        REPORT
            + "\n"
            + PARITY.replace("paridad de género", "paridad entre géneros")
            + "\n"
            + lookAlike
            + "\n"
            + PARITY.replace("paridad de género", "paridad real de género");

    assertEquals(
        CarriedPassage.orphaned(),
        AnchorCarrier.carry(before, after, passage(before, PARITY_SENTENCE)));
  }

  @Test
  void oneLightlyEditedCopyAmongUnrelatedNewTextIsFound() {
    String before = PARITY + "\n" + REPORT;
    String edited = PARITY.replace("paridad de género", "paridad entre géneros");
    String after = REPORT + "\n" + edited + "\nArtículo 4. El Consejo aprobará su reglamento.";

    assertCarried(
        CHANGED,
        edited.substring("Artículo 1. ".length()),
        after,
        AnchorCarrier.carry(before, after, passage(before, PARITY_SENTENCE)));
  }

  @Test
  void lookAlikeThatWasThereAllAlongIsNotTheDeletedPassage() {
    String lookAlike = PARITY.replace("órganos", "comités");
    String before = PARITY + "\n" + REPORT + "\n" + lookAlike;
    String after = REPORT + "\n" + lookAlike;

    assertEquals(
        CarriedPassage.orphaned(),
        AnchorCarrier.carry(before, after, passage(before, PARITY_SENTENCE)));
  }

  @Test
  void headOfTheQuoteAtTheVeryEndOfTheTextIsNoMatch() {
    String before = PARITY + "\n" + REPORT;
    String after = REPORT + "\nArtículo 1. El Consejo garantizará la";

    assertEquals(
        CarriedPassage.orphaned(),
        AnchorCarrier.carry(before, after, passage(before, PARITY_SENTENCE)));
  }

  @Test
  void shortPassagesAreNotMatchedApproximately() {
    String before = "Plazo: diez días.\n" + REPORT;
    String after = REPORT + "\nPlazo: doce días.";
    Passage passage = passage(before, "diez días.");
    assertTrue(passage.length() < FuzzyQuoteSearch.MIN_LENGTH);

    assertEquals(CarriedPassage.orphaned(), AnchorCarrier.carry(before, after, passage));
  }

  // Characters outside the basic plane

  @Test
  void emojiBeforeThePassageShiftItByTwoCharsEach() {
    String before =
        "\uD83D\uDE42 Aviso \uD83D\uDC4D\uD83C\uDFFD: la cuota \uD83D\uDCB6 será de diez.";
    String after =
        "\uD83D\uDE42\uD83D\uDE42 Aviso nuevo \uD83D\uDC4D\uD83C\uDFFD: la cuota \uD83D\uDCB6 será de diez.";
    Passage passage = passage(before, "la cuota \uD83D\uDCB6 será");

    CarriedPassage carried = AnchorCarrier.carry(before, after, passage);

    int shift = 2 + " nuevo".length();
    assertEquals(
        CarriedPassage.at(EXACT, new Passage(passage.start() + shift, passage.end() + shift)),
        carried);
  }

  @Test
  void emojiReplacedInsideThePassageKeepsPairsWhole() {
    String before = "\uD83D\uDE42 Aviso: la cuota \uD83D\uDCB6 será de diez euros.";
    String after = "\uD83D\uDE42 Aviso: la cuota \uD83D\uDCB7\uD83D\uDCB7 será de diez euros.";

    CarriedPassage carried =
        AnchorCarrier.carry(before, after, passage(before, "cuota \uD83D\uDCB6"));

    assertCarried(CHANGED, "cuota \uD83D\uDCB7\uD83D\uDCB7", after, carried);
  }

  @Test
  void approximateMatchNeverCutsACharacterInTwo() {
    // Matching "1" against the low half of the bold digit costs one error, the whole digit two.
    String boldOne = "\uD835\uDFCF";
    String before = PARITY + "\n" + REPORT;
    String after = REPORT + "\n" + PARITY.replace("1.", boldOne + ".");

    CarriedPassage carried =
        AnchorCarrier.carry(before, after, passage(before, "1. " + PARITY_SENTENCE));

    assertCarried(CHANGED, boldOne + ". " + PARITY_SENTENCE, after, carried);
  }

  @Test
  void rejectsPassagesThatDoNotFitTheText() {
    String text = "la cuota \uD83D\uDCB6";
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> AnchorCarrier.carry(text, text, new Passage(3, text.length() + 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> AnchorCarrier.carry(text, text, new Passage(3, text.length() - 1)));
  }

  // Over several revisions

  @Test
  void statesAccumulateOverRevisions() {
    String first = PARITY + "\n" + REPORT;
    String second =
        "Artículo 1. Con carácter general, el Consejo garantizará la paridad de género"
            + " en la composición de sus órganos.\n"
            + REPORT;
    String third = REPORT + "\n" + second.substring(0, second.indexOf('\n'));
    String fourth = third.replace("paridad de género", "paridad efectiva de género");
    String quote = "la paridad de género en la composición";

    Passage passage = passage(first, quote);
    AnchorState state = EXACT;
    List<String> revisions = List.of(first, second, third, fourth);
    List<AnchorState> expected = List.of(EXACT, MOVED, CHANGED);
    for (int i = 1; i < revisions.size(); i++) {
      CarriedPassage carried = AnchorCarrier.carry(revisions.get(i - 1), revisions.get(i), passage);
      assertEquals(expected.get(i - 1), carried.state(), "revision " + i);
      state = state.then(carried.state());
      passage = carried.passage().orElseThrow();
    }

    assertEquals(CHANGED, state);
    assertEquals("la paridad efectiva de género en la composición", passage.in(fourth));
  }

  @Test
  void oneCarrierServesEveryPassageOfARevision() {
    String before = PARITY + "\n" + REPORT;
    String after = REPORT.replace("cada año", "cada dos años") + "\n" + PARITY;
    AnchorCarrier carrier = AnchorCarrier.between(before, after);

    assertCarried(MOVED, PARITY_SENTENCE, after, carrier.carry(passage(before, PARITY_SENTENCE)));
    assertCarried(CHANGED, "cada dos años", after, carrier.carry(passage(before, "cada año")));
    assertCarried(EXACT, "Parlamento", after, carrier.carry(passage(before, "Parlamento")));
  }

  // Whole articles

  @Test
  void wholeArticleCommentsCoverTheRevisedText() {
    assertEquals(
        CarriedPassage.at(EXACT, new Passage(0, REPORT.length())),
        AnchorCarrier.carryWhole(REPORT, REPORT));
    assertEquals(
        CarriedPassage.at(CHANGED, new Passage(0, PARITY.length())),
        AnchorCarrier.carryWhole(REPORT, PARITY));
    assertEquals(CarriedPassage.orphaned(), AnchorCarrier.carryWhole(REPORT, ""));
  }
}
