"""Article quotes: run the paragraph extractor over a whole article, in both languages, and cluster repeats.

An English article is read once. A translated article is read in its original language and in English,
paragraph by paragraph (segments align one to one); the quotes of a paragraph pair up in order, so each row
carries the original words and the English words with a span into each text. A pending article still yields
its quotes from the original, with the English left null. The headline is read for a quotation the body never
repeats ("«…»: X announces …" over a body that reports it in other words); what it repeats is the body's.

``cluster_quotes`` gives the same quotation in several articles one ``cluster_id``: exact after
normalisation (accents, case, punctuation), then near-exact (rapidfuzz) among quotes of the same speaker.
"""

from __future__ import annotations

import array
import bisect
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np
from rapidfuzz import fuzz, process

from pipeline.stages.actors import Discourse, Mention, MentionFinder, Registry, display_name, fold, transliterate
from pipeline.stages.clusters import Groups
from pipeline.stages.dates import DATE_LINE, DATELINE, DATELINE_HEAD, STAMP
from pipeline.stages.quotes.cues import QuoteWords, find_cues
from pipeline.stages.quotes.paragraph import (
    NAME_COLON,
    REPORTER_NOUNS,
    SUBJECTLESS_LEAD,
    TOPIC_COMMA,
    FoundQuote,
    extract_paragraph,
    teller_of,
)
from pipeline.stages.quotes.spans import quoted_spans
from pipeline.stages.records import Article


@dataclass(frozen=True)
class QuoteRecord:
    """One row of the ``quotes`` table, before clustering."""

    quote_id: str
    article_id: str
    segment_no: int
    kind: str
    language: str
    text_original: str | None
    text_en: str | None
    orig_char_start: int | None
    orig_char_end: int | None
    char_start: int | None
    char_end: int | None
    speaker: str | None
    speaker_id: str | None
    speaker_raw: str | None
    speaker_type: str
    speaker_wikidata: str | None
    via: str | None
    via_id: str | None
    cue: str | None
    confidence: float
    extracted_from: str  # en | original | both



#: A text told of before, named as a source: "the statement", "the communiqué", "il comunicato", "la nota".
_THE_TEXT = re.compile(r"(?:the|this|that|il|la|lo|l['’]|questo|questa|quel|quella)\s*(?:statement|communiqu[eé]|(?:press\s+)?release|document|"
                       r"comunicato|nota|dichiarazione|documento"
                       # (and the source named again as such: "according to the same source", "secondo la stessa fonte")
                       r"|(?:same|stessa|stesso|medesima|medesimo)\s+(?:source|report|fonte|rapporto))", re.IGNORECASE)

def article_day(article: Article) -> dt.date | None:
    """The article's date for role look-ups; month or year precision still narrows who held a post."""
    if article.published.date is None:
        return None
    return dt.date.fromisoformat(article.published.date)


def _text_key(text: str) -> str:
    """A text's words without the determiner before them: "The draft note" and "a draft note" are "draft note"."""
    return re.sub(r"^(?:the|this|that|an?|its|their|il|la|l['’]|una?)\s+", "", fold(text.strip()))


def _headline_line(article: Article) -> bool:
    meta = article.clean.document.meta
    return not article.title_derived and not (meta is not None and meta.title)


#: An unnamed source that is one person: "a source", "an official", "the expert".
_ONE_SOURCE = re.compile(r"^(?:an?|one|another|the|un['’]?|una)\s", re.IGNORECASE)


def _goes_on(speaker: Mention, told: Mention, line: str, before: str | None, quoted_before: list[FoundQuote] | None, finder: MentionFinder) -> bool:
    """Whether a personal pronoun that opens ``line`` is the unnamed source quoted last in the paragraph before it
    (no person named after that quotation)."""
    if (speaker.kind != "pronoun" or speaker.actor_type != "person" or line[: speaker.start].strip() or told.kind != "anonymous"
            or told.actor_type != "anonymous" or not _ONE_SOURCE.match(told.text) or not before or not quoted_before):
        return False
    last = quoted_before[-1]
    if last.speaker is not told:
        return False
    rest = before[max(last.end, told.end) :]
    return not any(m.actor_type == "person" for m in finder.find(rest))


