"""The command line: ``python -m pipeline run | versions | show | diff | prune | verify | serve | report``.

Every command prints plain, escaped text (article text never reaches the terminal as markup). An error a user
can act on ends the command with a documented exit code (``pipeline.errors``) and at most three lines on
stderr; Prefect's own log lines and any traceback go to the run log (``<out>/_logs/``), or to the terminal
with ``--debug``. Every command names the dataset folder ``--out`` (``--root`` is kept as a hidden alias).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from pipeline.errors import EXIT_INTERNAL, EXIT_INVALID, EXIT_LOCKED, EXIT_USAGE, describe
from pipeline.io import run_log, store
from pipeline.settings import TRANSLATORS, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Build and inspect the CSTO news dataset.")
console = Console()
errors = Console(stderr=True)

SHOWN_WARNINGS = 5
OutOption = Annotated[Path, typer.Option("--out", help="Folder that holds the dataset versions.")]
#: The old name of --out on the inspection commands, still accepted.
RootAlias = Annotated[Path | None, typer.Option("--root", hidden=True)]


def _fail(message: str, code: int = 1, *more: str) -> None:
    errors.print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)
    for line in more:
        errors.print(f"  {escape(line)}", soft_wrap=True)
    raise typer.Exit(code)


def _manifest(root: Path, version: str | None) -> dict[str, Any]:
    """A version's manifest, or exit with the reason it cannot be read."""
    try:
        return store.read_manifest(root, version)
    except store.VersionNotFound as error:
        _fail(str(error))
        raise  # _fail has exited; this satisfies the type checker


def _languages(option: str) -> tuple[str, ...]:
    """The ``--languages`` option as the settings' tuple: the default set, every language (``all``), or a list."""
    from pipeline.settings import DEFAULT_LANGUAGES
    from pipeline.stages.language import known_languages

    if not option.strip():
        return DEFAULT_LANGUAGES
    if option.strip().lower() == "all":
        return ()
    codes = tuple(dict.fromkeys(code.strip().lower() for code in option.split(",") if code.strip()))
    unknown = sorted(set(codes) - known_languages())
    if unknown:
        _fail(f"--languages: unknown language code(s) {', '.join(unknown)}; use ISO 639-1 codes such as en,it,ru or 'all'", 2)
    return codes


@app.command()
def run(
    corpus: Annotated[Path, typer.Option(help="Folder of raw files.")] = Path("corpus"),
    out: Annotated[Path, typer.Option(help="Folder that holds the dataset versions.")] = Path("datasets"),
    translation_memory: Annotated[
        list[Path] | None, typer.Option("--translation-memory", help="Extra TMX file (repeatable).")
    ] = None,
    translator: Annotated[str, typer.Option(help=f"Provider: {', '.join(TRANSLATORS)}.")] = "google",
    libre_url: Annotated[str | None, typer.Option(help="URL of a self-hosted LibreTranslate.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Files per task.")] = 500,
    max_file_mb: Annotated[float, typer.Option(help="Files larger than this are rejected.")] = 5.0,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    task_runner: Annotated[
        str, typer.Option(help="processes (one per core), threads, or dask (a local cluster unless --dask-address).")
    ] = "processes",
    dask_address: Annotated[str | None, typer.Option(help="An existing Dask scheduler, e.g. tcp://10.0.0.5:8786.")] = None,
    shared_out: Annotated[
        bool,
        typer.Option(help="Workers reach OUT at the same path (one machine, or a shared disk): they keep their rows and write "
                          "the version's parts there. --no-shared-out sends rows to this machine, which writes every part."),
    ] = True,
    json_summary: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    reference: Annotated[
        list[Path] | None,
        typer.Option(
            "--reference",
            help="Folder with your own actors.yaml, places.yaml, calendar.yaml or *_words.yaml, merged over the shipped ones (repeatable).",
        ),
    ] = None,
    languages: Annotated[
        str,
        typer.Option(help="Languages to identify among, comma-separated ISO 639-1 codes, or 'all' (default: CSTO news languages)."),
    ] = "",
    debug: Annotated[bool, typer.Option(help="Print Prefect's log and any traceback on the terminal.")] = False,
) -> None:
    """Run the flow on CORPUS and write a new version into OUT when anything changed."""
    if translator not in TRANSLATORS:
        _fail(f"unknown translator {translator!r}; choose one of {', '.join(TRANSLATORS)}", 2)
    if task_runner not in ("processes", "threads", "dask"):
        _fail(f"unknown task runner {task_runner!r}; choose processes, threads or dask", 2)
    if dask_address and task_runner != "dask":
        _fail("--dask-address needs --task-runner dask", 2)
    if not corpus.is_dir():
        _fail(f"corpus folder {corpus} does not exist", 2)
    for memory in translation_memory or []:
        if not memory.is_file():
            _fail(f"translation memory {memory} does not exist", 2)
    chosen = _languages(languages)
    from pipeline.io.reference import load_reference
    from pipeline.stages.reference import ReferenceError

    try:
        load_reference(tuple(reference or ()))  # checked here, so a bad file costs one line and no flow run
    except ReferenceError as error:
        _fail(f"reference data: {error}", EXIT_USAGE)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _fail(f"cannot create the output folder {out}: {error.strerror or error}", EXIT_USAGE, "choose another --out")
    settings = Settings(
        corpus_dir=corpus,
        out_dir=out,
        reference_dirs=tuple(reference or ()),
        translation_memories=tuple(translation_memory or ()),
        translator=translator,
        libre_url=libre_url,
        batch_size=batch_size,
        max_file_bytes=int(max_file_mb * 1024 * 1024),
        show_progress=progress and not json_summary,
        task_runner=task_runner,
        dask_address=dask_address,
        shared_out=shared_out,
        languages=chosen,
    )
    from pipeline.flows import run as run_flow
    from pipeline.flows import summary_dict
    from pipeline.stages.validate import TooManyInvalidArticles

    log = run_log.start(out, debug)
    try:
        summary = run_flow(settings)
    except TooManyInvalidArticles as error:
        run_log.record(log, error)
        _fail(str(error), EXIT_INVALID)
        return
    except store.StoreLocked as error:
        _fail(str(error), EXIT_LOCKED)
        return
    except Exception as error:
        if debug:
            raise
        run_log.record(log, error)
        failure = describe(error)
        if failure is None:
            _fail(f"internal error: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"[:300],
                  EXIT_INTERNAL, f"the traceback is in {log}")
            return
        _fail(failure.lines[0], failure.code, *failure.lines[1:2], f"details: {log}")
        return
    finally:
        run_log.stop()
    if json_summary:
        typer.echo(json.dumps(summary_dict(summary), indent=2, default=str))
        return
    _print_summary(summary_dict(summary))


