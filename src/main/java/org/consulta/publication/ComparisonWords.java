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
      List.of("Añadidos", "Eliminados", "Movidos", "Renumerados", "Modificados")),
  EN(
      "Comparative table",
      "Changes",
      "Unchanged",
      List.of("added", "deleted", "moved", "renumbered", "changed"),
      List.of("Added", "Deleted", "Moved", "Renumbered", "Changed")),
  PT(
      "Quadro comparativo",
      "Alterações",
      "Sem alterações",
      List.of("acrescentado", "suprimido", "deslocado", "renumerado", "alterado"),
      List.of("Acrescentados", "Suprimidos", "Deslocados", "Renumerados", "Alterados")),
  FR(
      "Tableau comparatif",
      "Modifications",
      "Inchangés",
      List.of("ajouté", "supprimé", "déplacé", "renuméroté", "modifié"),
      List.of("Ajoutés", "Supprimés", "Déplacés", "Renumérotés", "Modifiés"));

  public final String title;
  public final String changes;
  public final String unchanged;

  /** Per status, in {@link Status} order: how one article changed, and the summary's label. */
  private final List<String> status;

  private final List<String> counted;

  ComparisonWords(
      String title, String changes, String unchanged, List<String> status, List<String> counted) {
    this.title = title;
    this.changes = changes;
    this.unchanged = unchanged;
    this.status = status;
    this.counted = counted;
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
}
