"""Figures: the pictures of a version, as PNG bytes (matplotlib, Agg), from its tables alone.

- an event timeline: dated events by type over time, with the largest clusters labelled;
- quotes per speaker;
- articles per outlet and language.
Nothing is written to disk here; the store puts the bytes into the version folder. Each picture has a key, the
sha256 of what it draws (the points, bars and labels, not the rows behind them) and of the drawing code's style: a
version whose picture would be drawn from the same inputs as its parent's takes the parent's bytes instead of drawing
again (`figures.json` beside the pictures holds the keys). Drawing costs about half a second, and importing matplotlib
for it as much again: a refresh that changed no picture's inputs does neither.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Mapping
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

import pandas as pd

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


#: The file beside the pictures that holds each picture's key.
KEYS_FILE = "figures.json"
#: Changed whenever a picture's drawing changes, so that no version reuses a picture drawn the old way.
FIGURE_STYLE = "2026-12-04"


def render_figures(tables: Mapping[str, pd.DataFrame], earlier: Callable[[str], bytes | None] | None = None) -> dict[str, bytes]:
    """Return each picture's PNG bytes by file name, and their keys as ``KEYS_FILE``. ``earlier`` reads a file of
    the parent version (None when it has none or the file is not the one its manifest lists): a picture whose key
    is the parent's is taken from there."""
    inputs = {
        "events_timeline.png": _timeline_inputs(tables["events"]),
        "quotes_per_speaker.png": _speaker_table(tables["quotes"]),
        "articles_per_outlet.png": _outlet_table(tables["articles"]),
    }
    keys = {name: _key(name, value) for name, value in inputs.items()}
    known = json.loads(earlier(KEYS_FILE) or b"{}") if earlier is not None else {}
    pictures: dict[str, bytes] = {}
    for name, value in inputs.items():
        reused = earlier(name) if earlier is not None and known.get(name) == keys[name] else None
        pictures[name] = reused if reused is not None else _draw(name, value)
    pictures[KEYS_FILE] = json.dumps(keys, indent=1, sort_keys=True).encode("utf-8")
    return pictures


def _key(name: str, value: object) -> str:
    """The sha256 of what a picture draws, of the drawing's style and of the matplotlib that draws it."""
    try:
        drawn_by = version("matplotlib")
    except PackageNotFoundError:
        drawn_by = ""
    digest = hashlib.sha256(f"{name}|{FIGURE_STYLE}|{drawn_by}".encode())
    for part in value if isinstance(value, tuple) else (value,):
        if isinstance(part, pd.DataFrame):
            digest.update(repr(list(part.columns)).encode("utf-8"))
            digest.update(repr(list(part.index)).encode("utf-8"))
            digest.update(pd.util.hash_pandas_object(part, index=False).to_numpy().tobytes())
        else:
            digest.update(repr(part).encode("utf-8"))
    return digest.hexdigest()


def _draw(name: str, value: object) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    if name == "events_timeline.png":
        assert isinstance(value, tuple)
        return _timeline(*value)
    assert isinstance(value, (pd.DataFrame, str))
    if isinstance(value, str):
        return _empty(value)
    if name == "quotes_per_speaker.png":
        return _stacked_bars(value, "Quotations per speaker", "quotations")
    return _stacked_bars(value, "Articles per outlet and language", "articles")


def _empty(message: str) -> bytes:
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 2))
    axes.axis("off")
    axes.text(0.5, 0.5, message, ha="center", va="center")
    return _png(figure)


def _timeline_inputs(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """What the timeline draws: its points (each date and type, with how many events share them, in order), the
    clusters its key names, and how many events there are in all."""
    dated = events.dropna(subset=["event_date"])
    points = (pd.DataFrame({"event_type": dated["event_type"].astype(str), "event_date": pd.to_datetime(dated["event_date"])})
              .value_counts().sort_index().reset_index())
    return points, _top_clusters(dated), len(events)


def _timeline(points: pd.DataFrame, top: pd.DataFrame, total: int) -> bytes:
    if points.empty:
        return _empty("No dated events in this version.")
    return _png(_timeline_drawn(points, top, total))


def reports(count: int) -> str:
    """'1 report', '2 reports'."""
    return f"{count} report" if count == 1 else f"{count} reports"


#: Where a cluster's number may sit around its point (offsets in points), tried in order until one collides
#: with nothing already drawn and stays inside the plot.
_OFFSETS = ((5, 5), (5, -13), (-13, 5), (-13, -13), (12, 0), (-20, 0), (0, 12), (0, -20), (14, 14), (14, -22))
KEY_LINES = 6


def _top_clusters(dated: pd.DataFrame) -> pd.DataFrame:
    """The most reported clusters of the dated events, as the timeline's key names them: how many reports, the first
    date, the type and the place."""
    top = (dated.assign(event_date=pd.to_datetime(dated["event_date"]))
           .groupby("cluster_id").agg(n=("event_id", "size"), when=("event_date", "min"), kind=("event_type", "first"),
                                      place=("place", "first")).sort_values(["n", "when"], ascending=[False, True]))
    if len(dated) > 12:
        top = top[top["n"] >= 2]  # on a busy timeline only clusters reported more than once are named
    return top.head(KEY_LINES).reset_index(drop=True)


def timeline_figure(events: pd.DataFrame) -> Figure:
    """Dated events by type over time, one mark per type and day (larger where more events share it); the most
    reported clusters are numbered at their point, where the number fits without touching another label, and named in
    a key beside the plot."""
    return _timeline_drawn(*_timeline_inputs(events))


def _timeline_drawn(points: pd.DataFrame, top: pd.DataFrame, total: int) -> Figure:
    import matplotlib.pyplot as plt
    import numpy as np

    types = sorted(points["event_type"].unique())
    figure, (axes, key) = plt.subplots(
        1, 2, figsize=(12, 0.45 * max(len(types), 4) + 2.2), gridspec_kw={"width_ratios": [3, 1.35]}
    )
    colours = plt.get_cmap("tab20")
    for row, event_type in enumerate(types):
        marks = points[points["event_type"] == event_type]
        sizes = 40 + 20 * np.log2(marks["count"].to_numpy(dtype=float))
        axes.scatter(marks["event_date"], [row] * len(marks), s=sizes, color=colours(row % 20), alpha=0.8, edgecolor="black", linewidth=0.3)
    axes.set_yticks(range(len(types)), types)
    axes.set_xlabel("event date")
    axes.set_title(f"Events by type over time ({int(points['count'].sum())} dated of {total})")
    axes.grid(axis="x", alpha=0.3)
    figure.autofmt_xdate()
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


def _speaker_table(quotes: pd.DataFrame) -> pd.DataFrame | str:
    """Quotations per speaker and kind (the 15 most quoted), or what the picture says when there are none."""
    counted = quotes[quotes["kind"] != "scare"].dropna(subset=["speaker"])
    if counted.empty:
        return "No attributed quotations in this version."
    table = counted.groupby(["speaker", "kind"]).size().unstack(fill_value=0)
    return table.loc[table.sum(axis=1).sort_values(ascending=True).index[-15:]]


def _outlet_table(articles: pd.DataFrame) -> pd.DataFrame | str:
    """Articles per outlet and language (the 20 largest outlets), or what the picture says when there are none."""
    if articles.empty:
        return "No articles in this version."
    table = articles.assign(outlet=articles["outlet"].fillna("unknown")).groupby(["outlet", "language"]).size().unstack(fill_value=0)
    return table.loc[table.sum(axis=1).sort_values(ascending=True).index[-20:]]
