"""Phạm vi: which agency role is given how many clauses in each locality-year, and on which themes.

Selecting a cell of a table (or a heatmap square) fills the pickers below it, which list the clauses.
"""

import pandas as pd
import streamlit as st

from dashboard import charts, queries, ui, url_state
from dashboard.i18n import t


def clause_table(clauses, name: str, key: str) -> None:
    """The clauses behind a selected cell, each linked to its place in the document."""
    clauses = clauses.assign(link=ui.doc_urls(clauses["doc_id"], clauses["clause_id"]))
    ui.table(clauses[["link", "locality", "year", "label", "kind", "agency", "text", "clause_id"]], name, key,
             column_config={
                 "link": st.column_config.LinkColumn(display_text=t("open_document"), width="small"),
                 "year": st.column_config.NumberColumn(format="%d"),
                 "text": st.column_config.TextColumn(width="large")})


def scroll_to_clauses() -> None:
    """After a click on a cell, bring its clauses into view (they are below the chart and the table)."""
    if st.session_state.pop("cov_scroll", False):
        ui.scroll_into_view("cov-clauses", block="start", delay_ms=400)


mtime = ui.mtime()
ui.css()
st.title(t("nav_coverage"))
st.caption(t("coverage_intro"))

with_support = st.toggle(t("with_support"), key="cov_sup", bind="query-params")
kinds = ("lead", "support") if with_support else ("lead",)
suffix = "ls" if with_support else "l"


def pivot(df: pd.DataFrame, rows: str, cols: str, value: str, col_order: list[str]) -> pd.DataFrame:
    p = df.pivot_table(index=rows, columns=cols, values=value, aggfunc="sum", fill_value=0)
    p = p.reindex(columns=[c for c in col_order if c in p.columns])
    return p.loc[p.sum(axis=1).sort_values(ascending=False, kind="stable").index]


def on_cell(table_key: str, row_codes: list[str], row_state: str, col_state: str, col_codes: dict) -> None:
    """Copy a selected table cell into the pickers (only when the selection changes)."""
    cells = st.session_state[table_key].selection.cells
    if cells:
        row, col = cells[0]
        st.session_state["cov_scroll"] = True
        st.session_state[row_state] = row_codes[row]
        if col in col_codes:
            st.session_state[col_state] = col_codes[col]


def on_heat(chart_key: str, row_codes: dict, row_state: str, col_state: str, col_codes: dict) -> None:
    points = st.session_state[chart_key].selection.points
    if points:
        y, x = str(points[0].get("y")), str(points[0].get("x"))
        st.session_state["cov_scroll"] = True
        if y in row_codes:
            st.session_state[row_state] = row_codes[y]
        if x in col_codes:
            st.session_state[col_state] = col_codes[x]


view = url_state.single(st.segmented_control, t("cov_view"), ["role", "theme"], key="cov_view", required=True,
                        format_func=lambda v: t("heat_role_title") if v == "role" else t("heat_theme_title"))

