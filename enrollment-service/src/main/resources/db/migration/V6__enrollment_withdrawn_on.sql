-- The day the student left, as the front desk dated it (withdrawnOn, the day attendance-service stops counting them);
-- withdrawn_at stays the moment it was recorded. Earlier withdrawals: the day in Italy they were recorded, the
-- default date then as now.
ALTER TABLE enrollment ADD COLUMN withdrawn_on DATE;
UPDATE enrollment SET withdrawn_on = CAST(withdrawn_at AT TIME ZONE 'Europe/Rome' AS DATE) WHERE withdrawn_at IS NOT NULL;
ALTER TABLE enrollment ADD CONSTRAINT enrollment_withdrawn_dated CHECK ((withdrawn_at IS NULL) = (withdrawn_on IS NULL));
