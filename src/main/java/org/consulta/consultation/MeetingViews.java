package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZonedDateTime;
import java.util.List;
import org.consulta.platform.WireNames;

/** Builds the API views of meetings, inside a transaction so that attendance can be read. */
@ApplicationScoped
@Transactional
public class MeetingViews {
  @Inject private Meetings meetings;

  public List<MeetingView> of(long roundId, boolean drafter) {
    return meetings.of(roundId).stream().map(m -> of(m, drafter)).toList();
  }

  public MeetingView of(long roundId, long meetingId, boolean drafter) {
    return of(meetings.find(roundId, meetingId), drafter);
  }

  public MeetingView of(Meeting m, boolean drafter) {
    ZonedDateTime local = m.localStart();
    Meeting.Attendance attendance = m.attendance();
    var named = attendance.participants();
    var counts =
        attendance.headCounts().stream()
            .map(
                c ->
                    new MeetingView.HeadCountView(
                        WireNames.of(c.sector()), c.country(), c.people()))
            .toList();
    return new MeetingView(
        m.id(),
        m.consultation().id(),
        m.title(),
        m.startsAt(),
        local.toLocalDateTime(),
        m.timeZone(),
        local.getOffset().getId(),
        m.place().orElse(null),
        m.virtual(),
        m.organiser(),
        m.lang(),
        new MeetingView.AttendanceView(
            named.size(),
            drafter
                ? named.stream()
                    .map(a -> new MeetingView.PersonView(a.username(), a.displayName()))
                    .toList()
                : null,
            attendance.organisations().stream()
                .map(
                    o ->
                        new MeetingView.OrganisationView(
                            o.id(),
                            o.name(),
                            o.acronym().orElse(null),
                            o.country().orElse(null),
                            WireNames.of(o.sector())))
                .toList(),
            counts,
            named.size() + counts.stream().mapToInt(MeetingView.HeadCountView::people).sum()),
        meetings.contributions(m),
        m.createdBy(),
        m.createdAt());
  }
}
