"""Provider faults from a real HTTP server on loopback: a hang past the timeout, a reset connection, a consent
page, 429 with Retry-After, 500 and 503. Each ends in a retry or a pending segment, never a crash and never a
wrong translation in the cache; once the provider answers, the next run completes the segment.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline.io.cache import TranslationCache
from pipeline.io.providers import LayeredTranslator, ProviderTranslator
from pipeline.io.tmx import TranslationMemory
from pipeline.settings import Settings
from pipeline.stages.language import LanguageDetector, is_plausible_translation

ITALIAN = "Il segretario generale della CSTO ha informato le Nazioni Unite dell'operazione in Kazakistan."
ENGLISH = "The CSTO Secretary General informed the United Nations of the operation in Kazakhstan."
DETECTOR = LanguageDetector()


class Behaviour:
    """What the fake LibreTranslate does next: a queue of faults, then a fixed mode."""

    def __init__(self) -> None:
        self.queue: list[str] = []
        self.mode = "ok"
        self.calls = 0

    def next(self) -> str:
        self.calls += 1
        return self.queue.pop(0) if self.queue else self.mode


def _handler(behaviour: Behaviour) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            action = behaviour.next()
            if action == "hang":
                time.sleep(3)
                return
            if action == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                self.connection.close()
                return
            if action in ("500", "503"):
                self.send_response(int(action))
                self.end_headers()
                return
            if action == "429":
                self.send_response(429)
                self.send_header("Retry-After", "1")
                self.end_headers()
                return
            body = (
                b"<html><body>Before you continue, accept our cookies</body></html>"
                if action == "consent"
                else json.dumps({"translatedText": ENGLISH}).encode()
            )
            self.send_response(200)
            self.send_header("Content-Type", "text/html" if action == "consent" else "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture
def server() -> Iterator[tuple[str, Behaviour]]:
    behaviour = Behaviour()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(behaviour))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/", behaviour
    httpd.shutdown()


def _translator(url: str, cache: TranslationCache, retries: int = 2) -> LayeredTranslator:
    settings = Settings(libre_url=url, request_timeout_seconds=0.5, request_retries=retries, backoff_seconds=0,
                        provider_failure_limit=5)
    provider = ProviderTranslator(
        "libre", settings, accept=lambda source, answer, target: is_plausible_translation(DETECTOR, source, answer, target)
    )
    return LayeredTranslator(TranslationMemory({}), cache, provider)


@pytest.mark.parametrize("fault", ["hang", "reset", "consent", "500", "503", "429"])
def test_a_persistent_fault_leaves_the_segment_pending_and_the_cache_clean(
    server: tuple[str, Behaviour], tmp_path: Path, fault: str
) -> None:
    url, behaviour = server
    behaviour.mode = fault
    cache = TranslationCache(tmp_path / "cache.sqlite")
    started = time.monotonic()
    [result] = _translator(url, cache).translate([ITALIAN], "it", "en")
    assert result.status == "pending" and result.text is None
    assert cache.get_many("libre", "it", "en", [ITALIAN]) == {}
    assert time.monotonic() - started < 20  # a hang costs the timeout, not forever
    behaviour.mode = "ok"  # the provider recovers: the next run completes the segment
    [again] = _translator(url, cache).translate([ITALIAN], "it", "en")
    assert again.status == "provider" and again.text == ENGLISH
    assert cache.get_many("libre", "it", "en", [ITALIAN]) == {ITALIAN: ENGLISH}
    cache.close()


@pytest.mark.parametrize("fault", ["hang", "reset", "500", "503", "429"])
def test_a_passing_fault_is_retried(server: tuple[str, Behaviour], tmp_path: Path, fault: str) -> None:
    url, behaviour = server
    behaviour.queue = [fault]
    cache = TranslationCache(tmp_path / "cache.sqlite")
    [result] = _translator(url, cache).translate([ITALIAN], "it", "en")
    assert (result.status, result.text) == ("provider", ENGLISH)
    assert behaviour.calls == 2
    cache.close()
