"""Parts: several parts validated as one and split again give each part its own rows; reports add up."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.stages import parts
from pipeline.stages.validate import TooManyInvalidArticles, ValidationReport
from tests.test_validation import _seed_tables


def test_joined_parts_split_back_into_the_same_rows(seed_corpus: Path, tmp_path: Path) -> None:
    tables, _ = _seed_tables(seed_corpus, tmp_path)
    files = tables.articles["source_file"].tolist()
    part_of_file = {f: f"p{i % 2}" for i, f in enumerate(sorted({*files, *tables.rejects["source_file"].tolist()}))}
    part_of_article = dict(zip(tables.articles["article_id"], tables.articles["source_file"].map(part_of_file), strict=True))
    pieces = parts.split(tables, part_of_article, part_of_file)
    assert set(pieces) == {"p0", "p1"}
    again = parts.split(parts.joined(list(pieces.values())), part_of_article, part_of_file)
    for part, piece in pieces.items():
        for name in parts.TABLE_NAMES:
            pd.testing.assert_frame_equal(getattr(again[part], name), getattr(piece, name))
    assert sum(len(p.quotes) for p in pieces.values()) == len(tables.quotes)


def test_reports_of_parts_add_up_and_the_share_of_invalid_articles_is_corpus_wide() -> None:
    one = ValidationReport({"articles": 10, "quotes": 5}, {"quotes": [{"column": "char_start", "check": "span_in_text", "count": 1}]}, 1)
    two = ValidationReport({"articles": 30, "quotes": 7}, {"quotes": [{"column": "char_start", "check": "span_in_text", "count": 2}]}, 1)
    merged = parts.merge_reports([one, two])
    assert merged.rows_checked == {"articles": 40, "quotes": 12}
    assert merged.failures == {"quotes": [{"column": "char_start", "check": "span_in_text", "count": 3}]}
    parts.check_invalid_share(merged, 0.05)  # 2 of 40: one part alone (1 of 10) would have passed the limit too
    with pytest.raises(TooManyInvalidArticles, match="2 of 40"):
        parts.check_invalid_share(merged, 0.04)
