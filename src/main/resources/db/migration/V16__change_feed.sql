-- Several engines on one database: what changed, for every engine's search indexes to follow.
-- Triggers write the feed inside the transaction of the write itself, so a row exists exactly when
-- the write committed, whichever engine (or tool) wrote it. A row only names what went stale; the
-- engines read the thing back from its tables. PostgreSQL only (xid8, triggers, NOTIFY).

-- xid: the writing transaction. A sequence number (or a time) is taken before commit, so a later
-- one can become visible before an earlier one; readers go by transaction instead: every
-- transaction below the oldest one still running (pg_snapshot_xmin) has ended, and its rows are
-- visible. No identity column either: the triggers run inside inserts whose generated id
-- EclipseLink reads back with lastval(), which a sequence used here would change.
CREATE TABLE change_feed (
  xid BIGINT NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
  kind VARCHAR(20) NOT NULL,
  ref VARCHAR(200) NOT NULL,
  written_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX change_feed_xid ON change_feed (xid);

-- One row: every feed row of a transaction below this one has been deleted. An engine whose
-- horizon is below it may have missed rows, and rebuilds instead of catching up.
CREATE TABLE change_feed_floor (
  id INT PRIMARY KEY,
  xid BIGINT NOT NULL
);
INSERT INTO change_feed_floor (id, xid) VALUES (1, 0);

-- The engines at work on this database: each notes, every few seconds, that it is alive and how
-- far it has read the feed (every transaction below applied_xid is in its indexes' queue).
CREATE TABLE engine_node (
  id VARCHAR(36) PRIMARY KEY,
  name VARCHAR(300) NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  applied_xid BIGINT NOT NULL
);

-- The engine that runs an import: another engine's start must not mark it interrupted.
ALTER TABLE import_job ADD COLUMN node_id VARCHAR(36);

CREATE FUNCTION change_feed_wake() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('change_feed', '');
  RETURN NULL;
END $$;

CREATE TRIGGER change_feed_wake AFTER INSERT ON change_feed
  FOR EACH STATEMENT EXECUTE FUNCTION change_feed_wake();

-- Every change to an article (text, heading, insertion, move, deletion, a new law) is a revision;
-- inserting, moving or deleting one renumbers others, so the feed names the law.
CREATE FUNCTION change_feed_revisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_feed (kind, ref)
    SELECT DISTINCT 'law', l.slug
    FROM new_rows r JOIN article a ON a.id = r.article_id JOIN law l ON l.id = a.law_id;
  RETURN NULL;
END $$;

CREATE TRIGGER change_feed_revisions AFTER INSERT ON article_revision
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_feed_revisions();

-- A law's title is part of each of its articles' search entries.
CREATE FUNCTION change_feed_expressions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_feed (kind, ref)
    SELECT DISTINCT 'law', l.slug FROM new_rows e JOIN law l ON l.id = e.law_id;
  RETURN NULL;
END $$;

CREATE TRIGGER change_feed_expressions_insert AFTER INSERT ON law_expression
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_feed_expressions();
CREATE TRIGGER change_feed_expressions_update AFTER UPDATE ON law_expression
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_feed_expressions();

-- Comments, suggestions and replies: written, edited, withdrawn, hidden, un-hidden, answered,
-- their anchors moved by an edit of the article, their organisation merged.
CREATE FUNCTION change_feed_comments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_feed (kind, ref) SELECT 'comment', c.id::text FROM new_rows c;
  RETURN NULL;
END $$;

CREATE TRIGGER change_feed_comments_insert AFTER INSERT ON consultation_comment
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_feed_comments();
CREATE TRIGGER change_feed_comments_update AFTER UPDATE ON consultation_comment
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_feed_comments();

-- A comment's entry carries its author's name, sector and country.
CREATE FUNCTION change_feed_authors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_feed (kind, ref)
    SELECT 'comment', c.id::text FROM consultation_comment c WHERE c.author_id = NEW.account_id;
  RETURN NULL;
END $$;

CREATE FUNCTION change_feed_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_feed (kind, ref)
    SELECT 'comment', c.id::text FROM consultation_comment c WHERE c.author_id = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER change_feed_participants AFTER UPDATE ON participant
  FOR EACH ROW WHEN (OLD.sector IS DISTINCT FROM NEW.sector OR OLD.country IS DISTINCT FROM NEW.country)
  EXECUTE FUNCTION change_feed_authors();
CREATE TRIGGER change_feed_accounts AFTER UPDATE ON account
  FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name)
  EXECUTE FUNCTION change_feed_accounts();

-- Each legislation import batch takes the next stamp; the engines copy what was stamped since
-- their index's watermark.
CREATE FUNCTION change_feed_stamps() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_feed (kind, ref) VALUES ('legislation', NEW.stamp::text);
  RETURN NULL;
END $$;

CREATE TRIGGER change_feed_stamps AFTER UPDATE ON legislation_stamp
  FOR EACH ROW EXECUTE FUNCTION change_feed_stamps();
