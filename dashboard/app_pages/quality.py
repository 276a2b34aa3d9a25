"""Dữ liệu: what the last build loaded, rejected, de-duplicated and could not determine."""

import pandas as pd
import streamlit as st

from dashboard import quality_file, queries, ui
from dashboard.i18n import SETTINGS_HELP, column, lang, message, t

VERSION_KEYS = ("etl_version", "python", "duckdb", "rapidfuzz", "streamlit", "pandas", "plotly", "platform")

mtime = ui.mtime()
st.title(t("nav_quality"))
st.caption(t("quality_intro"))

info = queries.build_info(mtime).set_index("key")["value"]
n = queries.counts(mtime)
q = queries.quality(mtime)
rejected = q["rejected"].assign(reason=lambda r: r["reason"].map(message))
# the field a warning is about, named as the tables name it ("year" -> "Năm"; "manifest" stays)
q["warnings"] = q["warnings"].assign(message=lambda w: w["message"].map(message), field=lambda w: w["field"].map(column))
is_dup = rejected["duplicate_of"].notna()

st.markdown(t("q_build_line", at=info.get("built_at", "?"), s=info.get("seconds", "?"),
               dir=info.get("input_dir", "?")))  # build facts only: no document text goes through Markdown
ui.metrics([(t("m_loaded"), n["documents"], None), (t("m_rejected"), int((~is_dup).sum()), None),
            (t("m_duplicates"), int(is_dup.sum()), None), (t("m_warnings"), len(q["warnings"]), None)])

st.subheader(t("q_measured"))
st.caption(t("q_measured_intro"))
measured = quality_file.rows(lang())
if measured.empty:
    st.caption(t("q_measured_missing"))
else:
    ui.table(measured, "chat-luong-do-duoc", "q_measured", column_config={
        "precision": st.column_config.NumberColumn(format="percent"),
        "recall": st.column_config.NumberColumn(format="percent")})

left, right = st.columns(2, gap="large")
with left:
    st.subheader(t("q_thresholds"))
    thr = queries.thresholds(mtime)
    meaning = {k: v[1] if lang() == "en" else v[0] for k, v in SETTINGS_HELP.items()}
    ui.table(thr.assign(help=thr["name"].map(meaning).fillna(thr["help"])), "nguong", "q_thr")
with right:
    st.subheader(t("q_versions"))
    versions = pd.DataFrame([(k, info[k]) for k in VERSION_KEYS if k in info], columns=["key", "value"])
    ui.table(versions, "phien-ban", "q_ver")


def section(title_key: str, df: pd.DataFrame, name: str, **config) -> None:
    st.subheader(t(title_key))
    if df.empty:
        st.caption(t("q_none"))
    else:
        ui.table(df, name, f"q_{name}", column_config=config)


wide = st.column_config.TextColumn(width="large")
section("q_loaded", q["loaded"], "da-nap", body_coverage=st.column_config.NumberColumn(format="percent"))
section("q_rejected", rejected[~is_dup], "bi-loai", reason=wide)
section("q_duplicates", rejected[is_dup], "trung-lap", reason=wide)
st.header(t("q_undetermined"))
section("q_warnings", q["warnings"], "canh-bao", message=wide)
# the field and where its value came from, in the page's language ("year", "inferred" -> "Năm", "suy ra")
SOURCES = {"text": "field_src_text", "manifest": "field_src_manifest", "inferred": "field_src_inferred",
           "file name": "field_src_file_name"}
section("q_fields", q["fields"].assign(field=lambda f: f["field"].map(column),
                                       source=lambda f: f["source"].map(lambda v: t(SOURCES[v]) if v in SOURCES else v)),
        "truong-suy-ra", value=wide)
section("q_missing", q["missing"], "thieu-thong-tin", title=wide)
section("q_unassigned", q["unassigned"], "chua-ro-co-quan", text=wide)
# the gazetteer's notes are the engineers' English; the Vietnamese page keeps only those it has a sentence for
# ("2025: merged into Sở Xây dựng" -> "2025: sáp nhập vào Sở Xây dựng")
other = q["other_agencies"]
if lang() != "en":
    other = other.assign(note=other["note"].map(lambda n: vi if isinstance(n, str) and (vi := message(n)) != n else ""))
section("q_other", other, "co-quan-khac")
section("q_dropped", q["dropped"], "doan-bi-loai", text=wide)
