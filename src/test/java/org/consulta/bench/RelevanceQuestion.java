package org.consulta.bench;

/**
 * One research question of the judged set: the words as typed, the language they are typed in,
 * whether law in that language mainly answers it ({@code mono}) or law in others ({@code cross}),
 * the half it belongs to ({@code tune} or {@code test}) and what a provision must regulate to
 * count.
 */
record RelevanceQuestion(
    String id, String lang, String kind, String half, String query, String rationale) {}
