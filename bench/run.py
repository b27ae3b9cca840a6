"""The benchmark behind `make bench`: throughput, refresh cost and memory on synthetic corpora.

For each size N (default 1,000 and 10,000 articles) it generates a deterministic corpus (bench.generate)
and measures, on this machine in one run:

- Prefect's start-up: a trivial flow on the ephemeral server, reported apart from the work;
- a full run of the CLI (`python -m pipeline run --translator offline`) in a subprocess: wall time,
  articles per second with start-up subtracted, and peak RSS (the largest of its processes);
- no-op refreshes (the first after the build looks at each file, since the corpus was copied just before it;
  the second is decided by the corpus stamp), a refresh after 1% of the files changed (every 100th edited, which
  touches every part) and one after 1% new files arrived (in their own batches), on the same folder;
- per stage, in one process without Prefect: ingest, clean, language, translate (memory), metadata,
  quotes, events, assemble, validate, write; and "ingest + clean + validate + write" alone;
- the floor: read the same bytes, hash them, write them as one Parquet column.

Medians of ``--repeat`` runs are reported. The table is printed and written as JSON to bench/results.json.
Usage: python -m bench.run [--sizes 1000 10000] [--repeat 3] [--out bench/results.json] [--no-stages]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402


def _cli(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any], int]:
    """Run the CLI; return wall seconds, its JSON summary and the peak RSS in KB of its process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", *args, "--translator", "offline", "--no-progress", "--json"],
        env=env, cwd=ROOT, capture_output=True, text=True, check=True,
    )
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, json.loads(done.stdout), max(peak, before)


def _prefect_startup(env: dict[str, str]) -> float:
    code = "from prefect import flow\n@flow\ndef noop():\n    return 1\nnoop()\n"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, check=True)
    return time.perf_counter() - start


def floor(corpus: Path, out: Path) -> float:
    """Read every raw file, hash it, write the bytes as one Parquet column: the least any pipeline does."""
    start = time.perf_counter()
    blobs, digests = [], []
    for path in sorted(corpus.glob("*.txt")):
        data = path.read_bytes()
        blobs.append(data)
        digests.append(hashlib.sha256(data).hexdigest())
    pq.write_table(pa.table({"sha256": digests, "raw": blobs}), out)
    return time.perf_counter() - start


def stages(corpus: Path) -> dict[str, float]:
    """Seconds per stage, in one process, no Prefect: where the time goes."""
    from pipeline.flows import extraction_tools
    from pipeline.io import corpus as corpus_io
    from pipeline.io import store
    from pipeline.io.providers import LayeredTranslator, OfflineTranslator
    from pipeline.io.reference import load_reference
    from pipeline.io.tmx import TranslationMemory
    from pipeline.settings import Settings
    from pipeline.stages import assemble, clean, ingest
    from pipeline.stages import corpus as corpus_stage
    from pipeline.stages.events import extract_article_events
    from pipeline.stages.language import LanguageDetector, LanguageSettings, split_segments
    from pipeline.stages.metadata import MetadataSettings, make_date_parser
    from pipeline.stages.quotes import extract_article_quotes
    from pipeline.stages.records import RawDocument
    from pipeline.stages.translate import translate_segments
    from pipeline.stages.validate import validate_tables

    settings = Settings(corpus_dir=corpus, translator="offline")
    reference = load_reference()
    timing: dict[str, float] = {}

    def clock(name: str, start: float) -> float:
        now = time.perf_counter()
        timing[name] = timing.get(name, 0.0) + now - start
        return now

    t = time.perf_counter()
    finder, event_tools = extraction_tools(reference)
    detector, parser = LanguageDetector(), make_date_parser()
    memory = TranslationMemory.load(corpus_io.corpus_memories(corpus))
    t = clock("load models and reference data", t)
    raws = [r for r in corpus_io.iter_inputs(corpus, corpus_io.list_inputs(corpus, settings), settings)]
    t = clock("read files", t)
    documents = [d for r in raws for d in ingest.ingest_file(r, settings) if isinstance(d, RawDocument)]  # type: ignore[arg-type]
    t = clock("ingest (decode)", t)
    kept, _ = corpus_stage.split_empty(clean.clean_document(d) for d in documents)
    t = clock("clean", t)
    segmented = [split_segments(c, detector, LanguageSettings()) for c in kept]
    t = clock("language", t)
    translated = translate_segments([s for _, s in segmented], LayeredTranslator(memory, None, OfflineTranslator()), "en")
    t = clock("translate (memory)", t)
    md = MetadataSettings()
    articles = [
        assemble.finish_article(c, lang, segs, parser, detector, md)
        for c, (lang, _), segs in zip(kept, segmented, translated, strict=True)
    ]
    t = clock("metadata", t)
    quotes = [q for a in articles for q in extract_article_quotes(a, finder, reference.registry, event_tools.quote_words)]
    t = clock("quotes", t)
    coded = [extract_article_events(a, event_tools) for a in articles]
    t = clock("events", t)
    tables = assemble.Tables(
        articles=assemble.articles_frame(articles, md),
        segments=assemble.segments_frame(articles),
        removed_lines=assemble.removed_lines_frame(kept),
        rejects=assemble.rejects_frame([]),
        quotes=assemble.quotes_frame(quotes, settings.quote_cluster_threshold),
        events=assemble.events_frame([e for found, _ in coded for e in found]),
        uncoded=assemble.uncoded_frame([u for _, missed in coded for u in missed]),
    )
    t = clock("assemble (incl. clusters)", t)
    tables, _ = validate_tables(tables, 0.5, event_tools.gazetteer.bounds)
    t = clock("validate", t)
    with tempfile.TemporaryDirectory() as out:
        store.write_version(Path(out), {n: getattr(tables, n) for n in store.DATA_TABLES}, {})
    clock("write version", t)
    timing["ingest + clean + validate + write"] = sum(
        timing[k] for k in ("read files", "ingest (decode)", "clean", "validate", "write version")
    )
    return timing


