"""DataFrame -> plotly Figure. Pure functions: labels and hover texts are passed in, already translated."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
import plotly.graph_objects as go

from dashboard.render import STATUS_COLOURS

FONT = dict(family="Inter, 'Segoe UI', Roboto, Arial, sans-serif", size=13)
# The lowest count must stand out from the white background (3:1, as WCAG asks of graphics): the scale
# starts at a mid red, not at a near-white tint.
HEAT_LOW, HEAT_HIGH = "#e0756b", "#6e130f"
HEAT = [[0.0, HEAT_LOW], [1.0, HEAT_HIGH]]


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance."""
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(c) for c in _rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: str, bg: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def heat_colour(share: float) -> str:
    """The colour of the heat scale at share (0 to 1) of the way up."""
    a, b = _rgb(HEAT_LOW), _rgb(HEAT_HIGH)
    return "#" + "".join(f"{round(255 * (x + (y - x) * share)):02x}" for x, y in zip(a, b))


@lru_cache(maxsize=1024)
def text_on(background: str) -> str:
    """Black or white, whichever reads better on the background."""
    return "#000000" if contrast("#000000", background) >= contrast("#ffffff", background) else "#ffffff"


def _layout(fig: go.Figure, *, title: str, height: int) -> go.Figure:
    fig.update_layout(title=dict(text=title, x=0, font=dict(size=15)), font=FONT, height=height,
                      margin=dict(l=10, r=10, t=50, b=10), plot_bgcolor="white", hoverlabel=dict(font=FONT))
    return fig


def timeline(docs: pd.DataFrame, *, title: str, x_title: str, y_title: str, hover: list[str]) -> go.Figure:
    """One marker per document: x = year (documents of the same locality-year side by side), y = locality.

    docs: locality, year, doc_type, label (hover text), doc_id, in the order the localities are listed (top to
    bottom). hover: labels for [locality, year, type, subject].
    """
    fig = go.Figure()
    if docs.empty:
        return _layout(fig, title=title, height=260)
    d = docs.copy()
    d["n"] = d.groupby(["locality", "year"])["doc_id"].transform("count")
    d["i"] = d.groupby(["locality", "year"]).cumcount()
    d["x"] = d["year"] + (d["i"] - (d["n"] - 1) / 2) * 0.12
    for doc_type, g in d.groupby("doc_type", dropna=False, sort=True):
        name = doc_type if isinstance(doc_type, str) else "?"
        fig.add_trace(go.Scatter(
            x=g["x"], y=g["locality"], mode="markers", name=name, customdata=g[["doc_id", "label", "year"]],
            marker=dict(size=16, symbol="square", line=dict(width=1, color="white")),
            hovertemplate=(f"<b>%{{y}}</b> · {hover[1]} %{{customdata[2]}}<br>{hover[2]}: {name}"
                           f"<br>{hover[3]}: %{{customdata[1]}}<extra></extra>"),
        ))
    years = sorted(d["year"].dropna().unique())
    fig.update_xaxes(title=x_title, tickmode="array", tickvals=years, ticktext=[str(int(y)) for y in years],
                     range=[min(years) - 0.6, max(years) + 0.6], gridcolor="#eee")
    # localities from top to bottom in the order `docs` lists them (plotly draws the first category at the bottom,
    # and would otherwise take them in the order the doc-type traces meet them)
    order = list(dict.fromkeys(d["locality"].dropna()))
    fig.update_yaxes(title=y_title, gridcolor="#eee", categoryorder="array", categoryarray=order[::-1])
    fig.update_layout(legend=dict(orientation="h", y=-0.25))
    return _layout(fig, title=title, height=140 + 60 * d["locality"].nunique())


def _wrap(label: str, width: int = 18) -> str:
    """A long label on two lines, split at the space nearest the middle."""
    if len(label) <= width or " " not in label:
        return label
    middle = len(label) // 2
    cut = min((i for i, ch in enumerate(label) if ch == " "), key=lambda i: abs(i - middle))
    return label[:cut] + "<br>" + label[cut + 1:]