def read_paragraphs(
    words: QuoteWords, lines: Sequence[str | None], skip_first: bool, finder: MentionFinder, discourse: Discourse
) -> dict[int, list[FoundQuote]]:
    """The quotes of an article's paragraphs by number (``None`` lines are skipped, and the first when
    ``skip_first``); a quotation one paragraph leaves open takes the attribution of the paragraph that closes it."""
    found: dict[int, list[FoundQuote]] = {}
    # (an official transcript prints its speaker's name in capitals before the colon: "Security Council Secretary
    # NIKOLAI PATRUSHEV: …" reads as "… Nikolai Patrushev: …", the same length, so every offset holds)
    lines = [_titled_label(line) if line is not None else None for line in lines]
    last: Mention | None = None
    told: Mention | None = None  # the speaker (or relaying outlet) of the last quote so far
    open_quote: FoundQuote | None = None  # the quotation the paragraph before left open at its end
    running: list[FoundQuote] = []  # its parts, paragraph by paragraph, the open one last
    remarks_of: Mention | None = None  # a person whose announced remarks ("X will now explain:") run on unquoted
    whole_remarks = False  # they run on to the next speaker's line, first person or not (a full transcript)
    remarks_kind = "indirect"  # what they are: reported speech, or a speech whose opening mark the page printed ("direct")
    # "X's remarks following the meeting" over the text: a transcript (its title is read as such even where the
    # article's headline was not told apart from its body)
    headline = " ".join((lines[0] or "").split()) if lines else ""
    remarks_of = _remarks_title(words, headline, finder, discourse) if headline else None
    titled = remarks_of is not None
    # (a title that opens on the remarks, "Speech by X at …", "From the speech of X at …", heads nothing but them: they
    # run on to the next speaker's line, whether a paragraph speaks in the first person or not)
    whole_remarks = titled and bool(words.remarks_heading.match(headline))
    briefer: Mention | None = None  # a person the story says gave the press details, for quotations it leaves unattributed
    issuer: Mention | None = None  # who spoke in the story's last quotation: the issuer of "the statement" told of next
    issued_by: dict[str, Mention] = {}  # a text the story named with its issuer ("a draft note issued by Russia")
    announced: Mention | None = None  # who a paragraph of their name and a cue alone ("X explained,") announced
    titled_line: Mention | None = None  # who a speaker line ("Name, title:") before this paragraph names
    interviewee: Mention | None = None  # whom an interview's questions address
    answering = False  # past an interview's first question: its paragraphs in the first person are the answers
    for number, line in enumerate(lines):
        if titled and line is not None and " ".join(line.split()) == headline:
            continue  # the transcript's title (and the title printed again above its first paragraph)
        # (a page that opens on an interview's question, or on a transcript's speaker label and his first paragraph, has
        # no headline line to skip)
        if line is None or (number == 0 and skip_first and not _QUESTION.match(line)
                             and not (len(line.split()) >= _LABELLED_FIRST_WORDS and _NAMED_SPEAKER.match(line))):
            if line is not None:
                # (the headline quotes nothing here, but the registered person it names is whom a standfirst's "He
                # stressed that …" goes on with)
                for mention in finder.find(line):
                    if mention.actor_type == "person" and mention.kind == "name" and mention.actor_id:
                        discourse.note(mention)
                discourse.next_sentence()
            open_quote = None
            continue
        introduced = number > 0 and (lines[number - 1] or "").rstrip().endswith(":")
        before = lines[number - 1] if number > 0 and not (number == 1 and skip_first) else None
        # the paragraph before, quote-free (a name in marks, "l'esercitazione “Alfa 2031”", quotes no one)
        quiet = (number - 1, before) if before and all(q.kind == "scare" for q in found.get(number - 1, ())) else None
        quotes, last = extract_paragraph(words, number, line, finder, discourse, last, open_quote is not None, introduced, quiet, told)
        if words.source_label.match(line):
            quotes = []  # its names are noted; its "as reported by" credits a source, it quotes no one
        if introduced and quotes and words.law_reads.search(" ".join((lines[number - 1] or "").split())):
            # ("… the Treaty, whose fourth article read: ¶ “If one of the parties …”"): a law's wording, no one's words
            # (whoever spoke before: a quotation the line attributes to no one by a cue of its own is the law's)
            quotes = [q for q in quotes if q.cue is not None]
        if number > 0 and _TITLE_CASE_LINE.fullmatch(line) and not quoted_spans(line):
            quotes = []  # ("CSTO Says Ready for Operations in X" in a list of related stories: another story's title)
        # a body named by its last words speaks as the one named before in full ("the joint headquarters stated")
        quotes = [replace(q, speaker=discourse.named_body(q.speaker)) if q.speaker is not None and q.speaker.kind == "anonymous"
                  and q.speaker.actor_type == "organisation" and q.speaker.actor_id is None else q for q in quotes]
        # "… said in a statement. ¶ According to the statement, …": the text told of speaks as its issuer, the speaker
        # of the story's last quotation
        # (or of this paragraph's quotation before it: "Il ministero ha condannato le «…». «…», prosegue il comunicato.")
        quotes = _texts_as_issuers(quotes, issuer)
        # "… a draft note issued by Russia … ¶ The draft note recalls that …": the text named with its issuer speaks for
        # the issuer
        quotes = [replace(q, speaker=issued_by[_text_key(q.speaker.text)]) if q.speaker is not None and q.speaker.kind == "anonymous"
                  and _text_key(q.speaker.text) in issued_by else q for q in quotes]
        # "A source in the government says … ¶ He added that …": a pronoun that opens the paragraph after an
        # unnamed source's words, with no one named since, is that source
        quotes = [replace(q, speaker=told) if told is not None and q.speaker is not None and _goes_on(q.speaker, told, line, lines[number - 1], found.get(number - 1), finder)
                  else q for q in quotes]
        # "…, it said" after a list of countries: the organisation that spoke last, not the last country named
        quotes = [replace(q, speaker=discourse.speaking_it(q.speaker)) if q.speaker is not None else q for q in quotes]
        for quote in quotes:
            if quote.speaker is not None and quote.kind != "scare":
                discourse.note_speaker(quote.speaker)
        issuer = next((q.speaker for q in reversed(quotes) if q.speaker is not None and q.kind != "scare"), issuer)
        for named in words.issued_by.finditer(line):
            by = next((m for m in finder.find(line) if m.start == named.end() and m.actor_id is not None), None)
            if by is not None:
                issued_by[_text_key(named.group("text"))] = by
        # whoever was reported last (the outlet, when one relayed it): a cue with no subject may go on with them
        told = next((teller_of(q) for q in reversed(quotes) if q.speaker is not None and q.kind != "scare"), told)
        if quotes and quotes[0].line_no != number:
            attributed = quotes.pop(0)  # the paragraph before, attributed by this one's first sentence
            found[attributed.line_no] = [attributed]
        if open_quote is not None and not quotes and _runs_on(line, lines[number + 1 :]):
            # a paragraph with no marks between one that opens a quotation and one that closes it: the quotation runs
            # on through it (its speaker is the one the closing paragraph names)
            body = line.rstrip()
            quotes = [replace(open_quote, line_no=number, start=len(body) - len(body.lstrip()), end=len(body), text=body.strip())]
        if open_quote is not None and quotes and quotes[0].start == 0 and quotes[0].kind == "direct":
            # the quotation ends here, and so does its attribution: the earlier parts have the same speaker
            end = quotes[0]
            # (and over a speaker only guessed for it: the one the article quoted before)
            if end.speaker is not None and end.confidence > 0.5:
                for part in reversed(running):
                    if part.speaker is not None and part.confidence > 0.5:
                        break
                    earlier = found[part.line_no]
                    earlier[earlier.index(part)] = replace(part, speaker=end.speaker, via=end.via, cue=end.cue, confidence=end.confidence)
        open_quote = quotes[-1] if quotes and quotes[-1].kind == "direct" and quotes[-1].end >= len(line.rstrip()) - 1 and (
            not _CLOSERS_AT_END.search(line)) else None
        running = [*running, open_quote] if open_quote is not None and number - 1 in found and running and running[-1].line_no == number - 1 else (
            [open_quote] if open_quote is not None else [])
        transcribed = False
        if not quotes and introduced and before is not None:
            quotes = _transcribed(number, line, before, finder, discourse)
            transcribed = bool(quotes)
        if remarks_of is not None and quotes and not quoted_spans(line) and all(
                q.speaker is not None and q.speaker.kind == "pronoun" and q.speaker.text.lower() in _SELF_PRONOUNS for q in quotes):
            quotes = []  # ("… We all shared the view that …" in the remarks): the speaker's own first person, not a new voice
        speech_runs = False
        spans = quoted_spans(line) if remarks_of is not None and all(q.kind == "direct" and q.speaker is None for q in quotes) else []
        if spans and spans[-1].close_at is None:
            # ("Opening address by X at …" over “Thank you for coming to Dushanbe, …, or over "Dear Colleagues! ¶ …, the page
            # printing on with no closing mark): the quotation is the announced speaker's, and goes on over the paragraphs after it
            quotes = [replace(q, speaker=remarks_of, confidence=0.5) for q in quotes]
            speech_runs = True
        elif remarks_of is not None and not quotes and _OPENS_ADDRESS.fullmatch(line):
            speech_runs = True  # (a straight mark and a salutation, "\"Dear Colleagues!", which no closing mark follows)
        if speech_runs:
            whole_remarks, remarks_kind = True, "direct"
        elif (quotes or quoted_spans(line)) and not (remarks_of is not None and whole_remarks and all(q.kind == "scare" for q in quotes)):
            # words quoted or attributed anew: the remarks are over (but a transcript's speaker goes on in the
            # paragraphs after his line while they speak as he does)
            remarks_of = quotes[-1].speaker if transcribed else None
            whole_remarks, remarks_kind = False, "indirect"
        elif remarks_of is not None:
            following = lines[number + 1] if number + 1 < len(lines) else None
            spoken, remarks_of = _remarks(number, line, remarks_of, following, whole_remarks, remarks_kind)
            # (a phrase the speaker sets off in quotation marks, "the situation “on the ground”", keeps his remarks
            # going: its scare quote stays beside them)
            quotes = [*quotes, *spoken]
        opened = _OPENS_ADDRESS.fullmatch(line) if before is not None and before.rstrip().endswith(":") else None
        speech_of = _first_person(before, finder, discourse) if opened is not None and before is not None else None
        if speech_of is not None:
            # "X informed the participants about …: ¶ “Dear Mr. Chairman, ¶ … ¶ …": a speech the page opens with a mark
            # and a salutation and prints on over paragraphs with no marks: his words, paragraph by paragraph, up to
            # the next mark or speaker's line (the salutation is none of them)
            quotes, remarks_of, whole_remarks, remarks_kind = [], speech_of, True, "direct"
        if line.rstrip().endswith(":") and _ANNOUNCES.search(line) and (
                _named_in_last_sentence(line, last) or _subjectless_announcement(words, line, last, finder)):
            # "Lavrov will now explain:", "Il ministro ha dichiarato:": what follows is his (and "X resigns. In a
            # statement he said:", "X si dimette. In una nota ha dichiarato:": the person the sentence before named)
            remarks_of = last
        elif not quotes and line.rstrip().endswith(":") and _FOLLOWING_TEXT.match(line) and (
                printed := _remarks_title(words, " ".join(line.split())[:-1], finder, discourse)) is not None:
            # "Following are X's opening remarks to the Council …, in New York today:": the text printed below is his,
            # every paragraph of it up to the next speaker's line
            remarks_of, whole_remarks, remarks_kind = printed, True, "indirect"
        elif not quotes and (_HEADING.fullmatch(line) or _LONG_HEADING.fullmatch(line)) and (
                titled_remarks := _remarks_title(words, " ".join(line.split()), finder, discourse)) is not None:
            # a heading inside the story ("Press statement by President X on the results of …") over his words
            remarks_of, whole_remarks = titled_remarks, False
        if titled_line is not None and quotes and all(q.kind == "direct" and q.speaker is None for q in quotes):
            # "Il colonnello generale X, comandante della missione: ¶ «…»": the speaker line names who says it
            quotes = [replace(q, speaker=titled_line) for q in quotes]
        titled_line = _speaker_of_line(line, finder, discourse) if line.rstrip().endswith(":") and not quotes else None
        if announced is not None and not quotes and not quoted_spans(line) and len(line.split()) >= _SPEECH_WORDS:
            # the paragraph a bare "X explained," announced: his words, reported without marks (this paragraph only)
            text = line.strip()
            quotes = [FoundQuote(number, "indirect", line.index(text), line.index(text) + len(text), text, announced, None, ",", 0.5)]
        announced = _announcer(line, finder, discourse) if not quotes else None
        labelled = len(quotes) == 1 and quotes[0].cue is None and line[: quotes[0].start].rstrip().endswith(":")
        if not quotes and before is not None and remarks_of is None and _SALUTATION.fullmatch(line):
            # a page that prints a speech under its speaker's caption ("Chairman of the X Name Surname" ¶ "Dear
            # colleagues," ¶ …): the paragraphs after the salutation are the captioned person's while they speak as he does
            remarks_of = _captioned(before, finder, discourse)
            caption = (lines[number - 2] if number >= 2 and DATE_LINE.fullmatch(before) else before) or ""
            reported = _report_caption(caption, finder, discourse) if remarks_of is None else None
            if reported is not None:
                # (a report printed under its caption and its day: "<Title> Name Surname at the Seventh Conference on …" ¶
                # "Moscow, 18 Dec., 2031" ¶ "Dear participants of the conference!" ¶ …: every paragraph after is his)
                remarks_of, whole_remarks, remarks_kind = reported, True, "indirect"
        # (the words after the label may already be read as the label's, as a colon's cue: they are the same quotation)
        label_read = len(quotes) == 1 and quotes[0].kind != "scare" and (label := _NAMED_SPEAKER.match(line)) is not None and quotes[0].start >= label.end() - 1
        if (not quotes or label_read) and remarks_of is None and (labelled_speech := _labelled_speech(number, line, finder, discourse)) is not None:
            # "Name Surname: We have held our talks. …": an official transcript's speaker label before his first
            # paragraph, his words up to the next speaker's line
            quotes, remarks_of, whole_remarks, remarks_kind = [labelled_speech], labelled_speech.speaker, True, "indirect"
        elif not quotes or labelled:
            greeter = _greets(line, finder, discourse, whole=labelled)
            if greeter is not None:
                # "President X: Good afternoon.", "President X: Colleagues, welcome to …": a transcript whose speaker's
                # line opens his remarks, which the paragraphs after it go on with
                remarks_of = greeter
                # (an official transcript, whose speaker opens by addressing the room, "X: Colleagues, …", "X: Good
                # afternoon.", goes on until the next speaker's line)
                whole_remarks = bool(_ADDRESSES_ROOM.match(line, line.find(":") + 1))
        if quotes and number - 1 in found and before is not None:
            _named_next(found[number - 1], before, quotes, lines[:number - 1])
        if briefer is not None and quotes and all(q.kind == "direct" and q.speaker is None for q in quotes) and not line[: quotes[0].start].strip(" “\"«"):
            # "X provided reporters with more details. ¶ … ¶ “…”": a paragraph that is a quotation and nothing else, with
            # no one attributed since the story named its briefer, is the briefer's
            quotes = [replace(q, speaker=briefer, confidence=0.5) for q in quotes]
        if any(q.speaker is not None and q.kind != "scare" and q.speaker is not briefer for q in quotes):
            briefer = None  # someone else is quoted now
        briefer = _briefer(line, finder, discourse) or briefer
        dashed = _dash_attribution(words, line, finder, discourse) if before is not None and number - 1 not in found else None
        if dashed is not None and before is not None and len(before.split()) >= _SPEECH_WORDS and not quoted_spans(before) and not before.rstrip().endswith(":"):
            # "<words, unmarked> ¶ - ha affermato il ministro X, intervenendo alla cerimonia": a paragraph that opens with a
            # dash and a cue gives the paragraph before it to whom it names
            text = before.strip()
            found[number - 1] = [FoundQuote(number - 1, "indirect", before.index(text), before.index(text) + len(text), text, dashed, None, "-", 0.5)]
        if quotes and _ASKED_LABEL.match(line) and number + 1 < len(lines):
            # "Question: You have announced recently that “…”. Do these plans …? ¶ Name: …": the words a question quotes
            # as those of "you" are the interviewee's, whom the answer's label names
            label = _ANSWER_LABEL.match(lines[number + 1] or "")
            addressed = _speaker_of_line(label.group(0).strip(), finder, discourse) if label is not None else None
            if addressed is not None and addressed.actor_type == "person":
                quotes = [replace(q, speaker=addressed, confidence=0.5) if q.kind in ("direct", "partial") and q.speaker is None
                          and _YOU_SAID.search(line, 0, q.start) else q for q in quotes]
        asked = _QUESTION.match(line)
        if asked is not None:
            # an interview printed as "- <question>? - <answer>": the answer is the words of the one the questions
            # address, and so are the paragraphs after it while they speak in the first person
            interviewee, answering = _addressee(asked.group("q"), finder, discourse) or interviewee, True
            quotes = [replace(q, speaker=interviewee) if q.speaker is None and q.start >= asked.end("q") else q
                      for q in quotes if q.start >= asked.end("q")]
            quotes = _answer(number, line, asked.start("a"), interviewee) + quotes if asked.group("a") else quotes
        elif answering and not any(q.speaker is not None for q in quotes) and _FIRST_PERSON.search(line) and len(line.split()) >= _SPEECH_WORDS:
            quotes = _answer(number, line, len(line) - len(line.lstrip(" -–—")), interviewee) + [replace(q, speaker=interviewee) for q in quotes]
        if quotes:
            found[number] = quotes
        elif before is not None and number - 1 in found:
            _attribute_from_next(words, found[number - 1], before, line, finder, discourse)
    return found