def measure(size: int, repeat: int, work: Path, env: dict[str, str], per_stage: bool = True) -> dict[str, Any]:
    """Every measure for one corpus size, medians of ``repeat`` runs (``per_stage=False`` skips the
    single-process stage timing, which holds a whole 100k corpus in one process)."""
    corpus = generate(size, work / f"corpus-{size}")
    _prefect_startup(env)  # the first start creates Prefect's database; later starts are what users see
    startup = statistics.median(_prefect_startup(env) for _ in range(max(repeat, 3)))
    fulls, firsts, noops, changed, added, peaks = [], [], [], [], [], []
    for _ in range(repeat):
        out = work / f"datasets-{size}"
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(work / f"corpus-{size}-copy", ignore_errors=True)
        copy = Path(shutil.copytree(corpus, work / f"corpus-{size}-copy"))
        wall, summary, peak = _cli(["--corpus", str(copy), "--out", str(out)], env)
        fulls.append(wall)
        peaks.append(peak)
        # the copy was written just before the build, so the build leaves no corpus stamp: the first refresh
        # looks at each file (and stamps the corpus), the next is the steady state of a scheduled refresh
        firsts.append(_cli(["--corpus", str(copy), "--out", str(out)], env)[0])
        noops.append(_cli(["--corpus", str(copy), "--out", str(out)], env)[0])
        for path in sorted(copy.glob("article_*.txt"))[:: 100]:  # 1% of the files
            path.write_bytes(path.read_bytes() + b"\nA closing line added for the refresh benchmark.\n")
        changed.append(_cli(["--corpus", str(copy), "--out", str(out)], env)[0])
        # new files arriving (1% of the corpus, in their own batches): the scheduled refresh of a growing archive
        arrivals = generate(max(size // 100, 1), work / f"arrivals-{size}", seed=11)
        for path in sorted(arrivals.glob("article_*.txt")):
            shutil.copy2(path, copy / f"new_{path.name}")
        shutil.rmtree(arrivals, ignore_errors=True)
        added.append(_cli(["--corpus", str(copy), "--out", str(out)], env)[0])
    timing = stages(corpus) if per_stage else {}
    floors = [floor(corpus, work / "floor.parquet") for _ in range(repeat)]
    full = statistics.median(fulls)
    work_seconds = max(full - startup, 1e-9)
    floor_s = statistics.median(floors)
    return {
        "articles": size,
        "articles_written": summary["articles"],
        "prefect_startup_s": round(startup, 2),
        "full_run_s": round(full, 2),
        "full_run_work_s": round(work_seconds, 2),
        "articles_per_s_excl_startup": round(size / work_seconds, 1),
        "first_noop_refresh_work_s": round(statistics.median(firsts) - startup, 2),
        "noop_refresh_s": round(statistics.median(noops), 2),
        "noop_refresh_work_s": round(statistics.median(noops) - startup, 2),
        "one_percent_refresh_s": round(statistics.median(changed), 2),
        "one_percent_refresh_share_of_full": round((statistics.median(changed) - startup) / work_seconds, 3),
        "one_percent_added_refresh_s": round(statistics.median(added), 2),
        "one_percent_added_refresh_share_of_full": round((statistics.median(added) - startup) / work_seconds, 3),
        "peak_rss_mb": round(max(peaks) / 1024, 1),
        "floor_s": round(floor_s, 3),
        "ingest_clean_validate_write_s": round(timing["ingest + clean + validate + write"], 3) if timing else None,
        "ingest_clean_validate_write_x_floor": round(timing["ingest + clean + validate + write"] / floor_s, 1) if timing else None,
        "stages_s": {k: round(v, 3) for k, v in timing.items()},
    }


def main() -> None:
    """Run the benchmark and print and save its table."""
    parser = argparse.ArgumentParser(description="Benchmark the pipeline on synthetic corpora.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--no-stages", action="store_true", help="skip the one-process stage timing (for 100k)")
    args = parser.parse_args()
    env = {
        **os.environ,
        "PREFECT_HOME": tempfile.mkdtemp(prefix="bench-prefect-"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_TO_API_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    }
    machine = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for size in args.sizes:
            row = measure(size, args.repeat, Path(tmp), env, per_stage=not args.no_stages)
            rows.append(row)
            print(json.dumps(row), flush=True)
    args.out.write_text(json.dumps({"machine": machine, "repeat": args.repeat, "results": rows}, indent=2) + "\n")
    keys = [k for k in rows[0] if k != "stages_s"]
    print(f"\nmachine: {machine}; medians of {args.repeat} runs")
    print(" | ".join(["measure", *[f"{r['articles']:,} articles" for r in rows]]))
    for key in keys[1:]:
        print(" | ".join([key, *[str(r[key]) for r in rows]]))
    print("\nper stage, one process, seconds:")
    for stage in rows[0]["stages_s"]:
        print(" | ".join([stage, *[str(r["stages_s"].get(stage)) for r in rows]]))
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
