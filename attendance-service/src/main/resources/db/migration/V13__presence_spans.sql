-- A presence may be given as several spans (DOMAIN.md: "E-learning hours come with the platform's tracked entry and
-- exit times", and a platform logs one session per connection; a classroom student leaves for a medical visit and
-- comes back): the minutes stay the figure every threshold reads (the union of the spans inside the lesson, computed
-- by the application), the spans are their trace.
--
-- Representation: two parallel TIME[] columns on the entry (arrivals, exits; in time order, the i-th arrival with the
-- i-th exit), rather than a child table. The register write stays one statement per table (the entries upserted and
-- their audit rows appended in one statement, RegisterStore.WRITE: each row's arrays travel as text in the unnest and
-- are cast back), the one-place-at-a-time read keeps its single round trip with no join, and an entry with its spans is
-- one row, replaced as a whole by a change. NULL when the presence was not given as several spans (minutes, hours, or
-- one arrivedAt/leftAt pair, which a single span is stored as): the existing rows need no change. For a presence given
-- as spans, arrived_at/left_at keep the first arrival and the last exit, so every reader of V7's columns still finds
-- the presence's bounds. The audit row keeps the spans of each change, so a change of spans is a change on record.
ALTER TABLE attendance_entry ADD COLUMN span_arrived_at TIME[], ADD COLUMN span_left_at TIME[];
ALTER TABLE register_change ADD COLUMN span_arrived_at TIME[], ADD COLUMN span_left_at TIME[];

ALTER TABLE attendance_entry ADD CONSTRAINT attendance_entry_spans_paired CHECK (
    (span_arrived_at IS NULL) = (span_left_at IS NULL)
    AND (span_arrived_at IS NULL OR (array_ndims(span_arrived_at) = 1 AND array_ndims(span_left_at) = 1
         AND cardinality(span_arrived_at) = cardinality(span_left_at) AND cardinality(span_arrived_at) >= 2
         AND arrived_at IS NOT NULL AND left_at IS NOT NULL)));
ALTER TABLE register_change ADD CONSTRAINT register_change_spans_paired CHECK (
    (span_arrived_at IS NULL) = (span_left_at IS NULL)
    AND (span_arrived_at IS NULL OR (array_ndims(span_arrived_at) = 1 AND array_ndims(span_left_at) = 1
         AND cardinality(span_arrived_at) = cardinality(span_left_at) AND cardinality(span_arrived_at) >= 2
         AND arrived_at IS NOT NULL AND left_at IS NOT NULL)));
