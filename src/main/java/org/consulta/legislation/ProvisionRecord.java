package org.consulta.legislation;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.consulta.drafting.Language;

/**
 * One provision of a national instrument with the instrument's facts, as a corpus record carries it
 * (shared corpus format, {@code corpus/README.md}). It can only be built valid: the checks name the
 * corpus field at fault.
 */
public record ProvisionRecord(
    String id,
    String country,
    Language language,
    String instrumentId,
    String instrumentTitle,
    String instrumentShortTitle,
    InstrumentType instrumentType,
    String instrumentNumber,
    Integer year,
    Boolean inForce,
    String label,
    String title,
    String heading,
    String text,
    String sourceUrl,
    String licence) {
  static final int MAX_TEXT = 1_000_000;
  static final int MAX_HEADING = 200_000;
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern ID = Pattern.compile("[a-z]{2}/[a-z]{2}/[^/\\s]+/\\S+");
  private static final Pattern INSTRUMENT_ID = Pattern.compile("[a-z]{2}/\\S+");

  public ProvisionRecord {
    required("country", country, 2);
    if (!COUNTRY.matcher(country).matches()) {
      throw new BadRecord("country", "country must be an ISO 3166 code such as CL");
    }
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(instrumentType, "instrument_type");
    String prefix = country.toLowerCase(Locale.ROOT) + "/";
    required("id", id, 200);
    if (!ID.matcher(id).matches() || !id.startsWith(prefix + language + "/")) {
      throw new BadRecord(
          "id",
          "id must read <country>/<language>/<instrument>/<provision>, such as cl/es/x/art-1");
    }
    required("instrument_id", instrumentId, 200);
    if (!INSTRUMENT_ID.matcher(instrumentId).matches() || !instrumentId.startsWith(prefix)) {
      throw new BadRecord("instrument_id", "instrument_id must start with the country: " + prefix);
    }
    required("instrument_title", instrumentTitle, 2000);
    optional("instrument_short_title", instrumentShortTitle, 1000);
    optional("instrument_number", instrumentNumber, 100);
    if (year != null && (year < 1000 || year > 9999)) {
      throw new BadRecord("year", "year must have four digits");
    }
    required("provision_label", label, 200);
    optional("provision_title", title, 2000);
    optional("heading", heading, MAX_HEADING);
    required("text", text, MAX_TEXT);
    optional("source_url", sourceUrl, 2000);
    required("licence", licence, 200);
  }

  private static void required(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new BadRecord(field, field + " is required");
    }
    optional(field, value, maxLength);
  }

  private static void optional(String field, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new BadRecord(field, field + " is longer than " + maxLength + " characters");
    }
  }
}
