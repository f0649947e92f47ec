package org.consulta.notifications;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.consultation.Callers;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.consulta.platform.RequiresRole;

/**
 * A participant's own mail setting: {@code {"mail": true|false, "lang": "es"|"en"|null}}. Without a
 * language, mails come in the language of the contribution they are about.
 */
@Path("participants/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.PARTICIPANT_NAME)
public class NotificationSettingResource {
  private static final Set<String> FIELDS = Set.of("mail", "lang");

  @Inject private NotificationSettings settings;
  @Inject private Callers callers;

  /** The setting on the wire; {@code lang} null when it follows the contributions. */
  public record SettingView(boolean mail, String lang) {
    static SettingView of(NotificationSettings.Setting s) {
      return new SettingView(s.mail(), s.lang().orElse(null));
    }
  }

  @GET
  public SettingView read(@Context SecurityContext security) {
    return SettingView.of(settings.of(callers.of(security).account().id()));
  }

  @PATCH
  public SettingView change(JsonStructure body, @Context SecurityContext security) {
    var fields = JsonFields.of(body, FIELDS);
    JsonObject object = (JsonObject) body;
    Optional<Boolean> mail =
        object.containsKey("mail") ? Optional.of(fields.requiredBoolean("mail")) : Optional.empty();
    Optional<Optional<String>> lang = Optional.empty();
    if (object.containsKey("lang")) {
      lang =
          Optional.of(
              object.get("lang") == JsonValue.NULL
                  ? Optional.empty()
                  : Optional.of(language(fields.requiredText("lang", 2))));
    }
    return SettingView.of(settings.change(callers.of(security).account().id(), mail, lang));
  }

  private static String language(String lang) {
    if (!List.of("es", "en").contains(lang)) {
      throw DomainException.invalid("lang", "mails are written in 'es' or 'en'");
    }
    return lang;
  }
}
