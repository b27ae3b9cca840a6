"""Paragraph quotes: find direct, partial, scare and indirect quotes in a paragraph and attribute each to a speaker.

The mechanism, paragraph by paragraph, in reading order:

1. ``quoted_spans`` finds every quotation: "…", “…”, ‘…’, «…», „…“, a straight closing mark after a curly
   opening one, and a quote left open at the paragraph's end (the convention for quotes that run on).
2. Quote contents are masked, so sentence splitting and cue finding never look inside a quotation.
3. Each quotation is classified: ``direct`` (a sentence or more, standing as its own clause), ``partial``
   (a fragment inside a reported sentence), ``scare`` (one word, or after "so-called": low confidence).
4. Attribution looks for a reporting cue (``QuoteWords``, from ``quote_words.yaml``) in the quote's own sentence, after the quote first
   ("…," he said), then before it (X said: "…"), and takes the actor mention next to the cue. Mediating cues
   ("BelTA cited X as saying", "the Kremlin press service quotes X", "…, the Belta news agency reported")
   give the mediator as ``via``. Pronouns and descriptors resolve through ``actors.Discourse``.
5. A sentence with no quotation marks but a cue and a clause ("X said that…", "According to X, …",
   "…, X said Saturday.") is an ``indirect`` quote.

Nothing here names a seed sentence: the cues are grammatical, the actors come from the registry.
"""


from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.stages.actors import SPOKESPERSON_ROLES, Discourse, Mention, MentionFinder, fold
from pipeline.stages.dates import DATELINE, DATELINE_HEAD, STAMP
from pipeline.stages.quotes.cues import (
    DATE_GAP,
    OUTLET_LISTENER,
    Cue,
    QuoteWords,
    find_cues,
    heard,
    is_listener,
    speaks,
)
from pipeline.stages.quotes.spans import QuotedSpan, dash_dialogue, interrupted, mask, quoted_spans, sentences
from pipeline.stages.words import alternation


@dataclass(frozen=True)
class FoundQuote:
    """A quote found in one paragraph, with offsets into that paragraph."""

    line_no: int
    kind: str
    start: int
    end: int
    text: str
    speaker: Mention | None
    via: Mention | None
    cue: str | None
    confidence: float


#: Cues of a state of mind, which report words only with the clause they lead ("was concerned that …"), not with an
#: object ("was concerned about the unrest").
_ATTITUDE_CUES = frozenset({"is concerned", "was concerned", "are concerned", "were concerned", "fears", "feared", "hopes", "hoped",
                            "believes", "believe", "believed", "thinks", "thought", "feels"})
#: The most words a title before a name in apposition holds ("Spokesman for the organization, X, stated.").
_TITLE_CLAUSE_WORDS = 8
# What may stand between a speaker and the cue: auxiliaries, adverbs, a short time phrase, commas.
_GAP_BEFORE = re.compile(
    r"^(?:[\s,)]|\([A-Z][\w.]*\)|has|have|had|was|were|is|are|also|then|later|further|again|reportedly|once|would|will|had|"
    r"only|already|recently|earlier|publicly|repeatedly|previously|always|consistently|constantly|himself|herself|itself|themselves|stess[oaie]|in\s+turn|on\s+\w+day|"
    r"for\s+(?:its|his|her|their)\s+part|dal\s+canto\s+suo|da\s+parte\s+sua|in\s+particular|in\s+particolare|"
    # (the body's meeting or text that speaks for it: "a CSTO summit said", "the Kremlin statement said")
    r"summit|session|meeting|declaration|statement|communiqu[eé]|vertice|riunione|sessione|dichiarazione|comunicato|"
    # ("…, a note released by the bloc on May 4 said": the day it was released)
    r"on\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?|on\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|"
    r"\w+ly|yesterday|today|tonight|ha|hanno|aveva|avevano|avrebbe|avrebbero|inoltre|anche|poi|oggi|ieri|nel\s+frattempo|intanto|frattanto|quindi|infine|"
    # (an Italian adverb between the auxiliary and its participle: "ha subito indicato", "ha nuovamente ribadito")
    r"\w+mente|subito|già|ancora|sempre|pure|"
    r"who|which|il\s+quale|la\s+quale|i\s+quali|le\s+quali|"
    # (and the Italian relative pronoun right after the comma that closes the name: "X, che ha precisato: «…»")
    r"(?<=,\s)che|(?<=,)che|"
    # (the Italian day before the verb: "Vladimir Putin lunedì ha dichiarato che")
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|stamane|stamattina|stasera|"
    r"however|though|instead|tuttavia|però|invece|"
    # (and an adverb of degree or time before the verb: "X even said", "X still says", "X now says", "X never said")
    r"even|still|now|never|persino|perfino|addirittura)*$",
    re.IGNORECASE,
)
#: A descriptor and the name in apposition after it: "il vice premier kirghiso, Edil Baisalov", "il capo di Stato
#: maggiore …, il colonnello generale Anatolij Sidorov", "the head of the delegation, First Deputy Minister …"; a given
#: name the registry does not spell so may stand before a registered surname ("il ministro …, Sergij Petrov": the surname is the mention).
_APPOSED_NAME = re.compile(
    r"^[^.;:]{0,70}?,\s*(?:(?:il|la|lo|the)\s+)?(?:(?!(?:that|che|which|who|whom)\s)(?:[a-zà-ù-]+|(?:[A-Z][a-z]+-)?(?:General|Colonel|Admiral|First|Deputy|Vice|Acting|Senior))\s+){0,3}"
    # (a rank abbreviated: "il capo di Stato maggiore, gen. X", "…, Col. Gen. X")
    r"(?:(?:gen|col|lt|maj|capt|adm|Gen|Col|Lt|Maj|Capt|Adm)\.\s*){0,2}"
    r"(?:[A-Z][a-zà-ÿ]+\s+)?$"
)
#: A title's words alone, however many, to the comma before its holder's name: " del servizio per i rapporti con
#: l'estero del ministero della Difesa kazako, " (no mark, no clause: only words).
_LONG_TITLE_RUN = re.compile(r"(?:\s+[\w'’-]+)+\s*,\s*")
_LONG_TITLE_CHARS = 130
#: The rest of a body's name between a title "of" it and the holder's name: " Joint Staff " ("Chief of the CSTO Joint Staff X").
_NAME_RUNS_ON = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]+){1,4}\s+")
#: A participle's agent right before a name: " approved by ", " firmato da " (the name is who acted, not an apposition).
_BY_AGENT = re.compile(r"\b(?:by|da|dal|dalla)\s+(?:(?-i:[A-Z])[\w-]+\s+)?$", re.IGNORECASE)
_AGENT_BEFORE = re.compile(r"(?:\bby|\bof|\bto|\bwith|\bfrom|\bfor|\bowned|\bled)\s*$", re.IGNORECASE)
#: The auxiliaries and adverbs that may stand between an aside's closing comma and the cue: "had ", "also ", "dal canto suo ".
_CUE_AUXILIARIES = (r"(?:(?:has|have|had|also|then|later|earlier|previously|already|further|ha|hanno|aveva|avevano|anche|poi"
                    r"|dal\s+canto\s+suo|da\s+parte\s+sua|for\s+its\s+part|for\s+his\s+part|for\s+her\s+part),?\s+)*")
#: ("X, the foreign minister of Y, which this year chairs the bloc, said": a title and a relative clause on it)
#: (a title that lists what its body covers keeps the list's commas: ", chairman of the committee for CIS, Eurasian
#: integration and compatriots, ")
_APPOSITIVE = re.compile(r"^\s*,[^,;:.]{0,160}(?:,\s*[^,;:.]{1,60}?\s(?:and|e|ed)\s[^,;:.]{1,60})?"
                         r"(?:,\s*(?:which|who|che|il\s+quale|la\s+quale)\b[^,;:.]{0,120})?,\s*"
                         # (and the cue's auxiliary or adverb after the closing comma: "X, who commands the mission, had announced")
                         rf"{_CUE_AUXILIARIES}$")
_QUOTE_MARK = re.compile(r"[\"“”«»„]")
#: A body's kind, then its short name in marks: "the political movement of Valleya «Green Step»", "the party “Ak Jol”".
_BODY_IN_MARKS = re.compile(r"\b(?i:movement|party|organi[sz]ation|association|union|coalition|front|foundation|group)\s+"
                            r"(?:of\s+(?-i:[A-Z])[\w'’-]*\s+)?[«“\"](?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})[»”\"]")
#: A short name in quotation marks: «Valley Forward», “Ata Jurt” (a body's or an operation's name, no one's words).
_MARKED_NAME = re.compile(r"[«“\"](?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}[»”\"]")
_RELATIVE = re.compile(r"^\s*,\s*(?:who|which|che|il quale|la quale|a|an|the|un|una)\b[^;:]{0,150},\s*$", re.IGNORECASE)
#: An apposition opened by an indefinite article: ", un'altra ex repubblica …", ", a former Soviet republic …".
_INDEFINITE_APPOSITION = re.compile(r"\s*,\s*(?:un['’]\s*altr[ao]|un['’]|una|uno|un|another|an?)\s", re.IGNORECASE)
#: An aside that glosses a name, between commas, right before the cue: ", as the union is called, ", ", come è noto, ".
_AS_KNOWN = re.compile(r"\s*,\s*(?:as\s+[^,;:.]{1,60}?\s+(?:is|are|was|were)\s+(?:known|called)|come\s+(?:è|sono)\s+(?:noto|nota|noti|chiamat[oaie]))"
                       rf"\s*,\s*{_CUE_AUXILIARIES}", re.IGNORECASE)
#: An aside between dashes that ends right before the cue: " – che conta sei Stati – ha ".
_DASHED_ASIDE = re.compile(r"\s+[–—-]\s[^–—;:.]{1,160}?\s[–—-]\s+(?:(?:has|have|had|also|then|ha|hanno|aveva|avevano|inoltre|anche|poi)\s+)*")
#: A dative before a mention: the listener ("agli alleati Csto", "to the allies").
_LISTENER_BEFORE = re.compile(r"\b(?:ai|agli|alle|al|alla|allo|to)\s+(?:[\w'’]+\s+)?$", re.IGNORECASE)
#: A relative clause that runs on to the cue: ", che in estate agli alleati … ha spiegato".
_RELATIVE_OPEN = re.compile(r"^\s*,\s*(?:che|who|il quale|la quale|i quali|le quali)\b[^;:.]{0,150}$", re.IGNORECASE)
#: An appositive after a name, then the relative pronoun that opens the cue's clause: ", direttrice della testata Rt, che ha ".
_APPOSITIVE_RELATIVE = re.compile(r"^\s*,[^,;:.()]{1,160},\s*(?:che|who|il\s+quale|la\s+quale)\s+(?:(?:ha|has|had|have|è|was|is|also|anche|poi|then|later)\s+)*$",
                                  re.IGNORECASE)
