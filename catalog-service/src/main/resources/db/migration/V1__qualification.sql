-- Regional qualifications (repertorio). Identified by code + version: regional acts change them.
CREATE TABLE qualification (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    version     INTEGER      NOT NULL,
    title       VARCHAR(300) NOT NULL,
    eqf_level   SMALLINT     NOT NULL CHECK (eqf_level BETWEEN 1 AND 8),
    CONSTRAINT uq_qualification_code_version UNIQUE (code, version)
);

INSERT INTO qualification (code, version, title, eqf_level) VALUES
    ('000', 1, 'Tecnico esperto customer care', 5),
    ('001', 1, 'Addetto al servizio clienti', 3),
    ('002', 1, 'Tecnico esperto del Customer Relationship Management', 5),
    ('003', 1, 'Operatore call center Inbound', 3),
    ('004', 1, 'Addetto telefonico al servizio clienti non vedente o ipovedente', 3);
