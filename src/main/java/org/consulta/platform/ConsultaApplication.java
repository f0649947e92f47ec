package org.consulta.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, served under {@code /api}. */
@ApplicationPath("api")
public class ConsultaApplication extends Application {}
