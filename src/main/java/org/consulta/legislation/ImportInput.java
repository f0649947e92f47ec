package org.consulta.legislation;

import java.io.IOException;
import java.io.InputStream;

/** The content of an import, opened afresh for each pass over it. */
@FunctionalInterface
interface ImportInput {
  InputStream open() throws IOException;
}
