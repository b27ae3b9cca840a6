"""Ingest: encodings, binary and empty files, size limits, HTML main text and JSONL records."""

from __future__ import annotations

import json
import random

import pytest

from pipeline.settings import Settings
from pipeline.stages.clean import clean_document
from pipeline.stages.ingest import ingest_file
from pipeline.stages.records import RawDocument, RawFile, Reject

ARTICLE = (
    "CSTO summit opens in Yerevan\n"
    "Leaders of the Collective Security Treaty Organization met in Yerevan on Wednesday.\n"
    '"We will discuss the situation on the border," the secretary general said.\n'
)
CYRILLIC = "Саммит ОДКБ открылся в Ереване\nЛидеры стран Организации Договора о коллективной безопасности встретились в среду.\n"


def one(raw: RawFile, settings: Settings | None = None) -> RawDocument | Reject:
    [outcome] = ingest_file(raw, settings or Settings())
    return outcome


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1251"])
def test_reencoded_copies_give_the_same_cleaned_text(encoding: str) -> None:
    document = one(RawFile(f"a.{encoding}.txt", ARTICLE.encode(encoding)))
    assert isinstance(document, RawDocument)
    assert clean_document(document).lines == tuple(ARTICLE.strip().split("\n"))


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-8-sig", "koi8-r"])
def test_cyrillic_is_decoded_by_detection(encoding: str) -> None:
    document = one(RawFile("ru.txt", CYRILLIC.encode(encoding)))
    assert isinstance(document, RawDocument)
    assert document.text.strip() == CYRILLIC.strip()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
        (b"text with a NUL\x00 inside", "binary"),
        (random.Random(7).randbytes(4096), "binary"),
    ],
    ids=["empty", "whitespace", "png", "nul", "random"],
)
def test_unusable_bytes_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    outcome = one(RawFile("bad.txt", data))
    assert isinstance(outcome, Reject)
    assert outcome.reason == reason
    assert outcome.source_file == "bad.txt" and outcome.detail


def test_size_limit_is_configurable() -> None:
    outcome = one(RawFile("big.txt", b"word " * 100), Settings(max_file_bytes=100))
    assert isinstance(outcome, Reject) and outcome.reason == "too_large"


def test_unknown_suffix_is_rejected() -> None:
    outcome = one(RawFile("notes.docx", b"PK\x03\x04"))
    assert isinstance(outcome, Reject) and outcome.reason == "unsupported_type"


def test_html_keeps_main_text_and_drops_scripts() -> None:
    body = " ".join(["The CSTO summit in Yerevan discussed border security and joint exercises."] * 6)
    html = (
        "<html><head><title>CSTO summit</title><style>p{color:red}</style>"
        "<script>var secret = 'tracking';</script></head>"
        f"<body><nav>Home | World</nav><article><h1>CSTO summit</h1><p>{body}</p></article></body></html>"
    )
    document = one(RawFile("page.html", html.encode()))
    assert isinstance(document, RawDocument)
    assert "border security" in document.text
    assert "tracking" not in document.text and "color:red" not in document.text


def test_jsonl_gives_one_document_per_good_line_and_a_reject_per_bad_one() -> None:
    lines = [
        json.dumps({"text": "First article about the CSTO.", "url": "https://example.org/1", "outlet": "Example"}),
        "{not json",
        json.dumps({"title": "no text field"}),
        json.dumps({"text": "Second article about the CSTO."}),
    ]
    outcomes = ingest_file(RawFile("feed.jsonl", "\n".join(lines).encode()), Settings())
    reasons = [o.reason if isinstance(o, Reject) else "article" for o in outcomes]
    assert reasons == ["article", "malformed_json_line", "missing_text_field", "article"]
    first = outcomes[0]
    assert isinstance(first, RawDocument) and first.record == 1 and first.meta and first.meta.outlet == "Example"
    assert [o.record for o in outcomes] == [1, 2, 3, 4]
    assert len({o.raw_sha256 for o in outcomes}) == 4


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("La missione è stata completata. Il ritiro inizierà tra due giorni, ha detto il presidente.\n", "cp1252"),
        ("Il Presidente ha affermato che la fase acuta dell’operazione è superata. Perché?\n", "cp1252"),
        ("Президент Беларуси Александр Лукашенко заявил, что операция ОДКБ была спланирована за час.\n", "cp1251"),
        ("Prezydent Łukaszenka powiedział, że operacja została zaplanowana w ciągu godziny.\n", "cp1250"),
    ],
)
def test_short_single_byte_texts_decode_to_their_own_letters(text: str, encoding: str) -> None:
    [document] = ingest_file(RawFile("short.txt", text.encode(encoding)), Settings())
    assert isinstance(document, RawDocument) and document.text == text
