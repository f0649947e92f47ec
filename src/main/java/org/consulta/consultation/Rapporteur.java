package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.consulta.accounts.Account;
import org.consulta.accounts.Accounts;
import org.consulta.organisations.Organisation;
import org.consulta.organisations.Sector;
import org.consulta.platform.DomainException;

/**
 * Records, on behalf of the speaker, what was said at a meeting: a contribution to the round like
 * any online comment (same anchoring, same answers), marked as the meeting's and as recorded.
 */
@ApplicationScoped
@Transactional
public class Rapporteur {
  @Inject private Meetings meetings;
  @Inject private CommentWriter writer;
  @Inject private Accounts accounts;
  @Inject private Participants participants;
  @Inject private Clock clock;

  /**
   * Who spoke: a registered participant by username, or a person named with their country and
   * sector; either may speak for an organisation of the registry (a participant, by default, for
   * their own).
   */
  public record SpeakerRequest(
      String participant, String name, Long organisation, String country, Sector sector) {}

  /** What a rapporteur records: who spoke, where on the text, what they said. */
  public record Minute(
      SpeakerRequest speaker, CommentWriter.Pointer pointer, String text, boolean publishable) {}

  public Comment record(long roundId, long meetingId, Minute minute, Caller caller) {
    Meeting meeting = meetings.find(roundId, meetingId);
    Instant now = clock.instant();
    // The round's close fixes its record for everyone, so minutes are recorded while it is open.
    meeting.consultation().requireOpen(now);
    if (meeting.startsAt().isAfter(now)) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "meeting",
          "meeting " + meetingId + " starts at " + meeting.localStart() + "; nothing was said yet");
    }
    SpeakerRequest spoken = minute.speaker();
    Organisation organisation =
        spoken.organisation() == null
            ? null
            : meetings.organisation("speaker.organisation", spoken.organisation());
    Account author;
    Comment.Speaker speaker;
    if (spoken.participant() != null) {
      Participant participant = participant(spoken.participant());
      author = participant.account();
      speaker = null;
      organisation = organisation == null ? participant.memberOf().orElse(null) : organisation;
    } else {
      author = caller.account();
      speaker =
          new Comment.Speaker(
              spoken.name(),
              Meetings.country("speaker.country", spoken.country()),
              spoken.sector(),
              organisation);
    }
    Organisation countedFor = organisation;
    return writer.record(
        meeting.consultation(),
        minute.pointer(),
        null,
        target ->
            Comment.atMeeting(
                meeting,
                target,
                author,
                speaker,
                countedFor,
                minute.text(),
                minute.publishable(),
                caller.account().username(),
                now));
  }

  private Participant participant(String username) {
    return accounts
        .find(username)
        .flatMap(participants::of)
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "speaker.participant", "no participant '" + username + "' is registered"));
  }
}
