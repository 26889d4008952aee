-- The file itself refuses a score outside its criterion's scale, so that no caller (the app, the
-- command line, a script with sqlite3) can store one by forgetting to check. The services check
-- first and give a friendly message; these triggers are the last line (see docs/architecture.md).
-- One lookup of the criterion per score keeps bulk loads fast; an unknown criterion is left to the
-- foreign key. Each trigger's body stays on one line: the migration runner splits statements at a line's ';'.
CREATE TRIGGER score_in_scale_insert BEFORE INSERT ON score
WHEN EXISTS (SELECT 1 FROM criterion WHERE id = NEW.criterion_id
             AND NOT (NEW.value BETWEEN scale_min AND scale_max))
BEGIN SELECT RAISE(ABORT, 'score outside its criterion''s scale'); END;

CREATE TRIGGER score_in_scale_update BEFORE UPDATE OF value, criterion_id ON score
WHEN EXISTS (SELECT 1 FROM criterion WHERE id = NEW.criterion_id
             AND NOT (NEW.value BETWEEN scale_min AND scale_max))
BEGIN SELECT RAISE(ABORT, 'score outside its criterion''s scale'); END;

-- Narrowing a scale under scores it would leave outside is refused too (the rubric editor blocks
-- such a save; this keeps every other writer honest).
CREATE TRIGGER criterion_scale_keeps_scores BEFORE UPDATE OF scale_min, scale_max ON criterion
WHEN EXISTS (SELECT 1 FROM score WHERE criterion_id = NEW.id
             AND (value < NEW.scale_min OR value > NEW.scale_max))
BEGIN SELECT RAISE(ABORT, 'score outside its criterion''s scale'); END;
