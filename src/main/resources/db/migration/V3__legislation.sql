-- National legislation for comparison: instruments (the works), their titles per language, and
-- their provisions. Ids are the corpus's stable ids, so importing a record again updates it.
-- Same statements on H2 and PostgreSQL.

CREATE TABLE instrument (
  id VARCHAR(200) PRIMARY KEY,
  country VARCHAR(2) NOT NULL,
  instrument_type VARCHAR(20) NOT NULL,
  instrument_number VARCHAR(100),
  year_enacted INT
);

CREATE TABLE instrument_title (
  instrument_id VARCHAR(200) NOT NULL REFERENCES instrument (id),
  lang VARCHAR(2) NOT NULL,
  title VARCHAR(2000) NOT NULL,
  short_title VARCHAR(1000),
  PRIMARY KEY (instrument_id, lang)
);

-- stamp: the import batch that last changed the row. The search index records the highest stamp
-- and the row count it reflects, which is how a start tells that it is behind.
CREATE TABLE provision (
  id VARCHAR(200) PRIMARY KEY,
  instrument_id VARCHAR(200) NOT NULL REFERENCES instrument (id),
  lang VARCHAR(2) NOT NULL,
  label VARCHAR(200) NOT NULL,
  title VARCHAR(2000),
  heading VARCHAR(200000),
  body VARCHAR(1000000) NOT NULL,
  in_force BOOLEAN,
  source_url VARCHAR(2000),
  licence VARCHAR(200) NOT NULL,
  stamp BIGINT NOT NULL
);

-- One row, locked by every import batch: it orders the batches and hands out their stamps.
CREATE TABLE legislation_stamp (
  id INT PRIMARY KEY,
  stamp BIGINT NOT NULL
);
INSERT INTO legislation_stamp (id, stamp) VALUES (1, 0);

CREATE INDEX provision_stamp ON provision (stamp, id);
CREATE INDEX provision_instrument ON provision (instrument_id, lang);
