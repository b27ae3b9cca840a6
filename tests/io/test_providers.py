"""Translation through the real deep-translator client, with canned HTTP at the network boundary."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses

from pipeline.io.cache import TranslationCache
from pipeline.io.providers import LayeredTranslator, ProviderTranslator
from pipeline.io.tmx import TranslationMemory
from pipeline.settings import Settings
from pipeline.stages.language import LanguageDetector, is_plausible_translation

GOOGLE = re.compile(r"https://translate\.google\.com/m.*")
ITALIAN = "Il segretario generale della CSTO ha informato le Nazioni Unite dell'operazione in Kazakistan."
ENGLISH = "The CSTO Secretary General informed the United Nations of the operation in Kazakhstan."
SETTINGS = Settings(backoff_seconds=0, request_retries=3, provider_failure_limit=2)
DETECTOR = LanguageDetector()


def page(text: str) -> str:
    return f'<html><body><div class="result-container">{text}</div></body></html>'


def accept(source: str, translation: str, target: str) -> bool:
    return is_plausible_translation(DETECTOR, source, translation, target)


@pytest.fixture
def http() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[TranslationCache]:
    db = TranslationCache(tmp_path / "cache.sqlite")
    yield db
    db.close()


def layered(cache: TranslationCache, memory: TranslationMemory | None = None) -> LayeredTranslator:
    provider = ProviderTranslator("google", SETTINGS, accept=accept)
    return LayeredTranslator(memory or TranslationMemory({}), cache, provider)


def queries(http: responses.RequestsMock) -> list[str]:
    return [parse_qs(urlparse(call.request.url or "").query)["q"][0] for call in http.calls]


def test_provider_answer_is_used_and_cached_so_a_rerun_sends_nothing(http, cache) -> None:
    http.add(responses.GET, GOOGLE, body=page(ENGLISH))
    [first] = layered(cache).translate([ITALIAN], "it", "en")
    assert (first.text, first.status, first.provider) == (ENGLISH, "provider", "google")
    assert len(http.calls) == 1
    [again] = layered(cache).translate([ITALIAN], "it", "en")
    assert (again.text, again.status) == (ENGLISH, "cache")
    assert len(http.calls) == 1


def test_memory_wins_and_sends_nothing(http, cache) -> None:
    memory = TranslationMemory({("it", "en", ITALIAN): ("From the memory.", "seed.tmx")})
    [result] = layered(cache, memory).translate([ITALIAN], "it", "en")
    assert (result.text, result.status, result.provider) == ("From the memory.", "memory", "seed.tmx")
    assert len(http.calls) == 0


def test_long_text_is_chunked_under_the_provider_limit(http, cache) -> None:
    sentence = "Il Consiglio di sicurezza collettivo della CSTO si è riunito in videoconferenza. "
    text = sentence * 120  # about 9,700 characters
    http.add(responses.GET, GOOGLE, body=page("The CSTO Collective Security Council met by videoconference."))
    [result] = layered(cache).translate([text], "it", "en")
    sent = queries(http)
    assert len(sent) >= 3
    assert all(len(chunk) < 5000 for chunk in sent)
    assert "".join(sent).replace(" ", "") == text.replace(" ", "")
    assert result.status == "provider" and result.text is not None


@pytest.mark.parametrize("status", [500, 503, 429])
def test_transient_statuses_are_retried(http, cache, status: int) -> None:
    http.add(responses.GET, GOOGLE, status=status, headers={"Retry-After": "0"})
    http.add(responses.GET, GOOGLE, body=page(ENGLISH))
    [result] = layered(cache).translate([ITALIAN], "it", "en")
    assert (result.text, result.status) == (ENGLISH, "provider")
    assert len(http.calls) == 2


def test_persistent_429_leaves_the_segment_pending(http, cache) -> None:
    http.add(responses.GET, GOOGLE, status=429, headers={"Retry-After": "0"})
    [result] = layered(cache).translate([ITALIAN], "it", "en")
    assert (result.text, result.status) == (None, "pending")
    assert cache.get_many("google", "it", "en", [ITALIAN]) == {}


def test_offline_is_pending_then_completed_by_the_next_run(http, cache) -> None:
    http.add(responses.GET, GOOGLE, body=requests.exceptions.ConnectionError("no route to host"))
    [offline] = layered(cache).translate([ITALIAN], "it", "en")
    assert (offline.text, offline.status) == (None, "pending")
    http.replace(responses.GET, GOOGLE, body=page(ENGLISH))
    [online] = layered(cache).translate([ITALIAN], "it", "en")
    assert (online.text, online.status) == (ENGLISH, "provider")


def test_circuit_breaker_stops_calling_a_dead_provider(http, cache) -> None:
    http.add(responses.GET, GOOGLE, body=requests.exceptions.ConnectionError("down"))
    texts = [f"{ITALIAN} Paragrafo numero {n}." for n in range(10)]
    results = layered(cache).translate(texts, "it", "en")
    assert all(r.status == "pending" for r in results)
    assert len(http.calls) == SETTINGS.provider_failure_limit


@pytest.mark.parametrize(
    "body",
    [
        "<html><body><form action='https://consent.google.com'>Before you continue</form></body></html>",
        page(ITALIAN),  # the source echoed back
        page("Il Consiglio di sicurezza collettivo ha deciso di inviare forze di pace in Kazakistan."),
    ],
    ids=["consent-page", "echo", "not-english"],
)
def test_bad_answers_are_pending_and_never_cached(http, cache, body: str) -> None:
    http.add(responses.GET, GOOGLE, body=body)
    [result] = layered(cache).translate([ITALIAN], "it", "en")
    assert result.status == "pending"
    assert cache.get_many("google", "it", "en", [ITALIAN]) == {}


def test_requests_carry_a_timeout(http, cache) -> None:
    seen: list[object] = []

    def callback(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        return 200, {}, page(ENGLISH)

    http.add_callback(responses.GET, GOOGLE, callback=callback)
    original = requests.Session.request

    def spy(self: requests.Session, method: str, url: str, **kwargs: object) -> requests.Response:
        seen.append(kwargs.get("timeout"))
        return original(self, method, url, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(requests.Session, "request", spy)
        layered(cache).translate([ITALIAN], "it", "en")
    assert seen == [SETTINGS.request_timeout_seconds]
