package org.consulta.bench;

import java.util.List;

/**
 * The mixed query set both sides answer: research questions on parity, quotas, political violence,
 * financial inclusion, harassment, intimate images and protective orders, written as single terms,
 * plural and accented forms, phrases, boolean forms, filtered searches, searches in all four
 * languages, and very common and very rare words. Queries without a {@code lang} filter run in
 * every language on both sides.
 */
final class ResearchQueries {
  private ResearchQueries() {}

  static List<ResearchQuery> all() {
    return List.of(
        same("paridad", "term"),
        same("parité", "term"),
        same("cuota", "term"),
        same("quota", "term"),
        same("femicidio", "rare term"),
        same("feminicídio", "rare term"),
        same("microcrédito", "rare term"),
        same("mujeres", "plural"),
        same("candidatas", "plural"),
        same("politica", "unaccented").where("lang", "es"),
        same("discriminación", "accented"),
        same("género", "accented"),
        same("genero", "unaccented"),
        same("\"violencia política\"", "phrase"),
        same("\"igualdad de género\"", "phrase"),
        same("\"acoso sexual\"", "phrase"),
        same("\"sexual harassment\"", "phrase"),
        same("\"pay equity\"", "phrase"),
        same("\"intimate image\"", "phrase"),
        same("\"imágenes íntimas\"", "rare phrase"),
        same("\"medidas de protección\"", "phrase"),
        same("\"protection order\"", "phrase"),
        same("\"inclusión financiera\"", "rare phrase"),
        same("\"violência doméstica\"", "phrase"),
        both("violencia AND mujer", "violencia mujer", "boolean and"),
        both("harassment AND workplace", "harassment workplace", "boolean and"),
        both("paridad OR alternancia", "paridad or alternancia", "boolean or"),
        both("acoso NOT laboral", "acoso -laboral", "boolean not"),
        both("\"equal pay\" OR \"pay equity\"", "\"equal pay\" or \"pay equity\"", "boolean or"),
        both("crédito AND mujer", "crédito mujer", "boolean and"),
        both("violence AND candidate", "violence candidate", "boolean and"),
        same("mujer", "filtered").where("country", "CL").where("yearFrom", "2000"),
        same("candidatas", "filtered").where("country", "CL").where("type", "law"),
        same("violence", "filtered").where("lang", "en").where("inForce", "true"),
        same("femme", "filtered")
            .where("lang", "fr")
            .where("yearFrom", "1990")
            .where("yearTo", "2020"),
        same("mulher", "filtered").where("lang", "pt"),
        same("igualdad", "filtered").where("country", "PE,NI").where("type", "constitution"),
        same("\"acoso sexual\"", "filtered").where("inForce", "true").where("lang", "es"),
        both(
            "violencia OR violence OR violência",
            "violencia or violence or violência",
            "multi-language"),
        both(
            "género OR gender OR gênero OR genre",
            "género or gender or gênero or genre",
            "multi-language"),
        both(
            "\"orden de protección\" OR \"protection order\" OR \"ordonnance de protection\"",
            "\"orden de protección\" or \"protection order\" or \"ordonnance de protection\"",
            "multi-language"),
        both(
            "\"financial institution\" OR \"institución financiera\" OR \"institution financière\"",
            "\"financial institution\" or \"institución financiera\" or \"institution financière\"",
            "multi-language"),
        same("ley", "common term"),
        same("minister", "common term"),
        same("derecho", "common term"),
        same("person", "common term"),
        same("artículo", "common term").where("lang", "es"),
        same("ministre", "common term").where("country", "CA"));
  }

  /** A query written the same way on both sides (words and phrases mean the same in both). */
  private static ResearchQuery same(String query, String kind) {
    return ResearchQuery.of(query, kind, query, query);
  }

  private static ResearchQuery both(String lucene, String websearch, String kind) {
    return ResearchQuery.of(lucene, kind, lucene, websearch);
  }
}
