package org.consulta.consultation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.consulta.drafting.Language;

/**
 * A meeting as the API shows it: the instant it started, and the local time and zone it was held
 * in. Named participants are listed to drafters only; everyone sees how many there were.
 */
public record MeetingView(
    long id,
    long consultation,
    String title,
    Instant startsAt,
    LocalDateTime localStart,
    String timeZone,
    String utcOffset,
    String place,
    boolean virtual,
    String organiser,
    Language lang,
    AttendanceView attendance,
    long contributions,
    String createdBy,
    Instant createdAt) {

  public record AttendanceView(
      int participantCount,
      List<PersonView> participants,
      List<OrganisationView> organisations,
      List<HeadCountView> headCounts,
      int people) {}

  public record PersonView(String username, String displayName) {}

  public record OrganisationView(
      long id, String name, String acronym, String country, String sector) {}

  public record HeadCountView(String sector, String country, int people) {}
}
