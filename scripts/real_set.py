"""The real-article set: recipes and gold are committed; the articles' text never is.

A developer saves each page's text from the search tool's ``pages`` corpus into ``tests/real/saved/<id>.txt``
(the excerpt the tool returns; ``rebuild`` also reads it without the tool's date stamp and without its cut last
sentence, the forms earlier saves took, so a page pasted as returned rebuilds an older recipe). ``tests/real/catalog.csv`` names each
article: id, batch (dev or fresh), language, kind (outlet, wire, aggregator, translation), outlet, publication
date and URL. Everything below ``saved/``, ``texts/`` and ``notes/`` is git-ignored.

    python scripts/real_set.py recipe    # saved/ + catalog.csv -> recipes.json (URL, outlet, date, line sha256s)
    python scripts/real_set.py rebuild   # saved/ + recipes.json -> texts/<id>.txt and texts/sources.csv
    python scripts/real_set.py gold      # notes/<id>.yaml (words) -> gold/<id>.json (offsets and sha256s only)
    python scripts/real_set.py leaks     # runs of 7 words shared by a rebuilt text and a tracked file

A line is whitespace-normalised before hashing, and blank lines are dropped, so a re-saved page rebuilds the
same text. Gold in ``notes/`` quotes the article's words to say where things are; ``gold`` turns each into
character offsets into the rebuilt text plus the sha256 of the span, which is all that is committed.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

REAL = Path(__file__).resolve().parents[1] / "tests" / "real"
SAVED, TEXTS, NOTES, GOLD = REAL / "saved", REAL / "texts", REAL / "notes", REAL / "gold"
RECIPES, CATALOG = REAL / "recipes.json", REAL / "catalog.csv"


def sha(text: str) -> str:
    """The sha256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def lines_of(text: str) -> list[str]:
    """The article's lines as they are hashed: whitespace-normalised, blank lines dropped."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


#: The search tool's date stamp that opens some excerpts (" date 2021-10-23 …"); earlier sessions saved it or not.
_DATE_STAMP = re.compile(r"^date \d{4}-\d{2}(?:-\d{2})?(?: \d{2}:\d{2})? ")
#: A sentence's end inside a line, where an excerpt's last, cut sentence was dropped when the page was first saved.
_SENTENCE_END = re.compile(r"(?<=[.!?\"”»])\s")


def saved_lines(text: str) -> dict[str, str]:
    """Each line of a saved page by its sha256, and the forms an earlier save may have given the same line: without the
    tool's date stamp, and the last line up to each of its sentence ends (an excerpt ends mid-sentence, and the first
    save kept only its complete sentences). A page pasted as the tool returns it then rebuilds its recipe's text."""
    lines = lines_of(text)
    forms: dict[str, str] = {}
    for index, line in enumerate(lines):
        variants = [line, _DATE_STAMP.sub("", line)]
        if index == len(lines) - 1:
            variants += [line[: m.start()] for m in _SENTENCE_END.finditer(line)]
        for variant in variants:
            if variant:
                forms.setdefault(sha(variant), variant)
    return forms