#: An interview's question, printed after a dash and closed by its question mark, then (on the same line) a dash and
#: the answer: "- You took up the post in January. How does it feel? - I am focused on the work."
_QUESTION = re.compile(r"\s*[-–—]\s*(?P<q>[^?\n]{8,400}\?)\s*(?:[-–—]\s*(?P<a>\S.*))?$")
#: Whom a question names before a comma at its start: "Mr X, what …".
_VOCATIVE = re.compile(r"\W*(?:(?:Mr|Mrs|Ms|Dr|Mister|Madam|General|Minister|Signor[ae]?)\.?\s+)?", re.IGNORECASE)
#: A question that tells its addressee's office: "you took over as chief …", "Lei, come ministro".
_AS_YOU = re.compile(r"\b(?:you|your|Lei)\b[^?]{0,120}\b(?:as|come)\s+(?:the\s+|il\s+|la\s+)?$", re.IGNORECASE)


def _addressee(question: str, finder: MentionFinder, discourse: Discourse) -> Mention | None:
    """The person an interview's question addresses: named before a comma at its start ("Mr X, …"), or by the office
    it says they hold ("you started work as the bloc's chief …"), resolved on the story's day; None
    when it names neither."""
    for mention in finder.find(question):
        if mention.actor_type != "person":
            continue
        if (mention.kind in ("name", "surname") and _VOCATIVE.fullmatch(question, 0, mention.start)
                and question[mention.end :].lstrip().startswith(",")):
            return discourse.resolve(mention)
        if mention.kind == "descriptor" and _AS_YOU.search(question, 0, mention.start):
            held = discourse.resolve(mention)
            if held.actor_id is not None:
                return held
    return None


def _answer(number: int, line: str, start: int, interviewee: Mention | None) -> list[FoundQuote]:
    """An interview's answer from ``start`` as the interviewee's reported words: to the line's end, or to the last
    sentence before one that holds a quotation (which is read as a quotation of its own); none when nothing is left."""
    end = len(line.rstrip())
    spans = [q.open_at for q in quoted_spans(line) if q.open_at >= start]
    if spans:
        end = len(line[: _last_sentence_start(line[:end], spans[0])].rstrip())
    return [FoundQuote(number, "indirect", start, end, line[start:end], interviewee, None, "-", 0.5)] if end - start >= 2 * _SPEECH_WORDS else []


#: A paragraph that opens with a dash and a verb of saying: "- ha affermato ", "— said ".
_DASH_OPENS = re.compile(r"\s*[-–—]\s*(?=\w)")


def _dash_attribution(words: QuoteWords, line: str, finder: MentionFinder, discourse: Discourse) -> Mention | None:
    """The speaker a paragraph that is only an attribution names after its opening dash and cue ("- ha detto il
    ministro X, parlando …", "— said X at the ceremony"), else None."""
    dash = _DASH_OPENS.match(line)
    if dash is None:
        return None
    cue = next((c for c in find_cues(words, line) if c.kind == "speech"), None)
    if cue is None or line[dash.end() : cue.start].strip():
        return None
    speaker = next((m for m in finder.find(line) if m.start >= cue.end and m.actor_type in ("person", "organisation")), None)
    return discourse.resolve(speaker) if speaker is not None else None


#: The first person a speaker uses of himself or of those he speaks for.
_SELF_PRONOUNS = frozenset({"i", "we", "io", "noi"})


#: Giving the press details, in the story's own words: "provided reporters with more details", "told journalists",
#: "briefed the media", "ha fornito ai giornalisti dettagli".
_TO_THE_PRESS = re.compile(r"\b(?:provided|gave|briefed|told)\s+(?:[\w-]+\s+){0,2}?(?:reporters|journalists|the\s+press|the\s+media)\b"
                           r"|\b(?:ha|hanno)\s+fornito\s+(?:ai|alla)\s+(?:giornalisti|stampa)\b", re.IGNORECASE)


def _briefer(line: str, finder: MentionFinder, discourse: Discourse) -> Mention | None:
    """The person a paragraph's last sentence names as giving the press details, with no quotation of its own."""
    press = next(reversed(list(_TO_THE_PRESS.finditer(line))), None)  # (the last sentence's; most paragraphs have none)
    if press is None or line.find(".", press.end()) not in (-1, len(line.rstrip()) - 1) or quoted_spans(line):
        return None
    lead = line.rfind(".", 0, press.start()) + 1
    person = next((m for m in reversed(finder.find(line)) if lead <= m.start < press.start() and m.actor_type == "person"
                   and m.kind in ("name", "descriptor") and not line[m.end : press.start()].strip(" ,").count(",")), None)
    if person is None:
        return None
    resolved = discourse.resolve(person)
    return resolved if resolved.actor_id is not None or resolved.kind == "name" else None


