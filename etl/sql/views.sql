-- Analyst-facing views and table macros over the contract tables. Values are parameters, never spliced.

-- Lead roles of each clause, as a sorted list and as text.
CREATE VIEW clause_roles AS
SELECT a.clause_id, list_sort(list(DISTINCT ag.role)) AS roles, string_agg(DISTINCT ag.role, ', ' ORDER BY ag.role) AS lead_roles
FROM assignments a JOIN agencies ag USING (agency_id)
WHERE a.kind = 'lead'
GROUP BY a.clause_id;

-- Lead roles of each statement, where attribution decided them per statement (assignments.statement_id), and its
-- doers by name ("; " between names: a name may hold a comma).
CREATE VIEW statement_roles AS
SELECT a.statement_id, list_sort(list(DISTINCT ag.role)) AS roles, string_agg(DISTINCT ag.role, ', ' ORDER BY ag.role) AS lead_roles,
       string_agg(DISTINCT ag.name, '; ' ORDER BY ag.name) AS lead_names
FROM agency_mentions a JOIN agencies ag USING (agency_id)   -- every doer of every statement (assignments
WHERE a.part = 'doer' AND a.statement_id IS NOT NULL         -- keep one row per clause and agency)
GROUP BY a.statement_id;

-- The doers each clause names, by name: what a statement that names none of its own carries on.
CREATE VIEW clause_doer_names AS
SELECT a.clause_id, string_agg(DISTINCT ag.name, '; ' ORDER BY ag.name) AS lead_names
FROM agency_mentions a JOIN agencies ag USING (agency_id)
WHERE a.part = 'doer'
GROUP BY a.clause_id;

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
WHERE st.kind = 'duty'   -- a headline, count or caption of a news article is no duty of any role
GROUP BY ALL;

CREATE VIEW duty_recurrence AS
SELECT n_docs, count(*) AS n_duties FROM duties GROUP BY n_docs ORDER BY n_docs;

-- Every statement with its document and lead roles (duty_occurrences below adds the duty).
CREATE TEMP TABLE occurrence_base AS
SELECT st.statement_id, c.doc_id, d.locality, d.year, d.doc_type, d.source_file,
       st.text, st.match_text, st.theme, st.topics,
       -- its own doers, its item's, or none (statements.roles_from, decided in etl/frames.py)
       coalesce(sr.lead_roles, CASE WHEN st.roles_from = 'item' THEN cr.lead_roles END, '') AS lead_roles,
       coalesce(sr.roles, CASE WHEN st.roles_from = 'item' THEN cr.roles END, []::VARCHAR[]) AS roles,
       coalesce(sr.lead_names, CASE WHEN st.roles_from = 'item' THEN cn.lead_names END) AS lead_names
FROM statements st
JOIN clauses c ON c.clause_id = st.clause_id
JOIN documents d ON d.doc_id = c.doc_id
LEFT JOIN clause_roles cr ON cr.clause_id = st.clause_id
LEFT JOIN statement_roles sr ON sr.statement_id = st.statement_id
LEFT JOIN clause_doer_names cn ON cn.clause_id = st.clause_id;

-- Explore's rows without their duties (explore_rows below adds them), in the order Explore lists them: localities
-- in Vietnamese alphabetical order (ICU collation `vi`, built into DuckDB), numbered once here so Explore sorts on
-- an integer.
CREATE TEMP TABLE explore_base AS
WITH th AS (SELECT clause_id, list(DISTINCT theme ORDER BY theme) AS themes FROM statements GROUP BY 1)
SELECT ca.*, coalesce(th.themes, []::VARCHAR[]) AS theme_list, array_to_string(th.themes, ', ') AS themes,
       replace(strip_accents(lower(ca.text)), 'đ', 'd') AS text_folded,
       row_number() OVER (ORDER BY ca.locality COLLATE vi, ca.locality, ca.year, ca.doc_id, ca.seq, ca.kind, ca.agency)
           AS row_order
FROM clause_assignments ca LEFT JOIN th USING (clause_id);

-- @needs-duties: what is above this line needs no alignment; etl/load.py makes it while the alignment runs,
-- and everything below once the duties are stored.

