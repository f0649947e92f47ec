package org.consulta.drafting;

import jakarta.ws.rs.Path;

/** The preamble of a language version of a law, under revision; empty when the law has none. */
@Path("laws/{law}/preamble")
public class PreambleResource extends LawTextResource {
  @Override
  LawPart part() {
    return LawPart.PREAMBLE;
  }
}
