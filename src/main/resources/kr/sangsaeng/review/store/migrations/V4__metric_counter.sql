-- The Korean counting word of a metric (shown when a value names none) and of each value as written,
-- so 약 3만 명 shows as 약 3만 명 and 약 4,000개사 as 약 4,000개사, not with the unit's default word.
ALTER TABLE metric ADD COLUMN counter TEXT NOT NULL DEFAULT '';
ALTER TABLE metric_value ADD COLUMN counter TEXT NOT NULL DEFAULT '';

-- Values saved before this version: take the counting word from the text as written, longest word
-- first, for counted units only (a won or percent figure has none).
UPDATE metric_value SET counter = CASE
        WHEN as_written LIKE '%개사%' THEN '개사'
        WHEN as_written LIKE '%개소%' THEN '개소'
        WHEN as_written LIKE '%개 업체%' THEN '개 업체'
        WHEN as_written LIKE '%업체%' THEN '업체'
        WHEN as_written LIKE '%명%' THEN '명'
        WHEN as_written LIKE '%곳%' THEN '곳'
        WHEN as_written LIKE '%건%' THEN '건'
        WHEN as_written LIKE '%개%' THEN '개'
        WHEN as_written LIKE '%차례%' THEN '차례'
        WHEN as_written LIKE '%회%' THEN '회'
        WHEN as_written LIKE '%번%' THEN '번'
        ELSE '' END
    WHERE metric_id IN (SELECT id FROM metric WHERE unit IN ('count', 'persons', 'times'));
