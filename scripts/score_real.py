"""Score the extractors on real CSTO articles (tests/real/): quotes, speakers and dated events.

Usage: python scripts/score_real.py [--batch dev|fresh] [--json]

The articles' text is not in the repository. Rebuild it first from pages saved out of the search tool
(``python scripts/real_set.py rebuild``); without it this script says so and exits 0. Each article runs
through the flow's own task functions (sidecar publication dates, offline translation: an Italian article
has no memory entry here, so it is read in the original and its English stays pending) and is scored
against ``tests/real/gold/<id>.json``, whose spans are offsets into the rebuilt text.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable, Collection
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.real_set import GOLD, TEXTS, recipes, sha
from tests.golden_cases import score_events, score_quotes


def coded_frames(folder: Path, names: Collection[str] | None = None) -> dict[str, Any]:
    """The tables the flow's own task functions (without Prefect, offline translation) code from the raw files in
    ``folder`` (only the files whose stem is in ``names``, when given): articles, quotes, events and the rest."""
    from pipeline import flows
    from pipeline.settings import Settings

    with tempfile.TemporaryDirectory() as out:
        settings = Settings(corpus_dir=folder, out_dir=Path(out), translator="offline", show_progress=False,
                            require_registry_actor=False)
        inputs, sidecar, _ = flows.discover_corpus.fn(settings)
        if names is not None:
            inputs = [name for name in inputs if Path(name).stem in names]
        memory = flows.load_memory.fn(settings)
        reference = flows.load_reference.fn(settings)
        fresh, _ = flows.read_files.fn(settings, inputs, sidecar, "real-set", memory.fingerprint)
        prepared = flows.prepare_articles.fn(settings, fresh, sidecar)
        translated, _, _ = flows.translate.fn(settings, memory, [s for _, s in prepared.segmented])
        done = flows.finish_articles.fn(settings, reference, prepared, translated)
    return dict(done.frames)


def extract(ids: list[str]) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
    """Quotes and events per article, as the flow's tasks produce them (without Prefect)."""
    from pipeline.stages import processing

    frames = coded_frames(TEXTS, set(ids))
    quotes: dict[str, list[Any]] = {}
    events: dict[str, list[Any]] = {}
    for table, by_case in (("quotes", quotes), ("events", events)):
        frame = frames[table]
        for row in frame.astype(object).where(frame.notna(), None).to_dict("records"):
            by_case.setdefault(str(row[processing.SOURCE]).removesuffix(".txt"), []).append(SimpleNamespace(**{str(k): v for k, v in row.items()}))
    for coded in events.values():
        for event in coded:
            if event.event_date is not None and not hasattr(event.event_date, "isoformat"):
                event.event_date = None
            elif event.event_date is not None and hasattr(event.event_date, "date"):
                event.event_date = event.event_date.date()
    return quotes, events


def golden_files(ids: list[str], folder: Path) -> tuple[list[Path], list[Path]]:
    """Write the gold as the golden scorers read it (words taken from the rebuilt text by offset)."""
    quote_cases: list[Path] = []
    event_cases: list[Path] = []
    for case in ids:
        gold = json.loads((GOLD / f"{case}.json").read_text(encoding="utf-8"))
        text = (TEXTS / f"{case}.txt").read_text(encoding="utf-8")
        if sha(text) != gold["text_sha256"]:
            sys.exit(f"{case}: the rebuilt text is not the one the gold was made on")
        quotes = [{"kind": q["kind"], "text": text[q["start"]:q["end"]], "speaker": q["speaker"]} for q in gold["quotes"]]
        events = [{k: e[k] for k in ("event_type", "date", "precision", "country", "status")} for e in gold["events"]]
        for kind, items, cases in (("quotes", quotes, quote_cases), ("events", events, event_cases)):
            path = folder / kind / f"{case}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"case": case, kind: items}, ensure_ascii=False), encoding="utf-8")
            cases.append(path)
    return quote_cases, event_cases


def finder(found: dict[str, list[Any]]) -> Callable[[str], list[Any]]:
    return lambda case: found.get(case, [])


def score(batch: str | None) -> dict[str, Any]:
    """Scores overall and by original language for the articles whose text has been rebuilt."""
    rebuilt = [e for e in recipes() if (batch is None or e["batch"] == batch) and (TEXTS / f"{e['id']}.txt").is_file()]
    # (an article saved and rebuilt before its gold is written, as a batch waits to be annotated, is not scored yet)
    entries = [e for e in rebuilt if (GOLD / f"{e['id']}.json").is_file()]
    if len(entries) < len(rebuilt):
        print(f"{len(rebuilt) - len(entries)} rebuilt article(s) have no gold yet and are not scored: "
              + ", ".join(e["id"] for e in rebuilt if e not in entries), file=sys.stderr)
    ids = [e["id"] for e in entries]
    quotes, events = extract(ids)
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, subset in (("all", ids), *((lang, [e["id"] for e in entries if e["language"] == lang]) for lang in ("en", "it"))):
            if not subset:
                continue
            quote_cases, event_cases = golden_files(subset, Path(folder) / name)
            result[name] = {"articles": len(subset), "quotes": score_quotes(quote_cases, finder(quotes)),
                            "events": score_events(event_cases, finder(events))}
    return result


def main() -> None:
    """Print the scores (or say why there is nothing to score)."""
    batch = sys.argv[sys.argv.index("--batch") + 1] if "--batch" in sys.argv else None
    if not TEXTS.is_dir() or not any(TEXTS.glob("*.txt")):
        print(f"no real articles in {TEXTS}: save their pages from the search tool into tests/real/saved/ and run "
              "`python scripts/real_set.py rebuild` (the texts are never committed)")
        return
    result = score(batch)
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
        return
    for name, scores in result.items():
        q, e = scores["quotes"], scores["events"]
        print(f"[{name}] {scores['articles']} articles: quote recall {q['direct_partial_recall']:.2f} "
              f"({q['gold_direct_partial']} gold), precision {q['precision']:.2f} ({q['predicted']} predicted), "
              f"speaker accuracy {q['speaker_accuracy']:.2f}, indirect recall {q['indirect_recall']:.2f} "
              f"({q['gold_indirect']}); dated-event recall {e['recall']:.2f} ({e['gold_dated_events']} gold), "
              f"precision {e['precision']:.2f} ({e['predicted_dated_events']} predicted)")
    if "--problems" in sys.argv:
        for problem in result["all"]["quotes"]["problems"] + result["all"]["events"]["problems"]:
            print(f"  - {problem}")


if __name__ == "__main__":
    main()
