package org.consulta.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Participants' own mail settings: on or off, and the language they want mails in. */
@ApplicationScoped
@Transactional
public class NotificationSettings {
  @PersistenceContext private EntityManager em;

  /** A participant's setting; without one, mails are on, in the language they wrote in. */
  public record Setting(boolean mail, Optional<String> lang) {
    static final Setting DEFAULT = new Setting(true, Optional.empty());
  }

  public Setting of(long account) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT mail, lang FROM notification_setting WHERE account_id = ?1")
            .setParameter(1, account)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Setting((Boolean) r[0], Optional.ofNullable((String) r[1])))
        .orElse(Setting.DEFAULT);
  }

  /** Changes what is given and keeps the rest; answers the setting as it now is. */
  public Setting change(long account, Optional<Boolean> mail, Optional<Optional<String>> lang) {
    Setting current = of(account);
    var next = new Setting(mail.orElse(current.mail()), lang.orElse(current.lang()));
    em.createNativeQuery(
            "INSERT INTO notification_setting (account_id, mail, lang) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (account_id) DO UPDATE SET mail = EXCLUDED.mail, lang = EXCLUDED.lang")
        .setParameter(1, account)
        .setParameter(2, next.mail())
        .setParameter(3, next.lang().orElse(null))
        .executeUpdate();
    return next;
  }
}
