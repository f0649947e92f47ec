package org.consulta.drafting;

/**
 * Who reads a law's working text: everyone, or only its drafting team, who then share it through
 * the versions they publish.
 */
public enum WorkingTextReaders {
  EVERYONE,
  DRAFTERS
}