#: An appositive after a name, to the end of the body it names: ", direttrice della testata Rt".
_APPOSITION_HOLDS = re.compile(r"\s*,[^,;:.()]{1,160}")
_SPEAKER_TYPES = ("person", "organisation", "media", "country", "anonymous", "document")
#: A quotation just closed before a name: "…,” ", "…» ".
_QUOTE_CLOSED = re.compile(r"[”\"»]\s*,?\s*$")
#: A comma right before a word: the word opens a clause of its own (", Ushakov said").
_CLAUSE_COMMA = re.compile(r",\s*$")
#: A verb of saying in the past, or in the present's third person, not a noun that names a report ("Media reports say"):
#: "said", "told", "added", "says" (English only: an Italian sentence opens on too many capitalised words that are no
#: one's name, "Come ha confermato X", "Secondo quanto ha detto").
_SAID_VERB = re.compile(r"(?:said|says|told|tells|\w{3,}ed)\b", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
#: A title in apposition after a name, then its verb of saying: ", the spokeswoman for the president, said".
_TITLED_THEN_SAID = re.compile(r",\s+(?:the|a|an|il|la|lo|l['’])\s*[^,;:.\"“”«»]{3,80},\s+(?:said|says|told|added|stated|noted|"
                               r"ha\s+detto|ha\s+dichiarato|ha\s+aggiunto|ha\s+affermato)\b")
#: A space and an auxiliary or adverb that may stand between a subject and its verb of saying: "X had said", "X has also
#: stressed", "X also said", "X later told".
_SPACE_AUX = re.compile(r"\s+(?:(?:had|has|have)\s+)?(?:(?:also|already|later|then|further|again)\s+)?")
#: A word of two letters or more, no digits.
_WORD = re.compile(r"[^\W\d_]{2,}")


#: What joins a title to the cue through its complements only: " of the Organization (X) of the Commonwealth … ", or
#: the name in brackets of the body the title already holds: "The head of the CSTO (Collective …) of the CIS".
_OF_CHAIN = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?(?:(?:of|del|della|dello|dei|degli|delle|dell['’])\b[^,;:.!?\"“”«»]*)?", re.IGNORECASE)


#: What may stand between an inverted cue and the name that ends its sentence: "said the spokesman for the president, ".
_INVERTED_GAP = re.compile(r"\s+(?:[\w'’.-]+,?\s+){0,7}")
#: How far before a name an inverted cue is looked for (characters).
_INVERTED_REACH = 80
#: The end of a sentence (or of the paragraph) right after a name.
_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?;]|$)")
#: A parenthesis closing right before a cue: "(… - <region>) recalled".
_CLOSING_PAREN = re.compile(r"\s*\)\s*")
#: "of" (or "from") between a person's name and the country or body that follows it: "President X of Armenia".
_OF_BETWEEN = re.compile(r"\s+(?:of|from|del|della|dell['’]|dal|dalla|dall['’])\s*(?:the\s+)?", re.IGNORECASE)
#: The words between a title and the body it names, its state among them: " of the Valleyan Republic ".
_OWNER_WORDS = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}", re.IGNORECASE)
#: A dash between a name and the title that follows it: "X – foreign ministry " (then "spokesperson, told").
_DASHED_TITLE = re.compile(r"\s+[–—-]\s+(?:[\w'’-]+\s+){0,4}")


def _before(cue: Cue, mentions: Sequence[Mention], masked: str, floor: int, loose: bool = False) -> Mention | None:
    """The mention that is the cue's subject: next to it, or before an appositive ("X, a channel owned by Y, reports")."""
    candidates = [m for m in mentions if m.end <= cue.start and m.start >= floor and m.actor_type in _SPEAKER_TYPES]
    if not candidates:
        return None
    nearest = candidates[-1]
    gap = masked[nearest.end : cue.start]
    glossed = next((m for m in reversed(candidates) if _AS_KNOWN.fullmatch(masked, m.end, cue.start)), None)
    if glossed is not None:
        return glossed  # ("The Union, as the pact is called, said …": the name the aside glosses speaks)
    opened = masked.rfind("(", floor, nearest.start) if _CLOSING_PAREN.fullmatch(gap) else -1
    if opened >= 0 and ")" not in masked[opened : nearest.start]:
        # "X (<constituency> - <region>) recalled that": a name the parenthesis holds and no registry does is no
        # subject; the person right before it is, else no one
        outside = [m for m in candidates if m.end <= opened]
        if outside and outside[-1].actor_type == "person" and not masked[outside[-1].end : opened].strip():
            return outside[-1]
        if nearest.kind == "unknown_name":
            return None  # (an acronym's expansion, "… of the CIS (Commonwealth of Independent States) says", is read as before)
    if (len(candidates) > 1 and candidates[-2].actor_type == "person" and candidates[-2].kind != "pronoun" and _GAP_BEFORE.match(gap)
            and _AND_OTHER.fullmatch(masked, candidates[-2].end, nearest.start)):
        # "X and other government officials said", "… have repeatedly said": the one named speaks for them all
        return candidates[-2]
    if len(candidates) > 1 and _LED_BY.fullmatch(masked, candidates[-2].end, nearest.start) and _GAP_BEFORE.match(gap):
        return candidates[-2]  # "L'Organizzazione (CSTO) guidata dalla Russia ha annunciato": the bloc, not its leader
    if (len(candidates) > 1 and nearest.actor_type in ("country", "organisation") and candidates[-2].actor_type == "person"
            and candidates[-2].kind != "pronoun" and _OF_BETWEEN.fullmatch(masked, candidates[-2].end, nearest.start) and not gap.strip()):
        return candidates[-2]  # "President X of Armenia said", "X from the bloc's secretariat said": the person, whose body follows the name
    titled = (next((m for m in reversed(candidates[:-1]) if m.actor_type == "person"), None)
              if len(candidates) > 1 and nearest.actor_type == "organisation" and not gap.strip() else None)
    if (titled is not None and titled.kind == "descriptor" and titled.resolved
            and (re.fullmatch(r"\s+(?:[A-Z][\w'’-]*\s+){0,2}", masked[titled.end : nearest.start])
                 or (_OF_BETWEEN.match(masked, titled.end) and _OWNER_WORDS.fullmatch(masked, titled.end, nearest.start)
                     and all(m.actor_type in ("country", "organisation") for m in candidates if titled.end <= m.start < nearest.start)))):
        # ("the Deputy Secretary of the Valleyan Republic Security Council added": the holder the title names again, whose
        # body and its state follow the title; not an unnamed "official of the bloc's press office", whose body speaks)
        return titled
    if (len(candidates) > 1 and nearest.kind == "descriptor" and candidates[-2].actor_type == "person" and candidates[-2].kind != "descriptor"
            and _DASHED_TITLE.fullmatch(masked, candidates[-2].end, nearest.start) and re.fullmatch(r"\s*,\s*", gap)):
        # "X – foreign ministry spokesperson, told the agency": the named person, titled after a dash (and not by a title
        # before a comma that ends the reported clause: "… replacing the secretary general, X – spokesperson, told")
        named = candidates[-2]
        name = str(named.extra.get("name", ""))
        if name and named.text.endswith(name) and "," in named.text:
            named = replace(named, start=named.end - len(name), text=name, role=None)
        return named
    for earlier in reversed(candidates):
        aside = _DASHED_ASIDE.match(masked, earlier.end, cue.start)
        if aside is not None and aside.end() == cue.start:
            # "L'alleanza – che conta sei Stati – ha ribadito che": the subject before the aside
            return earlier
    if _LISTENER_BEFORE.search(masked[max(floor, nearest.start - 24) : nearest.start]):
        # "X, che agli alleati della Csto ha spiegato …", "X, who told the allies in June …": whom one speaks to is no
        # subject; the relative pronoun stands for the person before it
        for earlier in reversed(candidates[:-1]):
            if _RELATIVE_OPEN.match(masked[earlier.end : cue.start]):
                return earlier
    if _AGENT_BEFORE.search(masked[max(floor, nearest.start - 12) : nearest.start]):
        for earlier in reversed(candidates[:-1]):
            if _APPOSITIVE.match(masked[earlier.end : cue.start][: masked[earlier.end : cue.start].rfind(",") + 1] + " "):
                return earlier
    if nearest.actor_type != "person" and _RELATIVE_OPEN.match(gap):
        # "X, direttrice della testata Rt, che ha precisato: «…»", "X, head of the Y agency, who said": the body the
        # appositive names is no subject; the relative pronoun stands for the person the appositive describes
        for earlier in reversed(candidates[:-1]):
            if earlier.actor_type == "person" and earlier.kind != "pronoun" and _APPOSITION_HOLDS.fullmatch(masked, earlier.end, nearest.end):
                return earlier
    if nearest.actor_type == "country":
        # ("Il comando del Kirghizistan, un altro Stato vicino alla Cina, ha detto":
        # a state an indefinite apposition names is no subject; the body it describes is)
        for earlier in reversed(candidates[:-1]):
            if (earlier.actor_type in ("organisation", "person") and _INDEFINITE_APPOSITION.match(masked, earlier.end)
                    and _APPOSITIVE.match(masked[earlier.end : cue.start])):
                return earlier
    if nearest.actor_type == "person" and nearest.kind != "pronoun" and _APPOSITIVE_RELATIVE.match(gap):
        return nearest  # ("X, direttrice della testata Rt, che ha precisato: «…»": the person the appositive describes)
    if re.fullmatch(r"\s*,\s*", gap):
        # "Pashinyan, who currently chairs the CSTO, said": the subject stands before the relative clause;
        # "Anna Petrova, head of the … committee of the parliament, said": the named person
        # stands before the appositive that names his institution.
        for earlier in reversed(candidates[:-1]):
            if _RELATIVE.match(masked[earlier.end : cue.start]):
                return earlier

    if nearest.actor_type != "person":
        # "The head of the Collective Security Treaty Organization (CSTO) of the CIS says": the bodies after "of" are
        # the title's complements; the title that heads them speaks (when the discourse resolved it to a registered
        # person and the body it heads is a registered international one: "the head of the Kyrgyz Border Service"
        # leaves the service)
        for index in range(len(candidates) - 2, -1, -1):
            earlier, complement = candidates[index], candidates[index + 1]
            if (earlier.actor_type == "person" and earlier.kind == "descriptor" and earlier.actor_id
                    and complement.actor_type == "organisation" and complement.actor_id and complement.country is None
                    and _OF_CHAIN.fullmatch(masked, earlier.end, cue.start)):
                return earlier
    if nearest.actor_type == "person" and _APPOSITIVE.match(gap):
        return nearest  # "Alexander Lapin, commander of the district's troops, said"
    if nearest.kind == "descriptor" and nearest.actor_id is None:
        # "“…,” Colonel General X, commander of the <Region> Guard District, said": the title in apposition is no
        # second speaker; the named person before it speaks
        for earlier in reversed(candidates[:-1]):
            if earlier.actor_type == "person" and earlier.kind in ("name", "unknown_name") and _APPOSITIVE.match(masked[earlier.end : cue.start]):
                return earlier
    if nearest.actor_type != "person":
        # "Anna Petrova, head of the … committee of the parliament, said", "Ivan Sokolov, this year's chair of
        # the council, said": the named person stands before the appositive.
        for earlier in reversed(candidates[:-1]):
            if earlier.actor_type == "person" and _APPOSITIVE.match(masked[earlier.end : cue.start]):
                return earlier
    for earlier in reversed(candidates):
        if earlier.actor_type in ("person", "organisation") and _CIRCUMSTANCE_ASIDE.fullmatch(masked, earlier.end, cue.start):
            # "X, in a phone conversation with his counterpart Y, also said": the one he spoke with is no subject
            return earlier
    for earlier in reversed(candidates):
        if earlier.actor_type in ("person", "organisation") and _INTERVIEW_GAP.fullmatch(masked, earlier.end, cue.start):
            # "X in an interview with a TV channel said", "X at a press conference in Moscow
            # said": whom one spoke to, and where, are no subject
            return earlier
    if (nearest.actor_type == "country" and len(candidates) > 1 and candidates[-2].actor_type in ("organisation", "anonymous")
            and _BODY_OF.fullmatch(masked, candidates[-2].end, nearest.start) and _GAP_BEFORE.match(gap)):
        # "the press department of the Western Command of Belarus announced": the body, not its country
        return _with_owner_body(candidates[-2], candidates[:-1], masked)
    if _GAP_BEFORE.match(gap):
        return _with_owner_body(nearest, candidates, masked)
    if nearest.kind == "descriptor" and nearest.actor_type == "person" and _TITLE_QUALIFIER.fullmatch(gap):
        return nearest  # "…, the commander of the group's joint staff said": a title and what it is of, no name
    for earlier in candidates:
        if earlier.actor_type in ("person", "organisation", "country") and earlier.kind in ("name", "unknown_name") and _COORDINATED.fullmatch(masked, earlier.end, cue.start):
            # "X warmly praised the drill and expressed confidence that": the subject of the first verb, not a
            # name in its object ("X met Y and said": X)
            return earlier
    if loose and len(gap.split()) <= 5 and not re.search(r"[,.;:]", gap):
        return nearest
    return None


#: Between a body and the state that leads it: " (CSTO) guidata dalla ", ", led by ".
_LED_BY = re.compile(r"\)?\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:(?:led|dominated|headed)\s+by|(?:guidat|dominat|capeggiat)[oaie]\s+da(?:l|lla|llo|ll['’])?)\s*(?:the\s+)?",
                     re.IGNORECASE)
#: A first predicate coordinated with the cue, unpunctuated: " warmly praised the drill's outcome and ".
_COORDINATED = re.compile(
    # (a title's abbreviation may stand in the object: "welcomed the visit of Mr. X to Y and said")
    # (or an irregular past: "X spoke about the West's unity and hinted that …")
    # (after the acronym in brackets that follows a name: "The <Organization> (XYZ) is not seeking … but says")
    r"(?:\s+\([^()]{1,30}\))?"
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z][\w'’-]*(?:ed|s)|spoke|met|held|made|gave|took|sent|paid|wrote)\s+(?:(?:(?-i:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj)\.|(?!(?:that|which|who|whom|che|said|says)\b)[^,.;:\"“”«»\s]+)\s+){0,14}?"
    # (a comma may close the first verb's object: "X presented the plan in detail, and assured that …"; and an aside may
    # follow it: "X spoke about the West's moves, including in the context of the war, and hinted that …")
    r"(?:(?!(?:that|which|who|whom|che|said|says)\b)[^,.;:\"“”«»\s]+,\s+"
    r"(?:(?-i:including|especially|notably|in\s+particular)\s+[^,.;:\"“”«»]{1,80},\s+)?)?"
    # (or a contrast: "X is not seeking shortcuts but says that …", "X non cerca scorciatoie ma dice che …")
    # (an auxiliary may open the second predicate: "X continues to support … and has said it shares …")
    r"(?:and|e|but|ma)\s+(?:(?:also|then|anche|poi|has|have|had|ha|hanno|aveva)\s+)*"
)
#: What a title is of, up to its cue, with no clause of its own: " of the group's joint military staff ".
_TITLE_QUALIFIER = re.compile(
    r"\s+(?:of|for|del|della|dello|dell['’]|dei|degli)\s*(?:the\s+)?(?:(?!(?:that|which|who|che|and|e)\s)[\w’'-]+\s+){1,5}"
    r"(?:(?:has|had|also|then|ha|aveva|anche)\s+)*",
    re.IGNORECASE,
)


#: An interview or a press conference between a subject and its cue, unpunctuated: " in an interview with … ".
_INTERVIEW_GAP = re.compile(
    # ("X, President of Y, at the summit in Z expressed the hope": a title in apposition, then the occasion)
    r"(?:,\s+[^,.;:]{2,60},)?"
    r"(?:\s+(?:in|during|at)\s+(?:an?|un['’]|una|the)\s*(?:interview|intervista|press\s+conference|conferenza\s+stampa|briefing"
    r"|summit|meeting|session|talks|forum|conference|ceremony|address|speech|vertice|riunione|sessione|incontro|cerimonia|discorso)"
    r"(?:\s+(?:with|to|in|a|al|alla|all['’]|con|on)\b[^,.;:]{0,60}?)?"
    # (or the gathering addressed by a participle: "X telling the bloc's summit said", "X addressing the forum stated")
    r"|\s+(?:telling|addressing|speaking\s+(?:at|to|before))\s+(?:the|a|an)\s+[^,.;:]{0,40}?\b(?:summit|meeting|session|forum|conference"
    r"|assembly|parliament|council|congress|gathering|audience)"
    # (or "in the course of" the speaker's own occasion, with where it was: "X durante un viaggio in Germania ha detto",
    # "X during his visit to Poland said")
    r"|\s+(?:nel\s+corso\s+d(?:el|ella|ell['’])|durante\s+(?:il|la|l['’]|un|una)|during|in\s+the\s+course\s+of)\s*(?:(?:suo|sua|his|her|its)\s+)?"
    r"(?:visita|viaggio|intervento|discorso|incontro|colloquio|visit|trip|speech|address|meeting|talks)\b[^,.;:]{0,60}?)"
    # (and the day it was given: "in an address to parliament Tuesday said")
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s+(?:(?:has|had|also|then|ha|aveva|anche)\s+)*",
    re.IGNORECASE,
)


def _with_owner_body(nearest: Mention, candidates: Sequence[Mention], masked: str) -> Mention:
    """An unregistered body named as part of another: "the General Staff of the Tajik Armed Forces reported" is the
    General Staff's word, named in full, not the armed forces'."""
    if nearest.kind != "unknown_name" or nearest.actor_type != "organisation" or len(candidates) < 2:
        return nearest
    part = candidates[-2]
    if part.kind != "unknown_name" or part.actor_type != "organisation" or not _BODY_OF.fullmatch(masked, part.end, nearest.start):
        return nearest
    return replace(nearest, start=part.start, text=masked[part.start : nearest.end])


_BODY_OF = re.compile(r"\s+(?:of|del|della|dello|dell['’]|dei|degli)\s*(?:the\s+)?", re.IGNORECASE)


#: A phrase that sets a sentence's scene, with no verb of its own: "Amid another day of protests", "Durante la visita".
_SCENE_PHRASE = re.compile(r"(?:amid|amidst|after|during|before|following|despite|in\s+the\s+wake\s+of|tra|fra|durante|dopo|prima\s+d[ie]l?(?:la|lo|gli|i|le)?)"
                           r"\s+[^,;:.!?]{1,80}", re.IGNORECASE)


#: Pronouns that are never a clause's subject: "according to him was …" names its source, it opens no clause.
_OBJECT_PRONOUNS = frozenset({"him", "them"})


def _after(words: QuoteWords, cue: Cue, mentions: Sequence[Mention], masked: str, ceiling: int) -> Mention | None:
    following = [m for m in mentions if m.start >= cue.end and m.end <= ceiling and m.actor_type in _SPEAKER_TYPES]
    if following and following[0].actor_type == "media" and _TO_LISTENER.search(masked[cue.end : following[0].start]):
        following = following[1:]  # "ha parlato ieri in un'intervista alla Ria il ministro X": Ria listens
    if following and following[0].actor_type == "person" and _OWNER_GAP.fullmatch(masked, cue.end, following[0].start):
        return _run_speaker(following, masked)  # "according to the group’s spokesperson X": the person its owner has
    if not following and cue.words.lower().split()[-1] in words.lone_surname_cues:
        # ("«…», ha osservato Petrenko.", "…, said Ivanenko.": a lone capitalised word that closes the attribution is
        # the surname of whoever spoke, though no registry holds it, when it ends as the region's surnames do)
        lone = words.lone_surname.match(masked, cue.end, ceiling)
        if lone is not None:
            return Mention(lone.start("name"), lone.end("name"), lone.group("name"), "unknown_name", None, "person")
    if not following or not words.gap_after.match(masked[cue.end : following[0].start]):
        return None
    if (following[0].kind == "pronoun" and not masked[cue.end : following[0].start].strip()
            and following[0].text.lower() not in _OBJECT_PRONOUNS and _CLAUSE_VERB_NEXT.match(masked, following[0].end)):
        return None  # ("X, as the group is known, said it might send …": the pronoun opens what was said; it says nothing)
    if (len(following) > 1 and following[1].actor_type == "person" and following[1].kind in ("name", "unknown_name")
            and _TITLE_OF.search(masked, cue.end, following[0].start) and re.fullmatch(r",\s*", masked[following[0].end : following[1].start])):
        return following[1]  # "…, ha affermato il consigliere presidenziale di X, Y": Y holds the title X gives
    second = (next((m for m in following[1:] if m.actor_type == "person" and m.kind in ("name", "unknown_name")
                    and masked[m.end :].lstrip().startswith(",")), None)
              if cue.kind == "according" and len(following) > 1 and following[0].kind == "descriptor" else None)
    if (second is not None and _LONG_TITLE_GAP.fullmatch(masked, following[0].end, second.start)
            and masked[second.end :].lstrip().startswith(",")):
        # ("According to the Chairman of the Council, commander of the Joint Forces Colonel General X, …", "…, head of
        # the planning staff of the Valleyan land forces army General X, …": a second title in apposition, however long,
        # its holder named right after it)
        return second
    return _titled_speaker(following, masked)


#: A verb right after a pronoun, which makes the pronoun a clause's subject: " might", " would", " had", " was".
_CLAUSE_VERB_NEXT = re.compile(r"\s+(?:would|will|might|may|could|can|should|must|had|has|have|was|were|is|are|did|does|do|\w{3,}ed)\b")


def _titled_speaker(following: Sequence[Mention], masked: str) -> Mention:
    """The speaker a run of mentions after a cue names: the name a long title gives ("named by the chief of the mission
    to the conference in Geneva X"), or the run's own speaker."""
    if (len(following) > 1 and following[0].kind == "descriptor" and following[1].actor_type == "person"
            and following[1].kind in ("name", "unknown_name") and _TITLE_TAIL.fullmatch(masked, following[0].end, following[1].start)
            and not _OWNER_BEFORE.search(masked, following[0].end, following[1].start)):
        return following[1]
    return _run_speaker(following, masked)


#: A word a title may hold: none that opens a clause, a list or a verb ("said", "who", "and", "is", "ha").
_TITLE_WORD = r"(?!(?:said|says|told|tells|who|which|that|and|but|or|is|was|were|are|has|had|have|e|che|ha|è)\b)[\w'’-]+"
#: The words of a title (and a second one set off by a comma) up to its holder's name, with no verb, clause or list
#: between: " of the Council, commander of the Joint Forces Colonel General ", " of the staff board, head of the planning
#: staff of the Valleyan land forces army General ".
_LONG_TITLE_GAP = re.compile(rf"(?:,?\s+{_TITLE_WORD}){{1,24}}\s+", re.IGNORECASE)
#: A preposition or an article right before a name, which makes the name the title's owner: "the adviser of ", "il
#: consigliere speciale di ".
_OWNER_BEFORE = re.compile(r"\b(?:of|for|to|the|di|del|della|dello|dell['’]|dei|degli|per|il|la|a|al|alla)\s+$", re.IGNORECASE)
#: The rest of a long title up to the name it gives, with no verb, clause or list between: " mission to the conference
#: in Geneva ".
_TITLE_TAIL = re.compile(rf"(?:\s+{_TITLE_WORD}){{1,10}}\s+", re.IGNORECASE)


#: An owner in the possessive between a cue and the person it names: " the group’s ", " the ministry's ".
_OWNER_GAP = re.compile(r"[\s,]*(?:the\s+)?[\w-]+['’]s\s+")
#: A title and the word that names whose it is, right before the owner: " il consigliere presidenziale di ".
_TITLE_OF = re.compile(r"\b[a-zà-ù]{4,}\s+(?:of|di|del|della|dello)\s*$")


#: An office's country or body between a descriptor and the name it introduces: " della Federazione Russa ", and
#: the title's lowercase qualifiers: "il capo del reparto bielorusso X" (a few words, none that opens a clause).
_OF_NAME = re.compile(r"^\s+(?:of|del|della|dello|dell['’]|dei|degli|di)\s*(?:the\s+)?(?:(?!(?:that|che|which|who|whom)\s)[\w’'-]+\s+){1,3}$")


#: A listener's preposition alone between two mentions: " a ", " to ".
_TOLD_GAP = re.compile(r"\s+(?:a|ad|ai|agli|alle|to)\s+")


def _run_speaker(following: Sequence[Mention], masked: str) -> Mention:
    """"commented INSOR head Igor Yurgens", "il ministro degli Esteri della Repubblica X": of a
    run of adjacent mentions, the person at its end speaks."""
    run = [following[0]]
    for mention in following[1:]:
        gap = masked[run[-1].end : mention.start]
        if _TOLD_GAP.fullmatch(gap):
            break  # ("…, ha spiegato il ministro kazako a X": X was told)
        if (len(gap) <= 8 and not re.search(r"[,.;:]", gap)) or _OF_NAME.match(gap) or _NAME_REST.fullmatch(gap):
            run.append(mention)
        else:
            break
    people = [m for m in run if m.actor_type == "person"]
    # (a name with its title after it and no comma, "referring to <Name> the official representative of …": the name)
    named = [m for m in people if m.kind in ("name", "unknown_name")]
    return named[-1] if named and people[-1].kind == "descriptor" and people[-1].start > named[-1].start else (people[-1] if people else run[0])


#: The rest of a body's name between a mention and the next: "<the Organization> Joint Headquarters <Name>" (and a
#: lower-case "organization" with its acronym in brackets: "<Name of the Treaty> organization (<ACRONYM>) Joint Staff <Name>").
#: (or written in lower case: "<the chief of the bloc> joint staff <Name>")
#: (and in Italian, the body's adjective and its owner: "<il capo del Comando> unificato (XY) della <Alleanza> <Name>")
_NAME_REST = re.compile(r"[\s()]*(?:(?:[A-Z][\w'’-]*|organi[sz]ation|joint|headquarters|staff|secretariat|press|service|council|assembly|committee"
                        r"|congiunt[oa]|unificat[oa]|della|dello|del|dei|degli)[\s()]+){1,5}")


_TO_LISTENER = re.compile(r"\b(?:to|a|al|alla|ai|agli|alle)\s+(?:the\s+)?$", re.IGNORECASE)
#: A mediating cue in the passive, its relay after it: "(as) quoted by", "citato da".
_RELAYED_BY = re.compile(r"\s+(?:by|da|dal|dalla|dai|dagli)\b", re.IGNORECASE)


#: What joins a named person to the unnamed others who speak with him: " and other ", " e altri ".
_AND_OTHER = re.compile(r"\s+(?:and|e)\s+(?:other|several\s+other|altr[ie]|diversi\s+altri)\s+(?:[\w-]+\s+)?", re.IGNORECASE)
#: What makes the noun after it an owner's complement: "… of the", "… delle".
_OWNER_OF = re.compile(r"\b(?:of(?:\s+the)?|del|della|delle|dei|degli|dello|dell['’])\s*$", re.IGNORECASE)
# (or up to the sentence's end, for a source that closes it: "…, according to the state news agency.")
_SOURCE_WORDS = re.compile(r"\s*((?:the|il|lo|la|l['’]|i|gli|le|an?)?\s*[\w'’-]+(?:\s+[\w'’()-]+){0,7}?)\s*(?=,|[.;]?\s*$)", re.IGNORECASE)


#: A body a name or a title owns, up to the end of its clause: "'s drug control agency,", "’s Office." (a country's
#: lower-case noun phrase, or an office's capitalised head noun; not "'s minister Name": a person named after it).
_OWNED_SOURCE = re.compile(r"['’]s\s+(?:(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*|(?:Office|Ministry|Service|Department|Committee|Agency|Bureau|"
                           r"Administration|Council|Chamber|Court))\s*(?=,|[.;]?\s*$)")
#: The head noun a body's name ends on: "National Chamber", "State Committee".
_BODY_HEAD = re.compile(r"\b(?:Chamber|Council|Committee|Service|Agency|Union|Association|Cent(?:er|re)|Institute|Ministry|Department|"
                        r"Office|Bureau|Foundation|Party|Assembly|Commission|Directorate|Inspectorate)$")
#: A name's capitalised words and the joints between them, from its start: "the National Chamber of Entrepreneurs".
_NAME_RUN = re.compile(r"(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]*)*")
#: An owner's complement right after a name: " of ", " of the ".
_OF_NEXT = re.compile(r"\s+of\s")
#: The most characters between "according to" and the name that opens its source ("according to the Attorney ").
_SOURCE_LEAD = 16
#: "secondo quanto reso noto", "according to what was announced": a report with no one named as its source.
_NO_SOURCE = re.compile(r"(?:quanto|ciò\s+che|what|it)\b", re.IGNORECASE)


#: A word of a name that may stay in lower case: "Crossroads of Peace", "Ponte dell'Amicizia".
_NAME_JOINTS = frozenset({"of", "the", "and", "for", "in", "on", "to", "a", "an", "di", "del", "della", "dei", "delle", "per", "e", "la", "il"})


def _label_line(line: str) -> bool:
    """True for a paragraph that is a label, not a sentence: a few words with no closing stop (a credit, a caption's
    byline, a group's name)."""
    stripped = line.strip()
    return len(stripped.split()) <= 8 and not stripped.endswith((".", "!", "?", ":", "…"))


def _title_case(text: str) -> bool:
    """True for words written as a name: every word capitalised but its joints ("Crossroads of Peace"), and more
    than one letter."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return (len(text.strip()) > 1 and bool(words) and words[0][:1].isupper()
            and all(w[:1].isupper() or w.lower() in _NAME_JOINTS for w in words))


def _source_words(cue: Cue, masked: str, ceiling: int) -> Mention | None:
    """The words after "according to" / "secondo quanto riferito da" up to the comma, as an unregistered
    source, when no actor of the registry stands there ("secondo quanto riferito dai portavoce dei governi …,")."""
    match = _SOURCE_WORDS.match(masked, cue.end, ceiling)
    if match is None or "X" * 3 in match.group(1) or _NO_SOURCE.match(match.group(1)):
        return None
    start = cue.end + (len(match.group(0)) - len(match.group(0).lstrip()))
    words = _RELAYED.split(match.group(1), maxsplit=1)[0]  # ("the police department cited by local outlets": the department)
    finite = _FINITE_WORD.search(words)
    if finite is not None and words[: finite.start()].strip():
        # ("…, which, according to a few analysts was vetoed by …,": no comma closes the source; its clause's verb does)
        words = words[: finite.start()].rstrip()
    named = _DESCRIBED_NAME.search(words)
    if named is not None:
        # ("secondo l'emittente statunitense Blue Orbit,": the name after what it is, not the description)
        return Mention(start + named.start("name"), start + named.end("name"), named.group("name"), "anonymous", None, "anonymous")
    return Mention(start, start + len(words), words, "anonymous", None, "anonymous")


#: A description in lowercase words, then the name it describes, to the source's end: "l'emittente statunitense Blue
#: Orbit", "the US broadcaster Blue Orbit" (not a name after an article or a joint: "the press service of the Defence Ministry").
_DESCRIBED_NAME = re.compile(r"(?-i:\b(?!(?:of|the|and|for|di|del|della|dello|dei|degli|delle|il|la|lo|le|gli|e|per)\b)[a-zà-ù][\w'’-]+)\s+"
                             r"(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)\s*$")


def _unsourced(words: QuoteWords, phrase: str) -> bool:
    """True for a source noun with no named owner ("the latest data", "the preliminary results of the vote", "i dati
    ufficiali"): figures that no one is said to have given (a body named after it is capitalised: "data of the
    Border Service")."""
    match = _UNSOURCED.match(phrase)
    return (match is not None and match.group(1).lower() in words.source_nouns
            and not any(word[:1].isupper() for word in phrase[match.end() :].split()))


#: An article and the adjectives a source noun may carry, then the noun: "the latest data", "i dati".
_UNSOURCED = re.compile(r"\s*(?:(?:the|an?|il|lo|la|l['’]|i|gli|le|una?|uno|un['’])\s*)?"
                        r"(?:(?:official|unofficial|latest|preliminary|updated|final|available|new|recent|rough)\s+)*"
                        r"([\w'’]+)(?:\s+(?:ufficiali|ufficiale|non\s+ufficiale|preliminari|aggiornat[ie]|definitiv[ie]))?", re.IGNORECASE)


#: What relays a source named after "according to": " quoted by", " cited by", " as reported by", " citato da".
_RELAYED = re.compile(r"\s+(?:quoted|cited|as\s+reported|reported)\s+by\b|\s+(?:citat[oa]|ripres[oa])\s+da\b", re.IGNORECASE)


def _owner_in_cue(cue: Cue, mentions: Sequence[Mention]) -> Mention | None:
    """The pronoun a cue holds as its source: "In her words, …", "A suo avviso, …" (the mention finder reads an Italian
    possessive as a pronoun only inside the phrases of ``possessive_sources``)."""
    return next((m for m in mentions if cue.start <= m.start and m.end <= cue.end and m.kind == "pronoun"), None)


def _body_after(words: QuoteWords, cue: Cue, masked: str, ceiling: int) -> Mention | None:
    """An unregistered body that speaks as the inverted subject of a cue: an article, a body noun and its
    qualifiers up to the clause's end ("ha riferito il comando delle forze congiunte, aggiungendo …")."""
    match = words.body_after.match(masked, cue.end, ceiling)
    if match is None or "XXX" in match.group("body"):
        return None
    return Mention(match.start("body"), match.end("body"), match.group("body"), "anonymous", None, "organisation")


_POSSESSIVE = re.compile(r"['’]s\b")
_OWNER_NEXT = re.compile(r"\s+(?:of\s+the|of|del|della|dello|dell['’]|dei|degli)\s*", re.IGNORECASE)


def _body_before(
    words: QuoteWords, cue: Cue, subject: Mention | None, mentions: Sequence[Mention], masked: str, floor: int
) -> Mention | None:
    """An unregistered body that is the cue's subject, with the actors that qualify it ("L'ufficio stampa del
    Distretto militare della Federazione Russa ha annunciato", "the alliance's joint headquarters reported"),
    else ``subject``; a registered actor that is the body itself ("the Russian Defence Ministry") stays."""
    # (from the closing mark of a quotation just before, when there is one: "“…,” the president's office said")
    match = words.body_before.search(masked, floor - 1 if floor and masked[floor - 1] in "\"”»" else floor, cue.start)
    if match is None or "XXX" in match.group("body"):
        return subject
    noun = match.start("noun")
    inside = [m for m in mentions if match.start("body") <= m.start < match.end("body")]
    if any(m.start <= noun < m.end and m.actor_id for m in inside):
        return next(m for m in inside if m.start <= noun < m.end and m.actor_id)  # "the ministry", resolved to an office
    if any((m.start <= noun < m.end and m.kind != "anonymous")
           or (m.actor_type == "person" and m.kind != "unknown_name" and not _POSSESSIVE.match(masked, m.end))
           for m in inside):
        return subject  # the body is a registered actor, or a named person speaks for it (not "the president's office")
    if subject is not None and not (match.start("body") <= subject.start < match.end()):
        return subject  # (a place in apposition, "Il governo provinciale di X, in Kirghizistan, ha …", is not it)
    owner = _OWNER_NEXT.match(masked, match.end("noun"))
    if owner is not None:
        named = next((m for m in inside if m.start == owner.end() and m.actor_id), None)
        if named is not None:
            return named  # "the press office of the Armenian Foreign Ministry": the ministry speaks
    return Mention(match.start("body"), match.end("body"), match.group("body"), "anonymous", None, "organisation")


#: A title a possessive opens, up to the comma of its holder's name in apposition: "'s press secretary, ".
_TITLE_OF_POSSESSIVE = re.compile(r"['’]s\s+(?:(?:[\w-]+\s+){0,4}?[\w-]+\s*,\s*)?")


def named_in_apposition(speaker: Mention, mentions: Sequence[Mention], masked: str, cue: Cue | None = None) -> Mention:
    """The person a descriptor or an office is followed by in apposition, else the speaker itself; and for a
    principal named after a spokesperson ("a spokeswoman for President X said"), the spokesperson.

    An apposition stands between the subject and its ``cue``: in "the Belarusian leader said, implying X's
    refusal", X is no apposition of the leader."""
    voice = _voice_of(speaker, mentions, masked)
    if voice is not None:
        # ("ha dichiarato il consigliere di Putin, Ivan Morozov": the aide, named in apposition after his principal)
        named = _apposed(speaker, mentions, masked, cue)
        if named is not None and named.kind in ("name", "unknown_name"):
            return named
        # ("…, Petrova, the spokeswoman for the president, said": the spokesperson named right before the title)
        return next((m for m in reversed(mentions) if m.end <= voice.start and m.actor_type == "person" and m.kind in ("name", "unknown_name")
                     and _COMMA_ONLY.fullmatch(masked, m.end, voice.start)), voice)
    if speaker.kind not in ("descriptor", "anonymous") and speaker.actor_type == "person":
        return speaker
    if speaker.kind == "descriptor" and not speaker.resolved and speaker.country is None:
        # "i leader dei paesi dell'Organizzazione …", "the heads of the member states of the CSTO": together, the bloc
        bloc = next((m for m in mentions if m.start >= speaker.end and m.actor_type == "organisation" and m.actor_id
                     and _MEMBERS_OF.match(masked[speaker.end : m.start])), None)
        if bloc is not None:
            return replace(bloc, start=speaker.start, end=speaker.end)  # the bloc speaks, from where its members stand
    return _apposed(speaker, mentions, masked, cue) or speaker


def _apposed(speaker: Mention, mentions: Sequence[Mention], masked: str, cue: Cue | None) -> Mention | None:
    """The person named in apposition after ``speaker`` (before its ``cue``, or as the cue's inverted subject), if any."""
    ceiling = cue.start if cue is not None and cue.start >= speaker.end else len(masked)
    for mention in mentions:
        if (speaker.role == "aide" and mention.start >= speaker.end and mention.actor_type == "person"
                and _PRINCIPAL_GAP.match(masked[speaker.end : mention.start])):
            # ("il consigliere speciale di Putin, Ivan Morozov": past the principal he serves, the aide's own name)
            speaker = replace(speaker, end=mention.end)
            continue
        if mention.start >= speaker.end and mention.actor_type == "person" and mention.kind in ("name", "unknown_name"):
            # past the cue, only its inverted subject (", ha dichiarato il Primo Ministro X"), not a clause after it
            inverted = cue is not None and mention.start >= cue.end and not re.search(r"[,;:.]", masked[cue.end : mention.start])
            # (not the agent of a participle after it: "Russia's strategy, recently approved by President X, …")
            gap = masked[speaker.end : mention.start]
            # (a title's words alone may run long before the name: "il capo del servizio per … kazako, X")
            named_after = _APPOSED_NAME.match(gap) or (speaker.kind == "descriptor" and len(gap) <= _LONG_TITLE_CHARS
                                                       and _LONG_TITLE_RUN.fullmatch(gap))
            apposed = (mention.end <= ceiling or inverted) and ((named_after and not _BY_AGENT.search(masked, speaker.end, mention.start)) or (
                # "Chief of the CSTO Joint Staff X": a title of a body whose name runs on into the holder's name
                speaker.kind == "descriptor" and speaker.qualifier is not None and _NAME_RUNS_ON.fullmatch(masked, speaker.end, mention.start)))
            if apposed and cue is not None and cue.kind == "according" and not masked[mention.end :].lstrip().startswith(","):
                apposed = None  # "According to the ministry, X and Y discussed …": X opens the clause the source reports
            return mention if apposed else None
    return None


#: Between an aide's title and the principal he serves: " speciale di ", " to the ".
_PRINCIPAL_GAP = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:for|of|to|del|della|dello|di)\s+(?:the\s+)?$", re.IGNORECASE)
#: Between a title and a bloc whose members' holders of it speak together: " dei paesi dell'Organizzazione del Trattato … (".
_MEMBERS_OF = re.compile(
    r"\s+(?:of\s+the|of|dei|degli|delle)\s+(?:[\w-]+\s+)?(?:member\s+)?(?:paesi|stati|countries|states|nations|nazioni)(?:\s+membri)?"
    r"\s+(?:della|dell['’]|del|of\s+the|of)?[^,.;:]{0,70}$", re.IGNORECASE)

#: What stands between a spokesperson and the principal they speak for: "for", "of", "to", "del", "di".
_FOR = re.compile(r"^\s+(?:for|of|to|del|della|dello|di)\s+(?:the\s+)?$", re.IGNORECASE)
_VOICES = SPOKESPERSON_ROLES | {"aide"}  # (an aide to X speaks for X: "an aide to the president said")


def _voice_of(speaker: Mention, mentions: Sequence[Mention], masked: str) -> Mention | None:
    """The spokesperson descriptor just before ``speaker`` that speaks for it, if any (none when ``speaker`` is
    a named spokesperson: "the spokesman of President X, Y" or a title that runs on into the spokesman's name)."""
    if speaker.kind == "name" and speaker.role in _VOICES:
        return None
    for mention in mentions:
        if (mention.end <= speaker.start and mention.kind == "descriptor" and mention.role in _VOICES
                and _FOR.match(masked[mention.end : speaker.start])):
            return mention
    return None


@dataclass(frozen=True)
class Attribution:
    """Who a cue gives as speaker, the mediator if any, and the cue's words."""

    speaker: Mention
    via: Mention | None
    cue: Cue


def attribute(
    words: QuoteWords, cues: Sequence[Cue], mentions: Sequence[Mention], masked: str, lo: int, hi: int, loose: bool = False
) -> Attribution | None:
    """Return the best speaker that the cues between ``lo`` and ``hi`` give, with any mediator.

    ``loose`` lets a few words stand between subject and cue ("X took the opportunity to warn: …").
    """
    pairs: list[tuple[Mention, Cue, Mention | None]] = []
    for cue in cues:
        if not (lo <= cue.start and cue.end <= hi):
            continue
        if cue.kind == "according" and _RELATIVE_SOURCE.match(masked, cue.end):
            # "X, secondo cui in città sarebbero entrati «…»", "X, according to whom …": the source is the one
            # named right before the relative pronoun
            antecedent = next((m for m in reversed(mentions) if m.end <= cue.start and _COMMA_ONLY.fullmatch(masked, m.end, cue.start)
                               and m.actor_type in _SPEAKER_TYPES), None)
            if antecedent is None:
                # ("dopo le parole di X sull'Iskander, secondo cui …", "X's remarks on the drills, according to which"):
                # the words named before the pronoun are the source's, and so whoever they are said to be of
                antecedent = next((m for m in reversed(mentions) if m.end <= cue.start and m.actor_type == "person" and m.kind != "pronoun"
                                   and _WORDS_OF.search(masked, max(0, m.start - 50), m.start)
                                   and _WORDS_OF_TAIL.fullmatch(masked, m.end, cue.start)), None)
            if antecedent is not None:
                pairs.append((antecedent, cue, None))
            continue
        if cue.kind == "according":
            gap = words.source_gap.match(masked, cue.end, hi)
            past_gap = replace(cue, end=gap.end()) if gap is not None else cue  # "secondo le informazioni del ministero"
            # (a cue that holds its source, "In her words,", names no one after it)
            speaker = _owner_in_cue(cue, mentions) or _after(words, past_gap, mentions, masked, hi) or _source_words(cue, masked, hi)
            if (speaker is not None and speaker.start - cue.end <= _SOURCE_LEAD and speaker.kind in ("name", "descriptor", "unknown_name")
                    and speaker.actor_type in ("country", "person") and _OWNED_SOURCE.match(masked, speaker.end, hi)):
                # "according to Russia's drug control agency,", "according to the Attorney General's Office.": a body the
                # name or the title owns is the source, unregistered
                speaker = _source_words(past_gap, masked, hi) or speaker
            if speaker is not None and speaker.actor_id is None and (speaker.kind == "anonymous" or (
                    # (and a body's capitalised name cut at its "of": "according to the National Chamber of Entrepreneurs of X")
                    speaker.kind == "unknown_name" and _BODY_HEAD.search(speaker.text) is not None and _OF_NEXT.match(masked, speaker.end))):
                # ("secondo la polizia di frontiera del Kirghizistan, …": an unregistered body's name runs to the comma, not
                # only its head noun, the state that owns it too; not when a registered body or person stands in the rest)
                whole = _source_words(past_gap, masked, hi)
                if (whole is not None and whole.start <= speaker.start and speaker.end < whole.end
                        and whole.text.split()[-1].lower() not in words.issued_texts  # (not "a Defence Ministry statement")
                        and not any(speaker.end <= m.start < whole.end and m.actor_id and m.actor_type != "country" for m in mentions)):
                    if speaker.kind == "unknown_name":
                        # (the name only, to its last capitalised word: "the National Chamber of Entrepreneurs of the country")
                        run = _NAME_RUN.match(whole.text)
                        whole = replace(whole, end=whole.start + run.end(), text=run.group(0)) if run is not None else whole
                    speaker = replace(whole, actor_type=speaker.actor_type)
            # (a document that is the source's head, not its owner's complement: "the press office of the drills")
            if (speaker is not None and speaker.kind == "anonymous"
                    and any(not _OWNER_OF.search(speaker.text, 0, m.start()) for m in words.document.finditer(speaker.text))
                    and speaker.text.split()[-1].lower() not in words.issued_texts):
                continue  # "According to the Treaty, …": what a text lays down, not what someone said
            if speaker is not None and speaker.kind == "anonymous" and _unsourced(words, speaker.text):
                continue  # "According to the latest data, …": figures with no one named as their source
            if (speaker is not None and speaker.actor_id is None and _MEDIA_AT_LARGE.fullmatch(speaker.text)
                    and cue.words.lower().startswith(("according", "secondo"))):
                continue  # "According to Armenian mass media, …": the press at large sources a fact, as "…, TASS reported" does
            if (speaker is not None and (speaker.actor_type == "media" or _OUTLET_REPORT.search(speaker.text))
                    and any(c.kind == "speech" and c.end <= cue.start and not re.search(r"[.!?]\s", masked[c.end : cue.start]) for c in cues)):
                # ("X stressed that, “…,” according to The Hindu report": the outlet relays what the speech cue before it
                # gives X, no speaker of its own)
                continue
            if speaker:
                pairs.append((speaker, cue, None))
        elif cue.kind == "passive":
            speaker = _before(cue, mentions, masked, lo)
            after = _after(words, cue, mentions, masked, hi) if cue.words.lower().endswith("by") else None
            if speaker:
                pairs.append((speaker, cue, after))
        elif cue.kind == "mediating":
            mediator = _before(cue, mentions, masked, lo)
            speaker = _after(words, cue, mentions, masked, hi)
            if speaker is not None and _RELAYED_BY.match(masked, cue.end):
                # "X stated in its declaration, as Y quoted it": X's words, relayed by Y (not "Y quoted X as saying"); with no
                # X right before the cue, whoever the sentence's other cue names speaks
                if mediator is None:
                    continue
                speaker, mediator = mediator, speaker
            if speaker is not None and speaker.actor_type != "media":
                pairs.append((speaker, cue, mediator))
            elif mediator is not None:
                pairs.append((mediator, cue, None))
        elif cue.words.lower() in words.gerund_cues:
            # "Il ministro ha criticato gli alleati, compresi due vicini, affermando che …":
            # the gerund's subject is the sentence's, not the last actor named before it, unless "with" gives
            # it its own ("amid tensions, with X saying …")
            own = next((m for m in mentions if lo <= m.start and m.end <= cue.start and _WITH_OWN.search(masked[lo : m.start])
                        and not masked[m.end : cue.start].strip()), None)
            with_body = _WITH_BODY.search(masked, lo, cue.start) if own is None else None
            body = words.body_before.match(masked[with_body.start("body") : cue.start]) if with_body is not None else None
            if with_body is not None and body is not None and not masked[with_body.start("body") + body.end("body") : cue.start].strip():
                # "…, with the service adding that …": an unregistered body of its own
                at = with_body.start("body")
                own = Mention(at + body.start("body"), at + body.end("body"), body.group("body"), "anonymous", None, "organisation")
            # ("…, Associated Press said, noting that …": the outlet goes on in its own words, the clause it introduces)
            relayed = next((m for m in mentions if m.actor_type == "media" and _MEDIA_SAID.fullmatch(masked, m.end, cue.start)), None)
            opener = own or relayed or _subject(words, mentions, masked, (lo, hi), cue.start)
            if opener is not None and opener.kind == "pronoun" and _EXPLETIVE.search(masked[opener.start : cue.start]):
                continue  # "It is worth recalling that …": the writer's aside, no one's words
            quoted_as = _QUOTED_AS.search(masked, lo, cue.start)
            if quoted_as is not None:
                # "<Agency> quoted X, a spokeswoman for Y, as saying that …": X's words, the agency only relays them
                named = [m for m in mentions if quoted_as.end("verb") <= m.start and m.end <= cue.start and m.actor_type in ("person", "organisation", "anonymous")]
                if named:
                    relay = next((m for m in mentions if lo <= m.start and m.end <= quoted_as.start() and m.actor_type == "media"), None)
                    pairs.append((named[0], cue, relay))
                    continue
            if opener is not None:
                pairs.append((opener, cue, None))
        else:
            before, after = _before(cue, mentions, masked, lo, loose), _after(words, cue, mentions, masked, hi)
            if after is not None and is_listener(words, masked, after.start, after.end, passive_only=True):
                after = None  # "The statement said the minister was told that …": the minister only heard it
            if after is not None and after.actor_type != "media" and _TO_LISTENER.search(masked, cue.end, after.start):
                after = None  # "… “…” and appealed to the bloc for aid": whom the words address, not who says them
            if before is None or before.actor_type != "person" or before.kind == "unknown_name":
                before = _body_before(words, cue, before, mentions, masked, lo)
            if (before is not None and before.kind == "pronoun" and _EXPLETIVE.search(masked[before.start : cue.start])
                    and not words.issued.search(masked, lo, before.start)):
                before = None  # "it was reported that …" names no one ("in the statement …, it is stated that" does)
            if before is None and _AND_CUE_BEFORE.search(masked[lo : cue.start]):
                before = _subject(words, mentions, masked, (lo, hi), cue.start)  # "X thanked Y for … and noted that …"
            if before is None and after is None:
                after = _body_after(words, cue, masked, hi)  # "…, ha riferito il comando delle forze congiunte"
            telling = cue.words.lower() in words.listener_cues
            if (before is not None and after is not None and before.actor_type == "country"
                    and _IN_PART_OF.search(masked, max(lo, before.start - 30), before.start)):
                before = None  # "«…», nel nord del Paese, ha riferito il ministero": a place, then who spoke
            speaker = before or after
            if not telling and before is not None and after is not None and "," in masked[before.end : cue.start] and _closes_clause(after, masked):
                speaker = after  # "…, ha spiegato il segretario stampa": the inverted subject speaks
            if telling and before is None:
                # "“…,” Viktor Vasiliev, Russia's ambassador to …, told RIA Novosti": whom one tells is the listener;
                # the speaker is the name that opens the attribution
                speaker = _subject(words, mentions, masked, (lo, hi), cue.start)
            joint = _joint_text(words, cue, masked, lo)
            if joint is not None:
                speaker, telling = joint, False  # "A memorandum signed by X and Y said …": the text, not a signer
            text = words.text_after.search(masked, lo, cue.start) if speaker is None and cue.kind == "speech" else None
            if text is None and speaker is None and cue.kind == "speech":
                text = words.text_inverted.match(masked, cue.end, hi)  # "«…», prosegue il comunicato."
            if text is None and speaker is None and cue.kind == "speech":
                # ("endorsed a statement of the Caspian states that demanded a deal “…”": the text the relative pronoun
                # stands for speaks)
                text = _RELATIVE_TEXT.search(masked, max(lo, cue.start - _RELATIVE_TEXT_REACH), cue.start)
            if text is not None:
                # "“…,” the statement says": the text told of speaks (as its issuer, the story's last speaker, when it has one)
                speaker = Mention(text.start("text"), text.end("text"), text.group("text"), "anonymous", None, "document", resolved=True)
            if speaker is not None:
                listener = after if telling else None
                pairs.append((speaker, cue, listener if listener and listener.actor_type == "media" else None))
    if not pairs:
        return None
    pairs = [(named_in_apposition(speaker, mentions, masked, cue), cue, via) for speaker, cue, via in pairs]
    people = [p for p in pairs if p[0].actor_type != "media"]
    media = [p for p in pairs if p[0].actor_type == "media"]
    # ("The country, according to the daily, would look west, and X said that “…”": the verb of speaking right
    # before a quotation is the quotation's own, whatever source the sentence named first)
    people = [p for p in people if p[1].kind == "speech" and _RIGHT_BEFORE.fullmatch(masked, p[1].end, hi)] or people
    speaker, cue, via = (people or media)[0]
    if via is None and people and media:
        via = media[0][0]
    return Attribution(speaker, via, cue)


#: A text named right before the relative pronoun that opens its cue: "a statement of the Caspian states that ", "the
#: resolution, which ".
_RELATIVE_TEXT = re.compile(r"(?P<text>\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:declaration|statement|resolution|communiqu[eé]|appeal|letter)"
                            r"(?:\s+(?:of|by)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?)\s*,?\s+(?:that|which)\s+$", re.IGNORECASE)
_RELATIVE_TEXT_REACH = 120


def _joint_text(words: QuoteWords, cue: Cue, masked: str, lo: int) -> Mention | None:
    """The text two or more parties signed, when it is the subject of ``cue``: "A memorandum signed by X and Y said",
    "…, the memorandum said" (it speaks for itself, as no one signer speaks for the others)."""
    found = words.joint_subject.search(masked, lo, cue.start)
    if found is None:
        return None
    return Mention(found.start("text"), found.end("text"), found.group("text"), "anonymous", None, "document", resolved=True)


#: What may follow a trailing attribution's verb to the sentence's end: a day, "on Tuesday", "at a press conference".
_CLOSES_SENTENCE = re.compile(r"(?:\s+(?:on\s+\w+|today|yesterday|on\s+\w+\s+\d{1,2}|at\s+an?\s+(?:press\s+conference|briefing)(?:\s+on\s+\w+)?))?\s*[.!?]?\s*", re.IGNORECASE)
#: A relative or "that" between a comma and a verb of speech: the comma opens no trailing attribution.
_THAT_WORD_BETWEEN = re.compile(r"\b(?:that|which|who|whom|che|chi)\b", re.IGNORECASE)
#: A relay that quotes someone "as" saying: "quoted Natallia X, a spokeswoman for Y, as ", "cited the minister as ".
#: (or with the participle after a comma: "quoted the district's command, saying “…”")
_QUOTED_AS = re.compile(r"\b(?P<verb>quot(?:ed|es|ing)|cit(?:ed|es|ing))\s+[^.;:]{2,120}?(?:,?\s+as|,)\s+$", re.IGNORECASE)
#: A country named as where something is, right before it: "in the south of ", "nel nord del ", "nella ".
_IN_PART_OF = re.compile(r"\b(?:in|nel|nella|nell['’])\s+(?:the\s+)?(?:[\w-]+\s+)?(?:of|del|della|dell['’]|di)\s*(?:the\s+)?$"
                         r"|\b(?:in|nel|nella)\s+$", re.IGNORECASE)

#: Nothing but "that" or a colon between a verb of speaking and what it introduces: "said that “", "ha detto: «".
_RIGHT_BEFORE = re.compile(r"\s*(?:that|che|:)?\s*", re.IGNORECASE)


#: "it was reported", "it is said": an impersonal passive, no speaker.
_EXPLETIVE = re.compile(r"^(?i:it)(?:['’]s\s+(?:worth|important\s+to)|\s+(?:was|is|has\s+been|had\s+been|è\s+stato"
                        # (and the writer's own aside: "It is worth recalling that …", "It’s worth noting that …", "It should
                        # be noted that …")
                        r"|(?:is|was)\s+worth|should\s+be|must\s+be|is\s+to\s+be|(?:is|was)\s+important\s+to))\s*$")
#: A noun right before a participle cue: ", a move " in ", a move denied by <X>".
_NOUN_PARTICIPLE = re.compile(r",\s*(?:a|an|the|which\s+was\s+a)\s+[\w-]+\s+$", re.IGNORECASE)


def _noun_participle(masked: str, start: int, cue: Cue) -> bool:
    """Whether ``cue`` is a participle a noun heads, its agent after it (", a move denied by Moscow", ", a claim rejected by
    X"): what the noun names was denied, the sentence before it is no one's words (not ", a spokesman said")."""
    return _NOUN_PARTICIPLE.search(masked, start, cue.start) is not None and masked[cue.end : cue.end + 4].lstrip().startswith("by")
#: A cue that shares the sentence's subject with the verb before it: "… and noted that", "… e ha aggiunto che".
_AND_CUE_BEFORE = re.compile(r"[^,;]\s(?:and|e|but|ma)\s+(?:(?:also|then|ha|anche|poi)\s+)*$")


#: A quotation that opens on a lowercase verb is a predicate someone said, never a title: "“has not been finalized”".
# (or a verb of the present that tells what the statements do: "X's statements “make the situation clear”")
_PREDICATE_OPEN = re.compile(r"\s*(?:has|have|had|is|was|were|are|will|would|should|must|can|could|does|did|è|sono|ha|hanno|sarà|sarebbe|"
                             r"make|makes|show|shows|prove|proves|remain|remains|mean|means|reflect|reflects|confirm|confirms|"
                             r"demonstrate|demonstrates|contradict|contradicts|rendono|mostrano|dimostrano|confermano)\b")


#: The most words a quoted phrase with no speaker may hold and still be a scare quote rather than a fragment.
_SCARE_WORDS = 3
#: A verb of naming (or "as") right before the article: the words are whoever named it so ("what X called a “…”",
#: "described the answer as a “…”").
_NAMED_BY = re.compile(r"\b(?:called|calls|call|dubbed|termed|labell?ed|as|come|definit[oaie]|chiamat[oaie]|definisce|definito)\s+"
                       # (and what is named between: "called these actions a “…”")
                       r"(?:it\s+|them\s+|this\s+|(?:these|those|such|his|her|its|their)\s+[\w-]+\s+)?(?:a|an|the|un|una|uno|il|lo|la|l['’])\s*[\"“«„]?$", re.IGNORECASE)
#: An article right before a quotation's opening mark: the quoted words are used as a noun ("a “…”", "the “…”", "una «…»").
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|un|una|uno|il|lo|la)\s+[\"“«„]?$|\bl['’]\s*[\"“«„]?$", re.IGNORECASE)