#: An indefinite article (and perhaps one word) before a descriptor: "a spokesman", "un portavoce", "a Kremlin aide".
_INDEFINITE = re.compile(r"\b(?:an?|un|una|uno)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _named_next(earlier: list[FoundQuote], before: str, quotes: Sequence[FoundQuote], older: Sequence[str | None]) -> None:
    """"…, a spokesman said on Tuesday. ¶ “…,” TASS quoted Vladislav X as saying": a speaker introduced only by
    an indefinite descriptor is the person first named as the speaker of the next paragraph's quote (not one whose
    office is another: "an Interior Ministry spokesman said. ¶ President X said …" are two people)."""
    lead = next((q for q in quotes if q.kind != "scare" and q.speaker is not None), None)
    if lead is None or lead.speaker is None or lead.speaker.actor_type != "person" or lead.speaker.kind not in ("name", "unknown_name"):
        return
    surname = lead.speaker.text.split()[-1]
    if any(surname in (line or "") for line in (*older, before)):
        return  # named before: someone the article had already introduced, not the spokesman made known
    for index, quote in enumerate(earlier):
        speaker = quote.speaker
        if (speaker is not None and speaker.kind == "descriptor" and not speaker.resolved and speaker.actor_type == "person"
                and _INDEFINITE.search(before[: speaker.start]) and lead.speaker.role in (None, speaker.role)):
            earlier[index] = replace(quote, speaker=lead.speaker, confidence=min(quote.confidence, 0.6))


def _attribute_from_next(
    words: QuoteWords, earlier: list[FoundQuote], before: str, line: str, finder: MentionFinder, discourse: Discourse
) -> None:
    """A quotation left hanging on a comma ("“…”,") whose attribution a page set on the next line on its own
    ("Nikol Pashinyan said."): that short line names the speaker."""
    direct = [i for i, q in enumerate(earlier) if q.kind == "direct"]
    # (or hanging on a rank the page broke the line after: "“…,” Maj. Gen. ¶ Igor Petrov said.", whatever speaker the
    # quotation was given for want of the name)
    ranked = _HANGING_RANK.search(before)
    if not direct or not (_HANGING.search(before) or ranked) or len(line.split()) > _ATTRIBUTION_WORDS:
        return
    index = direct[-1]
    last = earlier[index]
    if last.speaker is not None and not ranked:
        return
    cue = next((c for c in find_cues(words, line) if c.kind == "speech"), None)
    if cue is None:
        return
    people = [discourse.resolve(m) for m in finder.find(line) if m.end <= cue.start and m.actor_type in ("person", "organisation")]
    if people and not line[people[-1].end : cue.start].strip(" ,"):
        earlier[index] = replace(last, speaker=people[-1], cue=cue.words, confidence=0.6)
        held = last.speaker
        if ranked and held is not None and held.kind == "descriptor" and held.role is not None and people[-1].actor_type == "person":
            # (the title the quotation was first given is the named person's: "the spokesman" further on is him)
            discourse.note_titled(people[-1], held.role, held.qualifier)


def _titled_label(line: str) -> str:
    """``line`` with a speaker's name printed in capitals before a colon that opens it in title case, else as it is."""
    label = _CAPITALS_LABEL.match(line)
    if label is None:
        return line
    return line[: label.start("name")] + label.group("name").title() + line[label.end("name") :]


def _transcribed(number: int, line: str, before: str, finder: MentionFinder, discourse: Discourse) -> list[FoundQuote]:
    """A transcript's speech: a paragraph with no quotation marks after a short line that only names its speaker
    ("Name Surname, Minister of Defence:" or "Name Surname:"), as television sites print what was said on air."""
    if quoted_spans(line) or len(line.split()) < _SPEECH_WORDS:
        return []
    first = _speaker_of_line(before, finder, discourse)
    if first is None:
        return []
    text = line.strip()
    start = line.index(text)
    # (no quotation marks: by the table's definition reported speech, so indirect, with the colon as its cue)
    return [FoundQuote(number, "indirect", start, start + len(text), text, first, None, ":", 0.6)]


def _greets(line: str, finder: MentionFinder, discourse: Discourse, whole: bool = False) -> Mention | None:
    """The person a transcript's line names before a colon and the first few words he says ("President of Russia X:
    Good afternoon."; with ``whole``, a sentence or more, already read as his), whose remarks the paragraphs after it
    go on with; else None."""
    colon = line.find(":")
    if colon < 0 or (len(line[colon + 1 :].split()) >= _SPEECH_WORDS and not whole) or not line[colon + 1 :].strip():
        return None
    return _speaker_of_line(line[: colon + 1], finder, discourse)


def _labelled_speech(number: int, line: str, finder: MentionFinder, discourse: Discourse) -> FoundQuote | None:
    """A paragraph that opens with a registered person's name and a colon and goes on with a speech's sentences ("Name
    Surname: We have held our talks. …"): the words after the colon as his; else None."""
    label = _NAMED_SPEAKER.match(line)
    # (a greeting may open it, short: "Name Surname: Dear friend, I am glad to see you.")
    if label is None or len(line[label.end() :].split()) < _SPEECH_WORDS or not line.rstrip().endswith((".", "!", "?")):
        return None
    speaker = _speaker_of_line(line[: label.end()].rstrip(), finder, discourse)
    if speaker is None or speaker.actor_id is None:
        return None
    start, end = label.end(), len(line.rstrip())
    return FoundQuote(number, "indirect", start, end, line[start:end], speaker, None, ":", 0.5)


def _captioned(line: str, finder: MentionFinder, discourse: Discourse) -> Mention | None:
    """The person a caption line names last and ends on ("Chairman of the State Duma Name Surname", "Name Surname"),
    with no sentence of its own; else None."""
    text = line.strip()
    if len(text.split()) > _SPEAKER_LINE_WORDS or quoted_spans(text) or text.endswith((".", ":", "!", "?")):
        return None
    people = [m for m in finder.find(text) if m.actor_type == "person" and m.kind in ("name", "unknown_name")]
    if not people or people[-1].end != len(text):
        return None
    return discourse.resolve(people[-1])


def _report_caption(line: str, finder: MentionFinder, discourse: Discourse) -> Mention | None:
    """The person a report's caption names before the gathering he addressed ("CSTO Secretary General Name Surname at
    the Seventh International Conference on …"), with no sentence of its own; else None."""
    text = line.strip()
    if len(text.split()) > _TITLE_WORDS or text.endswith((".", "!", "?")):
        return None
    people = [m for m in finder.find(text) if m.actor_type == "person" and m.kind in ("name", "unknown_name")]
    if not people or quoted_spans(text[: people[0].end]) or not _AT_GATHERING.match(text, people[0].end):
        return None
    return discourse.resolve(people[0])


#: An interviewer's question by its label: "Question: …", "Q: …", "Domanda: …".
_ASKED_LABEL = re.compile(r"\s*(?:Question|Q|Domanda|D)\s*[:.]\s", re.IGNORECASE)
#: An answer's label, the name before its colon: "Bordyuzha: …", "Name Surname: …".
_ANSWER_LABEL = re.compile(r"\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}:\s")
#: A question that quotes the one it addresses: "You have announced recently that", "you said", "Lei ha dichiarato".
_YOU_SAID = re.compile(r"\byou\s+(?:have\s+|had\s+)?(?:\w+\s+)?(?:said|stated|announced|declared|noted|told|claimed|warned|called)\b"
                       r"|\b(?:lei\s+)?ha\s+(?:\w+\s+)?(?:detto|dichiarato|affermato|annunciato)\b", re.IGNORECASE)
#: The gathering a report's caption names after its speaker: " at the Seventh International Conference", " to the Forum".
_AT_GATHERING = re.compile(r"\s+(?:at|to|before)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?-i:Conference|Forum|Session|Meeting|Summit|Assembly|Council|"
                           r"Congress|Round\s+Table|Seminar|Symposium|conference|forum|session|meeting|summit|seminar)\b")


def _announcer(line: str, finder: MentionFinder, discourse: Discourse) -> Mention | None:
    """The person a paragraph that is only a name and a verb of speech before a comma names ("Sergei Shoigu
    explained,"), whose words the next paragraph gives without marks; else None."""
    return _first_person(line, finder, discourse) if _BARE_ANNOUNCEMENT.fullmatch(line.strip()) else None


def _first_person(text: str, finder: MentionFinder, discourse: Discourse) -> Mention | None:
    """The first mention of ``text``, resolved, when it is a person named (or one the discourse resolves); else None."""
    named = [discourse.resolve(m) for m in finder.find(text)]
    first = named[0] if named else None
    if first is None or first.actor_type != "person" or (first.kind not in ("name", "unknown_name") and not first.resolved):
        return None
    return first


#: A paragraph of a name (two to four capitalised words) and a verb of speech, ending on a comma: "Sergei Shoigu explained,".
_BARE_ANNOUNCEMENT = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*\s+(?:(?:has|ha)\s+)?(?:explained|said|stated|noted|declared|added|remarked|"
                                r"continued|stressed|emphasi[sz]ed|underlined|recalled|spiegato|detto|dichiarato|aggiunto|sottolineato)\s*,")


def _speaker_of_line(before: str, finder: MentionFinder, discourse: Discourse) -> Mention | None:
    """The person a transcript's speaker line ("Name Surname, Minister of Defence:") names, else None."""
    if len(before.split()) > _SPEAKER_LINE_WORDS or quoted_spans(before):
        return None
    first = _first_person(before, finder, discourse)
    if first is None or not _RANK_BEFORE.fullmatch(before[: first.start]) or not _TITLE_THEN_COLON.fullmatch(before, first.end):
        return None
    if _CORRESPONDENT.fullmatch(before, first.end):
        return None  # "Name, CTV:", "Name, our correspondent:": the outlet's own reporter, who tells the story
    return first


#: A transcript's speaker line that prints the name in capitals, with a title before it, up to its colon.
_CAPITALS_LABEL = re.compile(r"\s*(?:[A-Z][\w-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,6}(?P<name>[A-Z]{3,}(?:[-'’][A-Z]+)?(?:\s+[A-Z]{3,}(?:[-'’][A-Z]+)?){1,2})\s*:")
#: A line in title case below the headline, every word of four letters or more capitalised and no closing stop: the
#: title of another story (a list of related news), not a sentence ("CSTO Says Ready for Peacekeeping in X"); a house
#: style may keep short prepositions of four letters small ("Cooperation with Regional Partners Key for …").
_TITLE_CASE_LINE = re.compile(r"\s*(?:(?:[A-Z0-9][\w'’.-]*[,:;]?|[a-z]{1,3}|with|from|into|onto|upon|amid|than|[-–—&])\s+){3,}(?:[A-Z0-9][\w'’.-]*)\s*")
#: A paragraph that is a heading: a few words with no closing stop or colon.
_HEADING = re.compile(r"\s*[^.!?:;\n]{3,160}?[^.!?:;,\s]\s*")
#: A transcript's long title, its place and day after commas: "X's remarks to the press after his talks with Y on … and
#: on …, Minsk, June 3, 2031".
_LONG_HEADING = re.compile(r"\s*[^.!?:;\n]{3,320}?,\s*(?:19|20)\d\d\s*")


#: A title is short, and no full stop ends a sentence inside it.
_TITLE_WORDS = 40
_INNER_STOP = re.compile(r"[a-zà-ù]{2}\.\s+[A-ZÀ-Ý]")


def _remarks_title(words: QuoteWords, headline: str, finder: MentionFinder, discourse: Discourse) -> Mention | None:
    """The person a headline names as the speaker of the text below it ("Foreign Minister X's remarks to the press
    after …", "Speech by X at …"), else None; a page with no headline opens on a paragraph of sentences, which is
    none ("… touching upon the statement by X." names what the story is about)."""
    if len(headline.split()) > _TITLE_WORDS or _INNER_STOP.search(headline):
        return None
    for mention in finder.find(headline):
        if mention.actor_type != "person" or mention.kind not in ("name", "unknown_name", "descriptor"):
            continue
        if words.remarks_after_name.match(headline, mention.end) or words.remarks_before_name.search(headline, 0, mention.start):
            speaker = discourse.resolve(mention)
            # (an office named instead of its holder, "Speech by the President of Tajikistan to …": its holder on the day)
            if mention.kind != "descriptor" or speaker.actor_id is not None:
                return speaker
    return None


def _remarks(number: int, line: str, speaker: Mention, following: str | None = None, whole: bool = False,
             kind: str = "indirect") -> tuple[list[FoundQuote], Mention | None]:
    """A paragraph of remarks announced before and printed without quotation marks (a minister's statement after
    "X will now explain:", a transcript's "X:"): reported speech while it speaks in the first person, or runs on to a
    paragraph that does (``following``: unmarked, no speaker's line), or, in a ``whole`` transcript, up to the next
    speaker's line; a short salutation ("Dear colleagues,") keeps the remarks going without being one; any other
    paragraph ends them."""
    if len(line.split()) < _SPEECH_WORDS or ((_ADDRESSES_ROOM.match(line) or _DEAR.match(line)) and line.rstrip().endswith((",", "!"))):
        return [], speaker  # (a salutation, "Good afternoon, dear representatives of the media,", however long)
    if ((not whole or len(line.split()) <= _CAPTION_WORDS) and _HEADING.fullmatch(line)
            and not _FIRST_PERSON.search(line)):
        # (a subtitle under the title, "Meeting of the Council of …": the remarks are still to come; and, under a title
        # that opens on them, a picture's caption, a speaker's office and name with no sentence's end)
        return [], speaker
    runs_on = (following is not None and len(following.split()) >= _SPEECH_WORDS and bool(_FIRST_PERSON.search(following))
               and not quoted_spans(following) and not following.rstrip().endswith(":"))
    if whole and (line.rstrip().endswith(":") or _NAMED_SPEAKER.match(line)):
        return [], None  # the next speaker's line
    if not _FIRST_PERSON.search(line) and not runs_on and not whole:
        return [], None
    text = line.strip()
    start = line.index(text)
    return [FoundQuote(number, kind, start, start + len(text), text, speaker, None, ":", 0.5)], speaker


def _texts_as_issuers(quotes: Sequence[FoundQuote], issuer: Mention | None) -> list[FoundQuote]:
    """Each quotation whose speaker is a text told of ("the statement", "il comunicato") given to the issuer: the
    speaker of the quotation before it, in this paragraph or the story's last."""
    given: list[FoundQuote] = []
    for quote in quotes:
        if issuer is not None and quote.speaker is not None and quote.speaker.kind == "anonymous" and _THE_TEXT.fullmatch(quote.speaker.text):
            quote = replace(quote, speaker=issuer)
        elif quote.speaker is not None and quote.kind != "scare":
            issuer = quote.speaker
        given.append(quote)
    return given


def _subjectless_announcement(words: QuoteWords, line: str, speaker: Mention | None, finder: MentionFinder) -> bool:
    """True when the line's last sentence announces remarks with an Italian cue that has no subject of its own ("In una
    nota ha dichiarato:") and ``speaker`` is a person the line named in the sentence before it."""
    if speaker is None or speaker.actor_type != "person" or line[speaker.start : speaker.end] != speaker.text:
        return False
    body = line.rstrip()
    start = _last_sentence_start(body)
    if start <= 0 or speaker.start >= start:
        return False
    said = next((c for c in find_cues(words, body, start) if c.kind == "speech"), None)
    if said is None or SUBJECTLESS_LEAD.fullmatch(body, start, said.start) is None:
        return False  # ("The ministry later said:": a subject of its own, named or not)
    named = [m for m in finder.find(line) if m.start >= start and m.actor_type in ("person", "organisation", "country", "media")
             and m.kind not in ("pronoun",)]
    return not named and speaker.start >= _last_sentence_start(body, start - 2)


def _named_in_last_sentence(line: str, speaker: Mention | None) -> bool:
    """True when ``speaker`` is a person named (or referred to) in the line's last sentence, the one that announces the
    remarks: not a speaker quoted earlier in the paragraph ("“…,” X said. The ministry later said:")."""
    if speaker is None or speaker.actor_type != "person":
        return False
    return speaker.start >= _last_sentence_start(line.rstrip()) and line[speaker.start : speaker.end] == speaker.text


def _last_sentence_start(body: str, end: int | None = None) -> int:
    """Where the last sentence before ``end`` (the body's last character, by default) starts: after the last ". ", "? " or
    "! " before it (0 for the first sentence)."""
    limit = len(body) - 1 if end is None else end
    return max(body.rfind(mark, 0, limit) for mark in (". ", "? ", "! ")) + 1


#: A paragraph that announces the remarks after it: a verb of speaking right before its closing colon.
_ANNOUNCES = re.compile(r"\b(?:explain|explained|explains|said|says|stated|noted|declared|added|told|remarked|continued|"
                        r"dichiarato|detto|affermato|spiegato|aggiunto|sottolineato|osservato|dichiara|afferma|spiega)\b[^:]{0,40}:\s*$",
                        re.IGNORECASE)
#: A line that announces a text printed below it: "Following are …", "Below is …", "Here is …".
_FOLLOWING_TEXT = re.compile(r"\s*(?:following|below|here)\s+(?:is|are)\b", re.IGNORECASE)
#: A speaker line's title that makes its person the outlet's reporter: an outlet's capitals ("Name, CTV:") or a
#: reporter's noun ("Name, correspondent:", "Name, inviato:").
_CORRESPONDENT = re.compile(rf",\s*(?:(?-i:[A-Z][A-Z0-9]{{1,5}})|(?:[\w-]+\s+){{0,3}}{REPORTER_NOUNS}(?:\s+[\w-]+){{0,3}})\s*:\s*", re.IGNORECASE)
#: The first words of remarks that address the room: "Colleagues, …", "Good afternoon.", "Dear friends, …", "Signore e signori".
_ADDRESSES_ROOM = re.compile(r"\s*(?:(?:dear\s+)?(?:colleagues|friends|ladies\s+and\s+gentlemen)\b|good\s+(?:afternoon|morning|evening)\b|"
                             r"(?:cari\s+)?(?:colleghi|amici)\b|signore\s+e\s+signori\b|buon(?:giorno|asera|\s+pomeriggio)\b)", re.IGNORECASE)
#: The words that open a salutation to whomever: "Dear members of the Council …,", "Cari parlamentari,".
_DEAR_WORDS = r"(?:dear|distinguished|esteemed|cari|caro|cara|gentili|egregi|egregio)\b"
_DEAR = re.compile(rf"\s*{_DEAR_WORDS}", re.IGNORECASE)
#: A paragraph that opens a speech with a quotation mark and a salutation, and holds no other mark: "“Dear Mr. Chairman,",
#: "«Cari colleghi,".
_OPENS_ADDRESS = re.compile(rf"\s*[\"“«„]\s*{_DEAR_WORDS}[^\"“”«»„]{{0,80}}[,!]\s*", re.IGNORECASE)
#: A paragraph that is only a salutation to the room: "Dear colleagues,", "Ladies and gentlemen!", "Cari colleghi,".
_SALUTATION = re.compile(r"\s*(?:(?:dear|distinguished|esteemed)\s+(?:colleagues|friends|guests|participants)(?:\s+(?:of|in)\s+the\s+[\w-]+(?:\s+[\w-]+){0,3})?|ladies\s+and\s+gentlemen|"
                         r"(?:cari|gentili|egregi)\s+(?:colleghi|amici|ospiti|partecipanti)|signore\s+e\s+signori)\s*[,!]\s*", re.IGNORECASE)
#: The fewest words a first line with a speaker's label holds to be his paragraph rather than a headline ("X: Bloc ready").
_LABELLED_FIRST_WORDS = 20
#: A line that opens with a speaker's name and a colon (a short run of capitalised words): the next speaker's.
_NAMED_SPEAKER = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){1,6}?[A-Z][\w'’.-]*(?:,[^:]{1,80})?:\s")
#: Words of someone speaking for himself or his side: "we agreed", "our position", "abbiamo concordato".
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y|[Nn]oi|[Nn]ostr[oaie]|abbiamo|siamo|[Ii]o|"
                           # (and the Italian first person told by the verb alone: "Non voglio …", "ho deciso", "il mio paese")
                           r"ho|voglio|posso|devo|credo|penso|ritengo|vorrei|dobbiamo|possiamo|vogliamo|crediamo|pensiamo|riteniamo|[Mm]i[oa]|[Mm]iei)\b")
