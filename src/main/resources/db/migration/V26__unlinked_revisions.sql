-- Cross-references: keep the few current texts not read yet, rather than a row for every revision
-- read. Every revision written since V20 is linked in the transaction that writes it, so only texts
-- written before V20 can be unread, and of those only the current ones are ever read (at start,
-- by the backfill, which deletes their rows here): in a running engine this table is empty, where
-- revision_links grew by a row and an index entry per revision (a ninth of the revision store).
CREATE TABLE unlinked_revision (
  revision_id BIGINT PRIMARY KEY REFERENCES article_revision (id)
);

INSERT INTO unlinked_revision (revision_id)
SELECT h.revision_id FROM article_head h
WHERE NOT EXISTS (SELECT 1 FROM revision_links l WHERE l.revision_id = h.revision_id);

DROP TABLE revision_links;