_OWNER_CHAIN = re.compile(r"\s*(?:of|del|della|dello|dei|degli|delle|dell['’])\b", re.IGNORECASE)


#: A concessive phrase alone before its comma ("Despite the calls for support", "Nonostante le pressioni"): no clause, no words.
#: The setting a sentence opens on, with no verb: "In his address to the Council", "Durante il suo intervento al vertice".
_SETTING_PHRASE = re.compile(r"\W*(?:in|at|during|after|before|following|upon|on|nel|nella|durante|dopo)\s+(?:his|her|their|its|the|a|an|il|la|l['’]|suo|sua|un|una)\s*"
                             r"(?:[\w-]+\s+){0,2}?(?:address|speech|remarks|statement|interview|meeting|talks|briefing|visit|"
                             r"discorso|intervento|incontro|colloquio|intervista)\b[^,;:]*", re.IGNORECASE)
_CONCESSIVE_PHRASE = re.compile(r"\W*(?:despite|in\s+spite\s+of|notwithstanding|regardless\s+of|nonostante|malgrado|a\s+dispetto\s+d\w*)\b[^,;:]*", re.IGNORECASE)
def _closes_clause(mention: Mention, masked: str) -> bool:
    """True when a mention after a cue ends its clause ("…, said Peskov.", "…, ha spiegato il portavoce, X"),
    so it is the cue's inverted subject; "X, said the CSTO session worked out …" has it open a reported clause."""
    rest = re.split(r"[,.;:!?]", masked[mention.end :], maxsplit=1)[0]
    if _OWNER_CHAIN.match(rest) and len(rest.split()) <= 12 and not re.search(r"\b(?:that|che)\b", rest):
        return True  # "…, hanno dichiarato il leader dei paesi dell'Organizzazione del Trattato …": whose it is
    return len(rest.split()) <= 3


#: A cue and its pronoun or named subject (and an auxiliary) right before a one-word quotation: "said it", "stated that
#: they", "said they should", "announced that <Capital> was".
_SAID_IT = re.compile(r"\b(?:said|says|stated|states|added|noted|announced|claimed|insisted)\s+(?:that\s+)?(?:it|he|she|they|we|(?-i:[A-Z])[\w'’-]*)"
                      r"(?:\s+(?:should|would|will|must|could|can|was|were|is|are|had|has|have))?\s*$", re.IGNORECASE)


#: A reported clause whose predicate the quoted word ends: "acknowledged that the situation on the border was ".
_SAID_IT_WAS = re.compile(r"\b(?:said|says|stated|acknowledged|admitted|noted|conceded|warned|added|stressed|insisted|believes|believed)"
                          r"\s+that\s+[^.;:“”\"«»]{1,100}?\b(?:was|is|were|are|remains|remained|had\s+been|has\s+been|would\s+be|will\s+be)\s*$",
                          re.IGNORECASE)

#: A verb that names something by the speaker's word, right before a quoted word or two: "blamed the riots on
#: foreign-backed “…”", "called them “…”", "described the move as “…”", "branded it “…”".
_CALLED_IT = re.compile(r"\b(?:blamed\b[^.;:“”\"«»]{1,60}?\bon|called\s+(?:it|them|him|her|this|these)|"
                        # ("called these actions a “…”", "criticized NATO's “…”": the speaker's word for what he named)
                        r"called\s+(?:these|those|such|the|his|her|its|their)\s+[\w-]+|(?:critici[sz]ed|condemned|denounced|slammed|decried)\s+(?:the\s+)?[\w-]+['’]s?|"
                        r"described\s+(?:it|them|this|[\w-]+)\s+as"
                        # ("talked of a “betrayal” and an “…”", "speaking of a “slip”": the words the speaker used)
                        r"|(?:spoke|speaks|speaking|talked|talks|talking)\s+(?:of|about)(?:\s+(?:an?|the))?(?:\s+[\w-]+)?(?:\s*[“\"«][^”\"»]{1,40}[”\"»]\s+(?:and|or))?"
                        r"|branded\s+(?:it|them|\w+)|labell?ed\s+(?:it|them|\w+)(?:\s+as)?|dubbed\s+(?:it|them|\w+)|(?:condemned|denounced|critici[sz]ed|slammed|characteri[sz]ed)\s+as)(?:\s+(?:an?|the))?(?:\s+[\w-]+)?\s*$",
                        re.IGNORECASE)


#: A sentence that opens on an impersonal passive of speech: "È stato anche notato", "It was also stressed".
_IMPERSONAL_PASSIVE = re.compile(r"\s*(?:(?:È|E['’]|Era|Fu)\s+stat[oa]|(?:It|it)\s+(?:was|has\s+been))\s+(?:(?:anche|inoltre|poi|also|further)\s+)?"
                                 r"(?:(?:notat|sottolineat|rilevat|osservat|ribadit|evidenziat|precisat)[oa]|noted|stressed|underlined|"
                                 r"emphasi[sz]ed|pointed\s+out|observed)\b")
#: Someone's words named right before the name they are of: "le parole imprudenti di ", "the remarks by ".
_WORDS_OF = re.compile(r"\b(?:parole|dichiarazioni|affermazioni|commenti|frasi|remarks|words|comments|statements?)\s+(?:[\w'’-]+\s+){0,2}?"
                       r"(?:di|del|della|dello|dell['’]|by|of)\s*(?:the\s+)?$", re.IGNORECASE)
#: The rest of the words' phrase after the name, to the comma before the pronoun: " sull'Iskander russo, ".
_WORDS_OF_TAIL = re.compile(r"(?:\s+[^,;:.«»“”\"()]{1,40})?\s*,\s*")
#: An outlet's report named as a source: "The Hindu report", "a TASS report", "il resoconto dell'agenzia".
_OUTLET_REPORT = re.compile(r"\b(?:report|reports|newspaper|daily|agency|resoconto|quotidiano|agenzia)$", re.IGNORECASE)
#: A relative pronoun right after a source cue: "secondo cui", "secondo il quale", "according to whom".
_RELATIVE_SOURCE = re.compile(r"\s+(?:cui|il\s+quale|la\s+quale|i\s+quali|le\s+quali|whom|which)\b", re.IGNORECASE)
#: A comma alone, with its spaces.
_COMMA_ONLY = re.compile(r"\s*,\s*")
#: What names an event's or a document's title right before it: "on the theme:", "on the topic", "titled", "entitled",
#: "under the motto", "sul tema", "dal titolo".
#: A document's head noun opening a quotation: "strategy of …", "programma di …".
_DOCUMENT_HEAD = re.compile(r"(?:strategy|concept|doctrine|programme|program|plan|charter|strategia|concetto|dottrina|programma|piano|carta)\b",
                            re.IGNORECASE)
