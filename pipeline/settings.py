"""One frozen settings object: every threshold, path, provider name and batch size the pipeline uses.

Stages and I/O functions receive a ``Settings`` (or the few fields they need) explicitly; nothing reads the
environment or keeps module-level state. The CLI builds one from its options; tests build their own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

TRANSLATORS = ("google", "mymemory", "libre", "deepl", "offline")

#: The languages CSTO news comes in: the member states', their neighbours', and the wires' and
#: translators' languages. Identification chooses among these only, which is a fifth faster than among all
#: the model's languages (same verdicts on the seed, golden, real and synthetic corpora). ``languages`` widens it.
DEFAULT_LANGUAGES: tuple[str, ...] = (
    "en", "it", "ru", "uk", "be", "kk", "ky", "tg", "hy", "az", "uz", "ka", "tr", "fa", "zh", "ar",
    "fr", "de", "es", "pt", "pl", "ro", "lt", "lv", "et", "bg", "sr", "hr", "cs", "sk", "nl", "sv", "fi",
)


@dataclass(frozen=True)
class Settings:
    """Everything that shapes a run, with defaults that suit the embedded seed corpus."""

    corpus_dir: Path = Path("corpus")
    out_dir: Path = Path("datasets")
    #: Extra TMX files on top of the ``*.tmx`` files found in ``corpus_dir``.
    translation_memories: tuple[Path, ...] = ()
    #: deep-translator provider: google, mymemory, libre, deepl, or offline (memory and cache only).
    translator: str = "google"
    libre_url: str | None = None
    target_language: str = "en"

    # ingest
    max_file_bytes: int = 5 * 1024 * 1024
    text_suffixes: tuple[str, ...] = (".txt", ".md")
    html_suffixes: tuple[str, ...] = (".html", ".htm")
    jsonl_suffixes: tuple[str, ...] = (".jsonl",)
    sidecar_name: str = "sources.csv"
    #: Folders of the user's own ``actors.yaml``, ``places.yaml``, ``calendar.yaml`` and word files, merged in order over the
    #: reference data shipped in the package (see ``pipeline.stages.reference`` for the rules).
    reference_dirs: tuple[Path, ...] = ()
    #: Decoded text whose share of printable characters is below this is treated as binary.
    min_printable_share: float = 0.95

    # language
    #: Lines shorter than this take the article's language instead of their own guess.
    min_chars_line_language: int = 40
    #: The languages identification chooses among (ISO 639-1); empty means every language py3langid knows.
    languages: tuple[str, ...] = DEFAULT_LANGUAGES

    # translation
    #: Google rejects 5,000 characters or more; chunks stay safely below.
    max_chars_per_request: int = 4500
    request_timeout_seconds: float = 20.0
    request_retries: int = 3
    backoff_seconds: float = 1.0
    #: After this many consecutive failed requests the provider is not called again in this run.
    provider_failure_limit: int = 2

    # metadata
    max_headline_words: int = 20
    derived_title_words: int = 12

    # quotes
    #: Quotes of one speaker whose normalised texts are at least this similar (rapidfuzz ratio) share a cluster.
    quote_cluster_threshold: float = 92.0

    #: An article naming no actor of the registry (no CSTO member, body, official or outlet) is rejected
    #: as ``not_news``; turn off for a corpus beyond the registry's reach.
    require_registry_actor: bool = True

    # validation
    #: The run fails when more than this share of candidate articles is rejected by validation.
    max_invalid_share: float = 0.5
    #: Parts are built (validated together, then written) this many articles at a time, one task per group on the
    #: task runner: Pandera's cost is mostly per call, so small parts are checked together.
    part_articles: int = 2000

    # flow
    #: Files per task. A task costs 60-140 ms of Prefect's own work (its settings, an API client, its states) in a
    #: process worker, about 140 ms on Dask: 500 files keep that near 2% of a batch's work (200 spent 8% more
    #: worker CPU at 10,000 articles; docs/scale.md).
    batch_size: int = 500
    #: Write the dataset card (README.md) and its pictures into each new version.
    write_card: bool = True
    #: processes (default: the pure stages run in parallel, one process per core), threads, or dask
    #: (with no address, a local cluster of ``workers`` processes).
    task_runner: str = "processes"
    dask_address: str | None = None
    workers: int = 2
    #: The task runner's workers reach ``out_dir`` at the same path (always true on one machine): they keep their
    #: batches' rows in the run's spill folder and write the version's parts into its staging folder. False (a
    #: cluster with no shared disk): rows come back to the driver, which writes every part.
    shared_out: bool = True
    #: A second run waits this long for the dataset lock, then exits with a clear message.
    lock_timeout_seconds: float = 600.0
    show_progress: bool = True

    def with_changes(self, **changes: object) -> Settings:
        """Return a copy with the given fields replaced."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def cache_dir(self) -> Path:
        """Where the translation cache lives: beside the versions, outside any version folder."""
        return self.out_dir / "_cache"
