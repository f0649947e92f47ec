package org.consulta.durability;

import java.net.URI;
import org.consulta.api.Api;
import org.consulta.api.ConsultationFixture;

/** The law, round and drafter the crash cycles write to, on whichever engine is running now. */
final class CrashSubject implements ConsultationFixture {
  private final URI base;
  private final String law;
  private final long round;
  private final Api drafter;

  private CrashSubject(URI base, String law, long round, Api drafter) {
    this.base = base;
    this.law = law;
    this.round = round;
    this.drafter = drafter;
  }

  /** A new law with an open round, on the engine at {@code base}. */
  static CrashSubject prepare(URI base) {
    var bare = new CrashSubject(base, null, 0, null);
    String law = bare.newLaw();
    return new CrashSubject(base, law, bare.openRound(law), bare.drafter());
  }

  /** The same law and round on a restarted engine, which listens elsewhere. */
  CrashSubject on(URI restarted) {
    return new CrashSubject(restarted, law, round, drafter.rebased(restarted.resolve("api/")));
  }

  @Override
  public URI base() {
    return base;
  }

  String law() {
    return law;
  }

  long round() {
    return round;
  }

  Api drafterAccount() {
    return drafter;
  }
}
