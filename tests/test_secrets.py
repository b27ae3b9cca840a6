"""An API key never reaches a manifest, a log line, an exception message, a table or Prefect's run parameters."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
import responses

from pipeline.flows import build_dataset
from pipeline.settings import Settings

KEY = "deepl-secret-0123456789abcdef:fx"


def test_the_deepl_key_appears_in_no_artefact(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("DEEPL_API_KEY", KEY)
    corpus, out = tmp_path / "corpus", tmp_path / "datasets"
    corpus.mkdir()
    (corpus / "it.txt").write_text(
        "Il Consiglio di sicurezza collettivo della CSTO si è riunito ieri in videoconferenza.\n"
        "I leader hanno discusso la situazione al confine tra Tagikistan e Afghanistan.\n",
        encoding="utf-8",
    )
    caplog.set_level(logging.DEBUG)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as http:
        http.add(responses.GET, re.compile(r"https://api(-free)?\.deepl\.com/.*"), status=500)
        http.add(responses.POST, re.compile(r"https://api(-free)?\.deepl\.com/.*"), status=500)
        summary = build_dataset(
            Settings(corpus_dir=corpus, out_dir=out, translator="deepl", show_progress=False, backoff_seconds=0)
        )
        called = [call.request.url or "" for call in http.calls]
    assert called, "the provider was never called, so the test proves nothing"
    assert summary.segments.get("pending") == 2
    texts = [record.getMessage() for record in caplog.records] + [str(summary)]
    for path in out.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path
    assert not [t for t in texts if KEY in t]

    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs()
    assert runs and all(KEY not in repr(run.parameters) for run in runs)
