package org.consulta.accounts;

import java.util.Locale;
import org.consulta.platform.DomainException;

/**
 * What an account may do: administer accounts, draft laws, take part in consultations, or assess
 * how far national legislation implements a model law.
 */
public enum Role {
  ADMIN,
  DRAFTER,
  PARTICIPANT,
  RESEARCHER;

  public static final String ADMIN_NAME = "admin";
  public static final String DRAFTER_NAME = "drafter";
  public static final String PARTICIPANT_NAME = "participant";
  public static final String RESEARCHER_NAME = "researcher";

  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role parse(String field, String name) {
    for (Role role : values()) {
      if (role.roleName().equals(name)) {
        return role;
      }
    }
    throw DomainException.invalid(
        field, "unknown role '" + name + "' (admin, drafter, participant, researcher)");
  }
}
