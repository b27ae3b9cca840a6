"""The command line: ``python -m pipeline run | versions | show``.

Every command prints plain, escaped text (article text never reaches the terminal as markup) and exits
non-zero with one sentence saying what went wrong.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from pipeline.io import store
from pipeline.settings import TRANSLATORS, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Build and inspect the CSTO news dataset.")
console = Console()


def _fail(message: str, code: int = 1) -> None:
    console.print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)
    raise typer.Exit(code)


@app.command()
def run(
    corpus: Annotated[Path, typer.Option(help="Folder of raw files.")] = Path("corpus"),
    out: Annotated[Path, typer.Option(help="Folder that holds the dataset versions.")] = Path("datasets"),
    translation_memory: Annotated[
        list[Path] | None, typer.Option("--translation-memory", help="Extra TMX file (repeatable).")
    ] = None,
    translator: Annotated[str, typer.Option(help=f"Provider: {', '.join(TRANSLATORS)}.")] = "google",
    libre_url: Annotated[str | None, typer.Option(help="URL of a self-hosted LibreTranslate.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Files per task.")] = 200,
    max_file_mb: Annotated[float, typer.Option(help="Files larger than this are rejected.")] = 5.0,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    json_summary: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Run the flow on CORPUS and write a new version into OUT when anything changed."""
    if translator not in TRANSLATORS:
        _fail(f"unknown translator {translator!r}; choose one of {', '.join(TRANSLATORS)}", 2)
    if not corpus.is_dir():
        _fail(f"corpus folder {corpus} does not exist", 2)
    for memory in translation_memory or []:
        if not memory.is_file():
            _fail(f"translation memory {memory} does not exist", 2)
    settings = Settings(
        corpus_dir=corpus,
        out_dir=out,
        translation_memories=tuple(translation_memory or ()),
        translator=translator,
        libre_url=libre_url,
        batch_size=batch_size,
        max_file_bytes=int(max_file_mb * 1024 * 1024),
        show_progress=progress and not json_summary,
    )
    from pipeline.flows import run as run_flow
    from pipeline.flows import summary_dict
    from pipeline.stages.validate import TooManyInvalidArticles

    try:
        summary = run_flow(settings)
    except TooManyInvalidArticles as error:
        _fail(str(error))
        return
    except store.StoreLocked as error:
        _fail(str(error), 3)
        return
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
    else:
        rows.append(("version written", f"none: nothing changed since {summary['parent']}"))
    for key, value in rows:
        table.add_row(key, escape(str(value)))
    console.print(table)
    if segments.get("pending"):
        console.print(
            f"[yellow]{segments['pending']} segment(s) are pending:[/] no translation memory, cache entry or reachable "
            "provider had them. They are kept untranslated and retried on the next run."
        )
    for warning in summary["warnings"]:
        console.print(f"[yellow]warning:[/] {escape(warning)}", soft_wrap=True)


@app.command()
def versions(root: Annotated[Path, typer.Option(help="Dataset folder.")] = Path("datasets")) -> None:
    """List the versions on disk with their date and row counts."""
    names = store.list_versions(root)
    if not names:
        _fail(f"no versions in {root}")
    latest = store.latest_version(root)
    table = Table("version", "created", "parent", "articles", "rejects", "latest")
    for name in names:
        manifest = store.read_manifest(root, name)
        tables = manifest["tables"]
        table.add_row(
            name,
            manifest["created_at"],
            str(manifest.get("parent") or "-"),
            str(tables["articles"]["rows"]),
            str(tables["rejects"]["rows"]),
            "*" if name == latest else "",
        )
    console.print(table)


@app.command()
def show(
    version: Annotated[str | None, typer.Argument(help="Version such as v0001 (default: latest).")] = None,
    root: Annotated[Path, typer.Option(help="Dataset folder.")] = Path("datasets"),
) -> None:
    """Print a version's manifest and its validation summary."""
    try:
        manifest = store.read_manifest(root, version)
    except store.VersionNotFound as error:
        _fail(str(error))
        return
    console.print(f"[bold]{manifest['version']}[/] (parent {manifest.get('parent') or '-'}), {manifest['created_at']}")
    for name, info in manifest["tables"].items():
        console.print(f"  {name:<14} {info['rows']:>7} rows  sha256 {info['sha256'][:16]}…")
    validation = manifest.get("validation", {})
    state = "passed" if validation.get("passed") else "found problems"
    console.print(f"validation {state}; articles rejected by validation: {validation.get('articles_rejected', 0)}")
    for table_name, failures in validation.get("failures", {}).items():
        for failure in failures:
            console.print(
                f"  {table_name}: {escape(str(failure['check']))} on {failure['column']} ({failure['count']})"
            )


def main() -> None:
    """Run the command line."""
    app()
