-- A round's title and description in each of its languages, beside the consultation's own title
-- and description, which stay the default shown where a language has none.
CREATE TABLE consultation_text (
  consultation_id BIGINT NOT NULL REFERENCES consultation (id),
  lang VARCHAR(2) NOT NULL,
  title VARCHAR(500) NOT NULL,
  description VARCHAR(20000) NOT NULL,
  PRIMARY KEY (consultation_id, lang)
);
