package org.consulta.legislation;

import java.util.List;
import org.consulta.drafting.Language;
import org.consulta.platform.WireNames;

/**
 * The fields of one corpus record as its file spells them. JSON and CSV hold values differently;
 * both are turned into the same checked {@link ProvisionRecord}.
 */
interface RecordFields {
  /** The corpus fields, in the corpus's order: a CSV header names some of them. */
  List<String> NAMES =
      List.of(
          "id",
          "country",
          "language",
          "instrument_id",
          "instrument_title",
          "instrument_short_title",
          "instrument_type",
          "instrument_number",
          "year",
          "in_force",
          "provision_label",
          "provision_title",
          "heading",
          "text",
          "source_url",
          "licence");

  /** A text value, or null when the field is absent, null or empty. */
  String text(String name);

  Integer integer(String name);

  Boolean bool(String name);

  default ProvisionRecord record() {
    return new ProvisionRecord(
        text("id"),
        text("country"),
        language(text("language")),
        text("instrument_id"),
        text("instrument_title"),
        text("instrument_short_title"),
        type(text("instrument_type")),
        text("instrument_number"),
        integer("year"),
        bool("in_force"),
        text("provision_label"),
        text("provision_title"),
        text("heading"),
        text("text"),
        text("source_url"),
        text("licence"));
  }

  private static Language language(String code) {
    if (code == null) {
      throw new BadRecord("language", "language is required");
    }
    for (Language language : Language.values()) {
      if (language.name().equals(code)) {
        return language;
      }
    }
    throw new BadRecord("language", "unknown language '" + code + "' (es, en, pt, fr)");
  }

  private static InstrumentType type(String name) {
    if (name == null) {
      throw new BadRecord("instrument_type", "instrument_type is required");
    }
    return WireNames.parse(InstrumentType.class, "instrument_type", name);
  }
}
