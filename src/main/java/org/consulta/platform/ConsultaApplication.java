package org.consulta.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The JSON API, served under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Consulta",
            version = "0.1",
            description = "Model laws drafted, put to consultation and compared with national law",
            license = @License(name = "Apache-2.0")))
public class ConsultaApplication extends Application {}