def _print_summary(summary: dict[str, Any]) -> None:
    table = Table(title="Run summary", show_header=False)
    segments = summary["segments"]
    translated = sum(v for k, v in segments.items() if k in ("memory", "cache", "provider"))
    rows = [
        ("files seen", summary["files_seen"]),
        ("files reused unchanged", summary["files_reused"]),
        ("articles written", summary["articles"]),
        ("rejects", summary["rejects"]),
        ("quotes", summary["quotes"]),
        ("events", summary["events"]),
        ("lines removed", summary["lines_removed"]),
        ("segments translated", f"{translated} ({', '.join(f'{k} {v}' for k, v in sorted(segments.items()) if v)})"),
        ("segments pending", segments.get("pending", 0)),
    ]
    if summary["version"]:
        rows.append(("version written", f"{summary['version']} at {summary['path']}"))
        rows.append(("changes", _change_line(summary["changes"])))
        made = summary.get("parts") or {}
        if made:
            rows.append(("parts", ", ".join(f"{how} {count}" for how, count in made.items())))
    else:
        rows.append(("version written", f"none: nothing changed since {summary['parent']}"))
    for source in summary.get("reference", {}).get("files", []):
        rows.append(
            (f"reference {source['name']}", f"{source['origin']}: {source['path']}, {source['entries']} entries, sha256 {source['sha256'][:12]}")
        )
    for key, value in rows:
        table.add_row(key, escape(str(value)))
    console.print(table)
    if segments.get("pending"):
        console.print(
            f"[yellow]{segments['pending']} segment(s) are pending:[/] no translation memory, cache entry or reachable "
            "provider had them. They are kept untranslated and retried on the next run."
        )
    shown = summary["warnings"][:SHOWN_WARNINGS]
    if len(summary["warnings"]) > len(shown):
        console.print(f"[yellow]{len(summary['warnings'])} warnings[/], the first {len(shown)} below; all are in the "
                      "version's manifest.json ('warnings')")
    for warning in shown:
        console.print(f"[yellow]warning:[/] {escape(warning)}", soft_wrap=True)


def _change_line(changes: dict[str, dict[str, int]]) -> str:
    parts = []
    for table, counts in sorted(changes.items()):
        bits = [f"{sign}{counts[kind]}" for kind, sign in (("added", "+"), ("modified", "~"), ("removed", "-")) if counts.get(kind)]
        if bits:
            parts.append(f"{table} {' '.join(bits)}")
    return "; ".join(parts) or "no record changed"


def _change_totals(changes: dict[str, dict[str, int]]) -> str:
    totals = {kind: sum(c.get(kind, 0) for c in changes.values()) for kind in ("added", "modified", "removed")}
    return f"+{totals['added']} ~{totals['modified']} -{totals['removed']}"


