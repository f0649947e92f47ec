package org.consulta.publication;

import java.util.List;
import java.util.Locale;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawComparison.Status;

/** The words a comparative table prints around the law's text, in the table's language. */
public enum ComparisonWords {
  ES(
      "Cuadro comparativo",
      "Cambios",
      "Sin cambios",
      List.of("añadido", "eliminado", "movido", "renumerado", "modificado"),
      List.of("Añadidos", "Eliminados", "Movidos", "Renumerados", "Modificados"),
      List.of(
          "Los artículos sin cambios de redacción se indican en una línea.",
          "Los artículos sin cambios no se reproducen.",
          "Los artículos sin cambios se reproducen íntegros.")),
  EN(
      "Comparative table",
      "Changes",
      "Unchanged",
      List.of("added", "deleted", "moved", "renumbered", "changed"),
      List.of("Added", "Deleted", "Moved", "Renumbered", "Changed"),
      List.of(
          "Articles whose wording is unchanged are listed on one line.",
          "Unchanged articles are left out.",
          "Unchanged articles are shown in full.")),
  PT(
      "Quadro comparativo",
      "Alterações",
      "Sem alterações",
      List.of("acrescentado", "suprimido", "deslocado", "renumerado", "alterado"),
      List.of("Acrescentados", "Suprimidos", "Deslocados", "Renumerados", "Alterados"),
      List.of(
          "Os artigos sem alterações de redação são indicados numa linha.",
          "Os artigos sem alterações não são reproduzidos.",
          "Os artigos sem alterações são reproduzidos na íntegra.")),
  FR(
      "Tableau comparatif",
      "Modifications",
      "Inchangés",
      List.of("ajouté", "supprimé", "déplacé", "renuméroté", "modifié"),
      List.of("Ajoutés", "Supprimés", "Déplacés", "Renumérotés", "Modifiés"),
      List.of(
          "Les articles dont la rédaction est inchangée sont indiqués sur une ligne.",
          "Les articles inchangés ne sont pas reproduits.",
          "Les articles inchangés sont reproduits en entier."));

  public final String title;
  public final String changes;
  public final String unchanged;

  /** Per status, in {@link Status} order: how one article changed, and the summary's label. */
  private final List<String> status;

  private final List<String> counted;

  /** Per {@link Unchanged} mode, in its order: what the table does with unchanged articles. */
  private final List<String> unchangedNote;

  ComparisonWords(
      String title,
      String changes,
      String unchanged,
      List<String> status,
      List<String> counted,
      List<String> unchangedNote) {
    this.title = title;
    this.changes = changes;
    this.unchanged = unchanged;
    this.status = status;
    this.counted = counted;
    this.unchangedNote = unchangedNote;
  }

  public static ComparisonWords of(Language lang) {
    return valueOf(lang.name().toUpperCase(Locale.ROOT));
  }

  /** {@code modificado}. */
  public String status(Status s) {
    return status.get(s.ordinal());
  }

  /** {@code Modificados}, the label of a count. */
  public String counted(Status s) {
    return counted.get(s.ordinal());
  }

  /** {@code Los artículos sin cambios no se reproducen.} */
  public String unchangedNote(Unchanged mode) {
    return unchangedNote.get(mode.ordinal());
  }
}