-- Every duty statement with its document, lead roles (its own when attribution gave them, else its
-- clause's) and duty: the base of changes and gaps.
-- A table, not a view: changes, gaps and compare read a few rows of it, and as a view every call
-- re-joined all statements with the lead roles of all clauses (~150 ms at 2,000 documents).
-- Joined in two steps: occurrence_base (above the line, while the alignment runs) holds every statement
-- with its document and lead roles; here each gets its duty.
CREATE TABLE duty_occurrences AS
SELECT dc.duty_id, dc.statement_id, dc.clause_id, o.doc_id, o.locality, o.year, o.doc_type, o.source_file,
       o.text, o.match_text, o.theme, o.topics, dc.score, o.lead_roles, o.roles, dc.node_id, o.lead_names
FROM duty_clauses dc
JOIN occurrence_base o USING (statement_id)
ORDER BY o.locality, o.year, o.doc_id;

-- The statements of one side: a document when `doc` is given, else a locality-year.
CREATE MACRO side(loc, yr, doc) AS TABLE
SELECT * FROM duty_occurrences
WHERE (doc IS NOT NULL AND doc_id = doc) OR (doc IS NULL AND locality = loc AND year = yr);

-- Word-set similarity of two texts, 0-100 (accents kept: "bán" and "bạn" are different words).
CREATE MACRO word_similarity(x, y) AS
round(100.0 * len(list_intersect(list_distinct(regexp_extract_all(lower(x), '[\pL\pN]+')),
                                 list_distinct(regexp_extract_all(lower(y), '[\pL\pN]+'))))
      / greatest(len(list_distinct(list_concat(regexp_extract_all(lower(x), '[\pL\pN]+'),
                                               regexp_extract_all(lower(y), '[\pL\pN]+')))), 1), 1);

-- The score of the link the aligner kept between two wordings (the nodes of duty_clauses.node_id), or NULL.
CREATE MACRO link_score(node_a, node_b) AS
(SELECT max(l.score) FROM links l WHERE l.a = least(node_a, node_b) AND l.b = greatest(node_a, node_b));

-- Whether two statements of one duty pair on the Changes and Compare pages, given the nodes that stand for their
-- wordings (duty_clauses.node_id) and their word similarity: one wording, a link the aligner kept between the two
-- wordings (links, a < b), or, for two wordings never compared (a national corpus scores each against its nearest
-- few), at least the `pair_floor` setting of shared words. See changes() below for why a duty alone is not enough.
CREATE MACRO statements_pair(node_a, node_b, similarity) AS
node_a = node_b
OR similarity >= (SELECT value FROM settings WHERE name = 'pair_floor')
OR link_score(node_a, node_b) IS NOT NULL;

-- Changes from side A to side B (a locality-year, or a document when doc_a / doc_b are given). Every
-- statement of either side has a row of its own, none is folded into another:
--   new / dropped   no statement of its duty on the other side pairs with it. Two statements pair when the
--               aligner linked them (one wording, or a scored link at the threshold between their wordings, through
--               the node that stands for each: links) or, never compared (a national corpus scores each wording
--               against its nearest few), they share at least the `pair_floor` setting of their words. A duty
--               joins statements through each other, so two of its members may share little ("Chỉ đạo việc tổ
--               chức thi cho thí sinh bị ảnh hưởng" and "vệ sinh an toàn thực phẩm" in one broad duty); such a
--               pair says nothing about what became of either;
--   otherwise it is paired with the most similar statement of its duty on the other side among those that pair
--   with it (a statement of the other side that is nobody's closest gets its own row with its closest), and the pair is
--   reassigned  when the duty's lead roles on the two sides (over all its statements there) are both
--               known and have none in common,
--   reworded    when their words differ more than the reword threshold allows,
--   unchanged   otherwise.
CREATE MACRO changes(loc_a, year_a, loc_b, year_b, doc_a := NULL, doc_b := NULL) AS TABLE
WITH a AS (FROM side(loc_a, year_a, doc_a)), b AS (FROM side(loc_b, year_b, doc_b)),
ra AS (SELECT duty_id, list_sort(list_distinct(flatten(list(roles)))) AS roles FROM a GROUP BY duty_id),
rb AS (SELECT duty_id, list_sort(list_distinct(flatten(list(roles)))) AS roles FROM b GROUP BY duty_id),
within AS (
    SELECT a.duty_id, a.statement_id AS sa, b.statement_id AS sb, a.node_id AS na, b.node_id AS nb,
           word_similarity(a.text, b.text) AS similarity
    FROM a JOIN b USING (duty_id)
),
cand AS (SELECT duty_id, sa, sb, similarity FROM within WHERE statements_pair(na, nb, similarity)),
best_of_a AS (SELECT sa, arg_max(sb, similarity) AS sb FROM cand GROUP BY sa),
best_of_b AS (SELECT sb, arg_max(sa, similarity) AS sa FROM cand GROUP BY sb),
paired AS (
    SELECT sa, sb FROM best_of_a
    UNION
    SELECT sa, sb FROM best_of_b
),
rows AS (
    SELECT c.duty_id, c.sa, c.sb, c.similarity FROM paired p JOIN cand c USING (sa, sb)
    UNION ALL SELECT duty_id, statement_id, NULL, NULL FROM a WHERE statement_id NOT IN (SELECT sa FROM cand)
    UNION ALL SELECT duty_id, NULL, statement_id, NULL FROM b WHERE statement_id NOT IN (SELECT sb FROM cand)
),
labelled AS (
    SELECT r.duty_id, du.label, coalesce(x.theme, y.theme) AS theme, x.text AS text_a, y.text AS text_b,
           x.clause_id AS clause_a, y.clause_id AS clause_b,
           array_to_string(da.roles, ', ') AS roles_a, array_to_string(db.roles, ', ') AS roles_b, r.similarity,
           CASE
               WHEN r.sa IS NULL THEN 'new'
               WHEN r.sb IS NULL THEN 'dropped'
               WHEN len(da.roles) > 0 AND len(db.roles) > 0 AND len(list_intersect(da.roles, db.roles)) = 0 THEN 'reassigned'
               WHEN r.similarity < t.value THEN 'reworded'
               ELSE 'unchanged' END AS status,
           r.sa AS statement_a, r.sb AS statement_b, x.lead_names AS names_a, y.lead_names AS names_b
    FROM rows r JOIN duties du USING (duty_id)
    LEFT JOIN a x ON x.statement_id = r.sa
    LEFT JOIN b y ON y.statement_id = r.sb
    LEFT JOIN ra da ON da.duty_id = r.duty_id
    LEFT JOIN rb db ON db.duty_id = r.duty_id
    CROSS JOIN (SELECT value FROM settings WHERE name = 'reword_threshold') t
)
SELECT * FROM labelled
ORDER BY CASE status WHEN 'new' THEN 1 WHEN 'dropped' THEN 2 WHEN 'reassigned' THEN 3 WHEN 'reworded' THEN 4 ELSE 5 END,
         duty_id, statement_a, statement_b;

-- Gaps: duties the comparison set assigns and the target lacks, ranked by how widely they appear.
-- scope: 'previous_year' (same locality, year - 1), 'same_year' (other localities, same year), 'all'.
-- The comparison set of gaps: every statement outside the target in the documents the scope names.
CREATE MACRO gap_pool(loc, yr, scope := 'all', doc := NULL) AS TABLE
WITH target_docs AS (
    SELECT doc_id, locality, year FROM documents
    WHERE (doc IS NOT NULL AND doc_id = doc) OR (doc IS NULL AND locality = loc AND year = yr)
)
SELECT o.* FROM duty_occurrences o
WHERE o.doc_id NOT IN (SELECT doc_id FROM target_docs)
  AND CASE scope
        WHEN 'previous_year' THEN o.locality = (SELECT any_value(locality) FROM target_docs)
                              AND o.year = (SELECT any_value(year) FROM target_docs) - 1
        WHEN 'same_year' THEN o.locality IS DISTINCT FROM (SELECT any_value(locality) FROM target_docs)
                          AND o.year = (SELECT any_value(year) FROM target_docs)
        ELSE TRUE END;

CREATE MACRO gaps(loc, yr, scope := 'all', doc := NULL) AS TABLE
WITH target AS (SELECT DISTINCT duty_id FROM side(loc, yr, doc)),
elsewhere AS (FROM gap_pool(loc, yr, scope := scope, doc := doc))
SELECT e.duty_id, any_value(du.label) AS label, any_value(du.theme) AS theme,
       count(DISTINCT e.doc_id) AS n_docs,
       string_agg(DISTINCT e.locality || ' ' || e.year, '; ' ORDER BY e.locality || ' ' || e.year) AS seen_in,
       string_agg(DISTINCT nullif(e.lead_roles, ''), '; ') AS roles,
       min(e.clause_id) AS example_clause, arg_min(e.text, e.clause_id) AS example_text
FROM elsewhere e JOIN duties du USING (duty_id)
WHERE e.duty_id NOT IN (SELECT duty_id FROM target)
GROUP BY e.duty_id
ORDER BY n_docs DESC, e.duty_id;

-- Explore & export: clause_assignments with each clause's themes and duties and its accent-folded text,
-- joined and folded once here instead of on every filter change (the folding and the themes in explore_base,
-- above the line).
CREATE TABLE explore_rows AS
WITH du AS (SELECT clause_id, list(DISTINCT duty_id ORDER BY duty_id) AS duties FROM duty_clauses GROUP BY 1)
SELECT b.* EXCLUDE (theme_list, themes, text_folded, row_order), b.theme_list,
       coalesce(du.duties, []::VARCHAR[]) AS duty_list,
       b.themes, array_to_string(du.duties, ', ') AS duties, b.text_folded, b.row_order
FROM explore_base b LEFT JOIN du USING (clause_id)
ORDER BY b.row_order;
