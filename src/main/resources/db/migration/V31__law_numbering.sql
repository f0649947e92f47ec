-- A law numbered in sequence (a model law: references follow every renumbering) or with fixed
-- numbers (an enacted code with its "bis" articles: texts are shown as written).
ALTER TABLE law ADD COLUMN numbering VARCHAR(10) NOT NULL DEFAULT 'SEQUENTIAL'
  CONSTRAINT law_numbering CHECK (numbering IN ('SEQUENTIAL', 'FIXED'));