def catalog() -> list[dict[str, str]]:
    """The catalog rows, in order."""
    with open(CATALOG, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def recipe() -> None:
    """Write recipes.json from the catalog and the saved texts; an article already in recipes.json keeps its lines."""
    committed = {entry["id"]: entry for entry in recipes()} if RECIPES.is_file() else {}
    ids = [row["id"] for row in catalog()]
    if len(set(ids)) != len(ids):
        sys.exit(f"catalog.csv repeats ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    entries = []
    for row in catalog():
        path = SAVED / f"{row['id']}.txt"
        if row["id"] in committed:  # its gold's offsets rest on these lines: a page saved again never changes them
            entries.append({**row, "lines": committed[row["id"]]["lines"]})
        elif path.is_file():
            entries.append({**row, "lines": [sha(line) for line in lines_of(path.read_text(encoding="utf-8"))]})
        else:
            sys.exit(f"{path} is missing: save the page text from the search tool first")
    RECIPES.write_text(json.dumps(entries, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {RECIPES} ({len(entries)} articles)")


def recipes() -> list[dict[str, Any]]:
    """The committed recipes."""
    return list(json.loads(RECIPES.read_text(encoding="utf-8")))


def rebuild() -> list[str]:
    """Rebuild texts/<id>.txt from saved pages whose lines match the recipe; return the ids rebuilt."""
    TEXTS.mkdir(parents=True, exist_ok=True)
    built, problems = [], []
    rows = []
    for entry in recipes():
        path = SAVED / f"{entry['id']}.txt"
        if not path.is_file():
            problems.append(f"{entry['id']}: no saved page (search the pages corpus for {entry['url']})")
            continue
        by_hash = saved_lines(path.read_text(encoding="utf-8"))
        missing = [h for h in entry["lines"] if h not in by_hash]
        if missing:
            problems.append(f"{entry['id']}: {len(missing)} of {len(entry['lines'])} lines differ from the recipe")
            continue
        (TEXTS / f"{entry['id']}.txt").write_text("\n".join(by_hash[h] for h in entry["lines"]) + "\n", encoding="utf-8")
        rows.append({"file": f"{entry['id']}.txt", "url": entry["url"], "outlet": entry["outlet"], "published": entry["published"]})
        built.append(entry["id"])
    with open(TEXTS / "sources.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "url", "outlet", "published"])
        writer.writeheader()
        writer.writerows(rows)
    for problem in problems:
        print(f"  - {problem}")
    print(f"rebuilt {len(built)} of {len(built) + len(problems)} articles into {TEXTS}")
    return built


def _span(text: str, words: str, after: int, where: str) -> tuple[int, int]:
    start = text.find(words, after)
    if start < 0:
        start = text.find(words)
    if start < 0:
        sys.exit(f"{where}: {words[:40]!r} is not in the rebuilt text")
    return start, start + len(words)


def gold() -> None:
    """Turn notes/<id>.yaml (the article's words) into gold/<id>.json (offsets and hashes)."""
    GOLD.mkdir(exist_ok=True)
    for note in sorted(NOTES.glob("*.yaml")):
        case = note.stem
        text = (TEXTS / f"{case}.txt").read_text(encoding="utf-8")
        data = yaml.safe_load(note.read_text(encoding="utf-8")) or {}
        quotes: list[dict[str, Any]] = []
        cursor = 0
        for item in data.get("quotes") or []:
            start, end = _span(text, item["text"], cursor, f"{case} quote")
            if any(q["start"] == start and q["end"] == end for q in quotes):  # the same words again: their next copy
                start, end = _span(text, item["text"], start + 1, f"{case} quote")
            cursor = start
            quotes.append({"kind": item["kind"], "start": start, "end": end, "sha256": sha(text[start:end]),
                           "speaker": item.get("speaker")})
        events = []
        for item in data.get("events") or []:
            start, end = _span(text, item["evidence"], 0, f"{case} event")
            events.append({"event_type": item["type"], "date": str(item["date"]), "precision": item["precision"],
                           "country": item["country"], "status": item.get("status", "happened"),
                           "evidence": {"start": start, "end": end, "sha256": sha(text[start:end])}})
        out = {"case": case, "text_sha256": sha(text), "quotes": quotes, "events": events}
        (GOLD / f"{case}.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold for {len(list(NOTES.glob('*.yaml')))} articles into {GOLD}")


LEAK_WORDS = 7


def _leak_runs(text: str) -> set[tuple[str, ...]]:
    """Every run of ``LEAK_WORDS`` words of ``text``, lowercased, whole file at once (a run may cross lines)."""
    words = re.findall(r"[\w’'-]+", text.lower())
    return {tuple(words[i : i + LEAK_WORDS]) for i in range(len(words) - LEAK_WORDS + 1)}


def _checked(name: str) -> bool:
    """Whether a tracked file is ours to check: code, docs and reference data, not the real set, the seeds or the golden texts."""
    return not name.startswith(("tests/real/", "corpus/", "tests/golden/")) and name.endswith((".py", ".md", ".yaml"))


def leaks(since: str | None = None) -> None:
    """List every run of ``LEAK_WORDS`` words that a rebuilt real article shares with a tracked file outside
    ``tests/real/`` (the seed corpus and its expected outputs aside, which the user supplied): an example in a
    comment or a doc must be our own words, not a fragment of a real article. With ``since`` (a commit), also every
    version of such a file in each commit after it, and each commit's message: a fragment mended later is still in the
    history (only the runs a version adds to the file as it was at ``since`` are listed)."""
    import subprocess

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False).stdout

    real: set[tuple[str, ...]] = set()
    for path in sorted(TEXTS.glob("*.txt")):
        real |= _leak_runs(path.read_text(encoding="utf-8"))
    if not real:
        sys.exit(f"no rebuilt texts in {TEXTS}: run rebuild first")
    root = REAL.parents[1]
    found = 0
    for name in git("ls-files").split():
        if not _checked(name):
            continue
        shared = _leak_runs((root / name).read_text(encoding="utf-8")) & real
        for run in sorted(shared):
            print(f"{name}: {' '.join(run)}")
        found += len(shared)
    if since is not None:
        listed: set[tuple[str, tuple[str, ...]]] = set()
        for commit in git("rev-list", f"{since}..HEAD").split():
            for name in git("diff-tree", "--no-commit-id", "--name-only", "-r", commit).split():
                if not _checked(name):
                    continue
                added = _leak_runs(git("show", f"{commit}:{name}")) - _leak_runs(git("show", f"{since}:{name}"))
                for run in sorted(added & real):
                    if (name, run) not in listed:
                        listed.add((name, run))
                        print(f"{commit[:7]} {name}: {' '.join(run)}")
            for run in sorted(_leak_runs(git("log", "-1", "--format=%B", commit)) & real):
                print(f"{commit[:7]} (message): {' '.join(run)}")
                found += 1
        found += len(listed)
    print(f"{found} shared run(s) of {LEAK_WORDS} words (names of organisations are expected)")


if __name__ == "__main__":
    commands = {"recipe": recipe, "rebuild": rebuild, "gold": gold, "leaks": leaks}
    if len(sys.argv) == 3 and sys.argv[1] == "leaks":
        leaks(sys.argv[2])  # (and the history since that commit)
    elif len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(f"usage: python scripts/real_set.py {'|'.join(commands)} (leaks [SINCE_COMMIT])")
    else:
        commands[sys.argv[1]]()
