"""Figures: the pictures of a version, as PNG bytes (matplotlib, Agg), from its tables alone.

- an event timeline: dated events by type over time, with the largest clusters labelled;
- quotes per speaker;
- articles per outlet and language.
Nothing is written to disk here; the store puts the bytes into the version folder.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

import pandas as pd

FIGURES = {
    "events_timeline.png": "Dated events by PLOVER type over time; labels name the most reported clusters.",
    "quotes_per_speaker.png": "Quotations per speaker (the 15 most quoted; direct, partial and indirect).",
    "articles_per_outlet.png": "Articles per outlet and original language.",
}


def _png(figure: object) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")  # type: ignore[attr-defined]
    import matplotlib.pyplot as plt

    plt.close(figure)  # type: ignore[arg-type]
    return buffer.getvalue()


def render_figures(tables: Mapping[str, pd.DataFrame]) -> dict[str, bytes]:
    """Return each picture's PNG bytes by file name."""
    import matplotlib

    matplotlib.use("Agg")
    return {
        "events_timeline.png": _timeline(tables["events"]),
        "quotes_per_speaker.png": _speakers(tables["quotes"]),
        "articles_per_outlet.png": _outlets(tables["articles"]),
    }


def _empty(message: str) -> bytes:
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 2))
    axes.axis("off")
    axes.text(0.5, 0.5, message, ha="center", va="center")
    return _png(figure)


def _timeline(events: pd.DataFrame) -> bytes:
    import matplotlib.pyplot as plt

    dated = events.dropna(subset=["event_date"]).copy()
    if dated.empty:
        return _empty("No dated events in this version.")
    dated["event_date"] = pd.to_datetime(dated["event_date"])
    types = sorted(dated["event_type"].unique())
    figure, axes = plt.subplots(figsize=(11, 0.45 * len(types) + 2.2))
    colours = plt.get_cmap("tab20")
    for row, event_type in enumerate(types):
        points = dated[dated["event_type"] == event_type]
        axes.scatter(points["event_date"], [row] * len(points), s=40, color=colours(row % 20), alpha=0.8, edgecolor="black", linewidth=0.3)
    top = dated.groupby("cluster_id").agg(n=("event_id", "size"), when=("event_date", "min"), kind=("event_type", "first"),
                                          place=("place", "first")).sort_values("n", ascending=False).head(5)
    for _, cluster in top.iterrows():
        if cluster["n"] < 2 and len(dated) > 12:
            continue  # on a busy timeline only clusters reported more than once are named
        label = f"{cluster['kind']} {cluster['when'].date()} {cluster['place'] or ''} ({cluster['n']} reports)"
        axes.annotate(label, (cluster["when"], types.index(cluster["kind"])), xytext=(6, 8), textcoords="offset points", fontsize=8)
    axes.set_yticks(range(len(types)), types)
    axes.set_xlabel("event date")
    axes.set_title(f"Events by type over time ({len(dated)} dated of {len(events)})")
    axes.grid(axis="x", alpha=0.3)
    figure.autofmt_xdate()
    return _png(figure)


def _stacked_bars(table: pd.DataFrame, title: str, xlabel: str) -> bytes:
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(9, 0.35 * len(table) + 1.8))
    table.plot.barh(stacked=True, ax=axes, width=0.7)
    axes.set_xlabel(xlabel)
    axes.set_ylabel("")
    axes.set_title(title)
    return _png(figure)


def _speakers(quotes: pd.DataFrame) -> bytes:
    counted = quotes[quotes["kind"] != "scare"].dropna(subset=["speaker"])
    if counted.empty:
        return _empty("No attributed quotations in this version.")
    table = counted.groupby(["speaker", "kind"]).size().unstack(fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values(ascending=True).index[-15:]]
    return _stacked_bars(table, "Quotations per speaker", "quotations")


def _outlets(articles: pd.DataFrame) -> bytes:
    if articles.empty:
        return _empty("No articles in this version.")
    table = articles.assign(outlet=articles["outlet"].fillna("unknown")).groupby(["outlet", "language"]).size().unstack(fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values(ascending=True).index[-20:]]
    return _stacked_bars(table, "Articles per outlet and language", "articles")