#: An article or a possessive, with at most two words after it, right before a quotation: "a ten-year", "the new", "una nuova".
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|un|una|uno|la|il|lo|l['’])(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)
_TITLED = re.compile(r"\b(?:on\s+the\s+(?:theme|topic|subject)|titled|entitled|under\s+the\s+(?:motto|slogan|title)|sul\s+tema|dal\s+titolo"
                     r"|intitolat[oa]"
                     # ("the topic of the exercises is “…”", "il tema delle manovre è «…»": what a thing is named, no one's words)
                     r"|the\s+(?:topic|theme|subject|title|name|motto)\s+(?:of\s+[^,.;:\"“”«»]{1,60}?\s+)?(?:is|was|will\s+be)"
                     r"|(?:il|lo)\s+(?:tema|titolo|nome|motto)\s+(?:d[\w'’]*\s+[^,.;:\"“”«»]{1,60}?\s+)?(?:è|era|sarà))\s*:?\s*$", re.IGNORECASE)


#: An aside between dashes (one a hurried page glues to the word it touches: "X -che è subentrato …, Y– ha deciso").
_GLUED_ASIDE = re.compile(r"\s([–—-](?:\s|(?=\w))[^–—.;:]{3,200}?(?:\s[–—-]|(?<=\w)[–—]))\s")
#: A phrase that opens with "of", no clause of its own: "di un elicottero …", "of the troops …".
_OF_PHRASE = re.compile(r"(?:di|del|della|dello|dei|degli|delle|dell['’]|d['’]|of)\s", re.IGNORECASE)
#: An Italian sentence that opens on its verb, its subject unsaid: "Ha accusato …", "Inoltre hanno chiesto …" (a past
#: participle after the auxiliary, regular or not: "sciolto", "detto", "preso"; not "Ha una …", "Hanno la …").
_OPENS_ON_VERB = re.compile(r"\s*(?:(?:inoltre|anche|poi|quindi|infine)\s+)?(?:ha|hanno|aveva|avevano)\s+(?:anche\s+|poi\s+|inoltre\s+)?"
                            r"[a-zà-ù]+(?:[aiu]t|lt|tt|st|rt|nt|ss|s)[oaie]\b", re.IGNORECASE)
#: A charge answered, right before the quoted words it is made in: "rispondere alle accuse di", "denied allegations that".
_ANSWERED_CHARGE = re.compile(
    r"\b(?:respond(?:ed|s|ing)?\s+to|answer(?:ed|s|ing)?|reject(?:ed|s|ing)?|den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)?"
    r"|rispondere|risponde|risposto|respint[oaie]|respingere|respinge|negat[oaie]|nega|negare|smentit[oaie]|smentisce|smentire)"
    r"\s+(?:to\s+)?(?:the\s+|alle\s+|le\s+|a\s+)?(?:accusations?|allegations?|charges?|claims?|accuse)\s+(?:of|that|di|che)\s*$",
    re.IGNORECASE)
#: What a charge is named by, right before the quoted term: "charged with", "on charges of", "con l'accusa di".
_CHARGE_TERM = re.compile(r"\b(?:charged\s+with|on\s+(?:the\s+)?charges?\s+of|convicted\s+of|indicted\s+for|con\s+l['’]accusa\s+di"
                          r"|accusat[oaie]\s+di|incriminat[oaie]\s+per)\s*$", re.IGNORECASE)
#: A day named for what happens on it: "la giornata della “…”", "the day of the “…”".
_DAY_OF = re.compile(r"\b(?:giornata|giorno)\s+(?:della|del|dell['’]|dei|delle)\s*$|\bday\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: A march, a procession or a rally right before a quoted name in capitals: "al corteo “Marcia per …”", "the rally “…”".
_MARCH_NOUN = re.compile(r"\b(?:corteo|marcia|manifestazione|march|rally|procession)\s*$", re.IGNORECASE)


#: A dash or a bullet alone before a paragraph's quotation: "- ", "• ".
_LEADING_BULLET = re.compile(r"^\s*[-–—•]\s*$")
#: A picture's credit that opens a caption, with nothing after it: "© Russian Foreign Ministry", "Photo: Ivan Petrov".
_PHOTO_CREDIT = re.compile(r"^\s*(?:©|\(c\)|(?:photo|foto|credit)\s*:)[^.!?:;\"“”«»]{0,60}$", re.IGNORECASE)

def classify(words: QuoteWords, line: str, masked: str, span: QuotedSpan, sentence_start: int) -> str:
    """Return direct, partial or scare for a quotation, from its form and its place in the sentence."""
    content = line[span.start : span.end].strip()
    count = len(content.split())
    before = masked[sentence_start : span.open_at].rstrip().removesuffix("\\").rstrip()  # (a scraper's escaped mark: \")
    before = _PHOTO_CREDIT.sub("", before)  # (a picture's credit glued before a caption's quotation: "© Foreign Ministry“…”")
    before = _LEADING_BULLET.sub("", before)  # (a wire's paragraph opened by a dash or a bullet: "- «…», ha detto X")
    if count <= 1 and _SAID_IT.search(before) and not re.match(r"\s*[,.;:]", line[span.close_at + 1 :] if span.close_at is not None else ""):
        return "partial"  # "The Kremlin said it “regretted” the decision": the one word is what it said
    if count <= 2 and _CALLED_IT.search(before):
        return "partial"  # "X blamed the riots on foreign-backed “bandits”": the word X used for them
    if count <= 1 and _SAID_IT_WAS.search(before):
        return "partial"  # "X acknowledged that the situation was “unfavorable”": the word X used for it
    if _TITLED.search(before):
        return "scare"  # "a round table on the theme: “…”", "a conference titled “…”": the title of an event, no one's words
    if _DOCUMENT_HEAD.match(content) and _DETERMINER_BEFORE.search(before):
        return "scare"  # "signed a five-year “programme of military cooperation”": a document's name, no one's words
    if span.lead and content[:1].isupper() and (before == "" or _ends_with_cue_or_colon(words, before)):
        return "direct"  # "“Cari amici – ha detto – …”": the opening words of a quotation its attribution interrupts
    if _CHARGE_TERM.search(before) or _DAY_OF.search(before) or (_MARCH_NOUN.search(before) and content[:1].isupper()):
        # "charged with “usurping power”": the charge's legal term; "la giornata della “…”", "al corteo “Marcia …”": an
        # event's name (not "una marcia “pacifica”", a word someone used of it)
        return "scare"
    if count <= 1 or re.search(r"(?i)\b(?:so-called|so called|cosiddett[aoei])\s*$", before):
        return "scare"
    stands_alone = before == "" or (before.endswith((":", ",", "—", "–", "-")) and _ends_with_cue_or_colon(words, before))
    sentence_like = content[:1].isupper() or content.startswith(("…", "...", "[", "("))
    if stands_alone and sentence_like and count >= 4:
        return "direct"
    if count <= 4 and all(w[:1].isupper() for w in content.split() if w.isalpha()):
        return "scare"  # a quoted name or title: "Operation Unbreakable Brotherhood"
    return "partial"


def _opens_with_cue(words: QuoteWords, text: str) -> bool:
    """True when ``text`` starts with a reporting cue ("ha constatato il segretario …", "said the minister")."""
    cues = find_cues(words, text)
    return bool(cues) and not text[: cues[0].start].strip()


def _ends_with_cue_or_colon(words: QuoteWords, before: str) -> bool:
    if before.endswith(":"):
        return True
    tail = before[-60:]
    return bool(find_cues(words, tail)) or tail.endswith(("—", "–"))


#: (a short time phrase may stand between: "announced on the 5th that", "said on Monday that", "said yesterday that")
_THAT_CLAUSE = re.compile(r"\s*(?:(?:on\s+(?:the\s+)?\w+(?:\s+[A-Z][a-z]+)?|yesterday|today|last\s+\w+|ieri|oggi)\s+)?(?:that|che|di)\b|\s*:",
                          re.IGNORECASE)
_THAT_NEXT = re.compile(r"\s*(?:that|che)\b|\s*:", re.IGNORECASE)


#: A clause with no "that": a capitalised subject and a finite verb ("mentioned Belarus is intent on …").
#: A verb that goes on with a speech, right before its inverted subject or right after it: "added the official", "ha
#: aggiunto il funzionario"; "the official added".
_GOES_ON_BEFORE = re.compile(r"\b(?:added|adds|continued|aggiunto|aggiunge|proseguito|continuato)\s+$", re.IGNORECASE)
_GOES_ON_AFTER = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?:added|adds|continued|went\s+on|ha\s+aggiunto|aggiunge|ha\s+proseguito)\b", re.IGNORECASE)
_SUBJECT_VERB = re.compile(
    r"\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:is|was|has|had|will|would|are|were|can|could|must|should|does|did|remains?|wants?|needs?)\b"
    # (or a body named with its article: "said the Serbian Interior Ministry has now notified …")
    r"|\s+the\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:has|have|had|will|would|is|was|are|were)\s+(?:already\s+|also\s+|now\s+)?[a-z]+ed\b"
    # (or a named subject and a verb of the past, an epithet before it: "mentioned non-member Azerbaijan shelled its …")
    r"|\s+(?:[a-z][\w-]*-[\w-]+\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?!(?:said|stated|added|noted)\b)[a-z]+ed\s+(?:its|their|the|his|her|a|an)\b"
    # (or a subject in quotation marks, the speaker's words for it: "said “certain talks” were held with …")
    r"|\s+[\"“«]X+[\"”»]\s+(?:is|was|were|are|has|have|had|will|would|could)\b"
    # (or a common noun with its article and the auxiliary of its own verb: "noted the bloc has grown since its founding",
    # "stressed the situation was under control"; not an object, "noted the importance of …")
    r"|\s+the\s+(?:[a-z][\w-]*\s+){1,2}(?:has|have|had|is|was|are|were|will|would)\s+(?:not\s+|already\s+|also\s+|now\s+)?[a-z]+\b"
)
#: "l'incontro che …": the "che" of an Italian relative clause after an article and a noun.
_RELATIVE_CHE = re.compile(r"(?:\b(?:il|lo|la|un|una|gli|le|i)\s+|\bl['’]\s*)\w+\s*$", re.IGNORECASE)  # (not "ieri", "inoltre")


#: "ha annunciato l'avvio di esercitazioni lungo il confine, che raggrupperanno …": after an object and a comma,
#: "che" opens a relative clause about the object.
_OBJECT_COMMA_CHE = re.compile(r"^\s*(?:il|lo|la|l['’]|un|una|gli|le|i)\b[^:;]*,\s*che$", re.IGNORECASE)


#: The last piece of a clause that a conjunction opens: "…, but on 10 January" leads into the attribution itself.
_JOINED_BEFORE = re.compile(r",\s*(?:but|and|yet|ma|e|però)\s+(?:on|in|at|since|then|il|l['’]|nel|dal|poi)\b\s*(?:[\w'’]+\s*){0,3}$",
                            re.IGNORECASE)
#: After a trailing cue: an object ("ha confermato l'incontro …") means the cue leads its own clause;
#: an adverbial ("said when asked …", "said on Thursday") means it closes the sentence's attribution.
#: (or a bare noun: "…, X revealed division between the members", "voiced concern over …"; or a possessive: "…, and X
#: declared their mission complete")
_OBJECT_NEXT = re.compile(r"\s*(?:the|a|an|il|lo|la|l['’]|un|una|gli|le|i|che|that|their|its|his|her)\b|\s*(?-i:[a-z])[a-z]+(?:ion|ment|ness|ity|ance|ence)s?\b"
                          r"|\s*(?:concern|support|hope|readiness|interest|regret|confidence|solidarity|dissatisfaction|alarm|outrage|gratitude)\b",
                          re.IGNORECASE)
#: Italian cues after which "come" reads as "that": "ha ricordato come …", "sottolinea come …".
_COME_CUE = re.compile(r"(?:ricord|spieg|sottoline|evidenzi|osserv|rilev|not|precis)\w*", re.IGNORECASE)
#: A relative pronoun after a trailing cue's circumstance: a "that" past it belongs to the relative clause ("…, she
#: said when asked about a report which claims that …").
_RELATIVE_AFTER = re.compile(r"\b(?:which|who|whose|il quale|la quale|i quali|le quali)\b", re.IGNORECASE)
#: A capitalised gerund that may open a sentence on a phrase of its own ("According to", "Regarding" and "Concerning"
#: name a source or a topic, not such a phrase).
_OPENING_GERUND = r"(?!(?i:according|regarding|concerning)\b)(?-i:[A-Z])[a-zà-ù]+(?:ing|ando|endo)"
#: That gerund and the preposition after it that open the phrase: "Writing in", "Scrivendo sul".
_GERUND_OPENING = (rf"{_OPENING_GERUND}\s+"
                   r"(?i:in|on|at|to|about|from|with|after|sul|sulla|sui|al|alla|ai|a|con|nel|nella|dal|dalla"
                   # (or its object: "Citing the UN chief, he said …" is not the chief speaking)
                   r"|the|his|her|their|its|il|la|lo|i|gli|le)")
#: An opening phrase not yet closed by its comma, before a sentence's subject: "For example, after the meeting with".
_OPENING_PHRASE = re.compile(
    r"\W*(?:(?:for\s+example|however|meanwhile|moreover|per\s+esempio|tuttavia|intanto),\s*)?"
    # (after the day it was: "On March 20, during a press conference with X, Y said")
    r"(?:(?:on|il|lo|l['’])\s+[^,;:]{1,30},\s*)?"
    r"(?:after|before|during|following|upon|ahead\s+of|dopo|prima|durante|in\s+seguito\s+a"
    # ("Writing in the daily X, …", "Scrivendo sul quotidiano X, …": the gerund's phrase, not the subject)
    rf"|{_GERUND_OPENING}"
    # (and the gerund right before its object's name: "Citing the UN chief, he said …")
    rf"|{_OPENING_GERUND}(?=\s+$))\b[^,;:]*$", re.IGNORECASE)
#: Words that give a quoted phrase to whoever named it so: "what he called a", "what the minister described as".
_WHAT_X_CALLED = re.compile(
    r"\b(?:what|ciò\s+che|quello\s+che|quella\s+che)\s+(?P<who>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:called|calls|described\s+as|describes\s+as|termed|terms|dubbed|labell?ed\s+as|ha\s+definito|definisce|ha\s+chiamato|chiama)\s+"
    r"(?:(?:an?|the|un[ao]?|il|la|l['’])\s*)?$", re.IGNORECASE)
#: A verb of naming and its object before a quoted name for it: "described the bloc's handling of the crisis as a",
#: "called the move", "ha definito la decisione" (not "called for", "called on": a request).
_NAMED_AS = re.compile(
    r"\b(?P<verb>described|describes|called|calls|labell?ed|labels|termed|terms|dubbed|dubs|branded|brands|characteri[sz]ed|"
    r"characteri[sz]es|ha\s+definito|hanno\s+definito|definisce|definiscono|ha\s+bollato|ha\s+chiamato|"
    # (and what one praised or hailed as something: "hailed the result as a “…”", "ha salutato l'accordo come un «…»")
    r"hailed|hails|praised|praises|welcomed|welcomes|ha\s+salutato|ha\s+elogiato|"
    # (and what one spoke of by a word of one's own: "ha parlato di elezioni «…»", "spoke of a “…”")
    r"(?:ha|hanno|aveva|avevano)\s+parlato\s+di|parla\s+di|parlano\s+di|spoke\s+of|speaks\s+of|talked\s+of)\s+"
    r"(?!(?:for|on|upon|in|up|off|back|per|a|ad)\b)"
    r"(?:(?!(?:to|for|that|but|which|who|while|di|che|ma|per)\b)[^.;:“”«»\"\s]+\s+){0,12}?"
    r"(?:as\s+|come\s+)?(?:(?:an?|the|un[ao]?|il|la|l['’])\s*)?$", re.IGNORECASE)
#: A sentence that opens by naming the source of what follows: "Citing Russian news agency TASS, …".
_CITING = re.compile(r"\W*(?:citing|quoting|referring\s+to|citando|riferendosi\s+a)\b[^,;:]*$", re.IGNORECASE)
#: A gerund of a second report after a comma: ", adding that …", ", noting that …" (where a setting ends).
_GERUND_AFTER = re.compile(r",\s*(?:adding|noting|stressing|saying|explaining|aggiungendo|sottolineando|spiegando)\b", re.IGNORECASE)
#: A participle phrase after a trailing cue: ", citing …", ", referring to …", ", adding …".
_GERUND_NEXT = re.compile(r"\s*,\s*(?!including\b)(?:[a-z]+ing|referring\s+to|citando|riferendosi\s+a)\b")
#: A parenthetical attribution inside a sentence that goes on with "but": "…, he said, but when the lease ends, …" (the
#: words on both sides are the speaker's).
_GOES_ON_BUT = re.compile(r"\s*,\s*(?:but|yet|ma|però)\s+")
#: A concession the narrator adds after a trailing cue: "…, the bloc's head stressed, although he called the situation
#: calm" (the attribution ends at its comma; the concession is no words of the speaker's).
_CONCEDES_AFTER = re.compile(r"\s*,\s*(?:although|though|sebbene|anche\s+se)\s+")
#: An absolute phrase after a source that closes its clause: ", with mobs burning …", ", while …", ", as …".
_ABSOLUTE_AFTER = re.compile(r"\s*,\s*(?:with|while|as|amid|con|mentre)\b", re.IGNORECASE)
#: (and its Italian settings: "nel corso del briefing", "a margine del vertice", "in occasione di", "al termine dei colloqui")
_ADVERBIAL_NEXT = re.compile(r"\s*(?:when|while|as|during|after|following|at|in|on|speaking|quando|mentre|durante|dopo"
                             r"|nel\s+corso|a\s+margine|in\s+occasione|al\s+termine|alla\s+fine)\b", re.IGNORECASE)


#: A day after the cue and then a pronoun with a finite verb: the reported clause of "said on Wednesday it would …"
#: (or "said last month it would …").
_DAY_THEN_PRONOUN = re.compile(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
    r"|yesterday|today|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))\s*,?\s+(?P<subject>it|he|she|they|we|there)\s+"
    r"(?:would|will|is|was|has|had|are|were|could|can|did|does|do|must|should|might|may)\b"
)


#: A pronoun subject and its finite verb right after a cue: "said he had no plans", "said they would" (a clause the
#: cue reports, not a circumstance of a trailing attribution).
_PRONOUN_CLAUSE = re.compile(r"\s+(?:he|she|it|they|we)\s+(?:would|will|is|was|had|has|are|were|could|can|did|does|must|should|might|"
                             r"saw|sees|thinks|thought|believes|believed|[a-z]+ed)\b")


#: A reported clause with no "that", after an optional adverb of time: "said (earlier) the statement would …".
#: A noun made from a verb, then "of", right after a cue: " the actualization of", " the signing of".
_NOUN_OBJECT = re.compile(r"\s+(?:the|a|an)\s+(?:[\w-]+\s+)?[\w-]+(?:tion|sion|ment|ance|ence|ity|ness|ure|ing)\s+of\b", re.IGNORECASE)
#: A relative pronoun and the subject of a verb of saying inside the relative clause: "which he ", "that the minister ".
_RELATIVE_SAID = re.compile(r"\b(?:which|that)\s+(?:he|she|they|it|the\s+[a-z]+|[A-Z][\w'’-]+)\s+$")
#: The finite verb that goes on a relative clause right after "said": " is", " were", " would".
_VERB_NEXT = re.compile(r"\s+(?:is|are|was|were|has|have|had|would|will|could|should|must|might|may|can)\b")
#: Verbs that take a clause, not a thing, after them ("analysts say the creation of X reflects …").
_SAYS = frozenset({"say", "says", "said", "saying", "believe", "believes", "believed", "think", "thinks", "thought", "crede", "credono", "ritiene", "ritengono"})
#: An object the infinitive after it qualifies: " a conference to be held", " the plan to hold" (no clause of its own).
_OBJECT_INFINITIVE = re.compile(r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+to\s+(?:be\s+)?[a-z]+\b", re.IGNORECASE)
#: A finite verb's auxiliary: what a reported clause with a subject of its own holds.
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|did)\b", re.IGNORECASE)
#: The verbs of an announcement whose clause may open with no "that" when a pronoun and a modal open it.
_ANNOUNCES = frozenset({"announced", "announces"})
#: A pronoun and a modal or an auxiliary: " it would", " they will".
_PRONOUN_MODAL = re.compile(r"\s+(?P<subject>it|they|he|she|we)\s+(?:would|will|was|were|is|are|had|has|have|could|can)\s", re.IGNORECASE)
_BARE_CLAUSE = re.compile(
    r"(?:\s+(?:earlier|previously|later|also|then|today|yesterday|recently))?\s+(?P<subject>the|a|an|it|he|she|they|we|there|this|these|those|such|its|his|her|their|our|both|no|any|every|each|all|[A-Z]\w+"
    # (or a concession that opens the clause: "said while the capital remains committed to …, the dispute remains open";
    # not a circumstance, "said while visiting the capital")
    r"|(?:while|although|though|whereas)(?!\s+[a-z]+ing\b)"
    # (or a common noun whose verb follows: "said assistance would be provided", "said help was on its way")
    r"|[a-z][\w-]*(?=(?:\s+[a-z][\w-]*)?\s+(?:would|will|could|should|must|can|may|might|is|are|was|were|has|have|had)\s)"
    # (or a plural noun that a phrase of its own qualifies before the verb: "says troops of a Russia-led alliance are preparing")
    # (the phrase a place or a body in brackets: "says decisions in the bloc are made by consensus", "chiefs of the Eurasian
    # Economic Union (EAEU) have approved …")
    r"|[a-z]+s(?=\s+(?:of|in|within|across|from)(?:\s+(?!(?:who|which|that|whom|where)\b)[\w'’()-]+){1,9}?\s+(?:would|will|are|were|have|had)\s)"
    # (or a plural noun with a word or two before it, a phrase of its own after it, then a verb of the past: "said
    # national security chiefs from the bloc hammered out a plan")
    r"|(?:[a-z][\w-]*\s+){1,2}[a-z]+s(?=(?:\s+(?:of|from)(?:\s+(?!(?:who|which|that|whom|where)\b)[\w'’-]+){1,5}?)?\s+[a-z]+ed\s)"
    # (or such a noun after a word before it, the phrase opened by another preposition: "said joint drills between the
    # two armies had begun", "said exercises near the border would go on")
    r"|[a-z][\w-]*\s+[a-z]+s(?=\s+(?:between|near|along|at|on|with)(?:\s+(?!(?:who|which|that|whom|where)\b)[\w'’()-]+){1,9}?\s+"
    r"(?:would|will|could|should|must|can|may|might|are|were|have|had)\s)"
    # (or a count that opens it, however long the list after its noun: "said six member states of the bloc — A, B and C —
    # would take part"; not a count of times or days, "said two days ago")
    r"|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds|thousands)"
    r"(?=\s+(?!(?:times|days|weeks|months|years|hours|minutes|decades)\b)[a-z][\w-]*(?:\s+(?!(?:who|which|that|whom|where)\b)[\w'’(),—–-]+){0,20}?\s+"
    r"(?:would|will|could|should|must|can|may|might|are|were|have|had)\s))\b"
)


def _full_stop(words: QuoteWords, text: str) -> bool:
    """True when ``text`` holds a full stop that is not an abbreviation's ("Col.-Gen. X" is one title) nor an initial's
    ("V. Shamanov")."""
    return any("." in token and re.split(r"[-.]", token.lower().rstrip("."))[-1] not in words.abbreviations
               and _INITIAL.fullmatch(token) is None for token in text.split())


#: A name's initial: "V.", "A.-M.".
_INITIAL = re.compile(r"(?:[A-Z]\.-?)+")


#: Between a name and the quotation it heads: a colon ("Putin: «…»").
NAME_COLON = re.compile(r"\s*:\s*")
#: A headline's topic before the speaker's name: one to three capitalised words and a comma ("Bielorussia, ").
TOPIC_COMMA = re.compile(r"\s*(?:[A-ZÀ-Ý][\w'’-]*\s+){0,2}[A-ZÀ-Ý][\w'’-]*,\s*")
#: The rest of a source's name and a relative clause on it, to the sentence's end: "…, according to the drills' joint
#: press center, which briefed the agency.": the clause stands before the source.
#: (and the outlet that relays it all after it: "…, who declined to comment, said AP.")
_SOURCE_RELATIVE = re.compile(r"[^,;:]{0,60},\s*(?:which|who|che|il\s+quale|la\s+quale)\b[^,;:]*"
                              r"(?:,\s*(?:said|says|reported|reports)\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})?$", re.IGNORECASE)
#: A cue that announces the quotation after it: "ha risposto: «…»".
_INTRODUCES = re.compile(r"\s*:")
#: What may stand between a line's quotation and the name that signs it: "«…» X", "“…” — X".
_SIGNED = re.compile(r"[.!?]?\s*(?:[-–—:]\s*)?")
#: A scraper's date stamp before the first words ("date 2023-03-10 …"): not part of what anyone said.
_STAMPED = re.compile(rf"^\s*{STAMP}")
#: A dateline with its date, an agency's brackets (or its name after a comma) and a dash: "MINSK, 21 December
#: (BelTA) – ", "DUSHANBE, May 3 2011, Asia-Plus -- " (an abbreviated month's full stop too: "Roma, 11 set. (Agenzia) – ";
#: and an agency named after the date's full stop: "Moscow. May 3. Steppe Today - ").
_DATED_HEAD = re.compile(rf"{DATELINE.pattern}\.?\s*(?:\([^()]{{1,30}}\)|,?\s*[A-Z][\w.]*(?:[ -][A-Z][\w.]*){{0,2}})?\s*[-–—]+\s+")


def _filed_head(words: QuoteWords, line: str) -> int:
    """Where a paragraph's dateline, a scraper's date stamp or an editor's label ends (0 when it has none): no one's
    words."""
    filed = DATELINE_HEAD.match(line) or _DATED_HEAD.match(line) or _STAMPED.match(line) or words.editorial_label.match(line)
    return filed.end() if filed is not None else 0


#: An outlet that relays the attribution after it, right after the comma: " ARMENPRESS reports ", " TASS wrote that ".
_RELAY_HEAD = re.compile(r"^\s*(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}\s+(?:reports|reported|writes|wrote)\s+(?:that\s+)?(?=\S)")
#: An outlet's verb that relays the clause after it, right after the outlet's name: " says ", " reports that ".
_OUTLET_SAYS = re.compile(r"\s+(?:says|said|reports|reported|writes|wrote)\s+(?:that\s+)?(?=\S)")
#: An outlet's own sourcing that ends a sentence: "…, BelTA has learned.", "…, TASS reports".
#: The lower-case head noun that ends a source's name: " meeting" after "adopted at a <Council>" (and " meeting held").
_SOURCE_HEAD_NOUN = re.compile(r"\s*(?-i:[a-z]+)(?:\s+(?:held|convened|which\s+took\s+place|that\s+took\s+place))?(?=\s)")
#: A dash set off by spaces, as a comma: " – ", " — ".
_SPACED_DASH = re.compile(r"\s[–—]\s")
#: What a source is, in apposition right after it: " a Kazakh state-run news agency,".
_SOURCE_APPOSITION = re.compile(r"\s*(?:(?:an?)\s+[^,;:.]{2,60}"
                                # (or what a person is with no article: "X, Russian military expert, …", "X, analista politico, …")
                                r"|(?-i:[A-Z])?[\w-]*\s*(?:(?-i:[a-z])[\w-]*\s+){0,2}(?:expert|analyst|observer|researcher|scholar|scientist"
                                r"|esperto|esperta|analista|osservatore|politologo|politologa|ricercatore|ricercatrice)"
                                r"(?:\s+(?-i:[a-z])[\w-]*){0,2}),\s*")
_SOURCED_TAIL = re.compile(r",\s*(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+(?:has\s+learned|learned|learns|reports|reported|writes|wrote|said|says)"
                           # (or the outlet named after "according to": "…, X said on Monday, according to RIA Novosti")
                           r"|(?:according\s+to|citing)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s*$")
#: A title of a body before the name in apposition: " il segretario generale dell'Organizzazione …, " (then the name).
_TITLE_OF_IN_APPOSITION = re.compile(
    r"^\s*(?:the|il|lo|la|l['’])\s*[a-zà-ù-]+(?:\s+[a-zà-ù-]+)?\s+(?:of|di|del|della|dello|dell['’]|dei|degli)\s*[^.;:]{0,120},\s*$", re.IGNORECASE
)
#: A connective that opens a sentence before its subject's comma: "At the same time,", "Meanwhile,", "Allo stesso tempo,".
_CONNECTIVE = re.compile(r"\W*(?:at\s+the\s+same\s+time|meanwhile|however|in\s+addition|moreover|besides|nevertheless|in\s+turn|"
                         r"allo\s+stesso\s+tempo|nel\s+frattempo|intanto|tuttavia|inoltre)\W*", re.IGNORECASE)
#: An aside between commas that says when or how the subject spoke, before the cue: ", in a phone conversation with Y, ",
#: ", nel corso di un incontro con Y, " (then perhaps "also", "ha"); a relative pronoun may open it ("A dirlo è X che, in
#: un'intervista concessa al giornalista Y, ha detto …"); and the subject's reflexive before it ("Karimov stesso, in un
#: incontro con Y, ha sostenuto", "X himself, in talks with Y, said").
_CIRCUMSTANCE_ASIDE = re.compile(
    r"\s*(?:(?:himself|herself|itself|stess[oaie])\s*)?(?:(?:che|who)\s*)?,\s*(?:in|during|at|after|while|speaking|nel|nella|durante|dopo|a\s+margine|parlando)\b[^,;:.]{3,120},\s*"
    r"(?:(?:also|then|later|further|has|have|had|ha|hanno|aveva|inoltre|anche|poi)\s+)*", re.IGNORECASE)
#: A title before an inverted subject's name: "…, said the Deputy Chief of the Joint Staff Ivan X, reports …",
#: "…, ha riferito l'agenzia di stampa RIA".
_TITLE_BEFORE_NAME = re.compile(
    r"\s*(?:the|il|lo|la|l['’]|i|gli|le)\s*(?:[A-ZÀ-Ý]|$|(?:[a-zà-ù-]+\s+){0,2}(?!(?:of|di|del|della|dei|degli|delle|dell)\s)[a-zà-ù-]+(?:['’]s)?\s+$)"
)  # not "acknowledged the legitimacy of X's …": an object, not a title ("said the group's Secretary General X": its owner)


#: An outlet told the words, between a cue and its inverted subject: " a Sputnik ", " to the Tass ".
_OUTLET_LISTENS = re.compile(rf"^\s*{OUTLET_LISTENER}", re.IGNORECASE)
#: A date that opens the words between a cue and its inverted subject (see ``DATE_GAP``).
_DATE_GAP = re.compile(rf"^\s*{DATE_GAP}", re.IGNORECASE)


#: Cues that also ask for a thing, and the bare noun that makes them do so ("chiede aiuto", "asks help").
_ASKS_FOR = frozenset({"chiede", "chiedono", "chiesto", "ask", "asks", "asked"})
_BARE_OBJECT = re.compile(r"\s+(?!che\b|that\b|di\b|to\b)[a-zà-ù]+\b")
#: An issued text and the word that names its owner: " la nota del ", " the statement of the ".
_TEXT_OF = re.compile(r"^\s*(?:the|il|la|l['’]|lo|una?|an?)\s*(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s+(?:del|della|dello|dell['’]|dei|of|from|by)\s*(?:the\s+)?$",
                      re.IGNORECASE)


#: A setting after a cue, however long, then "that": " at a sitting of the Council and at the … session of the Assembly that".
_SETTING_THEN_THAT = re.compile(r"\s+(?:at|during|in|on|after|before|following|nel|nella|durante|al|alla|dopo)\s[^,;:.“”\"«»]*?\s(?:that|che)\b", re.IGNORECASE)
#: How far after a cue the "that" after a setting may stand.
_SETTING_REACH = 240
#: A clause of its own between a cue and a "that": ", but the …", ", ma la …".
_BUT_BEFORE = re.compile(r",\s*(?:but|ma|however|tuttavia|yet|while|mentre)\s", re.IGNORECASE)
#: The press at large as a source, with an article and a country or place word at most: "i media kirghisi", "local media",
#: "the Russian press", "la stampa locale", "media reports".
#: (not a press office, which speaks: "the press service", "il servizio stampa", "l'ufficio stampa", "the press centre")
_MEDIA_AT_LARGE = re.compile(r"(?!.*\b(?:service|office|cent(?:re|er)|servizio|ufficio|centro|secretary|segretari[oa])\b)"
                             r"(?:(?:the|i|la|le|gli|il)\s+)?(?:[\w-]+\s+){0,2}(?:media|press|stampa|giornali|newspapers|media\s+reports|reports)(?:\s+[\w-]+)?",
                             re.IGNORECASE)
#: The first half of the Italian "sia … che" ("both … and"), whose "che" opens no clause.
_BOTH_SIA = re.compile(r"\bsia\s+(?!stat[oaie]\b)(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*$", re.IGNORECASE)
#: An Italian infinitive right after a cue: " di non essere", " di aver ricevuto", " di voler", " di riferirsi".
#: Whom an Italian request or promise addresses, between its verb and its infinitive: " al governo kazako", " agli alleati".
_ASKED_WHOM = re.compile(r"\s*(?:a|al|alla|allo|ai|agli|alle|all['’])\s*[^,.;:«»\"“”]{1,50}?(?=\s+di\s+(?:non\s+)?[a-zà-ù]+(?:are|ere|ire|rre)\b)",
                         re.IGNORECASE)
#: Whom an Italian cue urges, then "a" and the infinitive of what it urges them to do: " i paesi della regione a unirsi".
_INVITED_WHOM = re.compile(r"\s*(?:i|gli|le|il|la|lo|l['’])\s*[^,.;:«»\"“”]{1,60}?\s+ad?\s+(?:non\s+)?[a-zà-ù]+(?:(?:are|ere|ire|rre)|(?:ar|er|ir)(?:si|ci|lo|la|li|le|ne))\b",
                           re.IGNORECASE)
_DI_INFINITIVE = re.compile(r"\s*di\s+(?:non\s+)?[a-zà-ù]+(?:are|ere|ire|rre|ar|er|ir)(?:si|ci|mi|ti|vi|lo|la|li|le|ne|gli)?\b", re.IGNORECASE)
#: A pronoun object after a cue and then a circumstance or the end: "stated this in an interview", "said so".
#: (whom it was told may stand on either side of the pronoun: "told this reporters", "told journalists so")
_THIS_LISTENER = r"(?:(?:to\s+)?(?:reporters|journalists|the\s+(?:press|media|parliament|lawmakers|deputies)|lawmakers|deputies|ai\s+giornalisti)\s*)?"
_THIS_OBJECT = re.compile(rf"\s*{_THIS_LISTENER}(?:this|so|it|questo|ciò|the\s+(?:aforementioned|above|foregoing|same)|quanto\s+sopra)\b\s*"
                          rf"{_THIS_LISTENER}(?:[.,;]|$|(?:in|at|on|during|after|before|while|when|with|via|nel|nella|durante|dopo|a)\b)", re.IGNORECASE)
#: The Italian object pronoun before a cue ("Lo ha detto X", "L'ha annunciato X"): what was said is told before.
_CLITIC_BEFORE = re.compile(r"(?:^|[\s.,;:(\-–—])(?:lo|l['’])\s*$", re.IGNORECASE)


#: A noun whose "that" clause tells what others feared or claimed, not the cue's words: "amid concerns that".
_OTHERS_THAT = re.compile(
    r"\b(?:concerns?|fears?|speculation|reports|rumou?rs?|worries|suspicions?|allegations?|timori|preoccupazioni|voci|sospetti)\s*$",
    re.IGNORECASE,
)


#: A long title before a trailing attribution's speaker, a role and the bodies it belongs to, perhaps after where it was
#: said: "…, deputy head of the press department of the ministry of <country> <Name> told.", "…, at
#: today's briefing the official representative of the foreign ministry <Name> said" (no verb of its own in it).
_TITLE_CHAIN = re.compile(r"\s*(?:(?:at|during|after|in|on|al|alla|durante|dopo)\s+(?:[\w'’-]+\s+){1,3}?(?=the\s|il\s|la\s|l['’]))?"
                          r"(?:the\s+|il\s+|la\s+|l['’]\s*)?(?:[\w-]+\s+){0,3}?(?:of|del|della|dello|dell['’]|dei|degli)\b"
                          r"(?:(?!\b(?:is|are|was|were|will|would|has|have|had|that|which|who|è|sono|ha|hanno|che)\b)[^,;:.!?\"“”«»])*", re.IGNORECASE)


#: A connective that opens a sentence before a parenthetical attribution: "Furthermore, ", "In addition, ", "Inoltre, ".
_CONNECTIVE_OPENING = re.compile(r"\s*(?:furthermore|moreover|in\s+addition|additionally|besides|also|however|at\s+the\s+same\s+time|meanwhile"
                                 r"|in\s+particular|in\s+short|in\s+any\s+case|nevertheless|still|now|then|in\s+fact|indeed|in\s+reality"
                                 r"|inoltre|tuttavia|peraltro|allo\s+stesso\s+tempo|nel\s+frattempo|in\s+aggiunta|in\s+particolare|comunque"
                                 r"|in\s+effetti|infatti|in\s+realtà|di\s+fatto)\s*,\s*", re.IGNORECASE)
#: The comma that closes a parenthetical attribution, then the clause's first word (not "that", which a leading cue's
#: own clause opens with).
_PARENTHETICAL_CLOSE = re.compile(r"\s*,\s*(?=(?!(?:that|che)\b)\w)", re.IGNORECASE)
#: A clause's subject before an attribution set off inside it: a few words, no comma, no verb ("Law and order").
_INSIDE_SUBJECT = re.compile(r"\s*(?:(?!(?:is|are|was|were|will|would|has|have|had|è|sono|era|ha|hanno)\b)[\w'’-]+\s*){1,6}")
#: Nothing but an article between an aside's opening comma and its speaker: " the ", " il ".
_ARTICLE_ONLY = re.compile(r"\s*(?:(?:the|il|la|lo|i|gli|le|l['’])\s*)?", re.IGNORECASE)
#: The subject's verb, resumed after the aside in lower case: "was restored", "è tornato".
_LOWER_NEXT = re.compile(r"(?-i:[a-zà-ù])")

#: What closes a sentence after its source, when an outlet relayed it: ", the Tass news agency reported", ", Interfax said".
#: (a plain "said" only after an outlet's noun: ", according to Y, the minister said" is the minister's statement)
_RELAYED_TAIL = re.compile(r"\s*,\s*(?:the\s+)?(?:(?:[\w'’-]+\s+){1,4}?(?:reported|reports|wrote|writes)"
                           r"|(?:[\w'’-]+\s+){0,3}?(?:agency|news|newspaper|daily|channel|radio|TV|outlet)\s+(?:said|says))\s*", re.IGNORECASE)



#: The nouns of an outlet's own staff: its reporters and presenters ("a TASS reporter", "l'inviato", "Name, CTV anchor:").
REPORTER_NOUNS = r"(?:correspondent|reporter|journalist|presenter|anchor|corrispondente|inviat[oa]|giornalista|conduttore)"
#: An outlet's own reporter as a source: "a TASS reporter", "our correspondent", "l'inviato dell'agenzia".
_OWN_REPORTER = re.compile(rf"(?:an?|the|our|un|una|il|l['’]|nostro|nostra)\s*(?:[\w.-]+\s+){{0,2}}?{REPORTER_NOUNS}\b", re.IGNORECASE)


#: The verbs with which an outlet sources news rather than speaks: "TASS reported", "Kommersant writes".
_OUTLET_VERBS = frozenset(("reported", "reports", "said", "says", "writes", "wrote", "riporta", "riferisce", "riportato", "scrive", "scritto"))


#: What opens a question put aloud, after its cue: " whether", " if" ("wondered whether …", "asked if …").
_WHETHER = re.compile(r"\s*(?:whether|if)\b\s*", re.IGNORECASE)


def _time_opener_length(masked: str, start: int, end: int) -> int:
    """How many characters from ``start`` a time the sentence opens on takes: "A few days later ", "On Monday, "."""
    opener = _TIME_OPENER.match(masked, start, end)
    return opener.end() - start if opener is not None else 0


#: An outlet named by its kind, and its name in quotation marks, as a whole subject: "the newspaper “…”", "il quotidiano «…»".
_OUTLET_SUBJECT = re.compile(r"\s*(?:the|il|la|l['’])\s*(?:[\w-]+\s+){0,2}?(?:newspaper|daily|paper|agency|magazine|weekly|channel|outlet|"
                             r"quotidiano|giornale|agenzia|settimanale|rivista|testata)\s*[\"“«][^\"”»]*[\"”»]\s*", re.IGNORECASE)
#: A time that opens a sentence before its subject: "A few days later", "Two weeks earlier,", "On Monday", "Later".
_TIME_OPENER = re.compile(r"\s*(?:(?:(?:a|an|one|two|three|a\s+few|several|a\s+couple\s+of)\s+)?(?:days?|weeks?|months?|hours?|years?)\s+(?:later|earlier|after)"
                          r"|later|earlier|meanwhile|then|yesterday|today|on\s+(?-i:[A-Z])\w+(?:\s+\d{1,2})?|qualche\s+giorno\s+dopo|poi|ieri|oggi)\b\s*,?\s*",
                          re.IGNORECASE)


def indirect_clause(words: QuoteWords, masked: str, cue: Cue, attribution: Attribution, sent: tuple[int, int]) -> tuple[int, int] | None:
    """Return the span of the reported clause a cue leads, or None when the cue leads no clause."""
    start, end = sent
    body_end = end
    while body_end > start and masked[body_end - 1] in " .!?…":
        body_end -= 1
    # ("X urged to hold firm, speaking of the bloc": the occasion of the words, after the comma, is none of them)
    occasion = words.occasion_tail.search(masked, cue.end, body_end)
    if occasion is not None:
        body_end = occasion.start()
    speaker = attribution.speaker
    opened_at = masked.rfind("(", start, cue.start)
    if opened_at != -1 and ")" not in masked[opened_at : cue.start] and ")" in masked[cue.end : body_end]:
        # "that “flirtation” (as a Russian diplomat called it) which the Uzbeks …": a cue in brackets names who said
        # the words before it, and leads no clause after the bracket closes
        return None
    if cue.kind == "according" and _OWN_REPORTER.match(masked[cue.end : cue.end + 80].lstrip()):
        return None  # "According to a TASS reporter, …": the outlet's own reporting, as "…, TASS reported" is
    relative = _RELATIVE_SOURCE.match(masked, cue.end) if cue.kind == "according" else None
    if relative is not None:
        # "X, secondo cui in città sarebbero entrati «…», ha poi …": the relative clause, to its closing comma
        clause_start = relative.end() + len(masked[relative.end() :]) - len(masked[relative.end() :].lstrip())
        comma = masked.find(",", clause_start, body_end)
        clause_end = comma if comma != -1 else body_end
        return (clause_start, clause_end) if clause_end - clause_start > 15 else None
    if cue.kind == "according":
        before = masked.rfind(",", start, cue.start)
        rest_of = masked[speaker.end : body_end]
        head = _SOURCE_HEAD_NOUN.match(rest_of)  # ("… at a <Council> meeting in <city> on Thursday": the meeting's place)
        relayed = _CITING_TAIL.match(rest_of)  # ("…, according to the X news agency citing the ministry.": the ministry's words)
        if before != -1 and (len(rest_of.split()) <= 4 or ((_ADVERBIAL_NEXT.match(rest_of) or (head and _ADVERBIAL_NEXT.match(rest_of, head.end()))) and "," not in rest_of)
                             or _SOURCE_RELATIVE.match(rest_of) or _RELAYED_TAIL.fullmatch(rest_of) or relayed) and not masked[before + 1 : cue.start].strip():
            # "…, according to the defence ministry of the host country.", "…, as revealed by X in an interview on
            # Thursday.": the clause stands before it (not when the source is an outlet, "…, according to Armenpress.",
            # which sources a fact, as "…, TASS reported" does)
            if (not relayed and (speaker.actor_type == "media" or (speaker.actor_id is None and _MEDIA_AT_LARGE.fullmatch(speaker.text)))
                    and cue.words.lower().startswith(("according", "secondo"))):
                return None  # (and the press at large: "…, secondo i media kirghisi", "…, according to local media")
            return (start, before) if before - start > 15 else None
        if _ABSOLUTE_AFTER.match(rest_of) and len(masked[start : cue.start].split()) >= 4 and not _QUOTE_MARK.search(masked, start, cue.start):
            # "… were hurt according to local officials, with crowds still out …": the source closes the clause
            # before it; a "with" phrase after it is no clause of its own
            cut = cue.start
            while cut > start and masked[cut - 1] in " ,":
                cut -= 1
            return (start, cut)
        source_end = max(speaker.end, cue.end)  # (the source may stand inside the cue: "In her words, …")
        comma = masked.find(",", source_end, body_end)
        # ("According to the Kyrgyz MFA press and information department, X …": the source's last words before the comma)
        tail = masked[source_end:comma] if comma != -1 else ""
        named_on = comma != -1 and 0 < len(tail.split()) <= 3 and not _FINITE_WORD.search(tail)
        clause_start = comma + 1 if comma != -1 and (comma - source_end < 3 or named_on) else source_end
        # (or an office with no article, one of the quote words' title heads: "According to X, secretary-general of the bloc, …")
        apposed = _SOURCE_APPOSITION.match(masked, clause_start, body_end) or words.office_apposition.match(masked, clause_start, body_end)
        if apposed is not None and not _FINITE_WORD.search(apposed.group(0)):
            clause_start = apposed.end()  # ("According to X, a state-owned agency of the host, the talks …": what X is)
        return (clause_start, body_end) if body_end - clause_start > 15 else None
    # A parenthetical attribution after a connective that opens the sentence: "Furthermore, X continued, the bloc
    # sponsors …", "Inoltre, ha aggiunto X, il blocco …": the clause is what follows the attribution's closing comma
    opened = _CONNECTIVE_OPENING.fullmatch(masked, start, min(speaker.start, cue.start))
    closing = _PARENTHETICAL_CLOSE.match(masked, max(speaker.end, cue.end)) if opened is not None else None
    if closing is not None and body_end - closing.end() > 15:
        return (closing.end(), body_end)
    # An attribution set off by commas inside the clause it reports, between its subject and its verb: "Law and order,
    # the authorities affirm, was restored to all regions": the whole sentence is what they said (the speaker before
    # the cue: an inverted subject, "…, ha indicato X, segretario …", is a trailing attribution and its title)
    aside = masked.rfind(",", start, speaker.start)
    resumed = _PARENTHETICAL_CLOSE.match(masked, cue.end)
    if (speaker.end <= cue.start and aside != -1 and resumed is not None and _INSIDE_SUBJECT.fullmatch(masked, start, aside)
            and _ARTICLE_ONLY.fullmatch(masked, aside + 1, speaker.start) and _LOWER_NEXT.match(masked, resumed.end())
            and body_end - resumed.end() > 15):
        return (start, body_end)
    if cue.words.lower() in _SAYS and _RELATIVE_SAID.search(masked, max(start, cue.start - 40), cue.start):
        # (before any trailing reading: "…, which he said was …" is no attribution of the clause before it)
        # "denounced “…” rhetoric which he said is undermining the talks": the relative clause's verb goes on after the cue
        verb = _VERB_NEXT.match(masked, cue.end, body_end)
        if verb is not None:
            clause_start = verb.start() + len(verb.group(0)) - len(verb.group(0).lstrip())
            return (clause_start, body_end) if body_end - clause_start > 15 else None
    # Trailing attribution: "…, the Belarusian president said Saturday.", "…, the Moscow-based alliance said
    # today", "…, the prime minister, Ivan Sokolov, chair …, said".
    # (or a spaced dash: "… in May – as stated on Monday by X")
    dashes = [m.start() for m in _SPACED_DASH.finditer(masked, start, min(speaker.start, cue.start))] if "–" in masked or "—" in masked else []
    dash = dashes[-1] if dashes else -1
    comma = max(masked.rfind(",", start, min(speaker.start, cue.start)), dash)
    title = masked[comma + 1 : min(speaker.start, cue.start)] if comma != -1 else ""
    # ("…, ARMENPRESS reports the envoy of <country> X announced": the outlet relays the one who announced it)
    title = _RELAY_HEAD.sub("", title, count=1)
    rest = masked[cue.end : body_end]
    listener = cue.words.lower() in words.listener_cues
    # "…, ha dichiarato il presidente X.": the article opens the inverted subject, not an object
    # (or a title in apposition before it: "…, said the bloc's acting chief, Colonel-General X.")
    between = masked[cue.end : speaker.start] if speaker.start >= cue.end else ""
    between = _DATE_GAP.sub("", between, count=1)  # ("ha detto l'8 novembre il generale X": the date is no title)
    between = words.weekday_gap.sub("", between, count=1)  # (nor a weekday with its day: "ha indicato lunedì 22 settembre X")
    between = _OUTLET_LISTENS.sub("", between, count=1)  # ("ha confermato a <Outlet> il portavoce": the outlet listened)
    between = words.rank_tail.sub(", ", between)  # ("said the commander of …, Colonel-General X": the rank is the name's)
    # "…, ha dichiarato il premier X durante un'ora di parlamento …": circumstances after the inverted subject
    circumstance = speaker.start >= cue.end and bool(_ADVERBIAL_NEXT.match(masked, speaker.end, body_end)) and not re.search(
        r"\b(?:that|che)\b", masked[speaker.end : body_end])
    # whom one informs or tells stands after the cue as its object, not as an inverted subject
    telling = listener or cue.words.lower().split()[-1] in words.listener_cues
    # "…, informava la nota del Cremlino": the issuer's text is the inverted subject
    text_of = _TEXT_OF.match(between)
    issued = text_of if text_of is not None and text_of.group("noun").lower() in words.issued_texts else None
    inverted = speaker.start >= cue.end and not telling and (((_closes_clause(speaker, masked) or circumstance) and (
        not between.strip() or ((between.strip()[:1].isupper() or _TITLE_BEFORE_NAME.match(between) or _TITLE_OF_IN_APPOSITION.match(between)
                                  or words.titled_after.match(between))
                                and len(between.split()) <= (16 if between.rstrip().endswith(",") else 10)  # (a long title in apposition)
                                 and not re.search(r"\b(?:that|che)\b|[.;:]", between)))) or issued is not None)
    # ("…, X told the media after the talks, BelTA has learned": the outlet's sourcing is no part of the attribution)
    sourced = _SOURCED_TAIL.search(rest)
    told = rest[: sourced.start()] if sourced is not None else rest
    trailing = (
        comma != -1 and (len(title.split()) <= 8 or _TITLE_CHAIN.fullmatch(title) is not None) and not _full_stop(words, title)
        and not _noun_participle(masked, start, cue)  # (not "…, a move denied by Moscow")
        and (listener or inverted or not _OBJECT_NEXT.match(rest))
        # (a speaker that ends the attribution however long its title: "…, as stated on Monday at a briefing by
        # Chief of the <body> X")
        and (len(told.split()) <= 10 or issued is not None or (speaker.start >= cue.end and not masked[speaker.end : cue.end + len(told)].strip(" ,"))
             or (inverted and (circumstance or len(masked[speaker.end : body_end].split()) <= 8
                                                          or _closes_clause(speaker, masked)))
             # (a second report by a gerund after the setting is the speaker's too: "…, he said in a televised speech
             # to the nation, adding that …")
             or (bool(_ADVERBIAL_NEXT.match(rest)) and not re.search(r"\b(?:that|che)\b", _RELATIVE_AFTER.split(_GERUND_AFTER.split(rest)[0])[0]))
             # ("…, X told journalists after the meeting of …": the listener, then when it was said)
             or (listener and bool(words.listeners_then_when.match(told)) and not re.search(r"\b(?:that|che)\b", told))
             or bool(_GERUND_NEXT.match(rest))  # "…, X said, citing the tensions with …": the speaker's reason
             or bool(_GOES_ON_BUT.match(rest)) or bool(_CONCEDES_AFTER.match(rest)))
        # (not a reported clause of its own after the cue: "Asked about X, the general said he had no plans for it")
        and not (speaker.end <= cue.start and _PRONOUN_CLAUSE.match(rest))
        # (nor a cue that is its subject's second predicate: "Despite …, X continues to back …, and has said it …")
        and not (speaker.end <= cue.start and comma < speaker.start and _COORDINATED.fullmatch(masked, speaker.end, cue.start) is not None)
    )
    relays = _RELAYING.match(rest)
    if (trailing and speaker.actor_type == "media" and cue.words.lower().split()[-1] in _OUTLET_VERBS
            and not (relays is not None and words.cited_text.match(rest, relays.end()))):
        # "…, TASS reported", "…, Associated Press said", a press review's "…, Kommersant writes": an outlet's sourcing
        # of a fact, not someone's words (but "…, TASS reports according to a statement of the Council" relays the
        # Council's words, which ``_cited_by_outlet`` gives it)
        return None
    if trailing and cue.words.lower().startswith(("inform", "ha inform")) and words.informed_of.match(rest) and issued is None:
        return None  # "…, the ministry told the allies of its decision": news told, not words reported
    if trailing and not inverted and cue.words.lower().split()[-1] in _ASKS_FOR and _BARE_OBJECT.match(rest):
        return None  # "…, il Consiglio chiede aiuto a Mosca": a request for something, not words reported
    if trailing and _JOINED_BEFORE.search(masked, start, comma):
        return None  # "X was to host it, but on 10 January, the ministry said": the attribution's own clause
    if trailing and _CLITIC_ATTRIBUTION.match(masked, start, comma):
        return None  # ("«…»: lo ha dichiarato X, citato dalla Tass": the clause is the attribution itself, not words reported)
    if comma != -1 and speaker.end <= cue.start and _CITING.match(masked, start, comma):
        # "Citing TASS, Khovar says peacekeepers … left": the opener names a source, and the clause follows the cue
        clause = re.match(r"\s*(?:that\b)?\s*", masked[cue.end : body_end])
        clause_start = cue.end + (clause.end() if clause else 0)
        return (clause_start, body_end) if body_end - clause_start > 15 else None
    relay = attribution.via
    if trailing and cue.kind == "mediating" and {speaker.actor_type, (relay or speaker).actor_type} == {"media"}:
        return None  # "…, Kazinform has learnt from Khovar": one outlet's fact sourced to another, no one's words
    if (trailing and cue.kind == "mediating" and relay is not None and start <= relay.start and not masked[relay.end : comma].strip()
            and len(masked[start + _time_opener_length(masked, start, relay.start) : relay.start].split()) <= 3) or (
            trailing and cue.kind == "mediating" and _OUTLET_SUBJECT.fullmatch(masked, start + _time_opener_length(masked, start, comma), comma)):
        # "Il quotidiano russo Kommersant, citando fonti …, scrive che …": before the comma stands the relay (after a
        # time the sentence opens on: "A few days later the newspaper X, citing …")
        return None
    # (not a connective that opens the sentence: "At the same time, X declared it would …" reports what follows)
    # (nor a subordinate clause that opens the sentence before a subject whose cue leads a clause of its own: "Even as
    # the deal was signed on Thursday, X said Y had no intention …")
    if (trailing and speaker.end <= cue.start and _SUBORDINATE_OPENER.match(masked, start)
            and _SUBJECT_VERB.match(masked[cue.end : min(body_end, cue.end + 80)])):
        trailing = False
    if trailing and speaker.end <= cue.start and _ASKED_OPENER.match(masked, start):
        trailing = False  # ("When asked which countries could take part, X mentioned Y": the question put to him, not his words)
    if trailing and ((issued is not None and inverted) or not _THAT_CLAUSE.match(masked[cue.end : body_end])) and not _CONNECTIVE.fullmatch(masked, start, comma):
        # (after "informava la nota del Cremlino", a "che" opens a relative clause on the note, not what it said)
        if _CONCESSIVE_PHRASE.fullmatch(masked, start, comma):
            return None  # ("Despite Armenia's calls for support, the bloc has not acknowledged …": a phrase with no verb says nothing)
        if _SETTING_PHRASE.fullmatch(masked, start, comma) and not _FINITE_WORD.search(masked, start, comma):
            return None  # ("In his address to the Council, X emphasized peacekeeping": where he spoke, not what he said)
        return (start, comma) if comma - start > 15 else None
    # "As the alliance reported on its website, …": the clause follows the comma.
    opening = masked[start:cue.start].lstrip()
    if opening.lower().startswith(("as ", "come ")):
        comma = masked.find(",", cue.end, body_end)
        if comma != -1 and speaker.start > comma:
            # ("As previously reported, General X will command …", "Come precedentemente riportato, …"): the outlet's
            # own earlier report, with no one in the opening clause; the clause's subject reported nothing
            return None
        if comma != -1 and len(masked[cue.end : comma].split()) <= 6:
            return (comma + 1, body_end) if body_end - comma > 15 else None
    after = max(cue.end, speaker.end if speaker.start >= cue.end else cue.end)
    if _THIS_OBJECT.match(masked, after, body_end):
        return None  # "X stated this in an interview": the words are those told before, not what follows
    if _CLITIC_BEFORE.search(masked[max(0, cue.start - 6) : cue.start]):
        # "Lo ha detto X, aprendo i colloqui con Y che è giunto oggi a Mosca": the pronoun is the verb's object, so a
        # later "che" opens a relative clause, not what was said
        return None
    if cue.kind == "passive":
        match = re.match(r"\s*(?:that\b)?", masked[after:body_end])
        clause_start = after + (match.end() if match else 0)
        return (clause_start, body_end) if body_end - clause_start > 15 else None
    if cue.kind == "mediating":
        match = re.match(r"\s*as\s+saying\s*(?:that\b)?", masked[after:body_end], re.IGNORECASE)
        return (after + match.end(), body_end) if match and body_end - after - match.end() > 15 else None
    # "X said that …", "X told his counterpart Y that …", "X proposed to …"
    window = masked[after : min(body_end, after + 80)]
    if cue.words.lower() in words.subject_verb_cues and not _THAT_NEXT.match(window) and _SUBJECT_VERB.match(window):
        return (after, body_end) if body_end - after > 15 else None  # "X pointed out Belarus has always …"
    dated = _DAY_THEN_PRONOUN.match(window)
    if dated is not None and cue.words.lower() in words.subject_verb_cues | words.bare_clause_cues:
        # "said on Monday it would skip the forum … and that it had …": the clause opens after the day, and a later
        # "and that" coordinates a second one with it
        return (after + dated.start("subject"), body_end) if body_end - after - dated.start("subject") > 15 else None
    # (a subjectless cue's speaker, "Ha spiegato di …", is set at the cue itself)
    if cue.words.lower().split()[-1] in words.to_clause_cues and speaker.start <= cue.start and _DI_INFINITIVE.match(masked, after, body_end):
        # "ha dichiarato di non voler più ospitare le manovre, che …": the infinitive is what was said, the "che" after
        # it opens a relative clause inside it
        return (after, body_end) if body_end - after > 15 else None
    invited = _INVITED_WHOM.match(masked, after, body_end) if cue.words.lower().split()[-1] in words.to_clause_cues and speaker.start <= cue.start else None
    if invited is not None:
        # "ha invitato i paesi della regione a unirsi per …": whom it urges and what it urges them to do
        clause_start = after + len(masked[after:body_end]) - len(masked[after:body_end].lstrip())
        return (clause_start, body_end) if body_end - clause_start > 15 else None
    asked_whom = _ASKED_WHOM.match(masked, after, body_end) if cue.words.lower().split()[-1] in words.to_clause_cues and speaker.start <= cue.start else None
    if asked_whom is not None and _DI_INFINITIVE.match(masked, asked_whom.end(), body_end):
        # "avevano chiesto agli alleati di ritirare la proposta": whom it asks, then what it asks of them
        clause_start = asked_whom.end() + len(masked[asked_whom.end() : body_end]) - len(masked[asked_whom.end() : body_end].lstrip())
        return (clause_start, body_end) if body_end - clause_start > 15 else None
    # (with its subject before it: "Asked whether …, X said …" is the question X answered, not words of his)
    asked = (_WHETHER.match(window) if cue.words.lower().split()[-1] in ("wondered", "wonders", "asked", "asks") and speaker.end < cue.start
             else None)
    if asked is not None:
        # "X wondered whether the allies still stand together": the question put is what was said
        clause_start = after + asked.end()
        return (clause_start, body_end) if body_end - clause_start > 15 else None
    # (not a demonstrative that ends the clause: "said he had no plans for that")
    that = re.search(r"\b(?:that|che)\b(?!\s*(?:[.;!?]|$))|:", window, re.IGNORECASE)
    if _COME_CUE.fullmatch(cue.words.split()[-1]):
        that = re.match(r"\s*come\b", window, re.IGNORECASE) or that  # "ha ricordato come la cooperazione …"
    if that is None:  # "announced in a phone call with his counterpart, Ivan Sokolov, that he would stay away"
        window = masked[after : min(body_end, after + 160)]
        that = re.search(r",\s*(?:that|che)\b", window, re.IGNORECASE)
    if that is None:  # "said at a sitting of the Council and at a plenary session of the Assembly that …": a long setting
        window = masked[after : min(body_end, after + _SETTING_REACH)]
        that = _SETTING_THEN_THAT.match(window)
    if that is not None and (_RELATIVE_CHE.search(window[: that.start()]) or _OBJECT_COMMA_CHE.match(window[: that.end()])):
        that = None  # "ha confermato l'incontro che si terrà": a relative clause, not what was said
    if (that is not None and re.search(r"\bto\s+[a-z]+\b", window[: that.start()])
            and _RELATIVE_VERB.match(window[that.end() :])):
        # "announced its intention to strengthen the countries that are members …", "announced a plan to strengthen
        # cooperation that includes sending troops": a relative clause (its verb follows "that" with no subject)
        that = None
    if that is not None and _BUT_BEFORE.search(window[: that.start()]):
        that = None  # "did not give its reasons, but the accepted explanation is that …": another clause's "that"
    if that is not None and _OTHERS_THAT.search(window[: that.start()]):
        that = None  # "said it regretted the move amid concerns that …": what others feared, not what was said
    if that is not None and that.group(0).lower() == "che" and _BOTH_SIA.search(window[: that.start()]):
        that = None  # "ha ribadito il sostegno, sia sul piano bilaterale che nel blocco": "sia … che" is "both … and"
    lead = (window[: that.start()] + that.group(0)[: that.group(0).find(",") + 1]) if that is not None else ""  # (the comma a ", that" holds)
    if (that is not None and cue.words.lower() in words.bare_clause_cues and lead.rstrip().endswith(",")
            and _AUXILIARY.search(lead) and not re.search(r"[,;:]", lead.rstrip()[:-1])
            and _LOWER_NEXT.match(masked[after:body_end].lstrip())):
        # "said the mission would end in spring, that it had served well and that …": a bare clause first, its
        # later "that" coordinating a second one with it
        clause_start = after + len(masked[after:body_end]) - len(masked[after:body_end].lstrip())
        return (clause_start, body_end) if body_end - clause_start > 15 else None
    if that is not None:
        clause_start = after + that.end()
        return (clause_start, body_end) if body_end - clause_start > 15 else None
    if cue.words.lower().split()[-1] in words.to_clause_cues and speaker.start < cue.start:
        # ("ha confermato di …": the compound's participle; in "ha chiesto agli Stati Uniti di …" the name after the
        # cue is whom it asks)
        to = re.match(r"\s*(?:to|di)\b", masked[after:body_end], re.IGNORECASE)
        if to is not None and to.group(0).strip().lower() == "di" and not _DI_INFINITIVE.match(masked, after, body_end):
            to = None  # ("ha riferito di almeno 38 morti": what it told of, a noun, no clause it reports)
        if to is not None:
            return (after, body_end) if body_end - after > 15 else None
    announced = _PRONOUN_MODAL.match(masked, after, body_end) if cue.words.lower() in _ANNOUNCES else None
    if announced is not None:
        # ("the bloc announced it would send a mission": a pronoun and a modal open the clause it announces; "announced
        # the forming of a force" announces a noun, no clause)
        clause_start = announced.start("subject")
        return (clause_start, body_end) if body_end - clause_start > 15 else None
    bare = _BARE_CLAUSE.match(masked[after:body_end]) if cue.words.lower() in words.bare_clause_cues else None
    if (bare is not None and cue.words.lower() not in _SAYS and _NOUN_OBJECT.match(masked, after, body_end)
            and not _AUXILIARY.search(masked, after, body_end)):
        bare = None  # "confirmed the creation of the joint system": the verb's object, no clause with a verb of its own
    if (bare is not None and cue.words.lower() not in _SAYS and _OBJECT_INFINITIVE.match(masked, after, body_end)
            and not _AUXILIARY.search(masked, after, body_end)):
        bare = None  # "mentioned a conference to be held in <city>": an object and the infinitive that qualifies it
    if bare is not None:
        clause_start = after + bare.start("subject")
        return (clause_start, body_end) if body_end - clause_start > 15 else None
    return None


#: A subordinating conjunction that opens a sentence: "Even as …,", "While …,", "Mentre …,".
_SUBORDINATE_OPENER = re.compile(r"\W*(?:even\s+as|as|while|when|although|though|after|before|once|because|mentre|quando|sebbene|dopo\s+che|prima\s+che)\b",
                                 re.IGNORECASE)

#: A question put to the speaker that opens the sentence: "When asked which …,", "Asked whether …,", "Alla domanda se …,".
_ASKED_OPENER = re.compile(r"\W*(?:when\s+|after\s+being\s+|on\s+being\s+)?asked\b|\W*(?:alla\s+domanda|interpellat[oa]|rispondendo\s+a)\b", re.IGNORECASE)

#: A pronoun of the first person: words so spoken are the speaker's own.
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|io|noi|mio|mia|nostro|nostra)\b")
#: Between a quotation's closing mark and the attribution right after it: a comma and spaces at most.
_TRAILING_RIGHT_AFTER = re.compile(r"\s*,?\s*")

