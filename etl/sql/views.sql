-- Analyst-facing views and table macros over the contract tables. Values are parameters, never spliced.

-- Every duty statement with its document, lead roles and duty: the base of changes and gaps.
CREATE VIEW duty_occurrences AS
SELECT dc.duty_id, dc.statement_id, dc.clause_id, c.doc_id, d.locality, d.year, d.doc_type, d.source_file,
       st.text, st.match_text, st.theme, dc.score,
       coalesce((SELECT string_agg(DISTINCT ag.role, ', ' ORDER BY ag.role)
                 FROM assignments a JOIN agencies ag USING (agency_id)
                 WHERE a.clause_id = dc.clause_id AND a.kind = 'lead'), '') AS lead_roles
FROM duty_clauses dc
JOIN statements st USING (statement_id)
JOIN clauses c ON c.clause_id = dc.clause_id
JOIN documents d ON d.doc_id = c.doc_id;

-- One row per clause and agency it assigns, with everything an analyst filters on.
CREATE VIEW clause_assignments AS
SELECT c.clause_id, c.doc_id, d.locality, d.year, d.doc_type, d.source_file, c.seq, c.label, c.kind AS clause_kind,
       c.text, a.kind, a.how, ag.agency_id, ag.name AS agency, ag.role
FROM clauses c
JOIN documents d USING (doc_id)
LEFT JOIN assignments a USING (clause_id)
LEFT JOIN agencies ag USING (agency_id);

-- Coverage: how many clauses each role leads (or supports) in each document.
CREATE VIEW coverage_role_doc AS
SELECT ag.role, d.doc_id, d.locality, d.year, a.kind, count(DISTINCT a.clause_id) AS n_clauses
FROM assignments a JOIN agencies ag USING (agency_id) JOIN clauses c USING (clause_id) JOIN documents d USING (doc_id)
GROUP BY ALL;

CREATE VIEW coverage_theme_role AS
SELECT st.theme, ag.role, a.kind, count(DISTINCT st.statement_id) AS n_statements
FROM statements st JOIN assignments a USING (clause_id) JOIN agencies ag USING (agency_id)
GROUP BY ALL;

CREATE VIEW duty_recurrence AS
SELECT n_docs, count(*) AS n_duties FROM duties GROUP BY n_docs ORDER BY n_docs;

-- One statement per duty and side: the first in reading order.
CREATE MACRO side_duties(loc, yr, doc) AS TABLE
SELECT * FROM (
    SELECT o.*, row_number() OVER (PARTITION BY o.duty_id ORDER BY o.doc_id, o.statement_id) AS rn
    FROM duty_occurrences o
    WHERE (doc IS NOT NULL AND o.doc_id = doc) OR (doc IS NULL AND o.locality = loc AND o.year = yr)
) WHERE rn = 1;

-- Changes from side A to side B (a locality-year, or a document when doc_a / doc_b are given):
-- new, dropped, unchanged, reworded (similarity below the reword threshold), reassigned (lead roles differ).
CREATE MACRO changes(loc_a, year_a, loc_b, year_b, doc_a := NULL, doc_b := NULL) AS TABLE
WITH a AS (FROM side_duties(loc_a, year_a, doc_a)), b AS (FROM side_duties(loc_b, year_b, doc_b)),
t AS (SELECT value FROM settings WHERE name = 'reword_threshold'),
j AS (
    SELECT coalesce(a.duty_id, b.duty_id) AS duty_id, a.text AS text_a, b.text AS text_b,
           a.clause_id AS clause_a, b.clause_id AS clause_b, a.lead_roles AS roles_a, b.lead_roles AS roles_b,
           coalesce(a.theme, b.theme) AS theme,
           CASE WHEN a.duty_id IS NOT NULL AND b.duty_id IS NOT NULL THEN
               round(100.0 * (1 - levenshtein(a.match_text, b.match_text)
                     / greatest(length(a.match_text), length(b.match_text), 1)), 1) END AS similarity
    FROM a FULL OUTER JOIN b ON a.duty_id = b.duty_id
)
SELECT j.*, CASE
        WHEN clause_a IS NULL THEN 'new'
        WHEN clause_b IS NULL THEN 'dropped'
        WHEN roles_a <> roles_b AND roles_a <> '' AND roles_b <> '' THEN 'reassigned'
        WHEN similarity < (SELECT value FROM t) THEN 'reworded'
        ELSE 'unchanged' END AS status
FROM j;

-- Gaps: duties the comparison set assigns and the target lacks, ranked by how widely they appear.
-- scope: 'previous_year' (same locality, year - 1), 'same_year' (other localities, same year), 'all'.
CREATE MACRO gaps(loc, yr, scope := 'all', doc := NULL) AS TABLE
WITH target AS (
    SELECT DISTINCT duty_id FROM duty_occurrences
    WHERE (doc IS NOT NULL AND doc_id = doc) OR (doc IS NULL AND locality = loc AND year = yr)
),
target_docs AS (
    SELECT doc_id, locality, year FROM documents
    WHERE (doc IS NOT NULL AND doc_id = doc) OR (doc IS NULL AND locality = loc AND year = yr)
),
elsewhere AS (
    SELECT o.* FROM duty_occurrences o
    WHERE o.doc_id NOT IN (SELECT doc_id FROM target_docs)
      AND CASE scope
            WHEN 'previous_year' THEN o.locality = (SELECT any_value(locality) FROM target_docs)
                                  AND o.year = (SELECT any_value(year) FROM target_docs) - 1
            WHEN 'same_year' THEN o.locality IS DISTINCT FROM (SELECT any_value(locality) FROM target_docs)
                              AND o.year = (SELECT any_value(year) FROM target_docs)
            ELSE TRUE END
)
SELECT e.duty_id, any_value(du.label) AS label, any_value(du.theme) AS theme,
       count(DISTINCT e.doc_id) AS n_docs,
       string_agg(DISTINCT e.locality || ' ' || e.year, '; ' ORDER BY e.locality || ' ' || e.year) AS seen_in,
       string_agg(DISTINCT nullif(e.lead_roles, ''), '; ') AS roles,
       min(e.clause_id) AS example_clause, arg_min(e.text, e.clause_id) AS example_text
FROM elsewhere e JOIN duties du USING (duty_id)
WHERE e.duty_id NOT IN (SELECT duty_id FROM target)
GROUP BY e.duty_id
ORDER BY n_docs DESC, e.duty_id;
