"""The version's pictures are readable: no label collides with another or leaves the picture."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import matplotlib
import pandas as pd
import polars as pl
import pytest

from pipeline.stages.card import CARD_SUMMARIES
from pipeline.stages.figures import KEY_LINES, reports, timeline_figure

matplotlib.use("Agg")


def _events(clusters: list[tuple[str, dt.date, str, int]]) -> pd.DataFrame:
    rows = []
    for number, (kind, day, place, count) in enumerate(clusters):
        rows += [{"event_id": f"e{number}-{i}", "event_type": kind, "event_date": day, "place": place,
                  "cluster_id": f"c{number}"} for i in range(count)]
    return pd.DataFrame(rows)


CROWDED = _events(
    [("CONSULT", dt.date(2022, 1, 10), "Moscow", 5), ("CONSULT", dt.date(2022, 1, 11), "Almaty", 4),
     ("MOBILIZE", dt.date(2022, 1, 6), "Almaty", 6), ("MOBILIZE", dt.date(2022, 1, 7), "Nur-Sultan", 3),
     ("RETREAT", dt.date(2022, 1, 13), "Almaty", 3), ("PROTEST", dt.date(2022, 1, 2), "Zhanaozen", 4),
     ("REQUEST", dt.date(2022, 1, 5), "Nur-Sultan", 2), ("COERCE", dt.date(2022, 1, 5), "Almaty", 2),
     ("CONSULT", dt.date(2010, 12, 10), "Moscow", 1)]
)
SPREAD = _events([("CONSULT", dt.date(2011 + i, 3, 1), "Minsk", 1) for i in range(4)])


def _timeline(rows: pd.DataFrame) -> Any:
    """The timeline of some event rows, drawn from their counts as a version's writer sums them up."""
    lazy = pl.from_pandas(rows).lazy()
    return timeline_figure(*(CARD_SUMMARIES[name][1](lazy).collect().to_pandas() for name in ("events", "event_clusters")))


@pytest.mark.parametrize("events", [CROWDED, SPREAD], ids=["crowded", "spread"])
def test_timeline_labels_never_overlap_or_leave_the_picture(events: pd.DataFrame) -> None:
    figure = _timeline(events)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    key, numbers = figure.axes[1].texts, figure.axes[0].texts
    assert 0 < len(key) <= KEY_LINES and numbers  # the key names the clusters, the plot marks them
    labels = [*key, *numbers, figure.axes[0].title, figure.axes[1].title]
    boxes = [text.get_window_extent(renderer) for text in labels if text.get_text()]
    for first, second in itertools.combinations(boxes, 2):
        assert not first.overlaps(second), "two labels of the timeline overlap"
    whole = figure.bbox
    assert all(whole.x0 <= box.x0 and box.x1 <= whole.x1 and whole.y0 <= box.y0 and box.y1 <= whole.y1 for box in boxes)
    plot = figure.axes[0].get_window_extent(renderer)
    assert all(plot.x0 <= t.get_window_extent(renderer).x0 and t.get_window_extent(renderer).x1 <= plot.x1 for t in numbers)


def test_report_counts_read_as_english() -> None:
    assert (reports(1), reports(2)) == ("1 report", "2 reports")
    figure = _timeline(SPREAD)
    assert all("(1 reports)" not in t.get_text() and "1 reports" not in t.get_text() for t in figure.axes[1].texts)
