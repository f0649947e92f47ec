package org.consulta.api;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * What every black-box test needs: the engine's address and fresh, isolated laws. The tests of a
 * database share one deployment, so each test works on a law of its own.
 */
public interface ApiContract {
  AtomicInteger LAWS = new AtomicInteger();

  /** The password of every account the tests make. */
  String PASSWORD = "long-enough-pw";

  /** The application's base URL, ending in '/'. */
  URI base();

  default Api anonymous() {
    return Api.anonymous(base().resolve("api/"));
  }

  default Api admin() {
    return anonymous().as("admin", Deployments.ADMIN_PASSWORD);
  }

  /** A new account, {@code prefix} and a unique suffix, with {@code roles}; returns its name. */
  default String newAccount(String prefix, String password, String... roles) {
    String username = prefix + "-" + Long.toHexString(System.nanoTime());
    String roleList =
        Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(", "));
    admin()
        .post(
            "accounts",
            "{\"username\": \"%s\", \"password\": \"%s\", \"roles\": [%s]}"
                .formatted(username, password, roleList))
        .expect(201);
    return username;
  }

  /** A browser log-in: {@code POST /api/session}. */
  default Api.Reply logIn(String username, String password) {
    return anonymous()
        .post(
            "session",
            "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password));
  }

  /** The law's articles in reading order, as "number:eId" in English. */
  default List<String> articleOrder(String slug) {
    return anonymous()
        .get("laws/" + slug + "?lang=en")
        .json()
        .getJsonArray("body")
        .getValuesAs(JsonObject.class)
        .stream()
        .flatMap(d -> d.getJsonArray("children").getValuesAs(JsonObject.class).stream())
        .map(a -> a.getInt("number") + ":" + a.getString("eId"))
        .toList();
  }

  /** Creates a law with chapters chp_1 (art_1, art_2) and chp_2 (art_3), in es and en. */
  default String newLaw() {
    String slug = "law-" + LAWS.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
    String body =
        """
        {"slug": "%s", "workUri": "/akn/oas/act/model-law/2026/%s", "topic": "test",
         "languages": {"es": {"title": "Ley de prueba", "preamble": "Considerando."},
                       "en": {"title": "Test law", "preamble": "Whereas."}},
         "divisions": [
           {"eId": "chp_1", "kind": "chapter",
            "headings": {"es": "Capítulo I. Generalidades", "en": "Chapter I. General"},
            "articles": [
              {"eId": "art_1", "texts": {
                "es": {"heading": "Objeto", "text": "La presente Ley garantiza la paridad."},
                "en": {"heading": "Purpose", "text": "This Law guarantees parity."}}},
              {"eId": "art_2", "texts": {
                "es": {"heading": "Definiciones", "text": "1. Paridad es la igualdad.\\n\\n2. Alternancia es el orden."},
                "en": {"heading": "Definitions", "text": "1. Parity is equality.\\n\\n2. Alternation is order."}}}]},
           {"eId": "chp_2", "kind": "chapter",
            "headings": {"es": "Capítulo II. Final", "en": "Chapter II. Final"},
            "articles": [
              {"eId": "art_3", "texts": {
                "es": {"heading": "Vigencia", "text": "Esta Ley entra en vigor al día siguiente."},
                "en": {"heading": "Entry into force", "text": "This Law enters into force the next day."}}}]}]}
        """
            .formatted(slug, slug);
    admin().post("laws", body).expect(201);
    return slug;
  }
}
