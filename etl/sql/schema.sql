-- The public data contract (DESIGN.md) plus the tables the dashboard needs. Built whole, then swapped in.
CREATE TABLE documents (
    doc_id         VARCHAR PRIMARY KEY,
    source_file    VARCHAR NOT NULL,
    content_sha256 VARCHAR NOT NULL,
    locality       VARCHAR,
    year           INTEGER,
    doc_type       VARCHAR,
    issuer         VARCHAR,
    number         VARCHAR,
    issued_date    DATE,
    signer         VARCHAR,
    signer_title   VARCHAR,
    title          VARCHAR,
    implements     VARCHAR,          -- the national directive it carries out, e.g. 15/CT-TTg
    recipients     VARCHAR,          -- "Kính gửi" and "Nơi nhận", joined with "; "
    encoding       VARCHAR,
    wrapped        BOOLEAN,          -- hard-wrapped PDF text, paragraphs rebuilt
    body_coverage  DOUBLE,           -- share of body characters that landed in clauses
    source_text    VARCHAR NOT NULL  -- decoded NFC text; clause offsets point into it
);
CREATE TABLE document_fields (doc_id VARCHAR, field VARCHAR, value VARCHAR, source VARCHAR);
CREATE TABLE warnings (doc_id VARCHAR, source_file VARCHAR, field VARCHAR, message VARCHAR);
CREATE TABLE clauses (
    clause_id  VARCHAR PRIMARY KEY,
    doc_id     VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    label      VARCHAR NOT NULL,
    parent_id  VARCHAR,
    kind       VARCHAR NOT NULL,     -- title | preamble | item | closing
    text       VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL
);
CREATE TABLE agencies (
    agency_id VARCHAR PRIMARY KEY,
    name      VARCHAR NOT NULL,
    role      VARCHAR NOT NULL,
    locality  VARCHAR,
    successor VARCHAR,
    note      VARCHAR
);
CREATE TABLE assignments (
    clause_id  VARCHAR NOT NULL,
    agency_id  VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,     -- lead | support
    how        VARCHAR,              -- the rule of etl/rules.csv, or heading | previous_statement | previous_paragraph
    start_char INTEGER,              -- where the clause names the agency (offset in clause text), NULL if inherited
    end_char   INTEGER,
    statement_id VARCHAR             -- the duty statement that assigns it (a clause's roles: union over its statements)
);
-- Every agency a clause names, with the part the words around it give it. Assignments are the doers
-- (lead) and helpers (support); requesters, report recipients and plain mentions are kept here only.
CREATE TABLE agency_mentions (
    clause_id    VARCHAR NOT NULL,
    statement_id VARCHAR,
    agency_id    VARCHAR NOT NULL,
    part         VARCHAR NOT NULL,   -- doer | helper | requester | recipient | mention
    rule         VARCHAR,            -- the rule that decided the part (etl/rules.csv, read by etl/attribution.py)
    start_char   INTEGER,            -- offset in clause text; NULL when inherited from a heading or earlier sentence
    end_char     INTEGER
);
CREATE TABLE statements (
    statement_id VARCHAR PRIMARY KEY,
    clause_id    VARCHAR NOT NULL,
    part         INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    match_text   VARCHAR NOT NULL,   -- normalised for comparison, never shown
    theme        VARCHAR,
    kind         VARCHAR,            -- duty | context (etl/duty_cues.toml): only duties are aligned into duties
    kind_reason  VARCHAR,            -- the cue step and words that decided the kind
    roles_from   VARCHAR,            -- own | item | none: whose lead roles the statement has (etl/frames.py)
    topics       STRUCT(topic VARCHAR, weight DOUBLE)[]  -- duty topics and keyword weights (the aligner's, for duties)
);
CREATE TABLE duties (duty_id VARCHAR PRIMARY KEY, label VARCHAR, theme VARCHAR, n_docs INTEGER, lead_roles VARCHAR);
CREATE TABLE duty_clauses (duty_id VARCHAR, clause_id VARCHAR, statement_id VARCHAR, score DOUBLE,
                           node_id VARCHAR);  -- the statement whose links stand for this one (same matching text)
CREATE TABLE links (a VARCHAR, b VARCHAR, score DOUBLE);   -- statement pairs above the link threshold, a < b
CREATE TABLE themes (theme VARCHAR PRIMARY KEY, label_vi VARCHAR, label_en VARCHAR);
CREATE TABLE roles (role VARCHAR PRIMARY KEY, label_vi VARCHAR, label_en VARCHAR);
CREATE TABLE rejected_files (source_file VARCHAR, reason VARCHAR, duplicate_of VARCHAR);  -- duplicate_of: the file loaded instead
CREATE TABLE dropped_text (doc_id VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER);
CREATE TABLE build_info (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE settings (name VARCHAR PRIMARY KEY, value DOUBLE);