#: A verb right after "that", with no subject between: the "that" is a relative pronoun ("a plan that includes …").
#: (or any past form: "asked the bloc to send troops to halt the violence that scarred the south")
_RELATIVE_VERB = re.compile(r"\s+(?:are|is|were|was|have|has|had|will|would|includes|included|involves|involved|envisages"
                            r"|envisaged|provides|provided|foresees|foresaw|covers|covered|(?-i:[a-z])[a-z]+ed)\b")


def extract_paragraph(
    words: QuoteWords,
    line_no: int,
    line: str,
    finder: MentionFinder,
    discourse: Discourse,
    previous_speaker: Mention | None,
    continues: bool = False,
    introduced: bool = False,
    paragraph_before: tuple[int, str] | None = None,
    told_before: Mention | None = None,
) -> tuple[list[FoundQuote], Mention | None]:
    """Return the quotes of one paragraph and the speaker a following run-on quote may inherit; ``continues``
    when the paragraph before ended inside a quotation that has not closed, ``introduced`` when it ended with a
    colon ("the Head of State noted:"), so that a paragraph opening with a dash is the words announced.
    ``paragraph_before`` (its number and text) is the paragraph before when it holds no quote: a first sentence
    that attributes the sentence before it ("Lo riferisce il servizio stampa …") attributes that paragraph's last.
    ``told_before`` is the speaker of the last quote before this paragraph."""
    spans = interrupted(line, quoted_spans(line, continues, introduced), lambda words_between: _opens_with_cue(words, words_between))
    if not spans:
        dialogue = dash_dialogue(line, lambda tail: speaks(words, tail))
        spans = [dialogue] if dialogue is not None else spans
    masked = mask(line, spans)
    inside = [(s.start, s.end) for s in spans]
    mentions: list[Mention] = []
    bounds = _fronted(words, masked, sentences(masked, words.abbreviations))
    ends = [end for _, end in bounds]
    starts = [begin for begin, _ in bounds]
    discourse.next_sentence()  # a paragraph starts a sentence too
    named_before = discourse.last_actor
    person_before = discourse.people[-1] if discourse.people else None  # the last person named before this paragraph
    title: Mention | None = None  # the last title with no holder named yet ("Spokesman for the Joint Staff")
    for mention in finder.find(line):
        # (an outlet's name that is all its quotation marks hold is the outlet, marks and all, named as Italian wires
        # print it: "l'agenzia “Interfax”, secondo cui …")
        outlet = next(((s.open_at, s.close_at + 1) for s in spans if mention.actor_type == "media" and s.close_at is not None
                       and line[s.start : s.end].strip(" .,") == mention.text), None)
        if outlet is not None:
            mention = replace(mention, start=outlet[0], end=outlet[1], text=line[outlet[0] : outlet[1]])
        elif any(a <= mention.start and mention.end <= b for a, b in inside):
            if mention.actor_type == "person" and mention.kind in ("name", "unknown_name"):
                discourse.quoted_people.append(mention)  # (an antecedent for the surname alone, outside the quotation)
            continue
        while ends and mention.start >= ends[0]:
            ends.pop(0)
            discourse.next_sentence()
        # ("…, ha aggiunto il funzionario", "the official added": a title that goes on speaking)
        goes_on = bool(_GOES_ON_BEFORE.search(line, max(0, mention.start - 30), mention.start) or _GOES_ON_AFTER.match(line, mention.end))
        resolved = discourse.resolve(mention, goes_on=goes_on)
        if resolved.kind == "surname" and not resolved.resolved:
            # a capitalised word that names no one the article has introduced, unless it says the words just quoted
            # ("“…,” Petrov said."): a person the article names by the surname only
            gap = _SPACE_AUX.match(line, mention.end)  # ("Petrov also said that …")
            titled_as = mentions[-1] if mentions and mentions[-1].kind == "descriptor" and not line[mentions[-1].end : mention.start].strip() else None
            if titled_as is not None:
                # "Armenian President Sargsyan said": the surname of the person the title names, one mention with it
                # (the title's holder when that is the one the surname names, else a person named only so)
                actor = discourse.registry.actors.get(titled_as.actor_id or "") if titled_as.resolved else None
                named_so = replace(titled_as, end=mention.end, text=line[titled_as.start : mention.end])
                if actor is None or fold(mention.text) not in fold(actor.name).split():
                    named_so = replace(named_so, kind="unknown_name", actor_id=None, resolved=False)
                mentions[-1] = named_so
                continue
            # (nor one that is the subject of a verb of saying in a clause of its own: "…, Ushakov said.", "Ushakov said the
            # statement would …"; a sentence's first word only when it is no plural noun: "Organisers said" names no one)
            cue = words.cues.match(line, gap.end()) if gap is not None else None
            sentence_first = not masked[max((b for b in starts if b <= mention.start), default=0) : mention.start].strip()
            if (not (cue is not None and (_QUOTE_CLOSED.search(line[max(0, mention.start - 4) : mention.start])
                                          or _CLAUSE_COMMA.search(line[max(0, mention.start - 3) : mention.start])
                                          or (sentence_first and not mention.text.lower().endswith("s") and _SAID_VERB.match(cue.group(0)))))
                    # (nor one a title in apposition describes right before the verb: "…, Petrova, the spokeswoman
                    # for the president, said.")
                    and not _TITLED_THEN_SAID.match(line, mention.end)):
                continue
            resolved = replace(resolved, kind="unknown_name")
        opening = masked[max((b for b in starts if b <= mention.start), default=0) : mention.start]
        # ("After the meeting with the president in Minsk, X told …": the sentence's subject is X)
        discourse.note(resolved, subject=not _OPENING_PHRASE.match(opening))
        spoken = _SPACE_AUX.match(line, mention.end)
        if resolved.actor_type == "person" and resolved.kind != "pronoun" and (
                (spoken is not None and words.cues.match(line, spoken.end()))
                or (_SENTENCE_ENDS.match(line, mention.end) and any(
                    _INVERTED_GAP.fullmatch(line, cue.end(), mention.start) and cue.group(0).lower() not in words.listener_cues
                    for cue in words.cues.finditer(line, mention.start - min(_INVERTED_REACH, len(opening)), mention.start)))):
            # ("The talks on the case of X will end soon, Y told the agency", "…, said the spokesman for the president,
            # Z.": the one who speaks is the sentence's subject, not the person its first clause named; not whom one
            # "told")
            discourse.speaks(resolved)
        if (title is not None and resolved.actor_type == "person" and resolved.kind in ("name", "unknown_name")
                and _TITLE_TO_NAME.fullmatch(line, title.end, mention.start)):
            body = _OF_THE.sub("", line[title.end : mention.start].strip())  # (the rest of the body's name, if any)
            discourse.note_titled(resolved, title.role, " ".join(part for part in (title.qualifier, body) if part) or None)
        if mention.kind == "descriptor" and mention.actor_type == "person" and mention.role is not None and not mention.resolved:
            title = mention  # (as found: a title the discourse gave to someone named before may head a new name)
        mentions.append(resolved)
    if told_before is None:  # ("The report notes that …" after a quote is the text of whoever was just reported)
        mentions = _texts_that_speak(words, line, masked, bounds, mentions)
    # (an editor's label is no one's name: "Photo Stories: the drills of …" is a caption)
    labelled = _labelled(line_no, line, spans, mentions) if not words.editorial_label.match(line) else None
    if labelled is not None:
        return [labelled], labelled.speaker
    found: list[FoundQuote] = []
    last = previous_speaker
    before_sent: tuple[int, int] | None = None
    for sent in bounds:
        cues = find_cues(words, masked, *sent)
        earlier = _attributed_by_next(words, line_no, line, masked, mentions, before_sent, sent, found)
        if earlier is None and before_sent is None and paragraph_before is not None:
            earlier = _attributes_paragraph_before(words, paragraph_before, line, masked, mentions, sent)
        if earlier is not None:
            found.append(earlier)
            last = earlier.speaker
            if _RELAY_OPENER.match(masked, sent[0]):
                before_sent = sent
                continue  # ("Report informs citing the agency, X said.": its opening relays; it says nothing of its own)
        before_sent = sent
        in_sentence = [s for s in spans if sent[0] <= s.open_at < sent[1]]
        first_here = len(found)  # where this sentence's quotes begin in ``found``
        quoted = False
        previous: QuotedSpan | None = None
        documented: int | None = None  # where the words of a document this sentence quotes last closed
        for span in in_sentence:
            kind = classify(words, line, masked, span, sent[0])
            if ((kind != "direct" and words.document.search(masked[max(sent[0], span.open_at - 90) : span.open_at])
                    and not _PREDICATE_OPEN.match(line, span.start))
                    or words.motto.search(masked[max(sent[0], span.open_at - 90) : span.open_at])
                    # ("the motto under which X chairs the bloc, “…,” suits all": a motto set off after its noun is a name)
                    or (kind != "direct" and words.motto_apposition.search(masked[max(sent[0], span.open_at - 120) : span.open_at]))
                    # ('GSV "Russia - Islamic world"': a label line, no sentence and no one speaking, names a body)
                    or (kind == "partial" and _label_line(line) and not find_cues(words, masked, sent[0], sent[1]))
                    # ("the “Crossroads of Peace” concept": a name in capitals that its noun follows)
                    or (kind != "direct" and span.close_at is not None and _title_case(line[span.start : span.end])
                        and words.document_after.match(line, span.close_at))
                    # ("the base organization of the member states (“Interstate Corporation for Development”)": a name in
                    # capitals that fills a bracket names what stands before it)
                    or (kind != "direct" and span.close_at is not None and _title_case(line[span.start : span.end])
                        and line[: span.open_at].rstrip().endswith("(") and line[span.close_at + 1 :].lstrip().startswith(")"))
                    or words.law_reads.search(masked[max(sent[0], span.open_at - 120) : span.open_at])
                    # ("A 1994 treaty … prevented signatories from joining any “…”": the text's words, with no one said
                    # to speak between its name and them)
                    or (kind != "direct" and words.law_subject.match(masked, sent[0]) and not find_cues(words, masked, sent[0], span.open_at))
                    # ("In line with the agreement, the force will be used “to repel …”": what the text lays down)
                    or (kind != "direct" and words.law_opening.match(masked, sent[0]) and not find_cues(words, masked, sent[0], span.open_at))):
                # ("Article 4 of the Treaty states that: “…”": the treaty's wording, however long)
                # a title or a document's text ("the Statement … “On common approaches …”"), not a quotation; but
                # "the document “has not been finalized”" quotes what is said of it
                documented = span.close_at if span.close_at is not None else span.end
                continue
            if kind != "direct" and documented is not None and not find_cues(words, masked, documented, span.open_at):
                # "A 1994 treaty “reaffirmed …” and barred its signatories from joining “…”": with no one said to speak
                # between them, the document's words go on
                documented = span.close_at if span.close_at is not None else span.end
                continue
            if previous is not None and previous.close_at is not None and found and found[-1].kind == "direct":
                between = masked[previous.close_at + 1 : span.open_at]
                if kind == "partial" and (span.resumed or re.fullmatch(r"[^.!?]*,\s*", between)):
                    kind = "direct"  # the second half of a quote split around its attribution
            earlier_close = previous.close_at if previous is not None else None
            previous = span
            close = span.close_at if span.close_at is not None else span.end
            after = attribute(words, cues, mentions, masked, close + 1, sent[1])
            # ("X shouted: “…” to which Y replied: “…”": a speaker named between two quotations speaks the second)
            between_them = (attribute(words, cues, mentions, masked, earlier_close + 1, span.open_at, loose=kind == "direct")
                            if earlier_close is not None else None)
            before = between_them or attribute(words, cues, mentions, masked, sent[0], span.open_at, loose=kind == "direct")
            if (after is not None and before is not None and _INTRODUCES.match(masked, after.cue.end)
                    and any(other.open_at > after.cue.end for other in in_sentence)):
                # "X ha gridato: «…» al che Y ha risposto: «…»": the cue after it announces the next quotation
                after = None
            # A fragment belongs to the reporting verb before it; a whole quote to the attribution after it.
            choice = (before or after) if kind != "direct" else (after or before)
            if (kind == "partial" and before is not None and after is not None and _FIRST_PERSON.search(line, span.start, span.end)
                    and _TRAILING_RIGHT_AFTER.fullmatch(masked, close + 1, min(after.cue.start, after.speaker.start))):
                # ("X asked Y “to create a force, and I have done that,” Y said": words in the first person with their
                # attribution right after them are that speaker's, not the asker's)
                choice = after
            confidence = 0.95
            speaker = choice.speaker if choice else None
            via = choice.via if choice else None
            if choice is not None and kind != "direct" and heard(words, masked, choice.cue.end, span.open_at):
                speaker, via = None, choice.speaker  # "The office said the governor was told that “…”": it relays
            if (choice is not None and speaker is not None and kind != "direct" and choice.cue.kind == "according"
                    and choice.cue.start >= close):
                # "X accused Y of using “…”, according to Z": the fragment is the subject's, Z relays it
                subject = _subject(words, mentions, masked, sent, span.open_at)
                if subject is not None and subject.actor_type in ("person", "country", "organisation"):
                    speaker, via = subject, choice.speaker
            if (choice is not None and speaker is not None and kind != "direct" and choice.cue.kind == "according"
                    and choice.cue.end <= span.open_at and (comma := masked.find(",", max(choice.cue.end, speaker.end), span.open_at)) != -1):
                # "According to the readout, the Council members expressed concern at the “…”": the words are the
                # clause's subject's, the source relays them (not a person's account: "According to him, the bloc was not
                # made to solve “…”" is his)
                subject = _subject(words, mentions, masked, (comma + 1, sent[1]), span.open_at)
                if (subject is not None and subject.actor_type in ("person", "organisation") and subject.actor_id != speaker.actor_id
                        and speaker.actor_type != "person"):
                    speaker, via = subject, choice.speaker
            if choice is not None and speaker is not None and speaker.actor_type == "media" and kind != "direct":
                # "the alliance published a note that called the plan “…,” Interfax reported": the outlet
                # relays; the sentence's subject said it (or the subject of the clause the outlet reports: "<Outlet>
                # reported that the members called for a “…”")
                subject = _subject(words, mentions, masked, sent, span.open_at) or (
                    _subject(words, mentions, masked, (choice.cue.end, sent[1]), span.open_at) if choice.cue.end <= span.open_at else None)
                if subject is not None and subject.actor_type != "media":
                    speaker, via = subject, choice.speaker
            named_it = _CALLED_IT.search(masked, max(sent[0], span.open_at - 80), span.open_at) if kind == "partial" else None
            critic = _namer(words, mentions, masked, sent, named_it.start()) if named_it is not None else None
            if critic is not None:
                # ("X criticized NATO's “…” …, saying …"): the word is the one who named it so, whatever cue comes after
                speaker, via, confidence = critic, None, max(confidence, 0.7)
            called = _WHAT_X_CALLED.search(masked, max(sent[0], span.open_at - 60), span.open_at) if kind in ("partial", "scare") else None
            who = next((m for m in mentions if called.start("who") <= m.start and m.end <= called.end("who")), None) if called else None
            if who is not None and who.actor_type in _SPEAKER_TYPES:
                # "help against what she called a “foreign plot”": the words of whoever called it so
                speaker, via, confidence, kind = who, None, 0.7, "partial"
            elif critic is not None:
                pass  # (the one who named it so, found above, is not overruled by the sentence's subject)
            elif (choice is None and kind in ("partial", "scare")
                  and (naming := _NAMED_AS.search(masked, max(sent[0], span.open_at - 140), span.open_at)) is not None
                  and (namer := _namer(words, mentions, masked, sent, naming.start())) is not None):
                # "X described the bloc's handling of it as a “fiasco”": X's word for it, however short
                speaker, via, confidence, kind = namer, None, 0.7, "partial"
            elif choice is None and kind in ("partial", "scare"):
                speaker = _subject(words, mentions, masked, sent, span.open_at)
                speaker = named_in_apposition(speaker, mentions, masked) if speaker is not None else None
                if speaker is not None and _is_it(speaker):
                    speaker = None  # "It was meant to … “…”": with no verb of speaking, "it" is a thing, not a voice
                if speaker is not None and is_listener(words, masked, speaker.start, speaker.end):
                    speaker = None  # "X was told that “…”": X heard the words; whoever said them is not named
                confidence = 0.6
            reading = words.reads.search(masked, *sent) if speaker is None and kind == "direct" else None
            if reading is not None:
                # "“…,” the statement reads": the words of whoever issued it, the owner the phrase names ("si legge
                # nella dichiarazione del ministero degli Esteri"), else the last actor named before the quote
                named = [m for m in mentions if m.end <= span.open_at and m.actor_type != "media" and (m.actor_id or m.kind == "unknown_name")]
                # a country named before it is a place more often than the issuer ("… in Kirghizistan. «…», si legge")
                sources = [m for m in named if m.actor_type != "country" and not words.placed.search(masked, 0, m.start)]
                source_before = named_before if named_before is None or named_before.actor_type != "country" else next(
                    (m for m in reversed(discourse.organisations) if m.actor_type == "organisation"), None)
                # with no one named in the paragraph, the text is that of whoever the last quote before it cited
                # ("…, ha comunicato l'ufficio stampa del comando. ¶ «…», si legge nella nota.")
                # (when the paragraph before named no issuer after it: only places, or no one)
                # (or a body whose words the last quote gave, whatever body was named besides: "…, the district's press
                # service stated. ¶ “…,” the report reads" is that press service's report; not
                # when a person was named last, "X sent a telegram. ¶ The telegram reads: …")
                teller = told_before if (told_before is not None and told_before.actor_type != "media" and not named
                                         and (named_before is None or named_before.actor_type == "country"
                                              or (told_before.actor_type in ("organisation", "anonymous")
                                                  and named_before.actor_type != "person"))) else None
                # (an owner inside the phrase first: "a note of the Interior Ministry read")
                owner_inside = next((m for m in mentions if reading.start() < m.start and m.end <= reading.end() and m.actor_type != "media"), None)
                issuer = (owner_inside or _issuer(mentions, named, masked, reading.end())
                          or _earlier_issuer(named, masked, _issued_noun(words, reading.group(0)))
                          or (sources[-1] if sources else teller or source_before))
                # (with no issuer named anywhere before, the text speaks, named by its noun: "“…,” the press release notes")
                text = _text_subject(words.issued_texts).match(masked, reading.start()) if issuer is None else None
                if issuer is None and text is not None and not named and told_before is None and named_before is None:
                    issuer = Mention(text.start("text"), text.end("text"), line[text.start("text") : text.end("text")], "anonymous", None, "organisation")
                if issuer is not None:
                    speaker, confidence = issuer, 0.6
            if speaker is None and kind in ("direct", "partial"):
                # "Putin: «…»", a headline's way: a name, a colon, the words (after the headline's topic and a comma too:
                # "Bielorussia, Putin: «…»", "Belarus, Putin: “…”")
                lead = [m for m in mentions if sent[0] <= m.start and m.end <= span.open_at and m.actor_type in _SPEAKER_TYPES]
                if lead and NAME_COLON.fullmatch(masked, lead[0].end, span.open_at) and not masked[sent[0] : lead[0].start].strip():
                    speaker, confidence = lead[0], 0.7
                elif (lead and lead[-1].actor_type == "person" and NAME_COLON.fullmatch(masked, lead[-1].end, span.open_at)
                      and TOPIC_COMMA.fullmatch(masked, sent[0], lead[-1].start)):
                    speaker, confidence = lead[-1], 0.7
                # and the other way round, "«…»: Putin annuncia …": the words first, then a colon and who said them
                colon = NAME_COLON.match(masked, close + 1) if span.open_at - sent[0] <= 1 else None
                said_by = next((m for m in mentions if colon is not None and m.start == colon.end() and m.actor_type == "person"), None)
                if colon is not None and ":" in colon.group(0) and said_by is not None:
                    speaker, confidence = said_by, 0.7
                # and signed, a line's way over a story: "«…» Pashinyan", "“…” — X": the words, then only a name
                signed = _SIGNED.match(masked, close + 1) if speaker is None and span.open_at <= 1 else None
                signer = next((m for m in mentions if signed is not None and m.start == signed.end() and m.actor_type == "person"
                               and not masked[m.end :].strip(" .")), None)
                if signer is not None:
                    speaker, confidence = signer, 0.7
            colon_at = masked.rfind(":", sent[0], span.open_at) if speaker is None and kind == "direct" else -1
            teller = _relative_teller(mentions, masked, sent[0], colon_at) if colon_at > sent[0] else None
            if colon_at > sent[0] and not masked[colon_at + 1 : span.open_at].strip() and (teller is not None or not _THAT_IN.search(masked, sent[0], colon_at)):
                # ("X spoke sharply about Y: «…»", "a military spokesperson is more detailed: “…”", "X ha rilasciato
                # un'intervista a Y: «…»": the actor the clause before the colon opens with says the words after it)
                before_colon = next((m for m in reversed(mentions) if sent[0] <= m.start and m.end <= colon_at), None)
                colon_subject = (before_colon if before_colon is not None and before_colon.actor_type == "person"
                                 and not masked[before_colon.end : colon_at].strip()
                                 else teller or _subject(words, mentions, masked, (sent[0], colon_at), colon_at))
                if colon_subject is not None and colon_subject.actor_type not in ("country", "media") and not any(
                        colon_subject.end <= c.start < colon_at and c.kind == "according" for c in cues):
                    speaker, confidence = colon_subject, 0.5
            relayed = _AS_REPORTED.match(masked, sent[0]) if kind == "direct" and speaker is None and told_before is not None else None
            if relayed is not None and not masked[relayed.end() : span.open_at].strip():
                # ("…, the president's press office reports. ¶ As was reported, “…”": the words of the report just cited)
                speaker, confidence = told_before, 0.5
            uncued = not any(sent[0] <= c.start < sent[1] for c in cues)
            prior = max((b for b in starts if b < sent[0]), default=None)  # where the sentence before this one starts
            if kind == "direct" and speaker is None and uncued and span.open_at - sent[0] <= 1:
                # (before the last speaker goes on: "He explained why the bloc works. “…”": a person the sentence before gives a verb of speech, with no words
                # of his reported there, says the quotation that follows, unless someone else is named since)
                framed = attribute(words, find_cues(words, masked, prior, sent[0]), mentions, masked, prior, sent[0]) if prior is not None else None
                if (framed is not None and prior is not None and framed.cue.kind == "speech" and framed.speaker.actor_type == "person"
                        and not any(q.line_no == line_no and prior <= q.start < sent[0] for q in found)
                        and not any(framed.speaker.end <= m.start and m.end <= span.open_at and m.actor_type == "person" for m in mentions)):
                    speaker, confidence = framed.speaker, 0.4
            if (kind == "direct" and speaker is None and uncued and span.open_at - sent[0] <= 1 and prior is not None
                    and not any(q.line_no == line_no and prior <= q.start < sent[0] for q in found)):
                # ("Y's spokesman, X, blamed Z soon after … . “…”": the person the sentence before in this
                # paragraph opens on, with no words of anyone's reported there, says the quotation that follows it)
                opens = _subject(words, mentions, masked, (prior, sent[0]), sent[0])
                # (the principal a title's possessive names is not its holder: "Y's press secretary, X, …" is X)
                held = next((m for m in mentions if opens is not None and opens.end < m.start < sent[0] and m.actor_type == "person"
                             and _TITLE_OF_POSSESSIVE.fullmatch(masked, opens.end, m.start)), None)
                opens = held or (named_in_apposition(opens, mentions, masked) if opens is not None else None)
                if opens is not None and opens.actor_type == "person" and opens.kind in ("name", "unknown_name", "surname"):
                    speaker, confidence = opens, 0.4
            if (speaker is None and kind == "direct" and span.open_at - sent[0] <= 1 and last is not None
                    and not (told_before is not None and told_before.actor_type == "person" and not _same_actor(told_before, last))
                    # (nor a quotation its own sentence's verb of speaking gives to someone it cannot name: "“…,” an elderly
                    # woman, who declined to be named, said")
                    and not any(sent[0] <= c.start < sent[1] and c.start > span.end and c.kind == "speech" for c in cues)):
                # a paragraph that only continues the last speaker's quote (not when a paragraph between reported another
                # person's words: "“…,” a spokesman said. ¶ X said that … . ¶ “…”" is X going on)
                speaker, confidence = last, 0.5
            if (speaker is None and kind == "direct" and span.open_at <= 1 and told_before is not None
                    and (last is None or not _same_actor(told_before, last))
                    and told_before.actor_type == "person" and not any(sent[0] <= c.start < sent[1] for c in cues)):
                # a paragraph that is one uncued quotation, after a paragraph that reported a person's words ("…, ha
                # dichiarato X. ¶ «…»"): that person goes on speaking
                speaker, confidence = told_before, 0.5
            # (a fragment the cue closes the sentence on, right after it: "è ancora possibile «…» ha aggiunto.")
            closing_cue = span.close_at is not None and kind == "partial" and any(
                c.kind == "speech" and c.start > span.close_at and not masked[span.close_at + 1 : c.start].strip(" ,")
                and not masked[c.end : sent[1]].strip(" .;") for c in cues)
            if speaker is None and (kind == "direct" or closing_cue) and any(c.kind == "speech" for c in cues):
                # "«…», ha aggiunto": a cue with no subject (Italian drops it) keeps the person the text is about
                named = [m for m in mentions if m.end <= span.open_at and m.actor_type == "person" and m.resolved]
                reported = next((q for q in reversed(found) if q.line_no == line_no and q.speaker is not None and q.kind != "scare"), None)
                if (reported is not None and reported.speaker is not None and reported.speaker.end <= span.open_at
                        and not any(reported.speaker.end <= m.start and m.end <= span.open_at and m.actor_type == "person"
                                    and not reported.start <= m.start < reported.end for m in mentions)):
                    # "…, ha affermato il consigliere di X, Y. «…», ha aggiunto": the one who just spoke, named last (a
                    # person named inside what that one said is no subject: "ha detto che incontrerà Y. «…», ha detto")
                    speaker, confidence = reported.speaker, 0.5
                elif named:
                    speaker, confidence = named[-1], 0.5
                elif person_before is not None and not any(m.end <= span.open_at and m.actor_type in _SPEAKER_TYPES for m in mentions):
                    # nobody named in this paragraph before it: the person the last paragraph named goes on speaking
                    speaker, confidence = person_before, 0.5
            opener = next((c for c in cues if sent[0] <= c.start < span.open_at and c.kind == "speech"), None) if speaker is None and kind == "partial" else None
            if (opener is not None and words.subjectless.match(masked[sent[0] : opener.start])
                    and (opener.words[:1].isupper() or masked[sent[0] : opener.start].strip()[:1].isupper())):
                # "Ha poi chiesto una «…»": an Italian sentence that opens on its cue, its subject unsaid,
                # goes on with the person named last
                named = [m for m in mentions if m.end <= span.open_at and m.actor_type == "person" and m.resolved]
                speaker, confidence = (named[-1] if named else person_before), 0.5
            # the sentence before in this paragraph reported someone's words: its speaker goes on ("X riferisce
            # che … . “…” dei droni sono state realizzate …"), whoever it named on the way
            before_it = [q for q in found if q.line_no == line_no and q.end <= sent[0]]
            reported = before_it[-1] if before_it and before_it[-1].kind == "indirect" else None
            heir, scope = (reported.speaker, sent[0]) if reported is not None and reported.speaker is not None else (last, 0)
            said = next((q for q in reversed(before_it) if q.kind == "direct"), None) if reported is None else None
            if said is not None and said.speaker is last:
                # ("“…,” this would involve a mission to X. The draft “is ready …”": the last speaker quoted in this
                # paragraph goes on; only someone named in a sentence after his quotation's may have taken over)
                scope = min((b for b in starts if b >= said.end), default=sent[0])
            fragment = next((q for q in reversed(before_it) if q.kind == "partial"), None) if reported is None and said is None else None
            if fragment is not None and fragment.speaker is not None and fragment.speaker.actor_type in ("person", "organisation") and kind == "partial":
                # ("X told journalists that “…” among the subjects. First, “…”": a fragment the sentence before in this
                # paragraph gave a person, or a speaking body, goes on in an uncued one, unless someone is named since its
                # sentence)
                heir, scope = fragment.speaker, min((b for b in starts if b >= fragment.end), default=sent[0])
            if (kind == "partial" and speaker is None and uncued and heir is not None and len(line[span.start : span.end].split()) > _SCARE_WORDS
                    and not any(scope <= m.start and m.end <= span.open_at and m.actor_type in _SPEAKER_TYPES and not _is_it(m)
                                # (a place after its preposition takes no one's turn: "will stay in Kazakhstan «…»")
                                and not (m.actor_type == "country" and words.governed.search(masked, max(0, m.start - 20), m.start))
                                for m in mentions)):
                speaker, confidence = heir, 0.4  # "Le forze sarebbero impegnate nella «…»": more of the text just quoted
            last_told = next((q for q in reversed(before_it) if q.speaker is not None and q.kind in ("direct", "indirect")), None)
            # (the teller's own name in a trailing attribution, "…, X said.", is no one else named since)
            if (kind == "direct" and speaker is None and uncued and span.open_at - sent[0] <= 1 and last_told is not None
                    and last_told.speaker is not None and last_told.speaker.actor_type in ("person", "organisation")
                    and not any(last_told.end <= m.start and m.end <= span.open_at and m.actor_type == "person"
                                and (m.start, m.end) != (last_told.speaker.start, last_told.speaker.end) for m in mentions)):
                # ("He noted that the situation … remains difficult. The participants discussed the border. “Today
                # …”": the person this paragraph reported goes on, with no one else named since; and a body that
                # spoke: "The ministry said that … . «We have received …»")
                speaker, confidence = last_told.speaker, 0.4
            if speaker is None and kind in ("direct", "partial") and _IMPERSONAL_PASSIVE.match(masked, sent[0]):
                # ("La parte russa ha espresso «…». È stato anche notato come sia «…»", "It was also noted that …": a
                # readout's impersonal passive goes on with the one its paragraph just reported)
                same_paragraph = [q for q in found if q.line_no == line_no and q.end <= sent[0] and q.speaker is not None and q.kind != "scare"]
                if same_paragraph:
                    speaker, confidence = same_paragraph[-1].speaker, 0.4
            if kind == "partial" and speaker is None and uncued and len(line[span.start : span.end].split()) <= _SCARE_WORDS:
                kind = "scare"  # a short phrase no one is said to have said: "inviare “forze di pace”"
            if (kind == "partial" and choice is None and uncued and len(line[span.start : span.end].split()) <= _SCARE_WORDS
                    and _ARTICLE_BEFORE.search(line, max(0, span.open_at - 6), span.open_at)
                    and not _NAMED_BY.search(line, max(0, span.open_at - 40), span.open_at)):
                kind = "scare"  # (one a sentence uses as a noun, with no cue, whoever it names: "is forming a “triangle of containment”")
            verb_first = (_OPENS_ON_VERB.match(masked, sent[0]) if speaker is not None and speaker.actor_type in ("organisation", "country", "anonymous")
                          else None)
            # (not a verb of speech with its subject after it: "Ha dichiarato il ministero: «…»")
            if verb_first is not None and any(sent[0] <= c.start < verb_first.end() for c in cues):
                verb_first = None
            if verb_first is not None and speaker is not None and sent[0] <= verb_first.end() <= speaker.start < span.open_at and kind != "scare":
                # "Ha licenziato il governo, …, ha definito i responsabili «…»": a sentence that opens on its verb has its
                # subject unsaid; the body after the verb is its object, and the words are those of whoever it goes on with
                teller = _subjectless_teller(found, mentions, line_no, sent, told_before, person_before)
                asides = [m.span(1) for m in _GLUED_ASIDE.finditer(masked, 0, sent[0])]
                if teller is not None and any(a <= teller.start < b for a, b in asides):
                    # (not a person an aside named: "e X -che è subentrato …, Y– ha deciso …" goes on with X)
                    outside = [m for m in mentions if m.end <= sent[0] and m.actor_type == "person" and m.resolved
                               and not any(a <= m.start < b for a, b in asides)]
                    teller = outside[-1] if outside else teller
                if teller is not None:
                    speaker, confidence = replace(teller, start=speaker.start, end=speaker.start), 0.5
            if kind == "partial" and speaker is not None and _ANSWERED_CHARGE.search(masked, max(sent[0], span.open_at - 80), span.open_at):
                # "X ha dovuto rispondere alle accuse di «…»", "X denied allegations of “…”": the accusers' words, whom
                # the sentence does not name, not the words of the one who answers them
                speaker = None
            if speaker is not None and speaker.kind in ("pronoun", "descriptor"):
                confidence = min(confidence, 0.85 if speaker.resolved else 0.4)
            if speaker is None:
                confidence = 0.3
            if kind == "scare":
                confidence = min(confidence, 0.3)
            else:
                quoted = True
            start, end = _trim(line, span.start, span.end)
            found.append(
                FoundQuote(line_no, kind, start, end, line[start:end], speaker, via, choice.cue.words if choice else None, confidence)
            )
            if speaker is not None and (kind == "direct" or (kind == "partial" and speaker.actor_type == "person" and speaker.resolved)):
                last = speaker  # (a fragment a named person said, too: "He said the plan “…”" makes him the one quoted)
        if not quoted:
            found.extend(_indirect(words, line_no, line, masked, cues, mentions, sent,
                                   _subjectless_teller(found, mentions, line_no, sent, told_before, person_before)))
        else:
            # (the sentence's last quotation, past a name it quotes after it: "“…,” X told the broadcaster “Rossiya 24”,
            # adding that …")
            told = next(f for f in reversed(found) if f.kind != "scare")
            if told.speaker is not None and told.kind in ("direct", "partial"):
                found.extend(_added(words, line_no, line, masked, cues, in_sentence, sent, told.speaker))
        if quoted and in_sentence and any(q.kind == "direct" for q in found[first_here:]):
            # "Dushanbe ha detto che il paese non può …: «…», ha detto X": a reported clause that a colon ends, right
            # before the quotation, is reported speech of its own (its cue and subject are read before the colon)
            head = masked[sent[0] : in_sentence[0].open_at].rstrip()
            if head.endswith(":") and _THAT_IN.search(head):
                colon_at = sent[0] + len(head) - 1
                head_cues = [c for c in cues if c.end <= colon_at]
                clauses = [q for q in _indirect(words, line_no, line, masked, head_cues, mentions, (sent[0], colon_at)) if q.end <= colon_at]
                found[first_here:] = sorted(found[first_here:] + clauses, key=lambda q: (q.start, q.kind != "indirect"))
        if quoted and not any(q.kind == "direct" for q in found[first_here:]):
            # "X said that membership is frozen and that what he called a “…” freeze could become “…”": a reported
            # clause that only borrows a few of the speaker's words is reported speech as well as its fragments
            # (each clause "… that A, and that B" coordinates is weighed on its own: A may be mostly quoted, B not)
            # (and one that says much before the quotation it ends on: "X signalled that the bloc may deploy observers on
            # the border 'to help …'" reports the words before the marks)
            # (and a clause of its own cue that holds no quoted word: "X said that «…» and hoped that the talks …")
            kept = [q if (any(_mostly_unquoted(part, line, in_sentence) or _embeds(part, line, in_sentence) or _said_that(part, line, in_sentence) for part in _coordinated(q))
                          or ((_THAT_BEFORE.search(line, max(0, q.start - 8), q.start) is not None
                               # (or its bare verb: "X said the bloc had forces but cautioned that “…”")
                               or _SAID_BARE_BEFORE.search(line, max(0, q.start - 12), q.start) is not None)
                              and not any(q.start < s.end and s.start < q.end for s in in_sentence))) else _unquoted_head(q, line, in_sentence)
                    for q in _indirect(words, line_no, line, masked, cues, mentions, sent,
                                       _subjectless_teller(found, mentions, line_no, sent, told_before, person_before))]
            clauses = [q for q in kept if q is not None]
            # (a fragment inside a reported clause is the words of whoever reports the clause: "Ha affermato che la
            # Bielorussia agisce non «…»" quotes the one who said it, not the country the clause is about)
            # (the clause after its cue, not one a trailing attribution closes: "X accused Y of using “…”, officials said"
            # quotes X's charge; nor an outlet's, which relays the clause's subject: "Y reported that X urged a “…”")
            found[first_here:] = [next((replace(q, speaker=c.speaker, via=c.via) for c in clauses if c.speaker is not None
                                        and c.start <= q.start and q.end <= c.end and q.speaker != c.speaker
                                        and c.speaker.actor_type != "media" and _REPORTED_AFTER_CUE.search(masked, sent[0], c.start)), q)
                                  if q.kind == "partial" and q.line_no == line_no else q for q in found[first_here:]]
            found[first_here:] = sorted(found[first_here:] + clauses, key=lambda q: (q.start, q.kind != "indirect"))
    if line.rstrip().endswith(":") and bounds:
        # "…, Lukashenko said:" — the next paragraph's quotation is his
        tail = bounds[-1]
        tail_cues = find_cues(words, masked, *tail)
        announced = attribute(words, tail_cues, mentions, masked, tail[0], tail[1], loose=True)
        if announced is not None and not any(q.line_no == line_no and tail[0] <= q.start < tail[1] and q.kind != "indirect" for q in found):
            last = announced.speaker
        elif (announced is None and (speech_cue := next((c for c in tail_cues if c.kind == "speech"), None)) is not None
              and SUBJECTLESS_LEAD.fullmatch(masked, tail[0], speech_cue.start) is not None
              and not any(tail[0] <= m.start < tail[1] and m.actor_type in _SPEAKER_TYPES for m in mentions)):
            # "X si dimette. In una nota ha dichiarato:": a cue with no subject goes on with the person named before it
            last = _subjectless_teller(found, mentions, line_no, tail, told_before, person_before) or last
    return [_cited_by_outlet(words, q, masked, mentions) if q.line_no == line_no else q for q in found], last


