package org.consulta.notifications;

/** Why a mail was written; shown to admins beside its delivery state. */
public enum MailKind {
  /** A participant's contribution got the drafters' answer. */
  ANSWERED,
  /** A new round opened on a law whose earlier round the participant took part in. */
  ROUND_OPENED,
  /** A subscribed drafter's digest of new contributions to a round. */
  DIGEST
}
