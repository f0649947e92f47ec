-- The source revision a lagging translation was last in step with, so that translators see what
-- changed in the source since. NULL: no baseline is known (the language version was never written,
-- or the source language changed), and the whole source is to be translated.
ALTER TABLE translation_lag ADD COLUMN confirmed_revision INT;

-- Existing marks: the source as it stood when the lagging version was last written (which shows
-- at least every change since it was last in step); none for versions that hold no text yet.
UPDATE translation_lag SET confirmed_revision = (
  SELECT MAX(s.number) FROM article_revision s, article_head h, article_revision t
  WHERE h.article_id = translation_lag.article_id AND h.lang = translation_lag.lang
    AND t.id = h.revision_id AND t.body <> ''
    AND s.article_id = translation_lag.article_id AND s.lang = translation_lag.source_lang
    AND s.created_at <= t.created_at AND s.number <= translation_lag.source_revision);
