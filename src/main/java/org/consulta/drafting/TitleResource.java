package org.consulta.drafting;

import jakarta.ws.rs.Path;

/** The title of a language version of a law, under revision. */
@Path("laws/{law}/title")
public class TitleResource extends LawTextResource {
  @Override
  LawPart part() {
    return LawPart.TITLE;
  }
}