#: What may follow the speaker's name on a transcript's speaker line: a title after a comma, then the colon.
#: What may stand before the name on a speaker line: nothing, or an article and a rank or title in lower case ("Il
#: colonnello generale X, comandante della missione:").
_RANK_BEFORE = re.compile(r"\s*(?:(?i:the|il|la|lo|l['’])\s*(?:[a-zà-ù-]+\s+){0,3})?(?:[A-Z]\.\s*){0,2}")  # (or initials: "S. X:")
_TITLE_THEN_COLON = re.compile(r"\s*(?:,[^:;.!?]{0,120})?:\s*")
#: The most words a transcript's speaker line holds (a name and a title, "X, Deputy Head of the Second Department of …").
_SPEAKER_LINE_WORDS = 24
#: The fewest words a transcript's speech has.
_SPEECH_WORDS = 6
#: The most words of a line with no sentence's end that is a caption inside printed remarks ("Chairman of the X <name>").
_CAPTION_WORDS = 12


#: A paragraph that ends on a closing mark and a comma: its sentence goes on in the next paragraph.
_HANGING = re.compile(r"[”»\"’]\s*,\s*$")
#: A closed quotation and its comma, then only abbreviated ranks or titles: ",” Maj. Gen.", ",\" Col."
_HANGING_RANK = re.compile(r"[”»\"’]\s*(?:(?:Maj|Lt|Col|Gen|Brig|Adm|Capt|Sgt|Cpt|Dr|Prof|Mr|Mrs|Ms|Amb|Gov|Sen|Rep)\.[\s-]*){1,3}$")
#: The most words a paragraph that only attributes the quotation before it holds.
_ATTRIBUTION_WORDS = 8


