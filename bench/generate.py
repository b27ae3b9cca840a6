"""A deterministic synthetic corpus: N articles recombined from the seeds' paragraphs and the registry.

Each article draws a headline and 3-12 paragraphs from the seed corpus (after cleaning, so paragraphs are
real prose), swaps in other registry people, dates and cities in English paragraphs, and then adds what
real files carry: duplicated lines (the Italian seed repeats every paragraph), boilerplate (promos, "Read
also", copyright, captions, separators), about 5% near-duplicates of an earlier article under another
outlet's name, and some files in cp1252 or UTF-16. Italian paragraphs are kept verbatim from the seed, so
the corpus's translation memory covers every one and the benchmark measures the pipeline, not a network.

Usage: python -m bench.generate N OUT_DIR [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.settings import Settings  # noqa: E402
from pipeline.stages.clean import clean_document  # noqa: E402
from pipeline.stages.ingest import ingest_file  # noqa: E402
from pipeline.stages.records import RawDocument, RawFile  # noqa: E402

BOILERPLATE = [
    "Leave a comment",
    "Read also: CSTO ministers meet in Minsk",
    "© 2022 All rights reserved.",
    "-",
    "What do Russia’s security services cost to run? (ENG explainer)",
    "2021.03.14 10:05",
    "Soldiers board a transport aircraft at an airfield, January 6, 2022 (Reuters)",
    "Share this article",
]
OUTLETS = ["belsat.eu", "tass.com", "armenpress.am", "akipress.com", "kazinform.kz", "eurasianet.org"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]


def _paragraphs() -> tuple[list[str], list[str]]:
    english: list[str] = []
    italian: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        [document] = ingest_file(RawFile(path.name, path.read_bytes()), Settings())
        assert isinstance(document, RawDocument)
        lines = list(clean_document(document).lines)
        (italian if path.name.startswith("003") else english).extend(lines[1:])
    return english, italian


def _people() -> list[str]:
    data = yaml.safe_load((ROOT / "pipeline" / "reference" / "actors.yaml").read_text(encoding="utf-8"))
    return [a["name"] for a in data["actors"] if a["type"] == "person" and a.get("roles")]


def _vary(paragraph: str, rng: random.Random, people: list[str]) -> str:
    for name in ("Alexander Lukashenko", "Vladimir Putin", "Kassym-Jomart Tokayev", "Nikol Pashinyan"):
        if name in paragraph and rng.random() < 0.5:
            paragraph = paragraph.replace(name, rng.choice(people))
    for month in MONTHS:
        if month in paragraph and rng.random() < 0.5:
            paragraph = paragraph.replace(month, rng.choice(MONTHS), 1)
    return paragraph


def generate(count: int, out: Path, seed: int = 7) -> Path:
    """Write ``count`` articles (and the reference files they need) into ``out``; return ``out``."""
    rng = random.Random(seed)
    english, italian = _paragraphs()
    people = _people()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copy(ROOT / "corpus" / "memory.it-en.tmx", out / "memory.it-en.tmx")
    written: list[list[str]] = []
    for number in range(count):
        if written and rng.random() < 0.05:  # a near-duplicate of an earlier article under another outlet
            lines = [*rng.choice(written), f"{rng.choice(OUTLETS)}, following {rng.choice(OUTLETS)}"]
        elif rng.random() < 0.15:  # an Italian article: paragraphs verbatim from the memory's sources
            lines = rng.sample(italian, k=min(len(italian), rng.randint(3, 8)))
            lines = [line for pair in zip(lines, lines, strict=True) for line in pair]  # repeated, as the seed
        else:
            body = [_vary(p, rng, people) for p in rng.sample(english, k=rng.randint(3, 12))]
            lines = [f"CSTO report {number}: {rng.choice(people)} on regional security", *body]
            for _ in range(rng.randint(0, 3)):
                lines.insert(rng.randint(1, len(lines)), rng.choice(BOILERPLATE))
            if rng.random() < 0.3:
                lines.insert(rng.randint(1, len(lines)), rng.choice(body))  # a duplicated line
        written.append(lines)
        text = "\n".join(lines) + "\n"
        roll = rng.random()
        encoding = "cp1252" if roll < 0.03 else ("utf-16" if roll < 0.05 else "utf-8")
        (out / f"article_{number:06d}.txt").write_bytes(text.encode(encoding, errors="replace"))
    return out


def main() -> None:
    """Parse arguments and generate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.count, args.out, args.seed)
    print(f"wrote {args.count} articles to {args.out}")


if __name__ == "__main__":
    main()
