package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.junit.jupiter.api.Test;

class MeetingRequestsTest {
  private static final String BOGOTA =
      """
      {"title": "Bogotá", "startsAt": "2026-03-10T09:30", "timeZone": "America/Bogota",
       "place": "Bogotá", "organiser": "Comisión", "lang": "es"}
      """;

  private static JsonFields fields(String json) {
    return JsonFields.of(
        Json.createReader(new StringReader(json)).readObject(), MeetingRequests.MEETING);
  }

  @Test
  void theStartIsTheLocalTimeInTheZoneItWasHeldIn() {
    Meeting.Details details = MeetingRequests.details(fields(BOGOTA));
    assertEquals(
        ZonedDateTime.parse("2026-03-10T14:30:00Z").toInstant(), details.startsAt().toInstant());
    assertEquals(ZoneId.of("America/Bogota"), details.startsAt().getZone());
  }

  @Test
  void aNewZoneAloneKeepsTheLocalTimeAndANewStartKeepsTheZone() {
    Meeting.Details held = MeetingRequests.details(fields(BOGOTA));
    Meeting.Details moved =
        MeetingRequests.changed(held, fields("{\"timeZone\": \"Europe/Madrid\"}"));
    assertEquals("2026-03-10T09:30", moved.startsAt().toLocalDateTime().toString());
    assertEquals(ZoneId.of("Europe/Madrid"), moved.startsAt().getZone());
    Meeting.Details later =
        MeetingRequests.changed(held, fields("{\"startsAt\": \"2026-03-11T08:00\"}"));
    assertEquals(ZoneId.of("America/Bogota"), later.startsAt().getZone());
    assertEquals("Bogotá", later.title());
  }

  @Test
  void offsetsAndUnknownZonesAreRefusedNamingTheField() {
    for (String zone : new String[] {"-05:00", "UTC+5", "Mars/Olympus"}) {
      var refused =
          assertThrows(
              DomainException.class,
              () -> MeetingRequests.details(fields(BOGOTA.replace("America/Bogota", zone))));
      assertEquals("timeZone", refused.field(), zone);
    }
    var instant =
        assertThrows(
            DomainException.class,
            () -> MeetingRequests.details(fields(BOGOTA.replace("09:30", "09:30Z"))));
    assertEquals("startsAt", instant.field());
  }

  @Test
  void aMeetingThatIsNotVirtualNeedsAPlace() {
    String nowhere = BOGOTA.replace("\"place\": \"Bogotá\", ", "");
    var refused =
        assertThrows(DomainException.class, () -> MeetingRequests.details(fields(nowhere)));
    assertEquals("place", refused.field());
    String online = nowhere.replace("\"lang\"", "\"virtual\": true, \"lang\"");
    assertEquals(true, MeetingRequests.details(fields(online)).virtual());
  }
}
