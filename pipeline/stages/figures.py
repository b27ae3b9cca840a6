"""Figures: the pictures of a version, as PNG bytes (matplotlib, Agg), from its tables' counts alone
(``card.CARD_SUMMARIES``: rows counted by the columns a picture reads, ``n``).

- an event timeline: dated events by type over time, with the largest clusters labelled;
- quotes per speaker;
- articles per outlet and language.
Nothing is written to disk here; the store puts the bytes into the version folder.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import TYPE_CHECKING

import pandas as pd

from pipeline.stages.card import BUSY_TIMELINE

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

FIGURES = {
    "events_timeline.png": "Dated events by PLOVER type over time; numbers mark the most reported events, named in the key.",
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
        "events_timeline.png": _timeline(tables["events"], tables["event_clusters"]),
        "quotes_per_speaker.png": _speakers(tables["quotes"]),
        "articles_per_outlet.png": _outlets(tables["articles"]),
    }


def _empty(message: str) -> bytes:
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 2))
    axes.axis("off")
    axes.text(0.5, 0.5, message, ha="center", va="center")
    return _png(figure)


def _timeline(events: pd.DataFrame, clusters: pd.DataFrame) -> bytes:
    dated = events.dropna(subset=["event_date"])
    if dated.empty:
        return _empty("No dated events in this version.")
    return _png(timeline_figure(events, clusters))


def reports(count: int) -> str:
    """'1 report', '2 reports'."""
    return f"{count} report" if count == 1 else f"{count} reports"


#: Where a cluster's number may sit around its point (offsets in points), tried in order until one collides
#: with nothing already drawn and stays inside the plot.
_OFFSETS = ((5, 5), (5, -13), (-13, 5), (-13, -13), (12, 0), (-20, 0), (0, 12), (0, -20), (14, 14), (14, -22))
KEY_LINES = 6


def timeline_figure(events: pd.DataFrame, clusters: pd.DataFrame) -> Figure:
    """Dated events by type over time; the most reported clusters are numbered at their point, where the
    number fits without touching another label, and named in a key beside the plot. ``events``: events counted by
    type and day; ``clusters``: the dated clusters the key may name (``card.CARD_SUMMARIES``)."""
    import matplotlib.pyplot as plt

    dated = events.dropna(subset=["event_date"]).copy()
    dated["event_date"] = pd.to_datetime(dated["event_date"])
    count, total = int(dated["n"].sum()), int(events["n"].sum())
    types = sorted(dated["event_type"].unique())
    figure, (axes, key) = plt.subplots(
        1, 2, figsize=(12, 0.45 * max(len(types), 4) + 2.2), gridspec_kw={"width_ratios": [3, 1.35]}
    )
    colours = plt.get_cmap("tab20")
    for row, event_type in enumerate(types):
        # (one marker a day and type: events of the same day would only stack on it, and drawing 300,000 markers
        # cost a second a version at 100,000 articles)
        days = dated.loc[dated["event_type"] == event_type, "event_date"].drop_duplicates()
        axes.scatter(days, [row] * len(days), s=40, color=colours(row % 20), alpha=0.8, edgecolor="black", linewidth=0.3)
    axes.set_yticks(range(len(types)), types)
    axes.set_xlabel("event date")
    axes.set_title(f"Events by type over time ({count} dated of {total})")
    axes.grid(axis="x", alpha=0.3)
    figure.autofmt_xdate()
    top = clusters.assign(when=pd.to_datetime(clusters["when"])).sort_values(["n", "when"], ascending=[False, True])
    if count > BUSY_TIMELINE:
        top = top[top["n"] >= 2]  # on a busy timeline only clusters reported more than once are named
    top = top.head(KEY_LINES)
    key.axis("off")
    key.set_title("Most reported events" if len(top) else "", loc="left", fontsize=9)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    plot = axes.get_window_extent(renderer)
    placed: list[Bbox] = []
    for number, (_, cluster) in enumerate(top.iterrows(), start=1):
        place = str(cluster["place"])[:22] if isinstance(cluster["place"], str) else "place unknown"
        key.text(0, 1 - (number - 0.5) / KEY_LINES, f"{number}  {cluster['kind']}, {cluster['when'].date()}, {place}, "
                 f"{reports(int(cluster['n']))}", fontsize=8, va="center", transform=key.transAxes)
        label = axes.annotate(str(number), (cluster["when"], types.index(cluster["kind"])), textcoords="offset points",
                              xytext=_OFFSETS[0], fontsize=8, fontweight="bold")
        for offset in _OFFSETS:
            label.set_position(offset)
            box = label.get_window_extent(renderer)
            inside = plot.contains(box.x0, box.y0) and plot.contains(box.x1, box.y1)
            if inside and not any(box.overlaps(other) for other in placed):
                placed.append(box)
                break
        else:
            label.remove()  # no free spot: the key still names it
    return figure


def _stacked_bars(table: pd.DataFrame, title: str, xlabel: str) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    figure, axes = plt.subplots(figsize=(9, 0.35 * len(table) + 1.8))
    table.plot.barh(stacked=True, ax=axes, width=0.7)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no half articles on the axis
    axes.set_xlabel(xlabel)
    axes.set_ylabel("")
    axes.set_title(title)
    return _png(figure)


def _speakers(quotes: pd.DataFrame) -> bytes:
    counted = quotes[quotes["kind"] != "scare"].dropna(subset=["speaker"])
    if counted.empty:
        return _empty("No attributed quotations in this version.")
    table = counted.groupby(["speaker", "kind"])["n"].sum().unstack(fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values(ascending=True).index[-15:]]
    return _stacked_bars(table, "Quotations per speaker", "quotations")


def _outlets(articles: pd.DataFrame) -> bytes:
    if articles.empty:
        return _empty("No articles in this version.")
    table = articles.assign(outlet=articles["outlet"].fillna("unknown")).groupby(["outlet", "language"])["n"].sum().unstack(fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values(ascending=True).index[-20:]]
    return _stacked_bars(table, "Articles per outlet and language", "articles")