#: A paragraph whose last quotation closed: a closing mark, then at most the sentence's end.
_CLOSERS_AT_END = re.compile(r"[”»\"’]\W*$")


#: How many paragraphs with no marks a quotation may run on through before the one that closes it.
_RUN_ON_PARAGRAPHS = 2


def _runs_on(line: str, following: Sequence[str | None]) -> bool:
    """True when ``line`` holds no quotation mark and, within a paragraph or two with no marks either, a paragraph
    closes a quotation before it opens one ("…. ¶ Members will discuss …. ¶ The leaders will sum up …,” X said.")."""
    if quoted_spans(line) or _DOUBLE_MARK.search(line):
        return False
    for later in following[: _RUN_ON_PARAGRAPHS]:
        if later is None:
            return False
        mark = _DOUBLE_MARK.search(later)
        if mark is not None:
            return mark.group(0) in "”»"
    return False


#: A double quotation mark (not an apostrophe, which "Belarus’s" holds as well as a single mark would).
_DOUBLE_MARK = re.compile(r"[\"“”«»„]")


def _offsets(lines: Sequence[str | None]) -> list[int]:
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line or "") + 1
    return starts


def _pair(english: list[FoundQuote], original: list[FoundQuote]) -> list[tuple[FoundQuote | None, FoundQuote | None]]:
    """Pair a paragraph's quotes across languages: quotation-mark quotes in order, indirect ones in order."""
    pairs: list[tuple[FoundQuote | None, FoundQuote | None]] = []
    for marked in (True, False):
        en = [q for q in english if (q.kind != "indirect") == marked]
        orig = [q for q in original if (q.kind != "indirect") == marked]
        for index in range(max(len(en), len(orig))):
            pairs.append((en[index] if index < len(en) else None, orig[index] if index < len(orig) else None))
    return pairs


#: The first word of a line: a dateline's city ("DUSHANBE, September 24, 2009, Asia-Plus -- ").
_FIRST_WORD = re.compile(r"\s*([A-ZÀ-Ý][\w'’-]+)")
#: How many of an article's first lines may hold its dateline (a headline, a date line before it).
_DATELINE_LINES = 3


def filed_from(registry: Registry, lines: Sequence[str | None]) -> str | None:
    """The state whose capital opens the story's dateline ("DUSHANBE, September 24, …", "MINSK (BelTA) – "), if any."""
    for line in lines[:_DATELINE_LINES]:
        if line and (DATELINE.match(line) or DATELINE_HEAD.match(line)):
            first = _FIRST_WORD.match(line)
            return registry.seat_words.get(fold(first.group(1))) if first is not None else None
    return None


def extract_article_quotes(article: Article, finder: MentionFinder, registry: Registry, words: QuoteWords) -> list[QuoteRecord]:
    """Return every quote of one article, attributed, in both languages where both exist."""
    day = article_day(article)
    skip = _headline_line(article)
    original_lines: list[str | None] = list(article.clean.lines)
    english_lines: list[str | None] = [s.text_en for s in article.segments]
    is_english = article.language == "en" and all(s.status == "original" for s in article.segments)
    home = filed_from(registry, original_lines)
    original = read_paragraphs(words, original_lines, skip, finder, Discourse(registry, day, words=finder.words, home=home))
    english = original if is_english else read_paragraphs(words, english_lines, skip, finder, Discourse(registry, day, words=finder.words, home=home))
    if skip and original_lines and quoted_spans(original_lines[0] or ""):
        for lines, found in [(original_lines, original)] + ([] if is_english else [(english_lines, english)]):
            headline = _headline_quotes(words, lines, finder, Discourse(registry, day, words=finder.words))
            if headline:
                found[0] = headline
    for found, lines in ((original, original_lines),) if is_english else ((original, original_lines), (english, english_lines)):
        _named_where_repeated(found)
        _named_after_title(found, lines)
        _pronoun_named_next(found)
        _body_named_before(found)
    orig_starts, en_starts = _offsets(original_lines), _offsets(english_lines)
    records = []
    told: set[tuple[str, str, str | None]] = set()
    for number in sorted(set(original) | set(english)):
        pairs = [(q, q) for q in english.get(number, [])] if is_english else _pair(english.get(number, []), original.get(number, []))
        for en, orig in pairs:
            record = _record(article, registry, number, en, orig, orig_starts[number], en_starts[number], is_english)
            # (words only: a lede's copy may close its quotation mark before the full stop, the body's after it)
            said = (record.kind, normalise_quote(record.text_original or record.text_en or ""), record.speaker)
            if said in told:
                continue  # the same words by the same speaker again (a lede that repeats the first line): one quote
            told.add(said)
            records.append(record)
    # (a standfirst's "the minister said …" before the story names him, repeated word for word by the body under his
    # name: one quote, the named one's)
    named = {(r.kind, normalise_quote(r.text_original or r.text_en or "")) for r in records if r.speaker_id is not None}
    return [r for r in records if r.speaker_id is not None or (r.kind, normalise_quote(r.text_original or r.text_en or "")) not in named]


#: The cue of a speaker who goes on speaking: "“…,” X added", "ha aggiunto X".
_GOES_ON_CUE = re.compile(r"(?:(?:has|ha)\s+)?(?:added|adds|continued|went\s+on|aggiunto|aggiunge|proseguito|prosegue)", re.IGNORECASE)


def _pronoun_named_next(found: dict[int, list[FoundQuote]]) -> None:
    """A page that opens mid-story on "“…,” he said", a pronoun no one named before stands behind, and whose next
    quotation's speaker is named going on ("“…,” X added"): X said those before too (a person of the pronoun's gender;
    nothing changes once a person has been named as a speaker, or when the next named speaker does not go on)."""
    hanging: list[tuple[int, int]] = []
    for number in sorted(found):
        for index, quote in enumerate(found[number]):
            speaker = quote.speaker
            if speaker is None or quote.kind == "scare":
                continue
            if speaker.kind == "pronoun" and speaker.actor_type == "person" and _unresolved_pronoun(speaker):
                hanging.append((number, index))
                continue
            if not hanging:
                return
            if (speaker.actor_type == "person" and speaker.resolved and speaker.kind in ("name", "surname")
                    and quote.cue is not None and _GOES_ON_CUE.fullmatch(quote.cue.strip())):
                for where, which in hanging:
                    earlier = found[where][which]
                    assert earlier.speaker is not None
                    if earlier.speaker.gender in (None, speaker.gender) or speaker.gender is None:
                        found[where][which] = replace(earlier, speaker=speaker, confidence=min(earlier.confidence, 0.6))
            return


