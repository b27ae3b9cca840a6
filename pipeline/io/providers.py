"""Translation providers behind the ``Translator`` interface: deep-translator, memory, cache and offline.

deep-translator 1.11.4 calls ``requests.get``/``post`` with no timeout and no retries. Each provider module
is given a stand-in for ``requests`` that sends through one ``requests.Session`` whose adapter carries a
timeout and urllib3 ``Retry`` (429 honouring ``Retry-After``, 5xx, connection and read errors, with
backoff). What still fails becomes a ``pending`` segment, never a crash; after a few consecutive failures
the provider is not called again in that run. API keys are read here from the environment and never
logged or put into an error message.
"""

from __future__ import annotations

import contextvars
import importlib
import logging
import os
import re
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from pipeline.io.cache import TranslationCache
from pipeline.io.tmx import TranslationMemory
from pipeline.settings import Settings
from pipeline.stages.translate import Translation, Translator, split_for_limit

log = logging.getLogger(__name__)

_PROVIDER_MODULES = {
    "google": ("deep_translator.google", "GoogleTranslator"),
    "mymemory": ("deep_translator.mymemory", "MyMemoryTranslator"),
    "libre": ("deep_translator.libre", "LibreTranslator"),
    "deepl": ("deep_translator.deepl", "DeeplTranslator"),
}
_SESSION: contextvars.ContextVar[tuple[requests.Session, float] | None] = contextvars.ContextVar(
    "translation_session", default=None
)
RETRY_STATUSES = (429, 500, 502, 503, 504)
_QUERY = re.compile(r"\?[^\s'\"]*")


class _RedactQueries(logging.Filter):
    """Strips query strings from urllib3's retry warnings: they can carry API keys and article text."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _QUERY.sub("?<redacted>", str(record.getMessage()))
        record.args = ()
        return True


def _redact_urllib3_logs() -> None:
    pool_log = logging.getLogger("urllib3.connectionpool")
    if not any(isinstance(f, _RedactQueries) for f in pool_log.filters):
        pool_log.addFilter(_RedactQueries())


class CappedRetry(Retry):
    """urllib3 ``Retry`` that never sleeps longer than ``max_retry_after`` for a ``Retry-After`` header."""

    max_retry_after: float = 30.0

    def get_retry_after(self, response: Any) -> float | None:
        """Return the server's ``Retry-After`` in seconds, capped."""
        value = super().get_retry_after(response)
        return None if value is None else min(value, self.max_retry_after)


