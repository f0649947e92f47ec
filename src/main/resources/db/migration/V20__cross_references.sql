-- References in article text to other articles of the same law. The text keeps the numbers it was
-- written with; these rows keep what they point to (the target's eId, which never changes), so that
-- a reader is shown the number the target has in the law being read.

-- Every revision whose text was read for references, also those that hold none: a revision with
-- no row here (written before this migration) is read by the backfill at start.
CREATE TABLE revision_links (
  revision_id BIGINT PRIMARY KEY REFERENCES article_revision (id)
);

-- One reference of one revision: the phrase (start_at–end_at, UTF-16 offsets into the body), the
-- written article number inside it, the target (NULL when no article had that number when the
-- text was saved) and the paragraph named, if any.
CREATE TABLE cross_reference (
  revision_id BIGINT NOT NULL REFERENCES article_revision (id),
  ordinal INT NOT NULL,
  start_at INT NOT NULL,
  end_at INT NOT NULL,
  number_start INT NOT NULL,
  number_end INT NOT NULL,
  target_e_id VARCHAR(100),
  paragraph INT,
  PRIMARY KEY (revision_id, ordinal)
);
