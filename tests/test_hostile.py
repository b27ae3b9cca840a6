"""A hostile corpus, built by the test: every input ends in exactly one of articles or rejects, with a reason.

Nothing outside the corpus is read, re-encoded copies give the same text, and the run exits 0.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from pipeline import load_table
from pipeline.flows import RunSummary, build_dataset
from pipeline.settings import Settings

ARTICLE = (
    "CSTO ministers meet in Yerevan\n"
    "The foreign ministers of the Collective Security Treaty Organization met in Yerevan on Monday.\n"
    "«We discussed the situation on the borders», the CSTO Secretary General said after the talks.\n"
    "The ministers agreed to meet again in Minsk in the autumn, at 20° below the summer heat.\n"
)
CANARY = "CANARY-OUTSIDE-THE-CORPUS-7f3a"


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")


def build_hostile_corpus(root: Path, seed_corpus: Path) -> dict[str, str]:
    """Write the hostile corpus; return the expected outcome of each input ('article' or a reject reason)."""
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(seed_corpus / "memory.it-en.tmx", corpus / "memory.it-en.tmx")
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (corpus / name).write_bytes(data)
        expected[name] = outcome

    put("empty.txt", b"", "empty")
    put("whitespace.txt", b"  \n\t\n   \n", "empty")
    put("random.txt", random.Random(7).randbytes(4096), "binary")
    put("picture.txt", _png(), "binary")
    put("nul.txt", b"CSTO\x00\x00\x00 summit\x00", "binary")
    put("article.cp1251.txt", ARTICLE.replace("CSTO ministers", "CSTO ministers (cp1251)").encode("cp1251"), "article")
    put("article.latin1.txt", ARTICLE.replace("CSTO ministers", "CSTO ministers (latin-1)").encode("latin-1"), "article")
    put("article.utf16.txt", ARTICLE.replace("CSTO ministers", "CSTO ministers (UTF-16)").encode("utf-16"), "article")
    put("article.utf8bom.txt", ARTICLE.replace("CSTO ministers", "CSTO ministers (UTF-8 BOM)").encode("utf-8-sig"), "article")
    with open(corpus / "huge.txt", "wb") as handle:  # 50 MB, sparse: rejected from its size alone
        handle.truncate(50 * 1024 * 1024)
    expected["huge.txt"] = "too_large"
    outside = root / "outside-secret.txt"
    outside.write_text(f"{CANARY} CSTO summit in Minsk.", encoding="utf-8")
    os.symlink(outside, corpus / "link-outside.txt")
    expected["link-outside.txt"] = "outside_corpus"
    os.symlink(corpus / "loop-b.txt", corpus / "loop-a.txt")
    os.symlink(corpus / "loop-a.txt", corpus / "loop-b.txt")
    expected["loop-a.txt"] = expected["loop-b.txt"] = "unreadable"
    put("name with spaces.txt", ARTICLE.replace("Monday", "Tuesday").encode(), "article")
    put("ünïcödé-名前.txt", ARTICLE.replace("Monday", "Wednesday").encode(), "article")
    put("-leading-dash.txt", ARTICLE.replace("Monday", "Thursday").encode(), "article")
    put("only-boilerplate.txt", b"Leave a comment\n-\nRead also: CSTO ministers meet\n\xc2\xa9 2022 All rights reserved.\n", "only_boilerplate")
    put(
        "page.html",
        b"<html><head><style>body{color:red}</style><script>var secret='SCRIPT-TEXT';</script></head><body>"
        b"<article><h1>CSTO drills in Tajikistan</h1><p>The Collective Security Treaty Organization began joint "
        b"exercises in Tajikistan on Tuesday, the Tajik Defence Ministry said.</p><p>About 2,000 troops from Russia, "
        b"Kazakhstan and Kyrgyzstan take part in the drills near the Afghan border.</p></article></body></html>",
        "article",
    )
    good = {"text": "The CSTO Secretary General visited Bishkek on Friday to discuss border security with Kyrgyz officials."}
    lines = [json.dumps(good), "{not json at all", json.dumps({"text": good["text"].replace("Friday", "Saturday")})]
    put("feed.jsonl", ("\n".join(lines) + "\n").encode(), "article")  # two articles and one malformed line
    put("recipe.txt", b"Grandma's apple pie\nMix flour, butter and sugar.\nBake the apples for forty minutes at 180 degrees.\n", "not_news")
    put("locked.txt", ARTICLE.replace("Monday", "Friday").encode(), "unreadable" if os.geteuid() != 0 else "article")
    os.chmod(corpus / "locked.txt", 0)
    reordered = "\n".join(reversed(ARTICLE.strip().split("\n")[1:])) + "\n"
    put("zz-reordered-copy.txt", reordered.encode(), "duplicate_content")  # all lines of an earlier article
    (corpus / "sources.csv").write_text("file,url,outlet,published\n../outside-secret.txt,http://x,evil,2022-01-01\n", encoding="utf-8")
    return expected


@pytest.fixture(scope="module")
def hostile(prefect_harness: None, seed_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], RunSummary]:
    root = tmp_path_factory.mktemp("hostile")
    expected = build_hostile_corpus(root, seed_corpus)
    summary = build_dataset(Settings(corpus_dir=root / "corpus", out_dir=root / "datasets", translator="offline", show_progress=False))
    return root, expected, summary


def test_every_input_ends_in_articles_or_rejects_with_its_reason(hostile: tuple[Path, dict[str, str], RunSummary]) -> None:
    root, expected, summary = hostile
    out = root / "datasets"
    assert summary.version == "v0001"
    articles = load_table("articles", root=out)
    rejects = load_table("rejects", root=out)
    outcome: dict[str, set[str]] = {}
    for name in articles["source_file"]:
        outcome.setdefault(name, set()).add("article")
    for name, reason in zip(rejects["source_file"], rejects["reason"], strict=True):
        outcome.setdefault(name, set()).add(reason)
    assert set(outcome) == set(expected), "an input is missing or an unknown one appeared"
    for name, wanted in expected.items():
        if name == "feed.jsonl":
            assert outcome[name] == {"article", "malformed_json_line"}
            continue
        assert outcome[name] == {wanted}, name
    assert (rejects["detail"].str.len() > 10).all()
    feed = articles[articles["source_file"] == "feed.jsonl"]
    assert sorted(feed["record"]) == [1, 3]


def test_nothing_outside_the_corpus_is_read_and_scripts_are_dropped(hostile: tuple[Path, dict[str, str], RunSummary]) -> None:
    root, _, summary = hostile
    for path in (root / "datasets").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert CANARY.encode() not in data and b"SCRIPT-TEXT" not in data, path
    assert any("escapes the corpus" in warning for warning in summary.warnings)


def test_reencoded_copies_give_the_same_cleaned_text(hostile: tuple[Path, dict[str, str], RunSummary]) -> None:
    root, _, _ = hostile
    articles = load_table("articles", root=root / "datasets").set_index("source_file")
    bodies = {
        name: "\n".join(articles.loc[name, "text_original"].split("\n")[1:])
        for name in ("article.cp1251.txt", "article.latin1.txt", "article.utf16.txt", "article.utf8bom.txt")
    }
    assert len(set(bodies.values())) == 1 and "«We discussed" in next(iter(bodies.values()))
