"""The whole flow under a real (test) Prefect server, on the seed corpus, read back by other readers."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import load_table
from pipeline.flows import RunSummary, build_dataset
from pipeline.io import store
from pipeline.settings import Settings

ITALIAN = "003_84297b0ca83054c9.txt"


@pytest.fixture(scope="module")
def seed_run(
    prefect_harness: None, seed_corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, RunSummary]:
    out = tmp_path_factory.mktemp("datasets")
    summary = build_dataset(Settings(corpus_dir=seed_corpus, out_dir=out, translator="offline", show_progress=False))
    return out, summary


def test_seed_run_writes_v0001_with_five_articles(seed_run: tuple[Path, RunSummary]) -> None:
    out, summary = seed_run
    assert summary.version == "v0001" and store.latest_version(out) == "v0001"
    assert (summary.files_seen, summary.articles, summary.rejects) == (5, 5, 0)
    assert summary.segments.get("pending", 0) == 0


def test_italian_article_is_deduplicated_and_fully_english(seed_run: tuple[Path, RunSummary]) -> None:
    out, _ = seed_run
    articles = load_table("articles", root=out).set_index("source_file")
    italian = articles.loc[ITALIAN]
    assert italian["language"] == "it"
    paragraphs = italian["text_original"].split("\n")
    assert len(paragraphs) == len(set(paragraphs)) == 15
    assert italian["n_duplicate_lines_removed"] == 15
    assert italian["translation_status"] == "complete" and italian["text_en_language"] == "en"
    assert list(italian["translation_providers"]) == ["memory"]
    assert len(italian["text_en"].split("\n")) == 15
    english = articles.drop(index=ITALIAN)
    assert set(english["translation_status"]) == {"original"}


def test_boilerplate_goes_to_the_ledger_and_source_line_to_metadata(seed_run: tuple[Path, RunSummary]) -> None:
    out, _ = seed_run
    articles = load_table("articles", root=out).set_index("article_id")
    ledger = load_table("removed_lines", root=out)
    assert set(ledger["article_id"]) <= set(articles.index)
    belsat = articles[articles["source_file"] == "002_47adeb7d74f0db22.txt"].iloc[0]
    assert belsat["outlet"] == "belsat.eu" and belsat["source_line"] == "belsat.eu, following kremlin.ru"
    assert "ENG explainer" not in belsat["text_original"] and "2020.12.01" not in belsat["text_original"]
    reasons = set(ledger["reason"])
    assert {"duplicate_line", "related_promo", "promo_timestamp", "comment_prompt", "photo_caption"} <= reasons


def test_independent_readers_see_the_same_rows_and_types(seed_run: tuple[Path, RunSummary]) -> None:
    out, _ = seed_run
    version = out / "v0001"
    table = pq.read_table(version / "articles")  # a folder of part files, read as one table
    assert table.num_rows == 5
    assert str(table.schema.field("published_date").type) == "date32[day]"
    providers = table.schema.field("translation_providers").type
    assert pa.types.is_list(providers) and pa.types.is_string(providers.value_type)
    con = duckdb.connect()
    count, italian = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE language = 'it') FROM read_parquet(?)",
        [str(version / "articles" / "*.parquet")],
    ).fetchone()
    assert (count, italian) == (5, 1)
    segments = pl.read_parquet(version / "segments" / "*.parquet")
    assert segments.filter(pl.col("status") == "memory").height == 15


def test_manifest_describes_the_version(seed_run: tuple[Path, RunSummary]) -> None:
    out, _ = seed_run
    manifest = store.read_manifest(out, "v0001")
    assert manifest["parent"] is None and manifest["schema_version"]
    assert manifest["validation"]["passed"] is True
    corpus_facts = manifest["corpus"]
    assert corpus_facts["files"] == corpus_facts["documents"] == 5 and "fingerprint" not in corpus_facts
    # the corpus digest is recomputed from the tables alone: every input is a row of articles or rejects
    inputs = pd.concat([load_table(name, "v0001", out)[["source_file", "record", "raw_sha256"]] for name in ("articles", "rejects")])
    lines = sorted(f"{path}{f'#{record}' if pd.notna(record) else ''}\t{sha if isinstance(sha, str) else '-'}"
                   for path, record, sha in inputs.itertuples(index=False))
    assert hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest() == corpus_facts["sha256"]
    for name, info in manifest["tables"].items():
        assert info["parts"] and sum(p["rows"] for p in info["parts"]) == info["rows"], name
        for part in info["parts"]:
            assert part["file"].startswith(f"{name}/part-"), part
            assert hashlib.sha256((out / "v0001" / part["file"]).read_bytes()).hexdigest() == part["sha256"], name
        on_disk = sorted(p.relative_to(out / "v0001").as_posix() for p in (out / "v0001" / name).iterdir())
        assert on_disk == sorted(p["file"] for p in info["parts"]), name  # nothing else in the table's folder


def test_unchanged_corpus_writes_no_new_version(seed_run: tuple[Path, RunSummary], seed_corpus: Path) -> None:
    out, _ = seed_run
    again = build_dataset(Settings(corpus_dir=seed_corpus, out_dir=out, translator="offline", show_progress=False))
    assert again.version is None and again.parent == "v0001"
    assert store.list_versions(out) == ["v0001"]


def test_second_version_leaves_the_first_untouched(prefect_harness: None, seed_corpus: Path, tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "datasets"
    shutil.copytree(seed_corpus, corpus)
    build_dataset(Settings(corpus_dir=corpus, out_dir=out, translator="offline", show_progress=False))
    before = _files(out / "v0001")
    (corpus / "new.txt").write_text("CSTO holds exercises\nThe CSTO held exercises in Tajikistan on Monday.\n")
    (corpus / "junk.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    summary = build_dataset(Settings(corpus_dir=corpus, out_dir=out, translator="offline", show_progress=False))
    assert summary.version == "v0002" and summary.parent == "v0001"
    assert _files(out / "v0001") == before
    # the new files' rows went into new parts; every part of the first version is shared, not rewritten
    manifest = store.read_manifest(out, "v0002")
    parts = [p for info in manifest["tables"].values() for p in info["parts"]]
    linked = [p["file"] for p in parts if p.get("linked_from") == "v0001"]
    assert linked and all((out / "v0002" / f).stat().st_ino == (out / "v0001" / f).stat().st_ino for f in linked)
    written = {p["file"].split("/")[0] for p in parts if "linked_from" not in p}
    assert {"articles", "rejects", "changes"} <= written
    assert all(f in {p["file"] for p in parts} for f in before if f.startswith("articles/"))
    assert len(load_table("articles", root=out)) == 6
    assert len(load_table("articles", version="v0001", root=out)) == 5
    rejects = load_table("rejects", root=out)
    assert list(rejects["reason"]) == ["binary"] and list(rejects["source_file"]) == ["junk.txt"]
    assert not [p for p in out.iterdir() if p.name.startswith(".tmp-")]


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under a version folder, by its path inside it."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_pending_translation_is_marked_and_nothing_is_lost(prefect_harness: None, tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "datasets"
    corpus.mkdir()
    (corpus / "it.txt").write_text(
        "Il Consiglio di sicurezza collettivo della CSTO si è riunito ieri in videoconferenza.\n"
        "I leader hanno discusso la situazione al confine tra Tagikistan e Afghanistan.\n",
        encoding="utf-8",
    )
    summary = build_dataset(Settings(corpus_dir=corpus, out_dir=out, translator="offline", show_progress=False))
    assert summary.segments == {"memory": 0, "cache": 0, "provider": 0, "pending": 2}
    article = load_table("articles", root=out).iloc[0]
    assert article["translation_status"] == "pending" and article["n_segments_pending"] == 2
    assert article["text_en"] is None or article["text_en"] != article["text_en"]  # null
    segments = load_table("segments", root=out)
    assert list(segments["status"]) == ["pending", "pending"]
    assert segments["text_original"].str.contains("Tagikistan").any()


def test_quotes_table_is_attributed_linked_and_keyed(seed_run: tuple[Path, RunSummary]) -> None:
    out, summary = seed_run
    quotes = load_table("quotes", root=out)
    articles = load_table("articles", root=out).set_index("article_id")
    assert summary.quotes == len(quotes) > 20
    assert set(quotes["article_id"]) <= set(articles.index)
    # every English span points at its own words in the article's English
    spans = quotes.dropna(subset=["char_start"])
    for row in spans.itertuples():
        assert articles.loc[row.article_id, "text_en"][row.char_start : row.char_end] == row.text_en
    # the Italian article's quotes carry both languages, linked paragraph by paragraph
    italian_id = articles.index[articles["source_file"] == ITALIAN][0]
    italian = quotes[quotes["article_id"] == italian_id]
    assert (italian["extracted_from"] == "both").all()
    tokayev = italian[italian["text_original"].str.contains("La missione principale", na=False)].iloc[0]
    assert tokayev["speaker_id"] == "tokayev" and tokayev["text_en"].startswith("The main mission")
    assert tokayev["kind"] == "direct" and tokayev["cue"] == "said"
    # mediated attribution: the outlet is via, the person speaks
    belta = quotes[quotes["text_en"].str.startswith("I will say without boasting", na=False)].iloc[0]
    assert (belta["speaker_id"], belta["via_id"]) == ("lukashenko", "belta")
    assert duckdb.sql(f"select count(*) from read_parquet('{out / 'v0001' / 'quotes' / '*.parquet'}')").fetchall() == [(len(quotes),)]


def test_events_and_uncoded_tables(seed_run: tuple[Path, RunSummary]) -> None:
    out, summary = seed_run
    events = load_table("events", root=out)
    uncoded = load_table("uncoded", root=out)
    articles = load_table("articles", root=out).set_index("article_id")
    assert summary.events == len(events) > 5
    assert set(events["article_id"]) <= set(articles.index) and set(uncoded["article_id"]) <= set(articles.index)
    dated = events.dropna(subset=["event_date"])
    assert {"CONSULT", "MOBILIZE", "PROTEST", "ELECTION"} <= set(dated["event_type"])
    virtual = dated[dated["geo_precision"] == "virtual"]
    assert len(virtual) >= 2 and virtual["place"].isna().all()
    # every paragraph of every article is either coded or in the ledger
    coded = set(zip(events["article_id"], events["segment_no"], strict=True))
    ledger = set(zip(uncoded["article_id"], uncoded["segment_no"], strict=True))
    assert not coded & ledger
    assert len(coded | ledger) == int(articles["n_segments"].sum())
    table = pq.read_table(out / "v0001" / "events")
    assert table.schema.field("event_date").type == pa.date32()
    assert table.schema.field("actors").type == pa.list_(pa.string())


def test_each_version_explains_itself_with_a_card_and_pictures(seed_run: tuple[Path, RunSummary]) -> None:
    from PIL import Image

    from schemas import TABLES, column_docs

    out, _ = seed_run
    version = out / "v0001"
    manifest = store.read_manifest(out, "v0001")
    card = (version / "README.md").read_text(encoding="utf-8")
    for name, model in TABLES.items():
        assert f"### `{name}` ({manifest['tables'][name]['rows']} rows)" in card
        assert all(f"`{doc.name}`" in card for doc in column_docs(model))
    assert "## Known limitations" in card and "duckdb.sql" in card and "pl.read_parquet" in card
    assert "Pending paragraphs (no memory, cache or provider had them): 0" in card
    for picture in ("events_timeline.png", "quotes_per_speaker.png", "articles_per_outlet.png"):
        path = version / picture
        assert f"]({picture})" in card
        assert hashlib.sha256(path.read_bytes()).hexdigest() == manifest["files"][picture]
        with Image.open(path) as image:
            image.verify()
        with Image.open(path) as image:
            assert image.format == "PNG" and image.width >= 600 and image.height >= 150


def test_report_is_one_escaped_page_that_a_browser_renders_and_filters(
    seed_run: tuple[Path, RunSummary], tmp_path: Path
) -> None:
    import re
    import subprocess

    from typer.testing import CliRunner

    from pipeline.cli import app

    out, _ = seed_run
    page = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--root", str(out), "--output", str(page)])
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert "<script>var" not in text and "src=\"http" not in text  # self-contained
    quotes = load_table("quotes", root=out)
    assert f'<span id="quotes-count">{len(quotes)}</span>' in text
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (make test installs it where it may)")
    flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'chrome'}"]
    dom = subprocess.run([*flags, "--dump-dom", f"file://{page}#q=lukashenko"], capture_output=True, text=True, timeout=120).stdout
    shown = int(re.search(r'<span id="quotes-count">(\d+)</span>', dom).group(1))  # type: ignore[union-attr]
    expected = sum(
        "lukashenko" in " ".join(str(v) for v in row.values()).lower()
        for row in quotes[["kind", "speaker", "via", "text_en", "text_original", "confidence", "article_id"]].to_dict("records")
    )
    assert 0 < shown == expected < len(quotes)
    assert f'id="rows-articles">{store.read_manifest(out)["tables"]["articles"]["rows"]}<' in dom
    shot = tmp_path / "report.png"
    subprocess.run([*flags, f"--screenshot={shot}", "--window-size=1280,1800", f"file://{page}"], capture_output=True, timeout=120)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