#: An unregistered body given again by its head noun alone: "the office", "the ministry", "l'ufficio".
_BARE_BODY = re.compile(r"(?:the|il|lo|la|l['’])\s*(?P<noun>[\w-]+)", re.IGNORECASE)


def _body_named_before(found: dict[int, list[FoundQuote]]) -> None:
    """A speaker given only as "the <noun>" ("“…,” the office said") after the article named an unregistered body
    with that head noun as a speaker ("…, the president's office said"): the body named before (the one named last
    when there are several)."""
    named: dict[str, Mention] = {}
    for number in sorted(found):
        for index, quote in enumerate(found[number]):
            speaker = quote.speaker
            if speaker is None or speaker.actor_id is not None:
                continue
            bare = _BARE_BODY.fullmatch(speaker.text.strip())
            if bare is not None:
                earlier = named.get(bare.group("noun").lower())
                if earlier is not None:
                    found[number][index] = replace(quote, speaker=earlier)
                continue
            last = speaker.text.split()[-1].lower() if len(speaker.text.split()) > 1 else None
            if last is not None and speaker.actor_type in ("organisation", "anonymous") and speaker.kind == "anonymous":
                named[last] = speaker


def _named_where_repeated(found: dict[int, list[FoundQuote]]) -> None:
    """A quotation whose speaker a standfirst only describes ("‘…,’ said the commander of the troops") and that the body
    quotes again with a name ("“…,” said General X, commander of …"): the named speaker said both."""
    def by_name(speaker: Mention | None) -> bool:
        return speaker is not None and speaker.actor_type == "person" and (speaker.resolved or speaker.kind in ("name", "unknown_name"))

    named = {normalise_quote(q.text): q for quotes in found.values() for q in quotes if q.kind in ("direct", "partial") and by_name(q.speaker)}
    for quotes in found.values():
        for index, quote in enumerate(quotes):
            if quote.kind not in ("direct", "partial") or (quote.speaker is not None and (by_name(quote.speaker) or quote.speaker.resolved)):
                continue
            again = named.get(normalise_quote(quote.text))
            if again is not None and len(normalise_quote(quote.text).split()) > _REPEATED_WORDS:
                quotes[index] = replace(quote, speaker=again.speaker, via=again.via, confidence=min(quote.confidence, again.confidence))


def _named_after_title(found: dict[int, list[FoundQuote]], lines: Sequence[str | None]) -> None:
    """A spokesperson or an aide given only by title ("…, an aide to the president said") whose story quotes next, at
    most two paragraphs on, a person it names after that title for the first time and the registry does not know
    ("«…,» Ivan Petrov said"): the writer introduced the speaker by title, then by name; both are that person's. Any
    other person given by a title of two words or more that the story later puts right before a name it quotes ("…,
    the bloc's deputy secretary general told the agency. ¶ «…,» Deputy Secretary General Ivan Petrov said") is that
    person too, known to the registry or not."""
    told = [(number, index, quote) for number in sorted(found) for index, quote in enumerate(found[number])]
    for place, (number, index, quote) in enumerate(told):
        titled = quote.speaker
        if titled is None or titled.kind != "descriptor" or titled.resolved or titled.actor_type != "person":
            continue
        listed = titled.role in _TITLES_NAMED_NEXT
        # the next quotation's named speaker; or, further on, one whose name follows the same title ("…, said the press
        # secretary of the premier. ¶ … ¶ …, told RBC press secretary of the premier X")
        title = " ".join(titled.text.split()[-2:]).lower()
        if not listed and len(_ARTICLE.sub("", titled.text).split()) < 2:
            continue  # ("the official": one word of title names no one in particular)
        for offset, (after, _, then) in enumerate(told[place + 1 :]):
            named = then.speaker
            if (named is None or named.kind not in ("name", "unknown_name", "surname") or (named.actor_id is not None and listed)
                    or named.actor_type != "person"):
                continue
            surname = named.text.split()[-1]
            # (the title right before the name, in any paragraph between: "… the spokesman of the premier Ivan Petrov")
            retitled = any(re.search(rf"{re.escape(title)}\b.{{0,{_TITLE_REACH}}}\b{re.escape(surname.lower())}\b", (line or "").lower())
                           for line in lines[number + 1 : after + 1])
            if not ((listed and offset == 0 and after - number <= _NAMED_WITHIN) or (retitled and after - number <= _TITLED_WITHIN)):
                continue
            if surname in " ".join(line or "" for line in lines[:number]) + (lines[number] or "")[: quote.end]:
                break  # a person the story named before: not one it introduces
            found[number][index] = replace(quote, speaker=named)
            break


#: An article opening a title: "the ", "a ", "il ".
_ARTICLE = re.compile(r"^\s*(?:the|a|an|il|lo|la|l['’])\s*", re.IGNORECASE)
#: How many paragraphs on the next quotation may stand ("…, a Kremlin aide said. ¶ The comments by X underlined … ¶ …, X said").
_NAMED_WITHIN = 2
#: How many paragraphs on a speaker named after the same title may stand.
_TITLED_WITHIN = 6
#: How far before a name its title may begin ("the spokesman of the Armenian premier, Ivan Petrov").
_TITLE_REACH = 80
#: The titles a writer gives a speaker before naming him in the next quotation's attribution.
_TITLES_NAMED_NEXT = frozenset({"aide", "spokesperson", "press_secretary"})


def _headline_quotes(words: QuoteWords, lines: Sequence[str | None], finder: MentionFinder, discourse: Discourse) -> list[FoundQuote]:
    """The quotations that open a headline, have a speaker and whose words the body does not hold."""
    if not lines or lines[0] is None:
        return []
    body = normalise_quote(" ".join(line for line in lines[1:] if line))
    quotes = read_paragraphs(words, [lines[0]], False, finder, discourse).get(0, [])
    # (only a quotation that opens the headline, "«…»: X announces …", or that its speaker's name and a colon head, after
    # the topic and a comma, "Topic, X: «…»"; in "Topic: X, «…»" the speaker is hard to tell)
    head = lines[0]
    # ("Name, «…»", a scraper's stamp before it or not: the person the headline opens with says the words after the comma)
    if not any(q.kind in ("direct", "partial") and q.speaker is not None for q in quotes):
        quotes = _name_comma_quote(head, finder, discourse) or quotes
    return [q for q in quotes if q.kind in ("direct", "partial") and q.speaker is not None
            and (q.start <= 1 or ((TOPIC_COMMA.fullmatch(head, 0, q.speaker.start) is not None or not head[: q.speaker.start].strip())
                                  and NAME_COLON.fullmatch(head, q.speaker.end, q.start - 1) is not None)
                 # (or "Name, «…»" after nothing but a scraper's stamp)
                 or (_STAMP_ONLY.fullmatch(head, 0, q.speaker.start) is not None and _COMMA_THEN_MARK.fullmatch(head, q.speaker.end, q.start) is not None))
            and fuzz.partial_ratio(normalise_quote(q.text), body) < _REPEATED]


def _name_comma_quote(line: str, finder: MentionFinder, discourse: Discourse) -> list[FoundQuote]:
    """A headline's "Name, «…»" (a scraper's stamp before it or not): the words after the comma are that person's."""
    opener = next((m for m in finder.find(line) if m.actor_type == "person"), None)
    if opener is None or _STAMP_ONLY.fullmatch(line, 0, opener.start) is None:
        return []
    said = next((span for span in quoted_spans(line) if _COMMA_THEN_MARK.fullmatch(line, opener.end, span.start) is not None
                 and len(line[span.start : span.end].split()) >= _REPEATED_WORDS and not line[span.close_at or span.end :].strip(" ”»\"")), None)
    if said is None:
        return []
    return [FoundQuote(0, "direct", said.start, said.end, line[said.start : said.end], discourse.resolve(opener), None, ",", 0.5)]


#: What may stand before a headline's opening name: nothing, or a scraper's date stamp ("date 2025-12-18 ").
_STAMP_ONLY = re.compile(rf"\s*(?:{STAMP})?")
#: A name's comma and the mark that opens its words, in a headline: ", «", ", “".
_COMMA_THEN_MARK = re.compile(r"\s*,\s*[«“\"„]\s*")
#: The fewest words a quotation needs for its repetition to be the same quotation, not a common phrase.
_REPEATED_WORDS = 3
#: How alike (rapidfuzz partial ratio) a headline's quotation and the body must be for the body to repeat it.
_REPEATED = 90



def _speaker_of(en: FoundQuote | None, orig: FoundQuote | None) -> FoundQuote:
    """The side whose attribution to trust: English unless only the original resolved the speaker."""
    if en is None:
        assert orig is not None
        return orig
    if orig is not None and (en.speaker is None or not en.speaker.resolved) and orig.speaker is not None and orig.speaker.resolved:
        return orig
    return en


