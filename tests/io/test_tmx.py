"""TMX 1.4: what we write, CAT-tool style files, and the project's own memory."""

from __future__ import annotations

from pathlib import Path

from pipeline.io.tmx import TranslationMemory, TranslationUnit, read_tmx, write_tmx


def test_round_trip_keeps_text_exactly(tmp_path: Path) -> None:
    units = [
        TranslationUnit("it", "en", 'Ha detto: "pace" & <ordine>.', 'He said: "peace" & <order>.'),
        TranslationUnit("it", "en", "Città ‘unità’ — ОДКБ", "City ‘unity’ — CSTO"),
    ]
    path = tmp_path / "m.tmx"
    write_tmx(units, path, "it")
    assert read_tmx(path) == units


def test_reads_regional_tags_and_inline_markup(tmp_path: Path) -> None:
    path = tmp_path / "cat.tmx"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="it-IT" segtype="sentence" datatype="plaintext" adminlang="en-US"
 creationtool="X" creationtoolversion="1" o-tmf="X"/><body>
<tu><tuv xml:lang="it-IT"><seg>Ciao <bpt i="1">&lt;b&gt;</bpt>mondo<ept i="1">&lt;/b&gt;</ept></seg></tuv>
<tuv xml:lang="en-GB"><seg>Hello world</seg></tuv></tu></body></tmx>""",
        encoding="utf-8",
    )
    memory = TranslationMemory.load([path])
    assert memory.lookup("Ciao <b>mondo</b>", "it", "en") == ("Hello world", "cat.tmx")


def test_project_memory_covers_every_italian_seed_paragraph(seed_corpus: Path) -> None:
    from pipeline.stages.clean import clean_text

    memory = TranslationMemory.load(sorted(seed_corpus.glob("*.tmx")))
    paragraphs = clean_text((seed_corpus / "003_84297b0ca83054c9.txt").read_text(encoding="utf-8")).split("\n")
    found = [memory.lookup(p, "it", "en") for p in paragraphs]
    assert all(found)
    for paragraph, hit in zip(paragraphs, found, strict=True):
        assert hit is not None
        # quotations stay quotations: as many quoted passages in the English as in the Italian
        assert paragraph.count('"') + paragraph.count("”") == hit[0].count('"') + hit[0].count("”")
