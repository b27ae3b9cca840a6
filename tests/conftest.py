"""Test-wide setup: an isolated Prefect home, one session-scoped Prefect test harness, shared paths.

The environment is set before Prefect is imported anywhere, as DEVELOPERS.md asks; the harness starts
only for tests that ask for ``prefect_harness`` (about 13 s, once per session).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="prefect-home-"))
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["PREFECT_LOGGING_TO_API_ENABLED"] = "false"
os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "90"

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """Run flows against a temporary Prefect server for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture(scope="session")
def seed_corpus() -> Path:
    """The five raw files the user supplied, with the project's translation memory."""
    return SEED_CORPUS


@pytest.fixture
def prefect_logs_to_the_current_stream() -> Iterator[None]:
    """Point Prefect's console log handler at this test's stderr for the test.

    The handler keeps the stream it was built with; after a CliRunner call that stream can be a closed one,
    and the next flow's log lines then fail inside the handler (RecursionError; it depended on test order).
    """
    import logging

    from prefect.logging.handlers import PrefectConsoleHandler

    handlers = [h for h in logging.getLogger().handlers + logging.getLogger("prefect").handlers
                if isinstance(h, PrefectConsoleHandler)]
    saved = [(h, h.stream, h.console.file) for h in handlers]
    for handler in handlers:
        handler.stream = sys.stderr  # type: ignore[misc]  (setStream would flush the closed one)
        handler.console.file = sys.stderr
    yield
    for handler, stream, file in saved:
        handler.stream = stream  # type: ignore[misc]
        handler.console.file = file
