"""A planner checks a draft that is really a news article: its narrative sentences (a date-led report, a count)
must not count as keeping last year's duties, exactly as a build never aligns them."""
from etl import draft as dr
from etl.config import Settings

POOL_SQL = (
    "SELECT o.duty_id, o.statement_id, o.clause_id, o.doc_id, o.locality, o.year, o.doc_type, o.text, "
    "o.match_text, o.theme, o.lead_roles, CASE WHEN o.locality IS NOT DISTINCT FROM $loc AND o.year = $yr - 1 "
    "THEN 'previous_year' ELSE 'same_year' END AS side FROM duty_occurrences o "
    "WHERE (o.locality IS NOT DISTINCT FROM $loc AND o.year = $yr - 1) OR (o.locality IS DISTINCT FROM $loc AND o.year = $yr)"
)
# our own words: a report of a leader's visit on one afternoon, and how many candidates sit the exam (a dated report
# of an agency at work, "Chiều 18/6, Công an tỉnh đã kiểm tra …", is a reported act and is aligned: session 50)
NEWS = (
    "Chiều 18/6/2025, Phó Chủ tịch UBND tỉnh đã kiểm tra việc giữ an ninh, trật tự ở các điểm thi và "
    "nơi in sao đề thi của Kỳ thi.\n\nNăm nay toàn tỉnh có 7.400 thí sinh đăng ký dự thi tại 21 điểm thi.\n"
)


def test_a_news_report_keeps_no_duty_of_last_year(seed_con):
    settings = Settings()
    d = dr.read_draft("tin-bai.txt", NEWS.encode("utf-8"), settings)
    assert set(d.statements["kind"]) == {"context"}
    pool = seed_con.execute(POOL_SQL, {"loc": "Lạng Sơn", "yr": 2025}).df()
    assert (pool["side"] == "previous_year").any()
    result = dr.compare(d, pool, settings)
    assert result["kept"].empty and result["moved"].empty
    # the same sentences read as duties would keep last year's security duty: the filter is what prevents it
    as_duties = dr.Draft(d.name, d.meta, d.clauses, d.statements.assign(kind="duty", aligned=True), 0.0)
    assert len(dr.compare(as_duties, pool, settings)["kept"]) >= 1
