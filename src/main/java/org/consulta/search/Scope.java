package org.consulta.search;

/** What a search looks through: model-law articles, consultation comments, or legislation. */
enum Scope {
  LAWS,
  COMMENTS,
  LEGISLATION
}
