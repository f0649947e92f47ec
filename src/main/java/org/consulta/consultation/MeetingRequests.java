package org.consulta.consultation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consulta.drafting.Language;
import org.consulta.organisations.Sector;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.consulta.platform.WireNames;

/** Reads what the meeting API receives: a meeting's details, its attendance, a speaker. */
final class MeetingRequests {
  static final Set<String> MEETING =
      Set.of(
          "title", "startsAt", "timeZone", "place", "virtual", "organiser", "lang", "attendance");
  private static final Set<String> ATTENDANCE =
      Set.of("participants", "organisations", "headCounts");
  private static final Set<String> ORGANISATION = Set.of("id");
  private static final Set<String> HEAD_COUNT = Set.of("sector", "country", "people");

  private MeetingRequests() {}

  /** A new meeting: everything but attendance and place (for a virtual one) is required. */
  static Meeting.Details details(JsonFields fields) {
    ZoneId zone = zone(fields).orElseThrow(() -> fields.required("timeZone"));
    LocalDateTime local = localStart(fields).orElseThrow(() -> fields.required("startsAt"));
    return checked(
        new Meeting.Details(
            fields.requiredText("title", 500),
            ZonedDateTime.of(local, zone),
            fields.optionalText("place", 500).orElse(null),
            fields.optionalBoolean("virtual").orElse(false),
            fields.requiredText("organiser", 300),
            Language.parse("lang", fields.requiredText("lang", 2))));
  }

  /**
   * The details with what a change gives: a new start is read in the new zone if one is given, and
   * a new zone alone keeps the local time (the meeting was at 9:30 where it was held).
   */
  static Meeting.Details changed(Meeting.Details current, JsonFields fields) {
    ZoneId zone = zone(fields).orElse(current.startsAt().getZone());
    LocalDateTime local = localStart(fields).orElse(current.startsAt().toLocalDateTime());
    boolean virtual = fields.optionalBoolean("virtual").orElse(current.virtual());
    return checked(
        new Meeting.Details(
            fields.optionalText("title", 500).orElse(current.title()),
            ZonedDateTime.of(local, zone),
            fields.optionalText("place", 500).orElse(current.place()),
            virtual,
            fields.optionalText("organiser", 300).orElse(current.organiser()),
            fields
                .optionalText("lang", 2)
                .map(l -> Language.parse("lang", l))
                .orElse(current.lang())));
  }

  private static Meeting.Details checked(Meeting.Details details) {
    if (!details.virtual() && details.place() == null) {
      throw DomainException.invalid(
          "place", "a meeting that is not virtual needs a place, such as 'Bogotá'");
    }
    int year = details.startsAt().getYear();
    if (year < JsonFields.FIRST_YEAR || year > JsonFields.LAST_YEAR) {
      throw DomainException.invalid(
          "startsAt",
          "must be in the years " + JsonFields.FIRST_YEAR + " to " + JsonFields.LAST_YEAR);
    }
    return details;
  }

  private static Optional<ZoneId> zone(JsonFields fields) {
    return fields
        .optionalText("timeZone", 64)
        .map(
            name -> {
              if (!ZoneId.getAvailableZoneIds().contains(name)) {
                throw DomainException.invalid(
                    "timeZone", "'" + name + "' is not an IANA time zone, such as America/Bogota");
              }
              return ZoneId.of(name);
            });
  }

  private static Optional<LocalDateTime> localStart(JsonFields fields) {
    return fields
        .optionalText("startsAt", 64)
        .map(
            text -> {
              try {
                return LocalDateTime.parse(text);
              } catch (DateTimeParseException e) {
                throw DomainException.invalid(
                    "startsAt",
                    "must be a local date and time where the meeting was held, such as"
                        + " 2026-03-10T09:30 (the zone goes in timeZone)");
              }
            });
  }

  /** The attendance given, or null when the request leaves it as it is. */
  static Meetings.AttendanceRequest attendance(JsonFields fields) {
    return fields
        .optionalObject("attendance", ATTENDANCE)
        .map(
            a ->
                new Meetings.AttendanceRequest(
                    a.optionalTextList("participants", 64).orElse(List.of()),
                    a.objects("organisations", ORGANISATION).stream()
                        .map(
                            o ->
                                (long)
                                    o.optionalInt("id", 1, Integer.MAX_VALUE)
                                        .orElseThrow(() -> o.required("id")))
                        .toList(),
                    a.objects("headCounts", HEAD_COUNT).stream()
                        .map(MeetingRequests::count)
                        .toList()))
        .orElse(null);
  }

  private static Meetings.Count count(JsonFields c) {
    String field = c.field("");
    return new Meetings.Count(
        field.substring(0, field.length() - 1),
        WireNames.parse(Sector.class, c.field("sector"), c.requiredText("sector", 40)),
        c.requiredText("country", 2),
        c.optionalInt("people", 1, 1_000_000).orElseThrow(() -> c.required("people")));
  }

  static Rapporteur.SpeakerRequest speaker(JsonFields s) {
    var participant = s.optionalText("participant", 64);
    if (participant.isPresent()) {
      for (String other : List.of("name", "country", "sector")) {
        if (s.optionalText(other, 300).isPresent()) {
          throw DomainException.invalid(
              s.field(other),
              "a participant speaks as registered; give either 'participant' or a name with"
                  + " country and sector");
        }
      }
    }
    Long organisation =
        s.optionalInt("organisation", 1, Integer.MAX_VALUE).map(Integer::longValue).orElse(null);
    if (participant.isPresent()) {
      return new Rapporteur.SpeakerRequest(participant.get(), null, organisation, null, null);
    }
    return new Rapporteur.SpeakerRequest(
        null,
        s.requiredText("name", 300),
        organisation,
        s.requiredText("country", 2),
        WireNames.parse(Sector.class, s.field("sector"), s.requiredText("sector", 40)));
  }
}