class _RequestsWithSession:
    """Stands in for the ``requests`` module inside a deep-translator provider module."""

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        current = _SESSION.get()
        if current is None:
            kwargs.setdefault("timeout", 20.0)
            return requests.request(method, url, **kwargs)
        session, timeout = current
        kwargs.setdefault("timeout", timeout)
        return session.request(method, url, **kwargs)

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self._send("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self._send("POST", url, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(requests, name)


def _route_requests(module: ModuleType) -> None:
    if not isinstance(getattr(module, "requests", None), _RequestsWithSession):
        module.requests = _RequestsWithSession()  # type: ignore[attr-defined]


def make_session(settings: Settings, sleep_cap: float = 30.0) -> requests.Session:
    """Return a session whose adapter retries 429/5xx and connection errors with backoff."""
    retry = CappedRetry(
        total=settings.request_retries,
        connect=min(1, settings.request_retries),  # an unresolvable host rarely heals within seconds
        read=settings.request_retries,
        status=settings.request_retries,
        backoff_factor=settings.backoff_seconds,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=None,
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    retry.max_retry_after = sleep_cap
    _redact_urllib3_logs()
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


class ProviderTranslator:
    """A deep-translator provider with chunking, a timeout, retries and a circuit breaker."""

    def __init__(
        self,
        name: str,
        settings: Settings,
        accept: Callable[[str, str, str], bool] | None = None,
        session: requests.Session | None = None,
    ) -> None:
        if name not in _PROVIDER_MODULES:
            raise ValueError(f"unknown translator {name!r}; choose one of {sorted(_PROVIDER_MODULES)} or 'offline'")
        module_name, class_name = _PROVIDER_MODULES[name]
        module = importlib.import_module(module_name)
        _route_requests(module)
        self.name = name
        self._class = getattr(module, class_name)
        self._settings = settings
        self._accept = accept or (lambda source_text, translation, target: True)
        self._session = session or make_session(settings)
        self._consecutive_failures = 0
        self.requests_sent = 0
        self.failures: list[str] = []

    def _client(self, source: str, target: str) -> Any:
        kwargs: dict[str, Any] = {"source": source, "target": target}
        if self.name == "libre":
            kwargs["custom_url"] = self._settings.libre_url
            kwargs["use_free_api"] = self._settings.libre_url is None
            # deep-translator 1.11.4 refuses to build a LibreTranslator without a key, even for a self-hosted
            # server that needs none; such a server ignores the placeholder.
            kwargs["api_key"] = os.environ.get("LIBRE_API_KEY") or "not-needed"
        if self.name == "deepl":
            kwargs["api_key"] = os.environ.get("DEEPL_API_KEY")
        return self._class(**kwargs)

    @property
    def available(self) -> bool:
        """False once the provider has failed too often in a row in this run."""
        return self._consecutive_failures < self._settings.provider_failure_limit

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Translation]:
        """Translate each text, chunk by chunk; a text any chunk of which fails stays pending."""
        results: list[Translation] = []
        client = None
        token = _SESSION.set((self._session, self._settings.request_timeout_seconds))
        try:
            for text in texts:
                if not self.available:
                    results.append(Translation.pending(self.name))
                    continue
                if client is None:
                    try:
                        client = self._client(source, target)
                    except Exception as error:  # unsupported pair, missing key: nothing to retry
                        self._record_failure(error)
                        self._consecutive_failures = self._settings.provider_failure_limit
                        results.append(Translation.pending(self.name))
                        continue
                results.append(self._translate_one(client, text, source, target))
        finally:
            _SESSION.reset(token)
        return results

    def _translate_one(self, client: Any, text: str, source: str, target: str) -> Translation:
        pieces = []
        for chunk in split_for_limit(text, self._settings.max_chars_per_request):
            self.requests_sent += 1
            try:
                translated = client.translate(chunk)
            except Exception as error:  # deep-translator and requests raise many unrelated types
                self._record_failure(error)
                return Translation.pending(self.name)
            if not isinstance(translated, str) or not self._accept(chunk, translated, target):
                self._record_failure(ValueError("the provider's answer was rejected as not a translation"))
                return Translation.pending(self.name)
            pieces.append(translated.strip())
        self._consecutive_failures = 0
        return Translation(" ".join(pieces), "provider", self.name)

    def _record_failure(self, error: BaseException) -> None:
        self._consecutive_failures += 1
        # the type only: provider exceptions can carry URLs with keys in their text
        self.failures.append(type(error).__name__)
        log.warning("translation via %s failed (%s)", self.name, type(error).__name__)


class OfflineTranslator:
    """Translates nothing: every text stays pending. For runs that must not touch the network."""

    name = "offline"

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Translation]:
        """Return a pending translation for each text."""
        return [Translation.pending(None) for _ in texts]


class LayeredTranslator:
    """Memory first, then the cache, then the provider; provider answers are written to the cache."""

    def __init__(self, memory: TranslationMemory, cache: TranslationCache | None, provider: Translator) -> None:
        self.memory = memory
        self.cache = cache
        self.provider = provider
        self.name = provider.name
        self.counts: dict[str, int] = {"memory": 0, "cache": 0, "provider": 0, "pending": 0}

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Translation]:
        """Return one translation per text, from the first layer that has it."""
        answers: dict[str, Translation] = {}
        for text in texts:
            hit = self.memory.lookup(text, source, target)
            if hit is not None:
                answers[text] = Translation(hit[0], "memory", hit[1])
        missing = [text for text in dict.fromkeys(texts) if text not in answers]
        if missing and self.cache is not None:
            for text, translation in self.cache.get_many(self.provider.name, source, target, missing).items():
                answers[text] = Translation(translation, "cache", self.provider.name)
            missing = [text for text in missing if text not in answers]
        if missing:
            fresh = self.provider.translate(missing, source, target)
            answers.update(zip(missing, fresh, strict=True))
            done = [(text, answer.text) for text, answer in zip(missing, fresh, strict=True) if answer.text is not None]
            if done and self.cache is not None:
                self.cache.put_many(self.provider.name, source, target, done)
        results = [answers[text] for text in texts]
        for result in results:
            self.counts[result.status] += 1
        return results
