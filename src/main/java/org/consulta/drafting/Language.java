package org.consulta.drafting;

import org.consulta.platform.DomainException;

/** The languages a model law can be drafted in (ISO 639-1 codes). */
public enum Language {
  es,
  en,
  pt,
  fr;

  public static Language parse(String field, String code) {
    for (Language language : values()) {
      if (language.name().equals(code)) {
        return language;
      }
    }
    throw DomainException.invalid(field, "unknown language '" + code + "' (es, en, pt, fr)");
  }
}