@app.command()
def versions(out: OutOption = Path("datasets"), legacy_root: RootAlias = None) -> None:
    """List the versions on disk with their date, row counts and a one-line change summary."""
    from pipeline.io import integrity

    root = legacy_root or out
    names = integrity.version_dirs(root)
    if not names:
        _fail(f"no versions in {root}")
    latest = store.latest_version(root)
    pinned = store.pinned_versions(root)
    table = Table(box=None, padding=(0, 1, 0, 0), show_edge=False, header_style="bold")
    for header in ("version", "created (UTC)", "from"):
        table.add_column(header, no_wrap=True)
    for header in ("articles", "quotes", "events", "rejects"):
        table.add_column(header, justify="right", no_wrap=True)
    table.add_column("changes", no_wrap=True)
    for name in names:
        marks = ("*" if name == latest else "") + ("P" if name in pinned else "")
        check = integrity.quick_check(root, name)
        if not check.ok:  # listed, never hidden: `verify` says more, `verify --repair` quarantines it
            table.add_row(f"{name} {marks}".strip(), "DAMAGED", "", "", "", "", "", "run verify")
            continue
        manifest = store.read_manifest(root, name)
        tables = manifest["tables"]
        table.add_row(
            f"{name} {marks}".strip(),
            manifest["created_at"][:16].replace("T", " "),
            str(manifest.get("parent") or "-"),
            *(str(tables.get(t, {}).get("rows", "-")) for t in ("articles", "quotes", "events", "rejects")),
            _change_totals(manifest.get("changes", {})),
        )
    console.print(table)
    console.print("* latest, P pinned; from: the parent version; changes: +added ~modified -removed")


@app.command()
def show(
    version: Annotated[str | None, typer.Argument(help="Version such as v0001 (default: latest).")] = None,
    out: OutOption = Path("datasets"),
    legacy_root: RootAlias = None,
) -> None:
    """Print a version's manifest and its validation summary."""
    root = legacy_root or out
    manifest = _manifest(root, version)
    console.print(f"[bold]{manifest['version']}[/] (parent {manifest.get('parent') or '-'}), {manifest['created_at']}")
    console.print(f"package {manifest.get('package_version')}, git {manifest.get('git_commit') or 'unknown'}, schema {manifest.get('schema_version')}")
    for name, info in manifest["tables"].items():
        console.print(f"  {name:<14} {info['rows']:>7} rows  sha256 {info['sha256'][:16]}…")
    console.print(f"changes against {manifest.get('parent') or 'nothing'}: {escape(_change_line(manifest.get('changes', {})))}")
    translation = manifest.get("translation", {})
    console.print(f"translation ({translation.get('translator')}): {translation.get('segments', {})}")
    for warning in manifest.get("warnings", []):
        console.print(f"warning: {escape(warning)}", soft_wrap=True)
    validation = manifest.get("validation", {})
    state = "passed" if validation.get("passed") else "found problems"
    console.print(f"validation {state}; articles rejected by validation: {validation.get('articles_rejected', 0)}")
    for table_name, failures in validation.get("failures", {}).items():
        for failure in failures:
            console.print(
                f"  {table_name}: {escape(str(failure['check']))} on {failure['column']} ({failure['count']})"
            )


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="The version you have, e.g. v0001.")],
    new: Annotated[str | None, typer.Argument(help="The version to compare with (default: latest).")] = None,
    out: OutOption = Path("datasets"),
    legacy_root: RootAlias = None,
    records: Annotated[bool, typer.Option(help="List every changed record, not only the counts.")] = False,
) -> None:
    """Say what changed between two versions, per table: records added, modified and removed."""
    root = legacy_root or out
    from pipeline.stages.changes import summarise

    try:
        changes = store.diff_versions(root, old, new)
    except store.VersionNotFound as error:
        _fail(str(error))
        return
    summary = summarise(changes)
    table = Table("table", "added", "modified", "removed")
    for name, counts in sorted(summary.items()):
        table.add_row(name, str(counts["added"]), str(counts["modified"]), str(counts["removed"]))
    console.print(f"{old} → {new or store.latest_version(root)}: {escape(_change_line(summary))}")
    if summary:
        console.print(table)
    if records:
        for row in changes.itertuples(index=False):
            columns = ", ".join(str(c) for c in list(row.changed_columns))  # type: ignore[arg-type]
            console.print(f"  {row.change:<8} {row.table}/{escape(str(row.record_id))} {escape(columns)}")


