"""Metadata: titles, outlets and publication dates with their source and precision."""

from __future__ import annotations

import pytest

from pipeline.stages.metadata import (
    MetadataSettings,
    derive_title,
    find_published,
    is_headline,
    make_date_parser,
    outlet_from_source_line,
)
from pipeline.stages.records import SourceMeta

PARSER = make_date_parser()
SETTINGS = MetadataSettings()


def test_headline_is_short_and_not_a_sentence() -> None:
    assert is_headline(["Belarus distorts collective security idea – Kremlin", "Body."], SETTINGS)
    assert not is_headline(["An online meeting of the Council took place on January 10.", "Body."], SETTINGS)
    assert not is_headline(["Only one line"], SETTINGS)


def test_derived_title_is_cut_from_the_first_sentence() -> None:
    text = "An extraordinary online meeting of the Collective Security Council of the CSTO took place on January 10."
    assert (
        derive_title(text, SETTINGS)
        == "An extraordinary online meeting of the Collective Security Council of the CSTO…"
    )


def test_outlet_comes_from_the_source_line() -> None:
    assert outlet_from_source_line("belsat.eu, following kremlin.ru") == "belsat.eu"
    assert outlet_from_source_line(None) is None


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2022-01-10", ("2022-01-10", "day")),
        ("January 2022", ("2022-01-01", "month")),
        ("2021", ("2021-01-01", "year")),
        ("10 gennaio 2022", ("2022-01-10", "day")),
    ],
)
def test_sidecar_dates_keep_their_precision(published: str, expected: tuple[str, str]) -> None:
    result = find_published(["Body."], SourceMeta(published=published), PARSER, SETTINGS)
    assert (result.date, result.precision, result.source) == (*expected, "sidecar")


def test_dateline_is_used_when_no_sidecar() -> None:
    result = find_published(["Body.", "Body two."], None, PARSER, SETTINGS, ["Published: 12.01.2022 14:35"])
    assert (result.date, result.source, result.precision) == ("2022-01-12", "dateline", "day")


def test_years_named_in_the_body_are_not_a_publication_date() -> None:
    lines = ["Created in 1992, the CSTO is a military alliance.", "It met on January 10 by video link."]
    result = find_published(lines, None, PARSER, SETTINGS)
    assert (result.date, result.source, result.precision) == (None, "unknown", "unknown")