def _cited_by_outlet(words: QuoteWords, quote: FoundQuote, masked: str, mentions: Sequence[Mention]) -> FoundQuote:
    """"…, <Outlet> reports, citing <title>, <Name>.": the words an outlet relays are the person it cites, named after
    "citing" in the same sentence (by name, or by a title and the name in apposition)."""
    citing = _OUTLET_CITING.match(masked, quote.end) if quote.speaker is not None else None
    if citing is None or quote.speaker is None or not citing.start() <= quote.speaker.start < citing.end():
        return quote
    if (citing.group("verb") or "").lower() in ("said", "says") and quote.speaker.actor_type != "media":
        return quote  # ("…, X said, citing intelligence data": a person who cites a source still speaks; "reports" is an outlet's)
    stop = masked.find(".", citing.end())
    stop = len(masked) if stop < 0 else stop
    cited = next((m for m in mentions if citing.end() <= m.start < stop and m.actor_type == "person"), None)
    if cited is None and words.cited_text.match(masked, citing.end()):
        # ("…, an agency reports citing a communiqué of the <Council>": a body's text the outlet relays is the body's)
        cited = next((m for m in mentions if citing.end() <= m.start < stop and m.actor_type == "organisation"), None)
    if cited is None:
        # ("…, an agency reports citing the press office of the Defence Ministry of X": a body the outlet cites right
        # after its verb)
        cited = next((m for m in mentions if m.start <= citing.end() < m.end and m.actor_type == "organisation"), None)
    if cited is None:
        return quote
    return replace(quote, speaker=named_in_apposition(cited, mentions, masked))


#: The trailing attribution of an outlet that cites someone: ", Azernews reports, citing the ", ", writes X, quoting ",
#: ", X reports according to …" (what it cites is read by ``QuoteWords.cited_text``).
_OUTLET_CITING = re.compile(r"[\s\W]{0,3}(?:(?:[\w.'’-]+\s+){1,4}?(?P<verb>reports|reported|writes|wrote|informs|says|said)"
                            r"(?:\s*,?\s*(?:citing|quoting)|(?<!said)(?<!says)\s*,?\s+according\s+to)"
                            # (or the outlet after "according to", citing its source: ", according to the X news agency citing the")
                            r"|according\s+to\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,4}?(?:citing|quoting))\s+(?:the\s+|an?\s+)?",
                            re.IGNORECASE)
#: What follows an outlet named after "according to" when it relays another's words: " news agency citing ", " quoting ".
_CITING_TAIL = re.compile(r"\s*(?:(?:news\s+)?(?:agency|newspaper|daily|outlet|channel|website|portal)\s*)?,?\s*(?:citing|quoting|citando)\s", re.IGNORECASE)
#: An outlet's cue going on to what it relays: ", citing ", " according to " (a body's text after it, ``cited_text``).
_RELAYING = re.compile(r"\s*,?\s*(?:citing|quoting|according\s+to)\s+", re.IGNORECASE)


#: A bulletin's item: a bullet (or none), the body or person, a colon, then what they claim ("● Defense Ministry: …").
_LABEL_HEAD = re.compile(r"\s*(?:[●•·▪■*]\s*)?")
_LABEL_COLON = re.compile(r"\s*:\s+")
#: The fewest words a labelled item says: "Photo: Defense Ministry press service" is a credit, not a claim.
_LABEL_WORDS = 6
#: The most words of a labelled line with no closing stop that is a subheading, not a claim ("CIS: ten years of …").
_SUBHEADING_WORDS = 10