@app.command()
def prune(
    keep: Annotated[int, typer.Option(min=1, help="How many of the newest versions to keep.")],
    out: OutOption = Path("datasets"),
    legacy_root: RootAlias = None,
    dry_run: Annotated[bool, typer.Option(help="Only say what would be removed.")] = False,
) -> None:
    """Remove old versions, keeping the newest KEEP, the latest, and any named in datasets/PINNED."""
    root = legacy_root or out
    try:
        removed = store.prune(root, keep, dry_run=dry_run)
    except store.StoreLocked as error:
        _fail(str(error), 3)
        return
    verb = "would remove" if dry_run else "removed"
    console.print(f"{verb}: {', '.join(removed) if removed else 'nothing'}")


@app.command()
def verify(
    version: Annotated[str | None, typer.Argument(help="One version to check (default: every version).")] = None,
    out: OutOption = Path("datasets"),
    legacy_root: RootAlias = None,
    repair: Annotated[bool, typer.Option(help="Move damaged versions into _quarantine/ and point LATEST at the "
                                               "newest complete version. Nothing is deleted.")] = False,
) -> None:
    """Check every version against its manifest (files, sha256, rows, schema, parent) and LATEST."""
    from pipeline.io import integrity

    root = legacy_root or out
    if not root.is_dir():
        _fail(f"no dataset folder at {root}", EXIT_USAGE)
    checks, latest = integrity.verify(root, version)
    for check in checks:
        line = "ok" if check.ok else "DAMAGED: " + "; ".join(check.problems)
        console.print(f"{check.name}  {escape(line)}", soft_wrap=True)
    console.print(f"{store.LATEST}  {escape('DAMAGED: ' + latest) if latest else 'ok'}", soft_wrap=True)
    damaged = [c for c in checks if not c.ok]
    if repair and (damaged or latest):
        held = store.acquire(root, timeout=30)
        try:
            everything, _ = integrity.verify(root)
            actions = integrity.repair(root, everything)
        finally:
            held.release()
        for action in actions:
            console.print(f"repaired: {escape(action)}")
        console.print(f"{store.LATEST} now names {store.latest_version(root) or 'nothing'}")
        return
    if damaged or latest:
        raise typer.Exit(EXIT_INVALID)


@app.command()
def report(
    version: Annotated[str | None, typer.Argument(help="Version such as v0001 (default: latest).")] = None,
    out: OutOption = Path("datasets"),
    legacy_root: RootAlias = None,
    output: Annotated[Path | None, typer.Option(help="Where to write the page (default: report-vNNNN.html).")] = None,
) -> None:
    """Write one self-contained HTML page: counts, pictures, and searchable tables of quotes and events."""
    root = legacy_root or out
    from pipeline.stages.report import render_report

    manifest = _manifest(root, version)
    name = manifest["version"]
    tables = {table: store.load_table(table, name, root) for table in ("articles", "quotes", "events")}
    pictures = store.read_version_files(root, name, suffix=".png")
    target = output or Path(f"report-{name}.html")
    store.write_report(target, render_report(name, manifest, tables, pictures))
    console.print(f"wrote {escape(str(target))} ({len(tables['quotes'])} quotes, {len(tables['events'])} events)")


@app.command()
def serve(
    cron: Annotated[str, typer.Option(help="Cron schedule, e.g. '0 * * * *' (hourly).")] = "0 * * * *",
    corpus: Annotated[Path, typer.Option(help="Folder of raw files.")] = Path("corpus"),
    out: Annotated[Path, typer.Option(help="Folder that holds the dataset versions.")] = Path("datasets"),
    translator: Annotated[str, typer.Option(help=f"Provider: {', '.join(TRANSLATORS)}.")] = "google",
    name: Annotated[str, typer.Option(help="Deployment name.")] = "csto-refresh",
) -> None:
    """Serve the refresh flow on a schedule; needs a running `prefect server start` (PREFECT_API_URL)."""
    import os

    if not os.environ.get("PREFECT_API_URL"):
        console.print(
            "[yellow]warning:[/] PREFECT_API_URL is not set, so schedules would run on a temporary server that "
            "does not run them. Start `prefect server start` and export PREFECT_API_URL=http://127.0.0.1:4200/api."
        )
    from pipeline.flows import refresh_dataset

    refresh_dataset.serve(
        name=name,
        cron=cron,
        parameters={"corpus_dir": str(corpus.resolve()), "out_dir": str(out.resolve()), "translator": translator},
        pause_on_shutdown=False,
    )


#: Prefect settings the command line sets unless the user has: no analytics or telemetry from a temporary
#: server (its heartbeat fails offline and prints tracebacks), and time for that server to start on a busy machine.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


def main() -> None:
    """Run the command line (the console script ``csto-pipeline`` and ``python -m pipeline``)."""
    import os
    import sys

    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)
    if "--debug" not in sys.argv:  # Prefect's console lines (workers' too) go to the run log instead
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    app()
