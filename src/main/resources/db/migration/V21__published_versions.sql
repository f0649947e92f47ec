-- Who reads a law's working text: EVERYONE (as before this migration) or DRAFTERS, the drafting
-- team only; then everyone else reads only the versions published.
ALTER TABLE law ADD COLUMN working_text_readers VARCHAR(16) NOT NULL DEFAULT 'EVERYONE'
  CHECK (working_text_readers IN ('EVERYONE', 'DRAFTERS'));

-- A recorded version is published from published_at until a drafter unpublishes it (NULL again).
ALTER TABLE law_version ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE law_version ADD COLUMN published_by VARCHAR(64);

-- A version consulted on was shown to the public when its first round was opened.
UPDATE law_version SET
  published_at = (SELECT MIN(c.created_at) FROM consultation c WHERE c.version_id = law_version.id),
  published_by = (SELECT MIN(c.created_by) FROM consultation c WHERE c.version_id = law_version.id
                    AND c.created_at = (SELECT MIN(d.created_at) FROM consultation d
                                        WHERE d.version_id = law_version.id))
WHERE EXISTS (SELECT 1 FROM consultation c WHERE c.version_id = law_version.id);