def _record(
    article: Article,
    registry: Registry,
    number: int,
    en: FoundQuote | None,
    orig: FoundQuote | None,
    orig_base: int,
    en_base: int,
    is_english: bool,
) -> QuoteRecord:
    source = _speaker_of(en, orig)
    speaker = source.speaker
    actor = registry.actors.get(speaker.actor_id) if speaker is not None and speaker.actor_id else None
    via = source.via
    main = en or orig
    assert main is not None
    orig_start = orig_base + orig.start if orig else None
    orig_end = orig_base + orig.end if orig else None
    en_start = en_base + en.start if en else None
    en_end = en_base + en.end if en else None
    article_id = article.clean.document.article_id
    key = f"{article_id}|{number}|{main.kind}|{orig_start}|{orig_end}|{en_start}|{en_end}"
    return QuoteRecord(
        quote_id=hashlib.sha256(key.encode("utf-8")).hexdigest()[:16],
        article_id=article_id,
        segment_no=number,
        kind=main.kind,
        language=article.language,
        text_original=orig.text if orig else None,
        text_en=en.text if en else None,
        orig_char_start=orig_start,
        orig_char_end=orig_end,
        char_start=en_start,
        char_end=en_end,
        # (a pronoun the story never resolves names no one: "he", kept in speaker_raw, is no speaker's name)
        speaker=display_name(registry, speaker) if speaker is not None and not _unresolved_pronoun(speaker) else None,
        speaker_id=actor.id if actor else None,
        speaker_raw=speaker.text if speaker is not None else None,
        speaker_type=(actor.type if actor else (speaker.actor_type or "unknown")) if speaker is not None else "unknown",
        speaker_wikidata=actor.wikidata if actor else None,
        via=display_name(registry, via) if via is not None else None,
        via_id=via.actor_id if via is not None else None,
        cue=source.cue,
        confidence=round(min(q.confidence for q in (en, orig) if q is not None), 3),
        extracted_from="en" if is_english else ("both" if en and orig else ("en" if en else "original")),
    )


def _unresolved_pronoun(speaker: Mention) -> bool:
    """Whether ``speaker`` is a personal pronoun that no one named in the story stands behind."""
    return speaker.kind == "pronoun" and not speaker.resolved and speaker.actor_id is None and "antecedent" not in speaker.extra


def normalise_quote(text: str) -> str:
    """Return the form under which two quotations count as the same: ascii, case-folded, words only."""
    return " ".join(re.findall(r"[a-z0-9]+", transliterate(text).casefold()))


def cluster_quotes(
    texts: Sequence[str], speakers: Sequence[str | None], threshold: float = 92.0, keys: Sequence[str] | None = None
) -> list[str]:
    """Return a cluster id per quote: equal normalised texts share one; near-equal ones of one speaker join.

    ``keys`` are the texts already normalised (``normalise_quote``), when the caller has them.
    """
    keys = list(keys) if keys is not None else [normalise_quote(t) for t in texts]
    joined = joined_quote_clusters(keys, speakers, threshold)
    return [joined.get(index) or quote_cluster_name(key) for index, key in enumerate(keys)]


#: Rows per comparison block of near-duplicate quotes.
_BLOCK = 512


def quote_cluster_name(key: str) -> str:
    """The id of the cluster whose least member text is ``key`` (a quote alone is named by its own text)."""
    return "q" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:15]


def near_quote_joins(members: Sequence[int], texts: Sequence[str], threshold: float) -> Iterator[tuple[int, int]]:
    """The pairs of one speaker's distinct texts (``texts``, normalised; ``members`` the index each stands for) whose
    ratio reaches ``threshold``, as (index, index)."""
    # by length: a ratio of at least ``threshold`` needs lengths within a window (the ratio of two texts is at
    # most 2·shorter / (both lengths)), so a block of rows is compared only with the texts whose lengths can
    # reach it; the result is the all-pairs one's
    order = sorted(range(len(members)), key=lambda k: len(texts[k]))
    members = [members[k] for k in order]
    texts_of = [texts[k] for k in order]
    lengths = [len(text) for text in texts_of]
    reach = (200.0 - threshold) / threshold  # the longest text that can match one of length n is n × this
    for low in range(0, len(members), _BLOCK):  # rapidfuzz compares a block of rows against a slice, in C
        rows = texts_of[low : low + _BLOCK]
        high = bisect.bisect_right(lengths, lengths[min(low + _BLOCK, len(lengths)) - 1] * reach)
        scores = process.cdist(rows, texts_of[low:high], scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.uint8)
        for row, column in zip(*np.nonzero(scores), strict=True):
            if column > row:
                yield members[low + row], members[low + column]


#: The fewest words a quotation has for a near-equal one of its speaker to join it (shorter ones join only their
#: exact repeats).
NEAR_WORDS = 5


def joined_quote_clusters(
    keys: Sequence[str], speakers: Sequence[str | None], threshold: float = 92.0, previous: Sequence[str | None] = ()
) -> dict[int, str]:
    """The cluster id of each quote (by position in ``keys``) whose cluster is named by another member's
    words; every other quote's cluster is ``quote_cluster_name(its own key)`` (it is alone, a repeat of the
    same words, or the least member). This is all a corpus-wide pass keeps in memory: at 100,000 articles it
    is a few entries in a hundred, not one for each of half a million quotes. ``previous``: each quote's
    cluster in the parent version, which a refresh keeps. (``bucketed_quote_clusters`` with every text in one
    bucket held in memory.)"""
    rows = [(index, speakers[index] or "", key) for index, key in enumerate(keys)]
    digests = np.fromiter((key_digest(key) for key in keys), dtype=np.int64, count=len(keys))
    return bucketed_quote_clusters(digests, 1, lambda _: iter(rows), threshold, previous)


def key_digest(key: str) -> int:
    """A signed 64-bit digest of a normalised quote text: equal texts have equal digests."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


def bucketed_quote_clusters(
    digests: np.ndarray, buckets: int, read: Callable[[int], Iterator[tuple[int, str, str]]], threshold: float,
    previous: Sequence[str | None] = (),
) -> dict[int, str]:
    """``joined_quote_clusters`` of quotes known by their texts' digests (``key_digest``, by index), their texts read
    a bucket of speakers at a time (``read(bucket)``: (index, speaker, text) rows in index order), so the corpus's
    texts are never held at once: exact repeats join by digest, near ones within a speaker's bucket, and clusters are
    named in two more passes over the buckets that hold one text a cluster."""
    count = len(digests)
    groups = Groups(count)
    order = np.argsort(digests, kind="stable")  # (equal digests by index: a run's first is its first quote)
    ordered = digests[order]
    opens = np.r_[True, ordered[1:] != ordered[:-1]] if count else np.empty(0, dtype=bool)  # where a run of equal texts opens
    firsts = np.empty(count, dtype=np.int64)
    firsts[order] = order[opens][np.cumsum(opens) - 1]  # each quote's first quote of the same words
    for index in np.flatnonzero(firsts != np.arange(count)).tolist():
        groups.join(int(firsts[index]), index)  # a repeat of the same words joins their first quote
    # each text under every speaker who said it (not only the first one met): which near-equal texts join must not
    # depend on the order the rows arrive in, or a refresh that moves a file to a new batch merges clusters anew
    for bucket in range(buckets):
        by_speaker: dict[str, dict[str, int]] = {}
        for index, speaker, key in read(bucket):
            if len(key.split()) >= NEAR_WORDS:
                by_speaker.setdefault(speaker, {}).setdefault(key, int(firsts[index]))
        for spoken in by_speaker.values():
            for keep, other in near_quote_joins(list(spoken.values()), list(spoken), threshold):
                groups.join(keep, other)
    # a cluster is named by the least of its members' texts, ties to the first quote (or, on a refresh, by the name
    # most of its members had, ties to the least name), as ``kept_names`` names one: the id depends on who is in the
    # cluster, not on the order rows arrived in, so a refresh that adds articles keeps the ids (and the parts) of others
    # (as arrays: a list of roots and a Counter of them took some 130 bytes a quote, the peak of a corpus-wide pass)
    roots = array.array("q", (groups.root(index) for index in range(count)))
    found = np.frombuffer(roots, dtype=np.int64) if count else np.empty(0, dtype=np.int64)
    shared = (np.bincount(found, minlength=count)[found] > 1).tobytes()  # a byte a quote: in a cluster of two or more
    least: dict[int, tuple[str, int]] = {}
    votes: dict[int, Counter[str]] = {}
    for bucket in range(buckets):
        for index, _, key in read(bucket):
            if not shared[index]:
                continue
            root = roots[index]
            if previous:
                votes.setdefault(root, Counter())[previous[index] or quote_cluster_name(key)] += 1
            elif root not in least or (key, index) < least[root]:
                least[root] = (key, index)
    named = ({root: min(counted, key=lambda n: (-counted[n], n)) for root, counted in votes.items()} if previous
             else {root: quote_cluster_name(key) for root, (key, _) in least.items()})
    names: dict[int, str] = {}
    for bucket in range(buckets):
        for index, _, key in read(bucket):
            name = named.get(roots[index])
            if name is not None and quote_cluster_name(key) != name:
                names[index] = name
    return names