def heatmap(pivot: pd.DataFrame, *, title: str, x_title: str, y_title: str, z_title: str) -> go.Figure:
    """A count table as a grid of coloured squares (one marker per non-empty cell, so a click selects it;
    Streamlit's chart selection works on markers, not on plotly heatmap cells). Rows and columns keep the
    pivot's order."""
    cells = pivot.rename_axis(index="y", columns="x").stack().rename("z").reset_index()
    cells = cells[cells["z"].fillna(0) > 0]
    xs, ys = [str(c) for c in pivot.columns], [str(i) for i in pivot.index]
    # squares as large as the column spacing allows (about 600 px of plot width on a 1280 px screen); their
    # numbers only where a square holds them (a national grid of hundreds of columns shows colour, the number on
    # hover)
    size = max(4, min(26, 600 // max(len(xs), 1) - 3))
    numbered = size >= 16
    top = max(cells["z"].max(), 1) if len(cells) else 1  # once, not per cell: 8,000 cells at national scale
    # Built from a plain dict without plotly's per-value validation: a national grid has 8,000 cells, and
    # checking each colour of the list took a second on every render.
    fig = go.Figure(data=[dict(
        type="scatter",
        x=cells["x"].astype(str).tolist(), y=cells["y"].astype(str).tolist(),
        mode="markers+text" if numbered else "markers", text=cells["z"].astype(int).astype(str).tolist(),
        textfont=dict(size=11, color=[text_on(heat_colour(v / top)) for v in cells["z"].tolist()]),
        marker=dict(symbol="square", size=size, color=cells["z"].tolist(), colorscale=HEAT, cmin=0,
                    line=dict(width=0),
                    # below the grid, not beside it: on a phone a side colour bar takes a quarter of the width
                    colorbar=dict(title=dict(text=z_title, side="top"), orientation="h", thickness=10, len=0.7,
                                  x=0.5, xanchor="center", y=-0.02, yanchor="top")),
        hovertemplate=f"{y_title}: %{{y}}<br>{x_title}: %{{x}}<br>{z_title}: %{{text}}<extra></extra>",
        selected=dict(marker=dict(opacity=1)), unselected=dict(marker=dict(opacity=0.75)),
    )], _validate=False)
    # slanted column labels never run into each other, even when a phone leaves 40 px per column
    fig.update_xaxes(title=x_title, side="top", type="category", categoryorder="array", categoryarray=xs,
                     tickangle=0 if len(xs) <= 2 else (-45 if len(xs) <= 10 else -70), automargin=True,
                     showgrid=True, gridcolor="#f0f0f0")
    # long row names on two lines (the category value stays whole, so a click still maps back to its code)
    fig.update_yaxes(title=y_title, type="category", categoryorder="array", categoryarray=ys[::-1],
                     tickmode="array", tickvals=ys, ticktext=[_wrap(y) for y in ys],
                     automargin=True, showgrid=True, gridcolor="#f0f0f0")
    fig.update_layout(clickmode="event+select", dragmode=False)
    return _layout(fig, title=title, height=max(300, 170 + 40 * len(ys)))  # room for two-line names


def status_bars(counts: pd.DataFrame, *, title: str, x_title: str, y_title: str, status_labels: dict[str, str],
                legend_title: str) -> go.Figure:
    """Horizontal stacked bars: duties per role, split by change status.

    counts: role_label, status, n.
    """
    fig = go.Figure()
    order = list(counts.groupby("role_label")["n"].sum().sort_values().index)
    for status in ["new", "dropped", "reassigned", "reworded", "unchanged"]:
        g = counts[counts["status"] == status].set_index("role_label").reindex(order)
        if g["n"].fillna(0).sum() == 0:
            continue
        label = status_labels.get(status, status)
        fig.add_trace(go.Bar(
            y=order, x=g["n"].fillna(0), orientation="h", name=label, marker_color=STATUS_COLOURS[status],
            hovertemplate=f"%{{y}}<br>{label}: %{{x}}<extra></extra>",
        ))
    fig.update_layout(barmode="stack", legend=dict(title=legend_title, orientation="h", y=-0.15))
    fig.update_xaxes(title=x_title, gridcolor="#eee", dtick=1 if counts["n"].max() < 12 else None)
    fig.update_yaxes(title=y_title, automargin=True)
    return _layout(fig, title=title, height=max(280, 140 + 26 * len(order)))