if view == "role":
    cov = queries.coverage_role(mtime, kinds)
    if cov.empty:
        ui.empty()
    else:
        # many locality-years (a national corpus: hundreds) make a grid of colour only; an analyst narrows it here
        chosen = st.multiselect(t("locality"), ui.vi_sorted(cov["locality"]), key="cov_loc", bind="query-params",
                                placeholder=t("all"))
        cov = cov[cov["locality"].isin(chosen)] if chosen else cov
        cov = cov.assign(ly=cov["locality"] + " " + cov["year"].astype("Int64").astype(str))
        order = (cov[["locality", "year", "ly"]].drop_duplicates()
                 .sort_values(["locality", "year"], key=ui.vi_key)["ly"].tolist())
        p = pivot(cov, "role", "ly", "n_clauses", order)
        codes = list(p.index)
        shown = p.rename(index=ui.role_label)
        ly_codes = {c: c for c in order}
        st.plotly_chart(
            charts.heatmap(shown, title=t("heat_role_title"), x_title=t("locality_year"), y_title=t("role"),
                           z_title=t("n_clauses")),
            on_select=lambda: on_heat(f"cov_heat_{suffix}", dict(zip(shown.index, codes)), "cov_role", "cov_ly",
                                      ly_codes),
            selection_mode="points", key=f"cov_heat_{suffix}", config={"displaylogo": False},
        )
        table = shown.reset_index().rename(columns={"role": t("role")})
        st.dataframe(table, hide_index=True, key=f"cov_table_{suffix}", selection_mode="single-cell",
                     on_select=lambda: on_cell(f"cov_table_{suffix}", codes, "cov_role", "cov_ly", ly_codes))
        ui.downloads(table, "pham-vi-vai-tro", f"cov_table_{suffix}")

        st.subheader(t("cell_pick"), anchor="cov-clauses")
        scroll_to_clauses()
        st.caption(t("cell_hint"))
        c1, c2 = st.columns(2)
        # each option with its number, as a faceted search shows it: "Công an (7)", "Lạng Sơn 2023 (37)"
        per_role, per_ly = p.sum(axis=1), p.sum(axis=0)
        role = url_state.single(c1.selectbox, t("role"), codes, key="cov_role",
                                format_func=lambda r: f"{ui.role_label(r)} ({int(per_role.get(r, 0))})")
        ly = url_state.single(c2.selectbox, t("locality_year"), [""] + order, key="cov_ly",
                              format_func=lambda v: f"{v} ({int(per_ly.get(v, 0))})" if v else t("all"))
        loc, year = (None, None)
        if ly:
            loc, year = ly.rsplit(" ", 1)[0], int(ly.rsplit(" ", 1)[1])
        clause_table(queries.cell_clauses(mtime, role, kinds, loc, year), "pham-vi-khoan", f"cov_cl_{suffix}")

else:
    cov = queries.coverage_theme(mtime, kinds)
    if cov.empty:
        ui.empty()
    else:
        role_order = cov.groupby("role")["n_statements"].sum().sort_values(ascending=False).index.tolist()
        p = pivot(cov, "theme", "role", "n_statements", role_order)
        theme_codes = list(p.index)
        role_codes = {ui.role_label(r): r for r in p.columns}
        shown = p.rename(index=ui.theme_label, columns=ui.role_label)
        st.plotly_chart(
            charts.heatmap(shown, title=t("heat_theme_title"), x_title=t("role"), y_title=t("theme"),
                           z_title=t("n_statements")),
            on_select=lambda: on_heat(f"cov_theat_{suffix}", dict(zip(shown.index, theme_codes)), "cov_theme",
                                      "cov_trole", role_codes),
            selection_mode="points", key=f"cov_theat_{suffix}", config={"displaylogo": False},
        )
        table = shown.reset_index().rename(columns={"theme": t("theme")})
        st.dataframe(table, hide_index=True, key=f"cov_ttable_{suffix}", selection_mode="single-cell",
                     on_select=lambda: on_cell(f"cov_ttable_{suffix}", theme_codes, "cov_theme", "cov_trole",
                                               role_codes))
        ui.downloads(table, "pham-vi-chu-de", f"cov_ttable_{suffix}")

        st.subheader(t("cell_pick"), anchor="cov-clauses")
        scroll_to_clauses()
        c1, c2 = st.columns(2)
        per_theme, per_trole = p.sum(axis=1), p.sum(axis=0)
        theme = url_state.single(c1.selectbox, t("theme"), theme_codes, key="cov_theme",
                                 format_func=lambda x: f"{ui.theme_label(x)} ({int(per_theme.get(x, 0))})")
        trole = url_state.single(c2.selectbox, t("role"), list(p.columns), key="cov_trole",
                                 format_func=lambda r: f"{ui.role_label(r)} ({int(per_trole.get(r, 0))})")
        clause_table(queries.cell_clauses(mtime, trole, kinds, theme=theme), "chu-de-khoan", f"cov_tcl_{suffix}")
