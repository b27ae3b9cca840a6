"""Figures: the pictures of a version, as PNG bytes (matplotlib, Agg), from its tables alone.

- an event timeline: dated events by type over time, with the largest clusters labelled;
- quotes per speaker;
- articles per outlet and language.
Nothing is written to disk here; the store puts the bytes into the version folder.

Each picture carries, in a PNG text chunk, the sha256 of what it draws (the rows of the columns it reads, in any
order, and the code that draws it). A refresh whose change leaves a picture's inputs as they were reuses the parent
version's bytes instead of drawing it again: drawing is most of a small refresh's card.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from types import CodeType
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

FIGURES = {
    "events_timeline.png": "Dated events by PLOVER type over time; numbers mark the most reported events, named in the key.",
    "quotes_per_speaker.png": "Quotations per speaker (the 15 most quoted; direct, partial and indirect).",
    "articles_per_outlet.png": "Articles per outlet and original language.",
}


#: The PNG text key that holds a picture's inputs digest.
INPUTS_KEY = "inputs-sha256"
#: What each picture reads: its table and columns.
_READS = {
    "events_timeline.png": ("events", ["event_date", "event_type", "cluster_id", "place"]),
    "quotes_per_speaker.png": ("quotes", ["kind", "speaker"]),
    "articles_per_outlet.png": ("articles", ["outlet", "language"]),
}


def _png(figure: object, inputs: str = "") -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight",  # type: ignore[attr-defined]
                   metadata={INPUTS_KEY: inputs} if inputs else None)
    import matplotlib.pyplot as plt

    plt.close(figure)  # type: ignore[arg-type]
    return buffer.getvalue()


def figure_inputs(tables: Mapping[str, pd.DataFrame]) -> dict[str, str]:
    """The sha256 of what each picture draws: its columns' rows as a multiset (row order and the other columns,
    ids included, do not count) and the code of this module that draws it."""
    import matplotlib

    code = hashlib.sha256(matplotlib.__version__.encode())
    for function in (_png, _empty, _timeline, timeline_figure, _speakers, _outlets, _stacked_bars):
        _code_digest(code, function.__code__)
    digests = {}
    for name, (table, columns) in _READS.items():
        rows = pd.util.hash_pandas_object(tables[table][columns].astype("string"), index=False).to_numpy()
        digest = code.copy()
        digest.update(name.encode())
        digest.update(np.sort(rows).tobytes())
        digests[name] = digest.hexdigest()
    return digests


def _code_digest(digest: Any, code: CodeType) -> None:
    """Feed ``digest`` a function's bytecode, names and constants, its nested functions' too (marshal's bytes are
    no digest: they vary with reference counts)."""
    digest.update(code.co_code)
    digest.update(repr(code.co_names).encode())
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            _code_digest(digest, constant)
        else:
            digest.update(repr(constant).encode())


def drawn_from(png: bytes) -> str | None:
    """The inputs digest a picture was drawn from (None for one drawn without it)."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(png)) as image:
            value = image.info.get(INPUTS_KEY)
    except OSError:
        return None
    return value if isinstance(value, str) else None


def render_figures(tables: Mapping[str, pd.DataFrame], earlier: Mapping[str, bytes] | None = None) -> dict[str, bytes]:
    """Return each picture's PNG bytes by file name; one of ``earlier`` (the parent version's, by file name) drawn
    from the same inputs is reused as it is."""
    import matplotlib

    matplotlib.use("Agg")
    inputs = figure_inputs(tables)
    drawers = {
        "events_timeline.png": lambda: _timeline(tables["events"], inputs["events_timeline.png"]),
        "quotes_per_speaker.png": lambda: _speakers(tables["quotes"], inputs["quotes_per_speaker.png"]),
        "articles_per_outlet.png": lambda: _outlets(tables["articles"], inputs["articles_per_outlet.png"]),
    }
    pictures = {}
    for name, draw in drawers.items():
        before = (earlier or {}).get(name)
        pictures[name] = before if before is not None and drawn_from(before) == inputs[name] else draw()
    return pictures


def _empty(message: str, inputs: str = "") -> bytes:
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 2))
    axes.axis("off")
    axes.text(0.5, 0.5, message, ha="center", va="center")
    return _png(figure, inputs)


def _timeline(events: pd.DataFrame, inputs: str = "") -> bytes:
    dated = events.dropna(subset=["event_date"])
    if dated.empty:
        return _empty("No dated events in this version.", inputs)
    return _png(timeline_figure(events), inputs)


def reports(count: int) -> str:
    """'1 report', '2 reports'."""
    return f"{count} report" if count == 1 else f"{count} reports"


#: Where a cluster's number may sit around its point (offsets in points), tried in order until one collides
#: with nothing already drawn and stays inside the plot.
_OFFSETS = ((5, 5), (5, -13), (-13, 5), (-13, -13), (12, 0), (-20, 0), (0, 12), (0, -20), (14, 14), (14, -22))
KEY_LINES = 6


def timeline_figure(events: pd.DataFrame) -> Figure:
    """Dated events by type over time; the most reported clusters are numbered at their point, where the
    number fits without touching another label, and named in a key beside the plot."""
    import matplotlib.pyplot as plt

    dated = events.dropna(subset=["event_date"]).copy()
    dated["event_date"] = pd.to_datetime(dated["event_date"])
    types = sorted(dated["event_type"].unique())
    figure, (axes, key) = plt.subplots(
        1, 2, figsize=(12, 0.45 * max(len(types), 4) + 2.2), gridspec_kw={"width_ratios": [3, 1.35]}
    )
    colours = plt.get_cmap("tab20")
    for row, event_type in enumerate(types):
        points = dated[dated["event_type"] == event_type]
        axes.scatter(points["event_date"], [row] * len(points), s=40, color=colours(row % 20), alpha=0.8, edgecolor="black", linewidth=0.3)
    axes.set_yticks(range(len(types)), types)
    axes.set_xlabel("event date")
    axes.set_title(f"Events by type over time ({len(dated)} dated of {len(events)})")
    axes.grid(axis="x", alpha=0.3)
    figure.autofmt_xdate()
    top = dated.groupby("cluster_id").agg(n=("event_id", "size"), when=("event_date", "min"), kind=("event_type", "first"),
                                          place=("place", "first")).sort_values(["n", "when"], ascending=[False, True])
    if len(dated) > 12:
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


def _stacked_bars(table: pd.DataFrame, title: str, xlabel: str, inputs: str = "") -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    figure, axes = plt.subplots(figsize=(9, 0.35 * len(table) + 1.8))
    table.plot.barh(stacked=True, ax=axes, width=0.7)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no half articles on the axis
    axes.set_xlabel(xlabel)
    axes.set_ylabel("")
    axes.set_title(title)
    return _png(figure, inputs)


def _speakers(quotes: pd.DataFrame, inputs: str = "") -> bytes:
    counted = quotes[quotes["kind"] != "scare"].dropna(subset=["speaker"])
    if counted.empty:
        return _empty("No attributed quotations in this version.", inputs)
    table = counted.groupby(["speaker", "kind"]).size().unstack(fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values(ascending=True).index[-15:]]
    return _stacked_bars(table, "Quotations per speaker", "quotations", inputs)


def _outlets(articles: pd.DataFrame, inputs: str = "") -> bytes:
    if articles.empty:
        return _empty("No articles in this version.", inputs)
    table = articles.assign(outlet=articles["outlet"].fillna("unknown")).groupby(["outlet", "language"]).size().unstack(fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values(ascending=True).index[-20:]]
    return _stacked_bars(table, "Articles per outlet and language", "articles", inputs)