@functools.lru_cache(maxsize=4)
def _text_subject(issued: tuple[str, ...]) -> re.Pattern[str]:
    """A sentence that opens on an issued text as its subject: "The press release also stresses", "La nota afferma"."""
    texts = alternation((*issued, "document", "documento"))
    return re.compile(rf"\s*(?P<text>(?:the|this|that|its|il|la|l['’]|questo|questa)\s*(?:[\w-]+\s+){{0,2}}?(?:{texts}))\s+"
                      r"(?:also\s+|further\s+|anche\s+|inoltre\s+|poi\s+)?", re.IGNORECASE)


def _texts_that_speak(words: QuoteWords, line: str, masked: str, bounds: Sequence[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """The mentions with, added, each issued text that opens a sentence as the subject of a verb of speech, its issuer
    unnamed in the sentence ("The document notes that …", "The press release also stresses that …"): with no one
    reported before, the text speaks, named by its noun, as a body's statement does."""
    added = []
    for start, end in bounds:
        subject = _text_subject(words.issued_texts).match(masked, start, end)
        if (subject is not None and words.cues.match(masked, subject.end())
                and not any(start <= m.start < subject.end() for m in mentions)):
            added.append(Mention(subject.start("text"), subject.end("text"), line[subject.start("text") : subject.end("text")],
                                 "anonymous", None, "organisation"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _labelled(line_no: int, line: str, spans: Sequence[QuotedSpan], mentions: Sequence[Mention]) -> FoundQuote | None:
    """A paragraph after the first that gives a body's or a person's claims after their name and a colon, with no
    quotation marks ("● Defence Ministry: our posts came under mortar fire at dawn …"): reported speech, theirs."""
    head = _LABEL_HEAD.match(line)
    first = mentions[0] if mentions else None
    if line_no == 0 or spans or head is None or first is None or first.start != head.end():
        return None
    if first.actor_type not in ("organisation", "person") or first.kind in ("pronoun", "surname"):
        return None
    colon = _LABEL_COLON.match(line, first.end)
    if colon is None or len(line[colon.end() :].split()) < _LABEL_WORDS:
        return None
    if (len(line.split()) <= (_SUBHEADING_WORDS if first.actor_id else 2 * _SUBHEADING_WORDS)
            and not line.rstrip().endswith((".", "!", "?", "…"))):
        # ("CIS: ten years of work with the UN": a subheading that names its topic, no claim; longer under a label no
        # registry holds, "Ministerial Debate: Cooperation between …", the title of what follows)
        return None
    start, end = _trim(line, colon.end(), len(line.rstrip().rstrip(".")))
    return FoundQuote(line_no, "indirect", start, end, line[start:end], first, None, None, 0.6)


#: The joint between two coordinated reported clauses: "… that A, and that B".
_AND_THAT = re.compile(r",?\s+(?:and|e)\s+(?:that|che)\s+", re.IGNORECASE)


def _coordinated(quote: FoundQuote) -> list[FoundQuote]:
    """A reported clause cut at each "and that" into the clauses it coordinates."""
    parts, begin = [], 0
    for joint in [*_AND_THAT.finditer(quote.text), None]:
        end = joint.start() if joint is not None else len(quote.text)
        text = quote.text[begin:end].strip(" ,")
        if len(text.split()) >= 3:
            at = quote.start + quote.text.index(text, begin)
            parts.append(replace(quote, start=at, end=at + len(text), text=text))
        begin = joint.end() if joint is not None else begin
    return parts


#: The conjunction that opens a reported clause, right before it: "… hoped that ", "… ha detto che ".
#: What may stand before an Italian cue with no subject of its own: nothing, or where or how it was said ("In una nota
#: ", "Poi, ", "In un comunicato ufficiale ").
SUBJECTLESS_LEAD = re.compile(r"\s*(?:(?:(?-i:[A-Z])\w*\s+)?(?:in|nel|nella|con|poi|quindi|inoltre|successivamente|più\s+tardi|in\s+seguito)\b[^,.;:]{0,40}?,?\s*)?",
                               re.IGNORECASE)
_THAT_BEFORE = re.compile(r"\b(?:that|che),?\s*$", re.IGNORECASE)  # (a comma before an aside: "ha osservato che, come …")


#: A cue and its "that" right before a reported clause: "ha affermato che ", "said that ".
_REPORTED_AFTER_CUE = re.compile(r"\b(?:that|che)\s*$", re.IGNORECASE)


def _subjectless_teller(found: Sequence[FoundQuote], mentions: Sequence[Mention], line_no: int, sent: tuple[int, int],
                        told_before: Mention | None, person_before: Mention | None) -> Mention | None:
    """Who a cue with no subject ("Ha detto che …") goes on with: whoever was just reported, unless a person has been
    named since; failing that, the last person named."""
    named = [m for m in mentions if m.end <= sent[0] and m.actor_type == "person" and m.resolved]
    prior = [q for q in found if q.line_no == line_no and q.end <= sent[0] and q.speaker is not None and q.kind != "scare"]
    teller = teller_of(prior[-1]) if prior else told_before  # an outlet that relayed goes on telling
    since = prior[-1].end if prior else 0
    said_by = prior[-1].speaker if prior else None
    if any(m.actor_type == "person" and since <= m.start < sent[0] and m.end <= sent[0]
           and not (said_by is not None and since <= said_by.start and m.end <= said_by.end) for m in mentions):
        teller = None  # someone named since then is the likelier subject (not the one who said it: "…, ha dichiarato X.
        # Ha sottolineato che …" goes on with X)
    return teller or (named[-1] if named else person_before)


def _mostly_unquoted(quote: FoundQuote, line: str, spans: Sequence[QuotedSpan]) -> bool:
    """True when a reported clause holds quoted words, but few of them (``_few_quoted``)."""
    marked = sum(len(line[s.start : s.end].split()) for s in spans if quote.start <= s.start and s.end <= quote.end)
    return marked > 0 and _few_quoted(marked, len(quote.text.split()))


def _said_that(quote: FoundQuote, line: str, spans: Sequence[QuotedSpan]) -> bool:
    """True when a reported clause opens with "that"/"che" and says a few words of its own (a subject and its verb)
    before the quotation it goes on with: "X said that the bloc is planning a “…”", "ha detto che la fase
    è stata «…»" report the clause as well as quote its fragment."""
    inside = [s for s in spans if quote.start <= s.open_at < quote.end]
    # (or opens after its source: "According to him, the bloc was not made to solve “…”"; or is an infinitive, "X urged
    # to drive in a “…”")
    own = line[quote.start : inside[0].open_at] if inside else ""
    # (or follows its verb with no "that", saying much of its own before the quotation and no clause of another's:
    # "X said the force created by the leaders at their summit “will …”", not "X said the plan was “…”")
    # (or fewer, when a pronoun subject and its auxiliary open it: "X said he had authorized the police to shoot “…”")
    bare = (_SAID_BARE_BEFORE.search(line, max(0, quote.start - 12), quote.start) is not None
            and (len(own.split()) >= _OWN_WORDS_BARE or (_PRONOUN_MODAL.match(line, quote.start - 1) is not None and len(own.split()) >= _OWN_WORDS + 2))
            and _THAT_INSIDE.search(own) is None)
    if not inside or (_THAT_BEFORE.search(line, max(0, quote.start - 8), quote.start) is None and not bare
                      and _SOURCE_BEFORE.search(line, max(0, quote.start - 100), quote.start) is None
                      and _INFINITIVE_CLAUSE.match(quote.text) is None):
        return False
    return len(own.split()) >= _OWN_WORDS


#: A verb of speech right before the clause it reports with no "that": "X said the force “will …”".
_SAID_BARE_BEFORE = re.compile(r"\b(?:said|says|stated|noted|added|stressed|believes|believed)\s+$", re.IGNORECASE)
#: A reported clause that is an infinitive: "to hold …", "di tenere …".
_INFINITIVE_CLAUSE = re.compile(r"(?:to|di)\s+[a-zà-ù]", re.IGNORECASE)
#: A person as the source that heads the clause after it: "According to him, ", "Secondo Putin, " (not a text or a body:
#: "According to the readout, the members expressed concern at the “…”" relays what they did).
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|secondo|stando\s+a)\s+(?:(?:him|her|lui|lei|(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}),"
                            r"|(?:cui|whom|il\s+quale|la\s+quale))\s*$", re.IGNORECASE)


#: The fewest words of its own a "that" clause says before its quotation to be reported speech as well.
_OWN_WORDS = 3
#: The fewest such words of a clause with no "that" after its verb ("X said the … “…”").
_OWN_WORDS_BARE = 8
#: "that" or a verb of telling inside a clause: the clause reports another's words in turn.
_THAT_INSIDE = re.compile(r"\b(?:that|che|told|informed|said|says)\b", re.IGNORECASE)


def _embeds(quote: FoundQuote, line: str, spans: Sequence[QuotedSpan]) -> bool:
    """True when a reported clause's quotations sit inside it, with words of the clause's own before the first and
    after it, and do not make up most of it: "X noted that the parties agreed on “…” within the framework of …",
    "X said he intended to “…” as the situation becomes “…”"."""
    inside = [s for s in spans if quote.start <= s.open_at and s.close_at is not None and s.close_at < quote.end]
    if not inside:
        return False
    before = len(line[quote.start : inside[0].open_at].split())
    marked = sum(len(line[s.start : s.end].split()) for s in inside)
    closed = inside[0].close_at
    assert closed is not None
    after = len(line[closed + 1 : quote.end].split()) - sum(len(line[s.start : s.end].split()) for s in inside[1:])
    return before >= _AROUND_WORDS and after >= _AROUND_WORDS and marked * 3 < 2 * len(quote.text.split())


#: The fewest words of its own a reported clause has on each side of a quotation it embeds.
_AROUND_WORDS = 3


def _unquoted_head(quote: FoundQuote, line: str, spans: Sequence[QuotedSpan]) -> FoundQuote | None:
    """The words of a reported clause before the first quotation in it, when they are many (``_HEAD_WORDS``)."""
    inside = [s for s in spans if quote.start <= s.open_at < quote.end]
    if not inside:
        return None
    head = line[quote.start : inside[0].open_at].rstrip(" ,;:-–—")
    if len(head.split()) < _HEAD_WORDS or not _ADJUNCT_OPENS.match(line, inside[0].start) or _GOVERNS_NEXT.search(head):
        return None  # ("the role of the district is to “…”": the quotation is what the words before it need)
    return replace(quote, end=quote.start + len(head), text=head)


#: How many words before its first quotation make a reported clause one of its own.
_HEAD_WORDS = 8
#: A quotation that opens a purpose or a reason of its own, after a complete clause: "… on the border 'to help …'"
#: (or a relative clause on its last words: "… impacted by the situation in X, 'which continues to be tense'").
_ADJUNCT_OPENS = re.compile(r"\s*(?:in\s+order\s+to|so\s+as\s+to|so\s+that|to|because|since|while|which|who|if|unless|al\s+fine\s+di|per|affinché|perché|in\s+modo\s+da"
                            r"|(?<=,\s[\"“«])(?:che|il\s+quale|la\s+quale))\s",
                            re.IGNORECASE)
#: A last word that needs the quotation after it: "is to", "aimed at", "would be", "of the".
_GOVERNS_NEXT = re.compile(r"\b(?:to|of|for|at|in|on|by|with|is|are|was|were|be|been|being|will|would|can|could|should|must|the|a|an|"
                           r"and|or|that|di|per|è|sono|il|la|le|gli|i)\s*$", re.IGNORECASE)


def _few_quoted(marked: int, words: int) -> bool:
    """True when fewer than a quarter of a clause's ``words`` are quoted: it is reported speech as well as a fragment."""
    return marked * 4 < words


def _same_actor(one: Mention, other: Mention) -> bool:
    """True when two mentions name the same actor: the same registry id, else the same words."""
    if one.actor_id is not None or other.actor_id is not None:
        return one.actor_id == other.actor_id
    return fold(one.text) == fold(other.text)


def teller_of(quote: FoundQuote) -> Mention | None:
    """Who goes on telling after a quote: the outlet that relayed it, else its speaker (a press service that
    relayed a person's words does not: the person does)."""
    # (a person who told an outlet goes on himself: "…, X told <Agency>. In particular, he said, …"; the outlet that
    # reported what he said goes on telling: "…, ha riferito l'agenzia TASS. Ha detto che …")
    told = quote.cue is not None and quote.cue.lower().split()[-1:] in (["told"], ["tells"])
    if quote.via is not None and quote.via.actor_type == "media" and not (told and quote.speaker is not None and quote.speaker.actor_type == "person"):
        return quote.via
    return quote.speaker


def _is_it(mention: Mention) -> bool:
    """An organisation pronoun ("it"), which names a speaker only as a verb of speaking's subject."""
    return mention.kind == "pronoun" and mention.actor_type in ("organisation", "country")  # (once resolved, a country's)


def _fronted(words: QuoteWords, masked: str, bounds: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a sentence whose statement is fronted before a colon and attributed after it ("Serve un fronte comune:
    lo ha dichiarato il presidente X"): the part after the colon attributes the part before, as a sentence would."""
    split: list[tuple[int, int]] = []
    for start, end in bounds:
        for colon in re.finditer(r"[:;]\s", masked[start:end]):
            cut = start + colon.end()
            if words.anaphoric_it.match(masked[cut:end]) and len(masked[start:cut].split()) >= 4:
                split.extend([(start, cut), (cut, end)])
                break
        else:
            split.append((start, end))
    return split


#: An outlet's verb of report right before a gerund cue: "<Agency> said, noting …", "<Agency> reported, adding …".
_MEDIA_SAID = re.compile(r"\s+(?:said|says|reported|reports|wrote|writes)\s*,\s*")
#: "with X saying": a gerund with its own subject.
_WITH_OWN = re.compile(r"\b(?:with|con)\s+(?:the\s+|il\s+|la\s+)?$", re.IGNORECASE)
#: "with the service adding": a body of its own before a gerund cue (the words up to the cue).
_WITH_BODY = re.compile(r"\b(?:with|con)\s+(?P<body>(?:the|its|their|il|lo|la|l['’])\s*[^,;:]{2,60}?)\s+$", re.IGNORECASE)
#: "adding that", "aggiungendo che": the gerund and the word that opens the clause it adds.
#: (an adverb may stand between: "adding however that", "aggiungendo però che", "noting, though, that")
_ADDED_THAT = re.compile(r"\s*(?:,?\s*(?:however|though|also|further|moreover|therefore|thus|hence|però|tuttavia|comunque|inoltre|anche|quindi|pertanto|dunque)\s*,?\s*)?(?:that|che)\b",
                         re.IGNORECASE)
#: "and" (or "but") right before a second verb of speech: " and added", ", and also stressed", " e ha aggiunto", " but cautioned".
_AND_BEFORE = re.compile(r",?\s+(?:and|e|ed|but|ma)\s+(?:(?:also|then|later|further|anche|poi|ha|hanno)\s+){0,2}$", re.IGNORECASE)


def _added(
    words: QuoteWords, line_no: int, line: str, masked: str, cues: Sequence[Cue], spans: Sequence[QuotedSpan],
    sent: tuple[int, int], speaker: Mention,
) -> list[FoundQuote]:
    """"“…,” he stressed, adding that …": the clause a gerund cue adds after the sentence's quotation is the same
    speaker's indirect quote (a clause that is mostly a quotation of its own is left to that quotation; a few quoted
    words inside it, "adding that the matter needs a proper “act”", are a partial quote within the indirect one)."""
    for cue in cues:
        if cue.words.lower() not in words.gerund_cues or not any((s.close_at if s.close_at is not None else s.end) <= cue.start for s in spans):
            continue
        that = _ADDED_THAT.match(masked, cue.end)
        if that is None or that.end() >= sent[1]:
            continue
        start, end = _trim(line, that.end(), sent[1])
        while end > start and line[end - 1] in ".!?":
            end -= 1
        inside = [q for q in spans if q.start >= cue.start]
        if len(line[start:end].split()) < 3 or (inside and (any(q.end > end + 1 for q in inside)
                                                         or not _few_quoted(sum(len(line[q.start : q.end].split()) for q in inside),
                                                                            len(line[start:end].split())))):
            return []
        return [FoundQuote(line_no, "indirect", start, end, line[start:end], speaker, None, cue.words, 0.7)]
    return []


_SUBJECT_AND_CUE = re.compile(r"^\s*[A-Z][^,;:]*?(?:,[^,;:]*){0,2}?\s(?P<verb>reported|(?<!the\s)(?<!its\s)(?<!their\s)reports|said|says|stated|announced|announces|told\s+(?:reporters|journalists|the\s+(?:[\w-]+\s+)?(?:agency|newspaper|daily|channel|outlet)|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}"
                              # (an outlet by a name that need not be capitalised, and what it is: "told 24.kg news agency")
                              r"|[\w.'’-]+\s+(?:news\s+)?(?:agency|newspaper|portal|website|outlet)\b))"
                              # ("X said in an interview with the weekly Y.": where it was said, not what; "… in an interview
                              # that …" reports a clause of its own)
                              # ("X stated during talks with Y, which took place in Z.": the talks and where they were held)
                              r"(?:\s+(?:in|during|at)\s+(?:(?:an?|the|his|her|its)\s+)?(?:interview|briefing|press\s+conference|speech|talks|negotiations|statement|press\s+release)\b"
                              r"(?:(?!\bthat\b)[^,;:])*(?:,\s*which\s+(?:took\s+place|was\s+held|were\s+held)\b[^,;:]*)?"
                              # ("X said, speaking at the forum's plenary session": the occasion, set off by a comma)
                              r"|,\s*(?:speaking|addressing|talking)\s+(?:at|to|during|before|in|with)\b(?:(?!\bthat\b)[^;:])*"
                              # ("X reported on Twitter.": where it was posted)
                              r"|\s+(?:on|in|via)\s+(?:his\s+|her\s+|its\s+|their\s+|the\s+)?(?:official\s+)?(?:Twitter|Telegram|Facebook|X|VKontakte|Instagram|website|blog)"
                              r"(?:\s+(?:channel|account|page))?"
                              # ("X said on Rossiya-1 TV channel.", "… on state television": the broadcast it was said on)
                              r"|\s+(?:on|in)\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,2}?(?:TV|television|radio)(?:\s+(?:channel|station|show|programme|program))?)?"
                              r"\s*[.!]?\s*$")
def _attributed_by_next(
    words: QuoteWords, line_no: int, line: str, masked: str, mentions: Sequence[Mention], previous: tuple[int, int] | None,
    sent: tuple[int, int], found: list[FoundQuote],
) -> FoundQuote | None:
    """The sentence before ``sent`` as an indirect quote, when ``sent`` attributes it: "… . Lo ha dichiarato il
    presidente X.", "… . Belarus President X made the statement at …", "… . This was stated by X."."""
    if previous is None:
        return None  # nothing before it in this paragraph
    attribution = _anaphoric(words, line, masked, mentions, sent)
    if attribution is None:
        return None
    speaker, verb = attribution
    held = [q for q in found if q.start < previous[1] and q.end > previous[0]]
    if held:
        # «…» quoted in the sentence before and only guessed at there: "La Russia «…». È quanto ha detto Peskov."
        if any(q.speaker is not None and q.confidence > 0.6 and q.kind != "scare" for q in held):
            # "X described it as a “fiasco”. Y said this as well": the sentence before names whose words it quotes
            return None
        for index, quote in enumerate(found):
            if quote in held and quote.confidence <= 0.6:
                found[index] = replace(quote, speaker=speaker, cue=verb, confidence=0.75)
        marked = sum(len(q.text.split()) for q in held if q.kind != "scare")  # (a name in marks is no one's words)
        if any(q.kind == "direct" for q in held) or not _few_quoted(marked, len(masked[previous[0] : previous[1]].split())):
            return None
        # ("Il governo ha giudicato «prematuro» ospitare …. Lo ha dichiarato X": the sentence is X's report as
        # well, as round 47's clauses that borrow a few quoted words are)
    start, end = _trim(line, previous[0], previous[1])
    filed = _filed_head(words, line)
    if start < filed < end:
        start = filed  # ("MOSCOW (Wire): X …. This was reported by Y.": the dateline is no one's words)
    while end > start and line[end - 1] in ".!?":
        end -= 1
    if len(line[start:end].split()) < 4:
        return None
    confidence = 0.75 if speaker.resolved or speaker.kind in ("name", "unknown_name", "anonymous") else 0.4
    return FoundQuote(line_no, "indirect", start, end, line[start:end], speaker, None, verb, confidence)


def _attributes_paragraph_before(
    words: QuoteWords, paragraph_before: tuple[int, str], line: str, masked: str, mentions: Sequence[Mention], sent: tuple[int, int]
) -> FoundQuote | None:
    """The last sentence of the paragraph before as an indirect quote, when the sentence ``sent`` that opens this
    paragraph (``line``) attributes it ("… al confine con l'Afghanistan. ¶ Lo riferisce il servizio stampa …")."""
    attribution = _anaphoric(words, line, masked, mentions, sent)
    if attribution is None:
        return None
    number, text = paragraph_before
    if any(len(text[s.start : s.end].split()) > _SCARE_WORDS for s in quoted_spans(text)):
        return None  # (words quoted there are someone's; a name in marks is not)
    bounds = sentences(text, words.abbreviations)
    if not bounds:
        return None
    start, end = _trim(text, *bounds[-1])
    filed = _filed_head(words, text)
    if start < filed < end:
        start = filed  # ("DUSHANBE, <date>, <agency> -- X …. ¶ Y remarked this": the dateline is no one's words)
    while end > start and text[end - 1] in ".!?":
        end -= 1
    # (words, not figures: a time stamp line, "# 3 March 2031 09:15 (UTC +03:00)", is no one's words)
    if len(_WORD.findall(text, start, end)) < 4 or text.rstrip().endswith(":"):
        return None
    speaker, verb = attribution
    confidence = 0.7 if speaker.resolved or speaker.kind in ("name", "unknown_name", "anonymous") else 0.4
    return FoundQuote(number, "indirect", start, end, text[start:end], speaker, None, verb, confidence)


#: A sentence that gives the one before it to the speaker it names before its verb: "This is what X told the agency".
_THIS_IS_WHAT = re.compile(r"\s*(?:This|That)\s+(?:is|was)\s+what\s+(?P<subject>[^.;:]{3,160}?)\s+(?P<verb>told|said|stated|wrote|"
                           r"reported|announced|noted|declared)\b")


def _anaphoric(words: QuoteWords, line: str, masked: str, mentions: Sequence[Mention], sent: tuple[int, int]) -> tuple[Mention, str] | None:
    """The speaker and verb of a sentence that attributes the one before it, if it is one (``masked`` is ``line`` with
    its quotations blanked)."""
    text = masked[sent[0] : sent[1]]
    speakers = [m for m in mentions if sent[0] <= m.start < sent[1] and m.actor_type in _SPEAKER_TYPES]
    match = words.anaphoric_it.match(text) or words.anaphoric_by.match(text) or words.about_this.match(text)
    # (the subject ends where a relative clause opens: "Lo riporta l'agenzia X, secondo cui le autorità …" is X's)
    relative = _RELATIVE_OPENS.search(text, match.end()) if match else None
    after = [m for m in speakers if m.start >= sent[0] + match.end() and (relative is None or m.start < sent[0] + relative.start())] if match else []
    # "Così ha parlato in un'intervista alla Ria il ministro X": the outlet it was said to only listens
    listening = [m for m in after if m.actor_type != "media"] or after
    speaker = _titled_speaker(listening, masked) if listening else None
    what = _THIS_IS_WHAT.match(text) if match is None else None
    if what is not None:
        # "This is what the president's press secretary X told <outlet>": the one named before the verb said it
        named = [m for m in speakers if sent[0] + what.start("subject") <= m.start and m.end <= sent[0] + what.start("verb")
                 and m.actor_type != "media"]
        people = [m for m in named if m.actor_type == "person"] or named
        return (people[-1], what.group("verb")) if people else None
    if match is None:
        match = words.anaphoric_en_pattern.search(text)
        before = [m for m in speakers if m.end <= sent[0] + match.start()] if match else []
        speaker = before[0] if before and len(masked[sent[0] : before[0].start].split()) <= 6 else None
        if speaker is not None and speaker.actor_type == "media" and _OUTLET_SAYS.match(masked, speaker.end):
            # ("<Outlet> says <title> X, who …, remarked this during talks": the outlet relays; the one it names said it)
            named = [m for m in before if m.start > speaker.end and m.actor_type == "person"]
            speaker = named_in_apposition(named[0], mentions, masked) if named else speaker
        cited = _CITED_AFTER.search(text, match.end()) if match is not None else None
        if cited is not None:
            # "<Outlet> said so on Friday, referring to the remarks of a ministry spokesman, X": the one it cites said it,
            # the outlet only relays
            named = [m for m in speakers if m.start >= sent[0] + cited.end() and m.actor_type != "media"]
            # (the person, past the body whose title he holds: "the ministry's spokeswoman, X")
            named = [m for m in named if m.actor_type == "person"] or named
            speaker = named_in_apposition(named[0], mentions, masked) if named else speaker
    if match is None:
        # "… . The spokesman for the Joint Staff, X, reported.": a sentence that is only a subject and its cue
        # (not one with a quotation of its own: "The parties “will …”, the ministry said." reports its own words)
        # (a name in marks is no quotation: "Representatives of the movement «Valley Forward» told <outlet>.")
        match = _SUBJECT_AND_CUE.match(text) if not _QUOTE_MARK.search(_MARKED_NAME.sub("", line[sent[0] : sent[1]])) else None
        if match is not None:
            named = [m for m in speakers if m.end <= sent[0] + match.start("verb")]
            # ("X, Head of the Department of Y, reported.": the person before the title in apposition)
            apposed = next((m for m in named if m.actor_type == "person" and m.kind in ("name", "unknown_name")
                            and _APPOSITIVE.match(masked[m.end : sent[0] + match.start("verb")])), None)
            # (a long title is no obstacle when the name stands right before the verb: "The Chief of the <Department> —
            # Assistant Minister of Defense for <…> of Belarus X reported on Twitter.")
            # (one subject, no comma in it: "Russia also wants …, X said" is a clause and its trailing attribution)
            named_last = (bool(named) and named[-1].actor_type == "person" and not masked[named[-1].end : sent[0] + match.start("verb")].strip()
                          and "," not in text[: match.start("verb")])
            length = len(text[: match.start("verb")].split())
            speaker = (apposed or named[-1]) if named and (length <= 14 or (named_last and length <= _LONG_SUBJECT)) else None
            body = _BODY_IN_MARKS.search(line, sent[0], sent[0] + match.start("verb")) if length <= 14 else None
            if body is not None:
                # ("Members of the movement of Valleya «Green Step» told <outlet>.": the body its marks name, not its country)
                speaker = Mention(body.start("name"), body.end("name"), body.group("name"), "unknown_name", None, "organisation")
            # (from the closing mark before the sentence, which the pattern opens on)
            owned = (words.body_before.search(masked, max(0, sent[0] - 3), sent[0] + match.start("verb"))
                     if speaker is not None and speaker.actor_type == "person" else None)
            if (owned is not None and owned.start("body") >= sent[0] and "XXX" not in owned.group("body")
                    and _POSSESSIVE.search(owned.group("body"))):
                # ("… ?” X's office said in a statement.": the office that X's name owns speaks, as before a comma)
                speaker = Mention(owned.start("body"), owned.end("body"), owned.group("body"), "anonymous", None, "organisation")
            if _FINITE.search(text, 0, match.start("verb")):
                speaker = None  # "X is in command of the drills, the sources said": a clause of its own, not a subject
            elif (speaker is not None and apposed is None and _OWN_CLAUSE_BEFORE.fullmatch(masked, _past_relay(masked, sent[0]), speaker.start)
                  and "," not in masked[speaker.end : sent[0] + match.start("verb")]):
                # "The states began drills in X, TASS reported.": the words before the comma are a clause of its own
                # (a name set off by commas is in apposition: "The spokesman for the Staff, X, reported.")
                speaker = None
    if match is None:
        # "Stanislav X, segretario generale …, lo ha affermato parlando alla conferenza …": the subject named first, the
        # sentence before what "lo" stands for (an outlet it came through, "Secondo <outlet>, …", only relays it)
        match = words.anaphoric_it_after.search(text)
        if match is not None:
            before = [m for m in speakers if m.end <= sent[0] + match.start()]
            named = [m for m in before if m.actor_type == "person"] or [m for m in before if m.actor_type != "media"]
            speaker = named[-1] if named and len(text[: match.start()].split()) <= 30 else None
    if match is None:
        # "… . L'annuncio del ministero della Difesa, riportato dalla Tass, arriva …", "The announcement by X came …":
        # the announcement is what the sentence before told, and its owner announced it
        match = _ANNOUNCEMENT_OF.match(text)
        owner = [m for m in speakers if match is not None and m.start - (sent[0] + match.end()) <= 4 and m.start >= sent[0] + match.end()
                 and m.actor_type != "media"]
        # (not when it goes on to report words of its own: "The announcement by X said that …")
        own = match is not None and any(_THAT_CLAUSE.match(masked, c.end, sent[1]) for c in find_cues(words, masked, sent[0] + match.end(), sent[1]))
        speaker = _run_speaker(owner, masked) if owner and not own else None
    if match is None:
        # "- disse X.", "— said X": a line that only says who spoke the words before it, a transcript's way
        dash = _DASH_CUE.match(text)
        cue = words.cues.match(text, dash.end()) if dash is not None else None
        named = [m for m in speakers if cue is not None and m.start >= sent[0] + cue.end() and m.actor_type != "media"]
        if cue is not None and named and not text[named[0].end - sent[0] :].strip(" .!"):
            return named_in_apposition(named[0], mentions, masked), cue.group(0)
    if match is None or speaker is None:
        return None
    if speaker.actor_type == "media" and match.group("verb").lower().split()[-1] in _OUTLET_REPORTS:
        return None  # "… . Lo riporta la TASS.", "This was reported by TASS.": an outlet's sourcing, no one's words
    return named_in_apposition(speaker, mentions, masked), match.group("verb")


#: A relative clause that opens after a subject: ", secondo cui", ", according to whom", ", che", ", who".
_RELATIVE_OPENS = re.compile(r",\s*(?:secondo\s+(?:cui|il\s+quale|la\s+quale|i\s+quali)|according\s+to\s+(?:whom|which)|che|il\s+quale|la\s+quale|who|which)\b",
                             re.IGNORECASE)
#: Whom a report that attributes the sentence before cites, up to the source's words: ", referring to remarks by the",
#: " citing the", " quoting".
_CITED_AFTER = re.compile(r"\b(?:citing|quoting|with\s+reference\s+to|referring\s+to|in\s+reference\s+to)\s+(?:(?:an?|the)\s+)?"
                          r"(?:(?:statement|comments?|remarks|words|interview|briefing)\s+(?:by|of|from)\s+)?(?:the\s+)?", re.IGNORECASE)
#: An outlet's verbs of report: the sourcing of a fact, not words it is quoted as saying.
_OUTLET_REPORTS = frozenset({"reported", "reports", "riporta", "riportato", "riferisce", "riferito"})


#: A finite verb among a few words: they open a clause, not the end of a source's name.
#: The most words a subject may run to before its cue, in a sentence that is only a subject and its cue, when its name
#: ends it (a long title before the name).
_LONG_SUBJECT = 30
_FINITE_WORD = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|è|sono|era|erano|ha|hanno|sarà)\b", re.IGNORECASE)
#: A sentence that opens by naming the announcement the sentence before told, and its owner: "L'annuncio del ministero",
#: "The announcement by the ministry".
_ANNOUNCEMENT_OF = re.compile(r"^\s*(?P<verb>L['’]annuncio|The\s+announcement)\s+(?:del|della|dello|dell['’]|dei|degli|by|of|from)\s*(?:the\s+)?",
                              re.IGNORECASE)
#: A dash that opens a line of attribution: "- disse X.", "— said X".
_DASH_CUE = re.compile(r"^\s*[-–—]\s*")


#: What stands between a title and the name of its holder: "Spokesman for the CSTO Joint Staff <Name>", "Colonel <Name>",
#: and the rest of a body's name the title took in part: "the spokesman of the CSTO| Joint Headquarters <Name>".
#: The preposition and article that open a body's name after a title: "for the", "of".
_OF_THE = re.compile(r"^(?:for|of)\s+(?:the\s+)?")
_TITLE_TO_NAME = re.compile(r"\s+(?:(?:(?:for|of)\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*\s+){1,7})?")
#: An outlet's relay that opens an attribution: "Report informs citing the RIA Novosti, " (who said it comes next).
_RELAY_OPENER = re.compile(r"\s*(?:[\w.-]+\s+){1,3}?(?:informs|reports|writes)\s+(?:citing|quoting|referring\s+to)\s+[^,;:.]{1,60},\s*", re.IGNORECASE)


def _past_relay(masked: str, start: int) -> int:
    """Where an attribution's subject starts: past an outlet's relay that opens it, if any."""
    relay = _RELAY_OPENER.match(masked, start)
    return relay.end() if relay is not None else start


#: Five words or more and a comma before a source: a clause of its own ("The states began drills in X, <source> …"),
#: not a subject in apposition ("The spokesman for the Staff, X, …", which names the person after the comma).
_OWN_CLAUSE_BEFORE = re.compile(r"\s*(?:[^\s,;:]+\s+){4,}[^\s,;:]+\s*,\s*(?:[^\s,;:]+\s+){0,3}")  # (", the …", ", news agency …")
#: A finite verb, which a sentence that is only a subject and its cue does not hold.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|must)\b", re.IGNORECASE)
#: What joins an issued text to its owner: "nel comunicato del ministero …", "the statement of the ministry".
_OWNER = re.compile(r"\s+(?:del|della|dello|dell['’]|dei|of|by)\s+(?:the\s+)?(?P<noun>[\w-]+)?", re.IGNORECASE)


def _issuer(mentions: Sequence[Mention], named: Sequence[Mention], masked: str, at: int) -> Mention | None:
    """The owner a reading phrase names after itself: an actor ("… del ministero della Difesa russo") or a bare
    noun that the last actor named before it carries ("… in un messaggio del ministero" after "il ministero della Difesa")."""
    owner = _OWNER.match(masked, at)
    if owner is None:
        return None
    # (a mention may take its article in: "reads the note of the alliance's chief X")
    following = next((m for m in mentions if m.start >= owner.start() and m.start <= owner.end() + 1
                      and m.actor_type != "media"), None)
    if following is not None:
        return following
    noun = (owner.group("noun") or "").lower()
    return next((m for m in reversed(named) if noun and noun in m.text.lower().split()), None)


def _issued_noun(words: QuoteWords, reading: str) -> str:
    """The text a reading phrase names: "statement" in "the statement reads" and in "reads the statement"."""
    found = words.issued.search(reading)
    return found.group(0) if found else reading.split()[-1]


def _earlier_issuer(named: Sequence[Mention], masked: str, noun: str) -> Mention | None:
    """Who the paragraph said issued a text of the same kind (``noun``) before: after "in una nota dal Cremlino" or
    "ha aggiunto il Cremlino nella nota", a bare "si legge nella nota" reads the Kremlin's note."""
    noun = re.escape(noun.lower())
    for mention in reversed(named):
        after = masked[mention.end : mention.end + 40]
        before = masked[max(0, mention.start - 40) : mention.start]
        if re.match(rf"\s+(?:\w+\s+){{0,2}}?(?:in|nel|nella|nello|in\s+una?)\s+(?:\w+\s+)?{noun}\b", after, re.IGNORECASE) or re.search(
            rf"\b{noun}\s+(?:\w+\s+)?(?:del|dal|della|dalla|dello|dallo|dell['’]|dall['’]|of|by|from)\s*(?:the\s+)?$", before, re.IGNORECASE
        ):
            return mention
    return None


def _trim(line: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to its words: no surrounding spaces, no comma left before the closing mark."""
    while start < end and line[start].isspace():
        start += 1
    while end > start and (line[end - 1].isspace() or line[end - 1] in ",;:"):
        end -= 1
    return start, end


def _namer(words: QuoteWords, mentions: Sequence[Mention], masked: str, sent: tuple[int, int], verb: int) -> Mention | None:
    """Who a verb of naming has as subject: the person named last before it in the sentence, with no clause
    boundary between them ("Prime Minister X described …"), else the sentence's opening actor."""
    people = [m for m in mentions if sent[0] <= m.start and m.end <= verb and m.actor_type == "person"]
    if people and not re.search(r"[,;:]|\b(?:that|which|who|che)\b", masked[people[-1].end : verb]):
        return named_in_apposition(people[-1], mentions, masked)
    # (else a body that is the verb's clause's subject: "…, but the X Ministry of Information later retracted the figure
    # speaking of a “…”")
    bodies = [m for m in mentions if sent[0] <= m.start and m.end <= verb and m.actor_type in ("organisation", "anonymous")]
    if bodies and not re.search(r"[,;:]|\b(?:that|which|who|che|of|by|to|from|with)\b", masked[bodies[-1].end : verb]):
        return bodies[-1]
    opener = next((m for m in mentions if sent[0] <= m.start < verb), None)
    if (opener is not None and opener.actor_type == "media" and not masked[sent[0] : opener.start].strip()
            and not re.search(r"[,;:]|\b(?:that|which|who|che)\b", masked[opener.end : verb])):
        return opener  # "<Outlet> described the decision as a “…”": the outlet's own word for it
    return _subject(words, mentions, masked, sent, verb)


#: A clause that is an attribution on its own, the words' pronoun first: "lo ha dichiarato X", "l'ha detto".
_CLITIC_ATTRIBUTION = re.compile(r"\s*(?:lo|l['’])\s*(?:ha|hanno|aveva|avevano)\s+[a-zà-ù]+\b", re.IGNORECASE)
#: A relative clause that runs on to a colon: ", che è intervenuta per precisare", ", who went on to add".
_RELATIVE_TO_COLON = re.compile(r",\s*(?P<pronoun>che|who|il\s+quale|la\s+quale)\s[^,;:.«»“”\"]{1,80}$", re.IGNORECASE)


def _relative_teller(mentions: Sequence[Mention], masked: str, start: int, colon_at: int) -> Mention | None:
    """The person a relative clause that ends at a colon stands for ("In studio c'era X, direttrice di Y, che è
    intervenuta per precisare: «…»"): named right before its pronoun, or before an appositive that ends there."""
    relative = _RELATIVE_TO_COLON.search(masked, start, colon_at)
    # (the pronoun the only "che" of the clause: not "X, che ha detto che …:", whose words the colon does not open)
    if (relative is None or any(relative.start() <= m.start < colon_at for m in mentions)
            or any(m.start() != relative.start("pronoun") for m in _THAT_IN.finditer(masked, start, colon_at))):
        return None
    # (the person, past a body the appositive names: "X, direttrice della testata Rt, che …")
    named = next((m for m in reversed(mentions) if start <= m.start and m.end <= relative.start() and m.actor_type == "person"), None)
    if named is None or named.kind == "pronoun":
        return None
    between = masked[named.end : relative.start()]
    return named if not between.strip() or _APPOSITION_HOLDS.fullmatch(between) else None


def _subject(words: QuoteWords, mentions: Sequence[Mention], masked: str, sent: tuple[int, int], limit: int) -> Mention | None:
    """The actor a sentence opens with, as the speaker of an uncued fragment ("Lukashenka is concerned over 'X'");
    past an opening gerund's phrase ("Writing in the daily X, Y praised …": Y, not the daily)."""
    opener = (_GERUND_OPENER.match(masked, sent[0], limit) or _SOURCE_OPENER.match(masked, sent[0], limit)
              or _CIRCUMSTANCE_OPENER.match(masked, sent[0], limit))
    begin = opener.end() if opener is not None else sent[0]
    for mention in mentions:
        if begin <= mention.start < limit and mention.actor_type in ("person", "organisation", "country", "anonymous"):
            lead = masked[begin : mention.start]
            if words.governed.search(lead):
                continue  # the object of a preposition, no subject: "The forces will stay in Kazakhstan “…”"
            return mention if len(lead.split()) <= 6 else None
    return None




#: A circumstance that opens a sentence, up to its comma (and a relative clause on whom it names): "At the request of
#: X, ", "Su richiesta del presidente X, che …, ", "After talks with X, " (the subject follows it).
_CIRCUMSTANCE_OPENER = re.compile(
    r"\s*(?:su\s+richiesta|dietro\s+richiesta|(?:at|on|upon)\s+the\s+request|at\s+[\w'’.-]+(?:\s+[\w'’.-]+)?['’]s\s+request|"
    r"dopo|after|following|prima|before|durante|during|in\s+seguito|a\s+seguito|in\s+risposta|in\s+response"
    # (or a setting, a text or a gathering: "In the report it posted online, ", "At a briefing on Friday, ", "Nel comunicato
    # diffuso ieri, "; not a view, "In the view of X, ", whose owner is the source)
    r"|(?:in|at)\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:reports?|statements?|note|interview|address|speech|letter|article|"
    r"message|post|comments|remarks|briefing|release|communiqu[eé]|meeting|press\s+conference|conference|summit|session|forum|ceremony|talks)"
    r"|(?:nel|nella|nell['’]\s*|in\s+una?)\s*(?:[\w-]+\s+)?(?:comunicato|nota|intervista|discorso|lettera|articolo|messaggio|rapporto|"
    r"relazione|dichiarazione|conferenza|vertice|riunione|incontro|sessione))\b[^,.;:]{1,100},"
    r"(?:\s*(?:che|who|which|il\s+quale|la\s+quale)\b[^,.;:]{1,120},)?\s*", re.IGNORECASE)
#: A source that opens a sentence, up to its comma: "According to a readout from the bloc, " (the subject follows it).
_SOURCE_OPENER = re.compile(r"\s*(?:according\s+to|secondo|stando\s+a)\s+[^,.;:]{1,80},\s*", re.IGNORECASE)
#: A source's clause that opens with the one who speaks in it, after a few words of title at most ("According to the
#: spokesman, Joint Staff Head General X emphasized that …"; not "According to him, it was X who warned …").
_OPENS_WITH_NAME = re.compile(r"\s*(?:(?!(?:who|that|which|was|were|is|are|it|che|chi)\b)[\w'’.-]+\s+){0,8}", re.IGNORECASE)
#: A reported clause that is one quotation and nothing else (after a colon): ": «…»", " “…”".
_ONLY_QUOTED = re.compile(r"[\s:,]*[\"“«„][^\"“”«»„]*[\"”»]\W*")
#: An issued text as the subject of a trailing cue: "…, the statement notes", "…, its report says".
_ISSUED_SUBJECT = re.compile(r",\s*(?:the|its|this|that|their)\s+(\w+)\s*$", re.IGNORECASE)
#: The same text opening the sentence: "The report notes that …".
_ISSUED_OPENER = re.compile(r"\s*(?:The|Its|This|That|Their)\s+(\w+)\s*")
#: What may stand between a trailing cue and a gerund that goes on with a second clause: ", " or ", today, " (or where it
#: was said, with no verb of its own: " in an address to the nation, ").
_CUE_TO_GERUND = re.compile(r"[\s,]*(?:\w+[\s,]+){0,2}?|\s+(?:in|at|during|on|to|nel|nella|durante|al|alla)\s+"
                            r"(?:(?!(?:is|are|was|were|has|have|had|will|would|that|which|who|è|sono|ha|hanno|che)\b)[\w'’-]+\s+){1,10}?"
                            r"(?:[\w'’-]+),\s*")
#: Nothing but the sentence's end after a cue: "…, ha osservato."
_BARE_END = re.compile(r"\s*[.!?]?\s*$")
#: A comma right before a cue that does not close a quotation ("…, ha osservato", not "…”, ha detto": a mark whose
#: opening the page lost is a quotation's end, not reported speech).
_BARE_COMMA = re.compile(r"(?<![\"”»'’\s])\s*,\s*$")


#: A sentence that opens on a gerund's phrase, up to its comma: "Writing in the daily X, ", "Scrivendo sul quotidiano X, ".
_GERUND_OPENER = re.compile(rf"\W*{_GERUND_OPENING}\b[^,;:.]{{0,80}},\s*")


#: A sentence that opens by pointing back to a report with no source of its own: "As was reported, ", "As reported, ",
#: "Come riferito, ".
_AS_REPORTED = re.compile(r"\W*(?:as\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:reported|stated|noted)|come\s+(?:è\s+stato\s+)?(?:riferito|riportato))\s*,?\s*",
                          re.IGNORECASE)
#: A verb's "that" clause: "said that", "ha detto che" (a colon that ends such a clause ends reported speech).
_THAT_IN = re.compile(r"\b(?:that|che)\b", re.IGNORECASE)


#: The conjunction that joins another speaker's statement to the clause before it: " and ", " but ", " while ".
_JOINS_VOICE = re.compile(r"\s(?:and|but|while|whereas|e|ma|mentre)\s", re.IGNORECASE)


def _other_voice(words: QuoteWords, cues: Sequence[Cue], cue: Cue, mentions: Sequence[Mention], masked: str, clause: tuple[int, int],
                 speaker: Mention, sent: tuple[int, int]) -> tuple[int, int] | None:
    """Where a reported clause ends when a later verb of speech inside it has a subject of its own, named after a
    conjunction ("… turned back lorries and on Friday, in spite of …, the minister said he had …"): the conjunction's
    offset, and the later cue's, from which that speaker's own clause is read."""
    for other in cues:
        if other is cue or other.kind != "speech" or not clause[0] < other.start < clause[1]:
            continue
        found = attribute(words, [other], mentions, masked, clause[0], sent[1])
        if (found is None or found.speaker.actor_type not in ("person", "organisation") or found.speaker.kind == "pronoun"
                or not clause[0] < found.speaker.start < other.start or found.speaker.actor_id is None
                or found.speaker.actor_id == speaker.actor_id):
            continue
        joined = list(_JOINS_VOICE.finditer(masked, clause[0], found.speaker.start))
        if joined and not any(joined[-1].end() <= m.start < found.speaker.start for m in mentions if m.actor_type in ("person", "organisation")):
            return joined[-1].start(), other.start
    return None


def _indirect(
    words: QuoteWords, line_no: int, line: str, masked: str, cues: Sequence[Cue], mentions: Sequence[Mention], sent: tuple[int, int],
    person_before: Mention | None = None,
) -> list[FoundQuote]:
    """The reported clauses of a sentence with no quotation marks; a cue with no subject at the sentence's start
    keeps ``person_before``, the last person named before the sentence."""
    # "Armenia believes it's inexpedient to host …, Prime Minister X said.": a trailing attribution that closes the
    # sentence reports all of it; a verb of thinking or asking before its comma is part of what X said
    # (not an outlet's sourcing, "…, Prime Minister X told a press conference, RBC reported", which relays the cue before it)
    # (nor a cue that opens a quotation after its colon: "…, but added: «…»")
    closing = next((c for c in reversed(cues) if c.kind == "speech" and _CLOSES_SENTENCE.fullmatch(masked, c.end, sent[1])
                    and c.words.lower().split()[-1] not in _OUTLET_REPORTS and not masked[c.end : c.end + 3].lstrip().startswith(":")
                    and not _noun_participle(masked, sent[0], c)), None)
    if closing is not None:
        closer = attribute(words, [closing], mentions, masked, sent[0], sent[1])
        if closer is not None and closer.speaker.actor_type == "media":
            closing = None  # ("…, the presidents said in a statement …, BelaPAN said": the agency relays, it reports nothing)
    closing_comma = masked.rfind(",", sent[0], closing.start) if closing is not None else -1
    if closing is not None and (closing_comma < 0 or _THAT_WORD_BETWEEN.search(masked, closing_comma, closing.start)):
        closing_comma = -1  # ("…, who said" or "said that" close nothing before them)
    collected: list[FoundQuote] = []  # (the clauses of a speaker before another's joined by "and": "X said …, and Y said …")
    resume_at = sent[0]
    for cue in cues:
        if cue.start < resume_at:
            continue
        if cue.kind == "speech" and words.law_relative.search(masked, max(sent[0], cue.start - 60), cue.start):
            continue  # "invoking a treaty article that says that …": a text's wording, not anyone's words
        choice = attribute(words, [cue], mentions, masked, sent[0], sent[1])
        if (closing_comma > sent[0] and cue is not closing and cue.start < closing_comma and cue.kind == "speech"
                and (choice is None or choice.speaker.actor_type != "person")):
            continue  # (a person's own "said that …" before a trailing "officials added" keeps its clause)
        # ("In effetti, ha detto, i militari …": a subjectless cue set off after a connective, its clause after it)
        connective = cue.kind == "speech" and _CONNECTIVE_OPENING.fullmatch(masked, sent[0], cue.start) is not None
        if (choice is None and person_before is not None and cue.kind == "speech"
                and (words.subjectless.match(masked[sent[0] : cue.start]) or connective)
                and (cue.words[:1].isupper() or masked[sent[0] : cue.start].strip()[:1].isupper())  # ("A marzo aveva …")
                and (not masked.startswith(",", cue.end) or connective)):  # "Note, that …": the writer's aside, not a cue
            choice = Attribution(replace(person_before, start=cue.start, end=cue.start), None, cue)  # here, as an unsaid subject
        verb_first = _OPENS_ON_VERB.match(masked, sent[0]) if choice is not None and person_before is not None else None
        if (choice is not None and person_before is not None and verb_first is not None and verb_first.end() <= choice.speaker.start
                and cue.words.lower() in words.gerund_cues and choice.speaker.actor_type != "person"):
            # "Ha accusato la Russia di …, sostenendo che …": a sentence that opens on its verb has its subject unsaid;
            # the state after the verb is its object, and the gerund goes on with the person named last
            choice = Attribution(replace(person_before, start=cue.start, end=cue.start), None, cue)
        issued = (_ISSUED_SUBJECT.search(masked, sent[0], cue.start) or _ISSUED_OPENER.fullmatch(masked, sent[0], cue.start)
                  ) if choice is None and person_before is not None else None
        if issued is not None and person_before is not None and cue.kind == "speech" and issued.group(1).lower() in words.issued_texts:
            # "…, the statement notes.": the text of whoever was just reported (its issuer) says it
            choice = Attribution(replace(person_before, start=cue.start, end=cue.start), None, cue)
        if (choice is None and person_before is not None and cue.kind == "speech" and _BARE_COMMA.search(masked, sent[0], cue.start)
                and cue.words.split()[0].lower() in words.it_auxiliaries and _BARE_END.match(masked, cue.end, sent[1])):
            # "…, ha osservato.": an Italian cue that closes the sentence with no subject goes on with the one just reported
            choice = Attribution(replace(person_before, start=cue.start, end=cue.start), None, cue)
        if (choice is None and person_before is not None and cue.kind == "speech" and cue.words.split()[0].lower() in words.it_auxiliaries
                and (aside := masked.rfind(",", sent[0], cue.start)) > sent[0] and not masked[aside + 1 : cue.start].strip()
                and _INSIDE_SUBJECT.fullmatch(masked, sent[0], aside) and words.determiner_first.match(masked, sent[0])
                and (resumed := _PARENTHETICAL_CLOSE.match(masked, cue.end))
                and _LOWER_NEXT.match(masked, resumed.end())):
            # "Il voto, ha precisato, si è svolto …": an Italian aside with its subject unsaid, inside the clause
            # it reports, goes on with the one just reported
            choice = Attribution(replace(person_before, start=cue.start, end=cue.start), None, cue)
        if choice is None:
            continue
        clause = indirect_clause(words, masked, cue, choice, sent)
        if clause is None:
            continue
        if _ONLY_QUOTED.fullmatch(masked, clause[0], clause[1]):
            continue  # "the motto announced by X: «…»": the quotation is all there is, and it speaks for itself
        if (choice.speaker.kind in ("name", "unknown_name") and choice.speaker.end > choice.speaker.start
                and re.fullmatch(r"\s*,\s*", masked[clause[1] : choice.speaker.start]) and re.fullmatch(r"\s*,\s*", masked[choice.speaker.end : cue.start])
                and len(masked[clause[0] : clause[1]].split()) <= _TITLE_CLAUSE_WORDS
                and any(m.actor_type == "person" and m.kind == "descriptor" and not masked[clause[0] : m.start].strip() for m in mentions)):
            continue  # ("Spokesman for the organization, X, stated.": the words before the name are his title, no clause)
        if masked[sent[0] : sent[1]].rstrip().endswith(":") and any(
                other is not cue and other.kind == "speech" and clause[0] <= other.start < clause[1] for other in cues):
            continue  # "Belta reports that, addressing the assembly, X said:": it announces the words that follow
        if cue.kind == "speech" and any(cue.end <= other.start and other.end <= clause[0] for other in cues
                                        if other is not cue and other.kind == "speech" and other.words.lower() not in words.gerund_cues):
            continue  # "X recalled the statement of Y, in which he said that …": the nearer cue leads the clause
        speaker, via = choice.speaker, choice.via
        if (speaker.kind == "pronoun" and speaker.actor_id is not None and person_before is not None and person_before.actor_type == "person"
                and person_before.actor_id != speaker.actor_id and any(m.actor_id == speaker.actor_id and m.kind != "pronoun"
                                                                       and clause[0] <= m.start < clause[1] for m in mentions)):
            # "In particular, he said, Mr. X has signed …": the one the clause names is not the "he" who tells it, the
            # one who was telling is
            speaker = replace(person_before, start=speaker.start, end=speaker.end)
        if (speaker.actor_type == "media" or speaker.role == "press_service" or cue.kind == "according"
                or (speaker.kind == "pronoun" and speaker.actor_type == "organisation")):
            # (a body's "it" relays a person's words as a press service does: "the premier's press office … It said that
            # the premier expressed a hope that …": the premier's words)
            # (and a source whose report is itself someone's words: "According to the spokesman, X emphasized that …")
            # "Tsargrad TV reports that … Lukashenko has proposed to …": the person speaks, the outlet mediates (and so
            # does a press service: "the government's press service reported that the premier stated …")
            inner = [c for c in cues if c.start >= clause[0] and c is not cue]
            for inner_cue in inner:
                nested = attribute(words, [inner_cue], mentions, masked, clause[0], sent[1])
                inner_clause = indirect_clause(words, masked, inner_cue, nested, sent) if nested else None
                opens = nested is not None and (cue.kind != "according" or _OPENS_WITH_NAME.fullmatch(masked, clause[0], max(clause[0], nested.speaker.start)))
                if nested and inner_clause and nested.speaker.actor_type != "media" and inner_clause[0] >= clause[0] and opens:
                    speaker, via, cue, clause = nested.speaker, speaker, inner_cue, inner_clause
                    break
                if (nested and nested.speaker.actor_type != "media" and clause[0] <= nested.speaker.start < inner_cue.start and opens
                        and inner_cue.words.lower() not in _ATTITUDE_CUES  # ("According to him, the body was concerned about …": his words)
                        and not (inner_cue.words.lower().split()[-1] in words.informing_verbs and words.told_of_topic.match(masked, inner_cue.end))):
                    # "X ha annunciato la necessità di …, ha riferito il canale Y": X's words, as Y told them (not "X informed
                    # Y of the measures taken, according to the Secretariat": what X did, as the Secretariat tells it)
                    speaker, via = nested.speaker, speaker
                    break
        if via is None and speaker.actor_type != "media":  # "…, the CSTO said today, Reuters reported"
            relay = next((a for c in cues if c is not cue and (a := attribute(words, [c], mentions, masked, sent[0], sent[1]))
                          and a.speaker.actor_type == "media"), None)
            via = relay.speaker if relay else None
            cited = next((a for c in cues if c is not cue and c.kind == "mediating" and c.end <= speaker.start
                          and (a := attribute(words, [c], mentions, masked, sent[0], sent[1])) is not None
                          and a.speaker.start == speaker.start and a.via is not None and a.via.actor_type == "media"), None) if relay is None else None
            if cited is not None:
                via = cited.via  # "Kommersant, citing sources in the ministry, writes that …": the sources speak, the paper relays
            if relay is not None and clause[0] < min(relay.speaker.start, relay.cue.start) < clause[1]:
                # ("X said that …, TASS reported": the relay that closes the sentence is no part of X's clause)
                tail_from = max(relay.speaker.end, relay.cue.end)
                comma = masked.rfind(",", clause[0], min(relay.speaker.start, relay.cue.start))
                if comma > clause[0] and tail_from <= clause[1] and len(masked[tail_from : clause[1]].split()) <= 3:
                    clause = (clause[0], comma)
        # "X said it had turned back lorries and on Friday, in spite of …, Y said he had …": another speaker's own clause,
        # joined by a conjunction, ends the first speaker's
        voiced = _other_voice(words, cues, cue, mentions, masked, clause, speaker, sent)
        if voiced is not None:
            clause, resume_at = (clause[0], voiced[0]), voiced[1]
        # "he said that X, noting that Y": two clauses of one speaker
        added = next((c for c in cues if clause[0] < c.start < clause[1] and c.words.lower() in words.gerund_cues
                      and _ADDED_THAT.match(masked, c.end)), None)
        cut = added.start if added is not None else None
        if added is None:
            # "X explained that …: he recalled that …": a second reported clause, the same speaker's
            for other in cues:
                said = words.resumed.search(masked, clause[0], other.start) if clause[0] < other.start < clause[1] else None
                if said is not None and other.kind == "speech" and _ADDED_THAT.match(masked, other.end):
                    added, cut = other, said.start()
                    break
        if added is None:
            # "X noted that … and added that …": a second verb of speech joined by "and", the same subject's
            for other in cues:
                joined = _AND_BEFORE.search(masked, clause[0], other.start) if clause[0] < other.start < clause[1] else None
                if joined is not None and other.kind == "speech" and _ADDED_THAT.match(masked, other.end):
                    added, cut = other, joined.start()
                    break
        second_start: int | None = None
        second_end: int | None = None
        if added is None and clause[1] <= cue.start:
            # "…, the Secretariat says, noting that Y": a gerund after a trailing attribution reports a second clause
            after = next((c for c in cues if cue.end <= c.start < sent[1] and c.words.lower() in words.gerund_cues
                          and _ADDED_THAT.match(masked, c.end) and _CUE_TO_GERUND.fullmatch(masked, cue.end, c.start)), None)
            if after is not None:
                that = _ADDED_THAT.match(masked, after.end)
                assert that is not None
                end = sent[1]
                while end > that.end() and masked[end - 1] in ".!? ":
                    end -= 1
                added, cut, second_end = after, clause[1], end
        if added is None and clause[1] <= cue.start:
            # "…, he said, but when the lease ends, the base should go": the sentence goes on with the speaker's words
            # (unless another verb of speech there names its own speaker)
            but = _GOES_ON_BUT.match(masked, max(cue.end, speaker.end))
            if but is not None and not any(c.start >= but.end() and c.kind == "speech" for c in cues):
                end = sent[1]
                while end > but.end() and masked[end - 1] in ".!? ":
                    end -= 1
                added, cut, second_start, second_end = cue, clause[1], but.end(), end
        second = None
        if added is not None and cut is not None:
            if second_start is None:
                that = _ADDED_THAT.match(masked, added.end)
                assert that is not None
                second_start = that.end()
            second = (second_start, second_end if second_end is not None else clause[1])
            clause = (clause[0], cut)
        filed = _filed_head(words, line)
        if clause[0] < filed < clause[1]:
            clause = (filed, clause[1])  # "BISHKEK (Wire - 9th May, 2023) X intends …, Y said": not Y's words
        text = line[clause[0] : clause[1]].strip(" ,")
        if len(text.split()) < 3:
            continue
        if cue.kind == "according" and _OF_PHRASE.match(text) and "," not in text:
            continue  # ("…, e l'impiego, stando alle testimonianze, di un elicottero": a phrase the source vouches for, no clause)
        if _SCENE_PHRASE.fullmatch(text) and not _FINITE_WORD.search(text):
            continue  # ("Amid another day of protests, the leader vowed to …": a setting before the subject, no clause)
        if (_anaphoric(words, line, masked, mentions, clause) is not None
                and any(m.start == clause[0] and m.actor_type in _SPEAKER_TYPES for m in mentions)):
            continue  # ("<Outlet> says X remarked this at …": a clause that only attributes the sentence before it)
        start = line.index(text, clause[0])
        confidence = 0.8 if speaker.resolved or speaker.kind in ("name", "unknown_name", "anonymous") else 0.4
        quotes = [FoundQuote(line_no, "indirect", start, start + len(text), text, speaker, via, cue.words, confidence)]
        if second is not None and added is not None:
            more = line[second[0] : second[1]].strip(" ,")
            if len(more.split()) >= 3:
                at = line.index(more, second[0])
                quotes.append(FoundQuote(line_no, "indirect", at, at + len(more), more, speaker, via, added.words, confidence))
        if voiced is None:
            return collected + quotes
        collected += quotes
    return collected
