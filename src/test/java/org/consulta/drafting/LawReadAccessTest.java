package org.consulta.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LawReadAccessTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  private final Law law = new Law("parity", "/akn/oas/act/model-law/2025/parity", "t", AT);
  private final LawVersion version = new LawVersion(law, 1, "Draft 1", "maria", AT);

  @Test
  void everyoneReadsTheWorkingTextUntilDraftersKeepIt() {
    assertTrue(LawReadAccess.readsWorkingText(law, caller()));
    law.readWorkingTextBy(WorkingTextReaders.DRAFTERS);
    assertFalse(LawReadAccess.readsWorkingText(law, caller()));
    assertFalse(LawReadAccess.readsWorkingText(law, caller("participant")));
    assertFalse(LawReadAccess.readsWorkingText(law, caller("admin", "researcher")));
    assertTrue(LawReadAccess.readsWorkingText(law, caller("drafter")));
  }

  @Test
  void othersReadAVersionOnlyWhileItIsPublished() {
    law.readWorkingTextBy(WorkingTextReaders.DRAFTERS);
    assertFalse(LawReadAccess.reads(version, caller("participant")));
    assertTrue(LawReadAccess.reads(version, caller("drafter")));
    version.publish("ana", AT.plusSeconds(60));
    assertTrue(LawReadAccess.reads(version, caller()));
    version.unpublish();
    assertFalse(LawReadAccess.reads(version, caller()));
    assertNull(version.publishedBy());
  }

  @Test
  void publishingAgainKeepsTheFirstPublication() {
    version.publish("ana", AT.plusSeconds(60));
    version.publish("luis", AT.plusSeconds(120));
    assertEquals(AT.plusSeconds(60), version.publishedAt());
    assertEquals("ana", version.publishedBy());
  }

  private static SecurityContext caller(String... roles) {
    Set<String> held = Set.of(roles);
    Principal principal = roles.length == 0 ? null : () -> "someone";
    return new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public boolean isUserInRole(String role) {
        return held.contains(role);
      }

      @Override
      public boolean isSecure() {
        return true;
      }

      @Override
      public String getAuthenticationScheme() {
        return "BASIC";
      }
    };
  }
}
