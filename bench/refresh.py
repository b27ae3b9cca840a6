"""Refresh cost: a full run, a no-op refresh, a one-file refresh and 1% new files, on the seeds and a synthetic corpus.

The 1% step adds new files (as an hourly refresh of a growing archive does) and reports the share of the full
run's work and how many bytes the new version wrote itself, against the bytes it shares with its parent.

Each through the CLI in a subprocess, in one session, so the ratios compare like with like.
Usage: python -m bench.refresh [--synthetic 3000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from pathlib import Path

from bench.generate import generate
from bench.run import ROOT, _cli, _prefect_startup


def main() -> None:
    """Measure and print one JSON line per corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=3000)
    args = parser.parse_args()
    env = {**os.environ, "PREFECT_HOME": tempfile.mkdtemp(prefix="bench-prefect-"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_LOGGING_TO_API_ENABLED": "false"}
    _prefect_startup(env)
    startup = min(_prefect_startup(env) for _ in range(3))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seeds = Path(shutil.copytree(ROOT / "corpus", work / "seeds"))
        synthetic = generate(args.synthetic, work / "synthetic")
        for name, corpus in (("seeds", seeds), (f"synthetic-{args.synthetic}", synthetic)):
            out = work / f"out-{name}"
            full = _cli(["--corpus", str(corpus), "--out", str(out)], env)[0]
            noop = _cli(["--corpus", str(corpus), "--out", str(out)], env)[0]
            target = sorted(p for p in corpus.glob("*.txt"))[0]
            target.write_bytes(target.read_bytes() + b"\nA closing line added for the refresh benchmark.\n")
            one = _cli(["--corpus", str(corpus), "--out", str(out)], env)[0]
            originals = sorted(p for p in corpus.glob("*.txt"))
            for number, source in enumerate(originals[: max(1, len(originals) // 100)]):
                (corpus / f"zz_new_{number:05d}.txt").write_bytes(source.read_bytes() + f"\nAdded file {number}.\n".encode())
            appended, summary, _ = _cli(["--corpus", str(corpus), "--out", str(out)], env)
            manifest = json.loads((out / summary["version"] / "manifest.json").read_text(encoding="utf-8"))
            parts = [p for info in manifest["tables"].values() for p in info.get("parts", [])]
            written = sum(p["bytes"] for p in parts if "linked_from" not in p)
            shared = sum(p["bytes"] for p in parts if "linked_from" in p)
            print(json.dumps({
                "corpus": name, "prefect_startup_s": round(startup, 2), "full_s": round(full, 2), "noop_s": round(noop, 2),
                "one_file_s": round(one, 2), "noop_work_share_of_full_work": round((noop - startup) / (full - startup), 3),
                "one_file_work_share_of_full_work": round((one - startup) / (full - startup), 3),
                "one_percent_new_s": round(appended, 2),
                "one_percent_new_work_share_of_full_work": round((appended - startup) / (full - startup), 3),
                "one_percent_new_bytes_written": written, "one_percent_new_bytes_linked": shared,
            }), flush=True)


if __name__ == "__main__":
    main()
