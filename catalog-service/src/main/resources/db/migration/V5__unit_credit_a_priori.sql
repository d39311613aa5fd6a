-- A unit whose attendance credit has "valore a priori": granted by right to whoever meets the unit's condition, not
-- by assessment. [001] sez. 4, URA 13: "Ammesso credito di frequenza con valore a priori riconosciuto a chi ha già
-- svolto ... il corso conforme all'Accordo Stato - Regioni 21/12/2011"; sez. 9 caps the attendance credits "al netto
-- degli eventuali crediti con valore a priori", so attendance-service must tell these credits apart. No other
-- standard names such a credit ([000][002][003] refer to the regional rules).
ALTER TABLE training_unit ADD COLUMN credit_a_priori BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE training_unit ADD CONSTRAINT training_unit_a_priori_credit_allowed CHECK (credit_allowed OR NOT credit_a_priori);

UPDATE training_unit u SET credit_a_priori = TRUE
FROM training_standard s JOIN qualification q ON q.id = s.qualification_id
WHERE u.standard_id = s.id AND q.code = '001' AND q.version = 1 AND u.code = '13';
