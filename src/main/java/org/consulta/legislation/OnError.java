package org.consulta.legislation;

/** What an import does with bad records: skip them and import the rest, or refuse the file. */
public enum OnError {
  SKIP,
  REFUSE
}
