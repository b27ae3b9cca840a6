"""Reporting cues: the words of ``quote_words.yaml``, checked and compiled, and finding cues in a sentence.

A cue introduces speech or a stated position: a reporting verb ("said", "ha dichiarato", "ha inoltre
affermato"), a mediating verb ("BelTA cited X as saying"), a passive ("X was quoted as saying") or
"according to X". ``QuoteWords`` is built once per run from the shipped file and any user file merged over it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from pipeline.stages import prefilter
from pipeline.stages.words import alternation, languages, word_list

#: A date between a cue and its inverted subject: "ha detto l'8 novembre il generale X", "said on 5 May the minister".
DATE_GAP = r"(?:il|l['’]|on|lo\s+scorso)\s*\d{1,2}\s+[a-zà-ù]+,?\s+"
#: The day and month a weekday may carry before the inverted subject: "lunedì 22 settembre ", "Monday 22 September, ".
DAY_OF_WEEKDAY = r"(?:\d{1,2}\s+[a-zà-ù]+,?\s+)?"
#: An outlet the words were told to, between a cue and its inverted subject: "a Sputnik ", "to the Tass ".
OUTLET_LISTENER = r"(?:to|a|al|alla|ai|agli|alle)\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*\s+"


#: An occasion told between an Italian anaphoric cue and its "è stato": "nel corso di una conferenza stampa ", "durante un
#: incontro con la stampa " (optional, with the space after it).
_OCCASION_ASIDE = r"(?:(?:nel\s+corso\s+d(?:i|el|ella|ell['’])|durante|in\s+occasione\s+d(?:i|el|ella|ell['’])|a\s+margine\s+d(?:i|el|ella|ell['’]))\s*[^,;:.]{0,60}?\s+)?"

@dataclass(frozen=True)
class Cue:
    """A reporting cue in text: where, the words, and how it relates subject and speaker."""

    start: int
    end: int
    words: str
    kind: str  # speech | mediating | passive | according



@dataclass(frozen=True, eq=False)
class QuoteWords:
    """The cue words, checked, with the patterns built from them."""

    speech_cues: Mapping[str, tuple[str, ...]]  # language -> reporting verbs
    it_auxiliaries: tuple[str, ...]
    mediating_cues: tuple[str, ...]
    passive_cues: tuple[str, ...]
    according_to: tuple[str, ...]
    gerund_cues: frozenset[str]
    subject_verb_cues: frozenset[str]
    bare_clause_cues: frozenset[str]
    to_clause_cues: frozenset[str]
    that_clause_cues: frozenset[str]  # cues that report only a "that" clause: "briefed X that …" (not "briefed on …")
    listener_cues: frozenset[str]
    listener_passives: frozenset[str]
    other_passives: frozenset[str]  # "was recalled from the post": a passive that is no speech
    informing_verbs: frozenset[str]  # "informed", "briefed": with a topic after them, what someone did, no words of theirs
    lone_surname_cues: frozenset[str]  # "osservato", "said": a lone surname may close these, not "scritto"
    lone_surname: re.Pattern[str]  # " Kovalenko.": a lone capitalised surname right after a cue, closing its clause
    ending_cues: frozenset[str]  # "the drills concluded in X": a verb of ending, not of speech, before a place or a time
    anaphoric_it_verbs: tuple[str, ...]
    anaphoric_it_infinitives: tuple[str, ...]
    anaphoric_en: tuple[str, ...]
    document_nouns: tuple[str, ...]
    named_gathering_nouns: tuple[str, ...]
    motto_nouns: tuple[str, ...]
    amount_objects: tuple[str, ...]
    ordinal_secondo_nouns: tuple[str, ...]
    occasion_participles: tuple[str, ...]
    source_labels: tuple[str, ...]
    editorial_labels: tuple[str, ...]
    issued_texts: tuple[str, ...]
    reading_verbs: tuple[str, ...]
    reading_impersonal: tuple[str, ...]
    source_nouns: tuple[str, ...]
    subjectless_openers: tuple[str, ...]
    opening_months: tuple[str, ...]
    resuming_pronouns: tuple[str, ...]
    resuming_adverbs: tuple[str, ...]
    place_prepositions: tuple[str, ...]
    told_of: tuple[str, ...]
    told_listeners: tuple[str, ...]
    issuing_verbs: tuple[str, ...]
    topic_prepositions: tuple[str, ...]
    determiners: tuple[str, ...]
    governing_prepositions: tuple[str, ...]
    rank_words: tuple[str, ...]
    anaphoric_passive_nouns: tuple[str, ...]
    anaphoric_passive_verbs: tuple[str, ...]
    document_qualifiers: tuple[str, ...]
    body_nouns: tuple[str, ...]
    title_heads: tuple[str, ...]
    remarks_nouns: tuple[str, ...]
    law_texts: tuple[str, ...]
    joint_texts: tuple[str, ...]  # "memorandum", "joint statement": texts signed together, which speak for themselves
    time_words: tuple[str, ...]
    occasion_nouns: tuple[str, ...]
    abbreviations: frozenset[str]
    cues: re.Pattern[str]
    anaphoric_it: re.Pattern[str]  # "Lo ha dichiarato il presidente X." attributes the sentence before it
    about_this: re.Pattern[str]  # "About this on Thursday informs the ministry.": the same, as translations of Russian write it
    anaphoric_it_after: re.Pattern[str]  # "X, segretario generale …, lo ha affermato …": the subject comes first
    anaphoric_en_pattern: re.Pattern[str]  # "X made the statement at …"
    document: re.Pattern[str]  # "the Statement … «On common approaches»": a title or a text, not a quotation
    motto: re.Pattern[str]  # "offered the following slogan for the year:": a motto follows, however long
    motto_apposition: re.Pattern[str]  # "the motto under which X chairs the bloc, “…,” suits all": the motto's words
    document_after: re.Pattern[str]  # " concept" right after a closing mark: "the “Crossroads of Peace” concept" is a name
    source_label: re.Pattern[str]  # "Source: X, citing Y": a paragraph that credits sources, no statement of its own
    editorial_label: re.Pattern[str]  # "HIGHLIGHT: ": an editor's label before a paragraph's words, no one's words
    reads: re.Pattern[str]  # "the statement reads", "si legge nel comunicato": the quotation is a text its issuer wrote
    body_after: re.Pattern[str]  # ", ha dichiarato il comitato di …": an unregistered body as an inverted subject
    gap_after: re.Pattern[str]  # what may stand between a cue and the inverted subject after it
    weekday_gap: re.Pattern[str]  # a weekday with its day and month there: "lunedì 22 settembre "
    body_before: re.Pattern[str]  # "L'ufficio stampa del distretto … ha annunciato": an unregistered body as subject
    issued: re.Pattern[str]  # any issued text's noun ("statement", "comunicato")
    cited_text: re.Pattern[str]  # a body's text an outlet cites: "a statement of the …", "the press release by the …"
    issued_by: re.Pattern[str]  # "a concept note circulated by ": a text named with its issuer, who follows (group "text")
    source_gap: re.Pattern[str]  # "according to [information from] the ministry": what the source supplied
    subjectless: re.Pattern[str]  # all that opens a sentence before a cue with no subject
    resumed: re.Pattern[str]  # "…: he recalled", ending where a second cue starts
    placed: re.Pattern[str]  # "… in ", ending where a name starts: that name is a place
    informed_of: re.Pattern[str]  # "the bloc of …" after "informed"
    anaphoric_by: re.Pattern[str]  # "This opinion was expressed by X": the sentence before is X's
    remarks_after_name: re.Pattern[str]  # "’s remarks" right after a name in a headline
    remarks_before_name: re.Pattern[str]  # "Speech by ", "Intervento del ministro " right before a name in a headline
    remarks_heading: re.Pattern[str]  # "Speech by", "From the speech of": a title that opens on the remarks it heads
    law_reads: re.Pattern[str]  # "Article 4 of the Treaty states that: ": a text's wording follows, not someone's words
    law_opening: re.Pattern[str]  # "In line with the agreement, …", "In linea con l'accordo, …": what follows is the text's
    law_relative: re.Pattern[str]  # "a treaty article that says that …": the same, in a relative clause on the text
    law_subject: re.Pattern[str]  # "A 1994 treaty … barred signatories from joining “…”": a sentence whose subject is a text
    joint_subject: re.Pattern[str]  # "A memorandum signed by X and Y said", ", the memorandum said": a joint text speaks
    text_after: re.Pattern[str]  # "“…,” the statement says": a text told of, the subject that trails a quotation
    text_inverted: re.Pattern[str]  # "«…», prosegue il comunicato.": the same text after its cue, ending the sentence
    titled_after: re.Pattern[str]  # " il capo del reparto bielorusso ": a title between a cue and its inverted subject
    office_apposition: re.Pattern[str]  # " secretary-general of the bloc, ": an office with no article after a source's name
    rank_tail: re.Pattern[str]  # ", Colonel-General " closing a title in apposition, right before the name
    amount_said: re.Pattern[str]  # " enough", " nothing about" right after a verb of speech: no words reported
    ordinal_secondo: re.Pattern[str]  # "secondo luogo" after "in": an ordinal, no source
    occasion_tail: re.Pattern[str]  # ", speaking of …" closing a reported clause: the occasion, not the words
    told_of_topic: re.Pattern[str]  # " Y of the measures", " i partecipanti sulla situazione" after a verb of informing
    listeners_then_when: re.Pattern[str]  # " reporters after …", " the Security Council during …" after a trailing "told"
    determiner_first: re.Pattern[str]  # a determiner that opens a subject: "il", "questo"
    governed: re.Pattern[str]  # a preposition right before a mention, which makes it no subject: "in ", "dalla "

    @cached_property
    def cue_starts(self) -> prefilter.Prefilter:
        """The words every cue opens with, in one automaton: ``cues`` is tried only where one stands (built once per
        process)."""
        return prefilter.Prefilter((self.cues,))

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> QuoteWords:
        """Check the file's data and compile the cue pattern; a problem raises ``WordsError`` naming the key."""
        speech = {language: word_list(languages(data, "speech_cues"), language, "speech_cues.")
                  for language in languages(data, "speech_cues")}
        lists = {key: word_list(data, key) for key in (
            "it_auxiliaries", "mediating_cues", "passive_cues", "according_to", "anaphoric_it_verbs", "anaphoric_it_infinitives", "anaphoric_en",
            "document_nouns", "named_gathering_nouns", "motto_nouns", "source_labels", "editorial_labels", "issued_texts", "reading_verbs", "reading_impersonal", "body_nouns", "title_heads", "law_texts", "joint_texts", "remarks_nouns", "time_words",
            "occasion_nouns", "source_nouns", "document_qualifiers", "subjectless_openers", "opening_months", "resuming_pronouns",
            "resuming_adverbs", "place_prepositions", "told_of", "told_listeners", "issuing_verbs", "topic_prepositions", "determiners", "governing_prepositions",
            "rank_words", "anaphoric_passive_nouns", "anaphoric_passive_verbs",
            "amount_objects", "ordinal_secondo_nouns", "occasion_participles")}
        sets = {key: frozenset(word_list(data, key)) for key in (
            "gerund_cues", "subject_verb_cues", "bare_clause_cues", "to_clause_cues", "that_clause_cues", "listener_cues", "listener_passives",
            "other_passives", "ending_cues", "abbreviations", "informing_verbs", "lone_surname_cues")}
        not_surnames = alternation(word_list(data, "not_surnames"))
        return cls(
            speech_cues=speech, **lists, **sets,  # type: ignore[arg-type]
            cues=_cue_pattern(speech, lists),
            lone_surname=re.compile(
                rf"\s+(?P<name>(?!(?:{not_surnames})\b)(?-i:[A-Z])[a-zà-ÿ]+(?:{alternation(word_list(data, 'lone_surname_endings'))}))"
                r"\s*(?:[.;]|,\s|$)"),
            weekday_gap=re.compile(rf"^\s*(?:{alternation(lists['time_words'])})\s+{DAY_OF_WEEKDAY}", re.IGNORECASE),
            gap_after=re.compile(
                # (a weekday may carry its day and month: "ha indicato lunedì 22 settembre X")
                rf"^[\s,]*(?:(?:{alternation(lists['time_words'])})\s+{DAY_OF_WEEKDAY})?"
                # (an Italian gerund's aside before the subject: "ha osservato, riassumendo i risultati, il generale X")
                r"(?:(?-i:[a-zà-ù]+(?:ando|endo))\s+[^,;:.«»“”\"]{0,60},\s*)?"
                rf"(?:{DATE_GAP})?"
                # ("as stated on Monday at a briefing by X": the occasion, then its speaker)
                # (or the text it was said through: "ha fatto sapere tramite una nota l'ufficio stampa di X")
                rf"(?:(?:in|during|at|durante|via|through|tramite|attraverso|con|by\s+way\s+of)\s+(?:an?|the|its|his|her|their|una?|la|il|l['’])\s*(?:[\w-]+\s+)?(?:{alternation(lists['occasion_nouns'])})\s+"
                # (or "in the course of" its speaker's own occasion, with where it was given: "ha detto nel corso del
                # suo discorso al Senato il ministro X")
                rf"|(?:in\s+the\s+course\s+of|nel\s+corso\s+d(?:el|ella|ell['’])|in\s+occasione\s+d(?:el|ella|ell['’])|durante\s+(?:il|la|l['’]))\s*"
                rf"(?:(?:his|her|its|their|suo|sua|loro)\s+)?(?:[\w-]+\s+)?(?:{alternation(lists['occasion_nouns'])})"
                r"(?:\s+(?:to|at|before|a|al|alla|all['’]|davanti\s+a(?:l|lla|ll['’])?)\s*(?:the\s+)?(?:[A-ZÀ-Ý][\w'’-]*(?:\s+(?:of\s+the|of|di|del|della|delle|dei|degli))?\s+){1,5})?\s*"
                r"(?<=\s))?"
                # (or the network it was posted on: "ha scritto su Twitter X", "wrote on Telegram X")
                r"(?:(?:on|su|sul|via)\s+(?:Twitter|Telegram|Facebook|Instagram|X)\s+)?"
                rf"(?:{OUTLET_LISTENER})?(?:by\s+)?"
                # (and a title whose owner is named next: "il consigliere presidenziale di X, Y")
                r"(?:(?:the|il|lo|la|l['’]|i|gli|le|un|una|an?)\s*(?:[a-zà-ù-]+\s+){0,2}(?:(?:di|of)\s+[a-zà-ù-]+\s+)?"
                r"(?:(?:di|of|del|della|dello)\s+)?"
                # (or an outlet's kind after a preposition that holds the article: "riferito dal quotidiano russo X")
                r"|(?:quotidiano|giornale|settimanale|agenzia|emittente|portale|sito|daily|newspaper|agency|weekly|broadcaster)(?:\s+[a-zà-ù]+)?\s+"
                # (or a country's adjective and a lowercase title, with no article: "Russian presidential aide X")
                r"|(?-i:[A-Z])[a-z]+\s+(?-i:[a-z]+\s+){1,2}"
                # (or the lowercase body a bare title serves, with no article: "said government spokesman X")
                r"|(?:(?:government|state|ministry|foreign|defen[cs]e|interior|presidential|military|army|police|party|opposition|security)\s+){1,2})?\s*"
                # a capitalised title no role noun names, before the body and the name it belongs to: "learned from
                # Deputy Secretary of the Security Council of Kazakhstan X"
                r"(?:(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:of|for|di|del|della)\s+(?:the\s+)?)?"
                # (a rank after the adjective of its army: "Russian Col. Gen. X")
                rf"(?:(?-i:[A-Z])[a-z]+\s+(?=(?:{alternation(lists['rank_words'])})\s))?"
                rf"(?:(?:{alternation(lists['rank_words'])})\s+)*"
                # (and the initials of a name whose surname alone was found: "according to V. Shamanov")
                r"(?:(?-i:[A-Z])\.\s*){0,2}$",
                re.IGNORECASE,
            ),
            body_after=re.compile(
                rf"\s+(?:the|il|lo|la|l['’])\s*(?P<body>(?:{alternation(lists['body_nouns'])})\b(?:\s+(?!che\b|that\b)[\w'’-]+){{0,5}}?)"
                # (where it was said is no part of the body: "ha detto il distretto in una nota")
                rf"(?:\s+(?:in|nel|nella|con)\s+(?:una?|il|la|l['’]|a|an|the)\s*(?:{alternation(lists['occasion_nouns'])}))?"
                r"\s*(?=[,.;:]|$)",
                re.IGNORECASE,
            ),
            source_gap=re.compile(
                # "secondo quanto scritto in un comunicato dal ministero", "according to a statement by the ministry"
                # ("according to a Monday note on the minister's website": a day or a kind before the text, a
                # site after it)
                rf"(?:\s+quanto\s+[\w'’]+(?:\s+noto)?)?(?:\s+(?:in|nel|nella|con))?\s+(?:una?|il|la|l['’]|a|the)?\s*"
                r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|joint|official|new|recent|latest)\s+)?"
                rf"(?:{alternation(lists['issued_texts'])})\s+(?:(?:released|published|issued|posted|adopted|approved|diffus[oa]|pubblicat[oa]|adottat[oa])\s+)?"
                # ("according to a statement adopted at the <Council> session": that body issued it)
                r"(?:of\s+the|of|from\s+the|from|by\s+the|by|on\s+the|on|at\s+an?|at\s+the|del|della|dello|dell['’]|dal|dalla|dallo|dall['’]|sul|sulla)\s*"
                # "stando a quanto affermato in precedenza da X", "secondo quanto sostenuto ieri dal ministro"
                r"|\s+quanto\s+(?:affermato|dichiarato|riferito|detto|sostenuto|scritto|annunciato|riportato|pubblicato|comunicato|rivelato|precisato|spiegato|indicato)(?:\s+(?:in\s+precedenza|ieri|oggi))?"
                r"\s+(?:dall['’]|dalla|dallo|dal|dagli|dai|da\b)\s*"
                # ("according to official data from X", "secondo i dati ufficiali del ministero")
                # (or one of them: "according to an estimate by the X newspaper", "secondo una stima del giornale X")
                r"|\s*(?:the|an?|il|lo|la|l['’]|i|gli|le|una|uno|un['’]?)?\s*(?:(?:official|latest|preliminary|updated)\s+)?"
                rf"(?:{alternation(lists['source_nouns'])})\s+(?:(?:ufficiali|preliminari|aggiornat[ie])\s+)?"
                r"(?:(?:provided|released|published|forniti|fornite|diffusi|diffuse)\s+)?"
                r"(?:of\s+the|of|from\s+the|from|by\s+the|by|del|della|dello|dell['’]|dei|degli|delle|di|da|dal|dalla)\s*",
                re.IGNORECASE,
            ),
            subjectless=re.compile(
                # (after a time that opens the sentence: "A marzo aveva dichiarato che …", "Ieri ha detto che …")
                rf"^\s*(?:(?:a|ad|in|nel|lo\s+scorso)\s+(?:{alternation(lists['opening_months'])})(?:\s+\d{{4}})?\s*,?\s*"
                rf"|(?:{alternation(lists['time_words'])})\s*,?\s*)?"
                rf"(?:(?:{alternation(lists['subjectless_openers'])})\s*)*$", re.IGNORECASE),
            resumed=re.compile(
                rf"[:;]\s*(?:{alternation(lists['resuming_pronouns'])})\s+(?:(?:{alternation(lists['resuming_adverbs'])})\s+)*$", re.IGNORECASE
            ),
            placed=re.compile(rf"\b(?:{alternation(lists['place_prepositions'])})\s+$", re.IGNORECASE),
            informed_of=re.compile(rf"\s*(?:[\w'’-]+\s+){{1,5}}?(?:{alternation(lists['told_of'])})(?:\b|(?<=['’]))", re.IGNORECASE),
            # (a listener and the topic they were told of: a topic, not a clause of words, "informed Y that …" reports them)
            told_of_topic=re.compile(rf"\s+(?!(?:that|che)\b)(?:[\w'’.-]+\s+){{1,5}}?(?:{alternation(lists['topic_prepositions'])})\s+(?!(?:that|che)\b)",
                                     re.IGNORECASE),
            listeners_then_when=re.compile(
                rf"\s*(?:the\s+)?(?:{alternation(lists['told_listeners'])})(?=\s+(?:when|while|as|during|after|at|in|on|following|before)\b)",
                re.IGNORECASE),
            determiner_first=re.compile(rf"\s*(?:{alternation(lists['determiners'])})\b", re.IGNORECASE),
            governed=re.compile(rf"\b(?:{alternation(lists['governing_prepositions'])})\s+(?:the\s+)?$", re.IGNORECASE),
            # (a name that ends on "s" may take the bare apostrophe: "X Guterres’ opening remarks")
            remarks_after_name=re.compile(rf"(?:['’]s|(?<=s)['’])\s+(?:{alternation(lists['remarks_nouns'])})\b", re.IGNORECASE),
            remarks_before_name=re.compile(
                rf"\b(?:{alternation(lists['remarks_nouns'])})\s+(?:by|of|di|del|della|dello)\s+(?:(?:the\s+)?[\w-]+\s+){{0,10}}$", re.IGNORECASE
            ),
            remarks_heading=re.compile(rf"\s*(?:(?:from|excerpts?\s+from|dal|dalla|dallo)\s+)?(?:the\s+|il\s+|la\s+|l['’]\s*)?"
                                       rf"(?:{alternation(lists['remarks_nouns'])})\s+(?:by|of|di|del|della|dello)\b", re.IGNORECASE),
            law_relative=re.compile(
                rf"\b(?:{alternation(lists['law_texts'])})\s+(?:that|which|che)\s+(?:\w+\s+)?$", re.IGNORECASE),
            law_subject=re.compile(
                rf"\W*(?:(?:an?|the|this|that|its|their|il|la|lo|l['’]|un[ao]?)\s*)?(?:(?:19|20)\d{{2}}\s+|[\w-]+\s+){{0,2}}?"
                rf"(?:{alternation(lists['law_texts'])})\b", re.IGNORECASE),
            law_opening=re.compile(
                r"\W*(?:in\s+line\s+with|in\s+accordance\s+with|under|according\s+to|in\s+linea\s+con|conformemente\s+a|in\s+base\s+a|secondo)"
                r"\s*(?:the\s+|l['’]\s*|il\s+|la\s+|lo\s+|al\s+|alla\s+|all['’]\s*)?(?:[\w-]+\s+){0,2}?"
                rf"(?:{alternation(lists['law_texts'])})\b", re.IGNORECASE),
            law_reads=re.compile(
                # (not the bloc's own name in an aside: "X, at a summit of the Collective Security Treaty Organisation, held in <city>, said")
                rf"\b(?<!organizzazione del )(?<!organizzazione per il )(?:{alternation(lists['law_texts'])})\b(?!\s+organi[sz]ation)"
                rf"[^.;:\"“”«»]{{0,80}}?\s(?:{alternation(lists['reading_verbs'])})"
                r"(?:\s+(?:that|che))?\s*[:,]?\s*$",
                re.IGNORECASE,
            ),
            rank_tail=re.compile(rf",\s*(?:(?:{alternation(lists['rank_words'])})\s+)+$", re.IGNORECASE),
            office_apposition=re.compile(
                rf"\s*(?:(?-i:[a-z])[\w-]*\s+){{0,2}}(?:{alternation(lists['title_heads'])})(?:[- ]general[e]?)?\b"
                r"(?:\s+(?:of|for|to|del|della|dell['’]|dei)\b[^,;:.]{1,60})?,\s*",
                re.IGNORECASE,
            ),
            titled_after=re.compile(
                rf"^\s*(?:the|il|lo|la|l['’])\s*(?:{alternation(lists['title_heads'])})\s+(?:of|del|della|dello|dell['’]|dei|degli|delle|di)\b\s*"
                # (the body may take five words: "il portavoce del ministero della Difesa kirghiso Ivan Petrov")
                r"(?:the\s+)?(?:(?!(?:that|che|which|who)\s)[\w'’-]+\s+){1,5}$",
                re.IGNORECASE,
            ),
            anaphoric_by=re.compile(
                # (and where it was published: "This was reported on X's website")
                # (or the noun with its article: "The announcement was made by X")
                rf"^\s*(?:(?:This|That|It|These|Those)\s+(?:(?:{alternation(lists['anaphoric_passive_nouns'])})\s+)?"
                rf"|The\s+(?:{alternation(lists['anaphoric_passive_nouns'])})\s+)(?:is|are|was|were|has\s+been)\s+"
                # (and whom it was told: "This was reported to <agency> by X")
                # (or the text it was stated in: "This was stated in a statement the bloc put out")
                rf"(?P<verb>{alternation(lists['anaphoric_passive_verbs'])})\s+(?:to\s+(?:the\s+)?(?:[\w.'’-]+\s+){{1,3}}?)?"
                rf"(?:by|on|in\s+(?:a|an|the|its)\s+(?:{alternation(lists['issued_texts'])})\b)",
                re.IGNORECASE,
            ),
            issued=re.compile(rf"\b(?:{alternation(lists['issued_texts'])})\b", re.IGNORECASE),
            cited_text=re.compile(rf"(?:(?:its|their|an?|the)\s+)?(?:official\s+|joint\s+|press\s+)?(?:{alternation(lists['issued_texts'])})\s+"
                                  r"(?:of|by|from|issued\s+by)\s", re.IGNORECASE),
            issued_by=re.compile(rf"\b(?:an?|the|its|their|una?|il|la)\s+(?P<text>(?:[\w-]+\s+)?(?:{alternation(lists['issued_texts'])}))\s+"
                                 rf"(?:{alternation(lists['issuing_verbs'])})\s+(?:by|da|dal|dalla|dall['’])\s*", re.IGNORECASE),
            text_after=re.compile(
                # (the text with its article and at most one word, right after the quotation's comma or mark and right
                # before the cue: "“…,” the statement says", "«…», si legge nel comunicato" is another rule)
                rf"(?:(?<=[,;\"”»])|(?<=[,;\"”»]\s))\s*(?P<text>(?:the|this|that|its|il|la|lo|l['’]|questo|questa)\s*(?:[\w-]+\s+)?(?:{alternation(lists['issued_texts'])}))"
                r"\s+(?:also\s+|further\s+|inoltre\s+)?$",
                re.IGNORECASE,
            ),
            text_inverted=re.compile(
                rf"\s+(?P<text>(?:the|this|its|il|la|lo|l['’]|questo|questa)\s*(?:[\w-]+\s+)?(?:{alternation(lists['issued_texts'])}))"
                r"(?=\s*(?:[.;]|$))",
                re.IGNORECASE,
            ),
            joint_subject=re.compile(
                # the text opening the sentence, with a participle's phrase and no verb of its own before the cue ("A
                # memorandum signed by X and Y said", "The memorandum, signed at Z, said"), or a trailing subject (", the
                # memorandum said")
                rf"(?:^\s*|,\s*)(?:the|an?|this|that|its|their|il|la|lo|l['’]|un|una|uno)\s*(?P<text>(?:{alternation(lists['joint_texts'])}))\b"
                r"(?:,?\s+(?:signed|adopted|issued|released|agreed|reached|published|firmat[oa]|adottat[oa])\b"
                r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would|è|sono|ha|hanno)\b)[^;:.\"“”«»])*?,?)?\s*$",
                re.IGNORECASE,
            ),
            body_before=re.compile(
                # (or a country's possessive instead of the article: "Kazakhstan's national security committee said")
                # (and a person's, with an honorific before the name: "Mr Lukashenko's office said")
                # (a wire's paragraph may open on a dash: "- Il Distretto militare … ha annunciato")
                rf"(?:^(?:\s*[-–—•](?=\s))?|[,;\"”»]\s*)\s*(?P<body>(?:the|il|lo|la|l['’]|(?:(?-i:Mr|Mrs|Ms|Dr)\.?\s+)?(?-i:[A-Z])[\w-]+['’]s)\s*(?:[\w'’-]+\s+){{0,2}}?(?P<noun>(?:{alternation(lists['body_nouns'])})\b)"
                r"[^,;:.]{0,90}?)(?:\s*,\s*(?:in|a|nel|nella|at)\s+[A-ZÀ-Ý][^,;:.]{0,30},)?\s+(?:(?:has|have|had|ha|hanno|aveva|also|inoltre|anche|comunque|tuttavia|then|poi|\w+ly|\w+mente)\s+)*$",
                re.IGNORECASE,
            ),
            about_this=re.compile(
                rf"^\s*About\s+(?:this|it|that)\s*,?\s+(?:[\w]+,?\s+){{0,5}}?(?P<verb>{alternation(word_list(data, 'about_this_verbs'))})\b"),
            anaphoric_it=re.compile(
                # (or the infinitive first: "A dirlo è stato il portavoce …")
                # (and with no verb at all, a headline's way: "A confermarlo lo stesso ministero."; or with "è" and the
                # speaker: "A dirlo è lo stesso Putin", "A darne notizia è Tass"; or the name straight after, with no "è":
                # "A darne notizia X, segretario …"; and "È quello che ha detto X" or "È ciò che ha affermato X", as "È quanto")
                # (with "Ad" before a vowel, and the occasion between: "Ad affermarlo durante un incontro con la stampa è
                # stato X")
                rf"^\s*(?:-\s*)?(?:Ad?\s+(?=(?:{alternation(lists['anaphoric_it_infinitives'])})\s+{_OCCASION_ASIDE}(?:(?:è|sono)\s+(?:stat[oaie]\b|(?:il|lo|la|i|gli|le)\s|l['’]|(?-i:[A-Z]))|(?:il|lo|la|i|gli|le)\s|l['’]|(?-i:[A-Z])))"
                r"|(?:Lo|Ciò|Questo|Tanto|Così|[ÈE]['’]?\s+(?:quanto|quello\s+che|ciò\s+che))\s+(?:lo\s+)?(?:(?:ha|hanno|avrebbe|aveva|è\s+stato|si\s+è|si\s+sono)\s+)?"
                r"(?:(?:\w+mente|anche|oggi|ieri|inoltre|poi|questa\s+mattina|stamane|stamattina|in\s+serata)\s+)*)"
                rf"(?P<verb>{alternation(lists['anaphoric_it_verbs'])}|{alternation(lists['anaphoric_it_infinitives'])})\b"
                rf"(?:\s+{_OCCASION_ASIDE}(?=(?:è|sono)\s))?(?:\s*(?:è|sono)(?:\s+stat[oaie])?\b)?",
                re.IGNORECASE,
            ),
            anaphoric_it_after=re.compile(
                r",\s*lo\s+(?:ha|hanno|avrebbe|aveva)\s+(?:(?:\w+mente|anche|oggi|ieri|inoltre|poi)\s+)*"
                rf"(?P<verb>{alternation(lists['anaphoric_it_verbs'])})\b",
                re.IGNORECASE,
            ),
            # ("said this week's talks had failed" reports a clause, it does not point back)
            anaphoric_en_pattern=re.compile(
                rf"\b(?P<verb>{alternation(lists['anaphoric_en'])})\b"
                r"(?!\s+(?:week|year|month|morning|afternoon|evening|time|spring|summer|autumn|fall|winter)\b)"
                # (nor "this" that opens the clause said: "The chief said this was a turning point")
                r"(?!\s+(?:is|was|are|were|will|would|has|had|could|should|may|might|must|can|means|marks|shows)\b)", re.IGNORECASE),
            reads=re.compile(
                rf"\b(?:the|this|its|his|her|their|il|la|l['’])\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(lists['issued_texts'])})\s+"
                rf"(?:{alternation(lists['reading_verbs'])})\b"
                # ("…,” says a statement released by the Secretariat": the verb before its text, the owner after)
                rf"|\b(?:{alternation(lists['reading_verbs'])})\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:{alternation(lists['issued_texts'])})"
                rf"(?:\s+(?:released|issued|published|circulated|posted))?(?=\s+(?:by|of|from)\b)"
                # ("“…,” a note of the Interior Ministry read": the text, its owner, then the verb)
                rf"|\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{alternation(lists['issued_texts'])})\s+(?:(?:released|issued|published)\s+)?(?:from|of|by)\s+"
                rf"(?:the\s+)?(?:[\w'’-]+\s+){{1,5}}?(?:{alternation(lists['reading_verbs'])})\b"
                rf"|\b(?:{alternation(lists['reading_impersonal'])})\s+(?:nel|nella|nello|in\s+una?|sul)\s+(?:[\w-]+\s+){{0,2}}?"
                rf"(?:{alternation(lists['issued_texts'])})\b"
                # ("“…”, — stated in the message", "it is said in the statement of X": the text read out, in the passive)
                rf"|\b(?:it\s+(?:is|was|has\s+been)\s+)?(?:stated|said|noted|written|indicated)\s+in\s+(?:the|a|an|its|this|their)\s+"
                rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(lists['issued_texts'])})\b"
                # ("According to the document, “…”": the text just told of, read out; its issuer's words)
                rf"|\b(?:according\s+to|secondo|stando\s+a)\s+(?:the|il|la|l['’])\s*(?:{alternation(lists['issued_texts'])}|document|documento)\s*,",
                re.IGNORECASE,
            ),
            source_label=re.compile(rf"^\W*(?:{alternation(lists['source_labels'])})\s*:", re.IGNORECASE),
            editorial_label=re.compile(rf"^\W*(?:{alternation(lists['editorial_labels'])})\s*:\s*", re.IGNORECASE),
            motto=re.compile(rf"\b(?:{alternation(lists['motto_nouns'])})\b[^.;:\"“”«»]{{0,60}}:\s*$", re.IGNORECASE),
            amount_said=re.compile(rf"\s+(?:{alternation(lists['amount_objects'])})\b(?!\s+(?:that|of\s+the)\b)", re.IGNORECASE),
            ordinal_secondo=re.compile(rf"secondo\s+(?:{alternation(lists['ordinal_secondo_nouns'])})\b", re.IGNORECASE),
            occasion_tail=re.compile(rf",\s+(?:{alternation(lists['occasion_participles'])})\b", re.IGNORECASE),
            motto_apposition=re.compile(rf"\b(?:the|il|lo)\s+(?:{alternation(lists['motto_nouns'])})\b[^.;:\"“”«»]{{0,100}},\s*$", re.IGNORECASE),
            # (the noun after the name, as English writes it: "the “Crossroads of Peace” concept", "the "Zapad" exercises";
            # the participles and phrases that name before the marks, "named", "known as", stay out)
            document_after=re.compile(
                rf"[\"”»’']?\s+(?:{alternation([n for n in lists['document_nouns'] if ' ' not in n and not n.endswith(('ed', 'to', 'ta'))])})\b",
                re.IGNORECASE),
            document=re.compile(
                rf"\b(?:{alternation(lists['document_nouns'])})\b(?:\s+(?:{alternation(lists['document_qualifiers'])})\b)?"
                r"(?:\s+(?:No\.?\s*|n\.\s*)?\d[\d/.-]*)?"  # ("Resolution 71/179 of the General Assembly «…»")
                r"(?:\s+(?:of|on|by|del|della|dei|sul|sulla|sulle|sui|sugli|su)\b[^,;:]{0,80}?)?"
                # ("the decision of the Council dated November 23, 2023 «On …»": its date between)
                r"(?:,?\s+(?:dated|datat[oa])\s+[^;:\"“”«»]{3,30}?)?"
                r"(?:,?\s+(?:che|which|that)\s+(?:\S+\s+){0,4}?\S+)?"
                r"(?:\s+(?:concerns?|reads?|is\s+(?:called|titled|entitled)))?\s*$"
                # (the sentence's subject, its article capitalised: "After the drills, “…,” he said" names no drill)
                rf"|(?-i:The|This|Il|La|Lo|L['’]|Questo|Questa)\s*(?:[\w-]+\s+){{0,2}}?(?:{alternation(lists['named_gathering_nouns'])}),\s*$",
                re.IGNORECASE,
            ),
        )


def _cue_pattern(speech: Mapping[str, tuple[str, ...]], lists: Mapping[str, tuple[str, ...]]) -> re.Pattern[str]:
    aux = alternation(lists["it_auxiliaries"])
    it_participles = alternation([w for w in speech.get("it", ()) if w.endswith(("to", "so", "sto"))] or ["__none__"])
    every = [*lists["passive_cues"], *lists["according_to"], *lists["it_auxiliaries"], *lists["mediating_cues"],
             *(word for words in speech.values() for word in words)]
    # the first letters of every cue, as a lookahead: the regex engine skips other positions a third faster
    first = re.escape("".join(sorted({word[0].lower() for word in every})))
    return re.compile(
        rf"(?=[{first}])\b(?:(?P<passive>{alternation(lists['passive_cues'])})"
        rf"|(?P<according>{alternation(lists['according_to'])})"
        rf"|(?P<it_compound>(?:{aux})\s+(?:(?:[a-zà-ù]+mente|inoltre|altresì|anche|poi|già|quindi|invece|ancora|comunque|tuttavia|pure|più\s+volte)\s+)?(?:{it_participles}))"
        rf"|(?P<mediating>{alternation(lists['mediating_cues'])})"
        rf"|(?P<speech>{alternation([word for words in speech.values() for word in words])}))\b",
        re.IGNORECASE,
    )


#: "in" right before "secondo": the ordinal's ("in secondo luogo"), no source.
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
#: An Italian article (or a preposition with its article) that makes the "secondo" after it an ordinal: "il ", "al ".
_ORDINAL_ARTICLE = re.compile(r"\b(?:il|lo|un|uno|al|del|dal|nel|sul|col)\s+$", re.IGNORECASE)


def speaks(words: QuoteWords, text: str) -> bool:
    """Whether ``text`` holds a verb of speech ("the minister noted at the meeting.", "ha detto il ministro")."""
    return any(cue.kind == "speech" for cue in find_cues(words, text))


#: A negative inversion that opens the clause a cue stands in: "Nor has X ", "Neither did the ministry " (what follows
#: was not said), and how far before the cue it may open.
_NOR_HAS = re.compile(r"(?:^|[.;:!?]\s+)(?:Nor|Neither)\s+(?:has|have|had|did|does|do|was|were|is|are|will|would)\s+[^.;:!?]*$")
_NOR_REACH = 60


def find_cues(words: QuoteWords, masked: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Return the reporting cues between ``start`` and ``end`` of a masked paragraph."""
    found = []
    for match in prefilter.finditer(words.cue_starts, 0, masked, start, end):
        kind = match.lastgroup or "speech"
        kind = "speech" if kind == "it_compound" else kind
        if kind == "according" and masked[: match.start()].rstrip().endswith("("):
            continue  # "(according to the Latin alphabet)": an aside on how, not a source of words
        if kind == "according" and words.ordinal_secondo.match(masked, match.start()) and _IN_BEFORE.search(masked, max(0, match.start() - 4), match.start()):
            continue  # "In secondo luogo, …": "secondly", an ordinal, no source of words
        if kind == "according" and match.group(0).lower() == "secondo" and _ORDINAL_ARTICLE.search(masked, max(0, match.start() - 8), match.start()):
            continue  # "il secondo in una settimana", "al secondo giorno": the ordinal after its article, no source of words
        if kind == "speech" and _NOR_HAS.search(masked, max(0, match.start() - _NOR_REACH), match.start()):
            continue  # "Nor has X demanded so far that …", "Neither did Y say that …": words no one said
        if kind == "speech" and words.amount_said.match(masked, match.end()):
            continue  # "had said enough for the cameras", "said nothing about it": how much, no words reported
        if kind == "speech" and _AS_SAID_ASIDE.search(masked, max(0, match.start() - 40), match.start()) and _ASIDE_CLOSES.match(masked, match.end()):
            continue  # "…, come precedentemente affermato, …", "as previously stated,": an aside on the words, no cue of its own
        if match.group(0).lower() in words.that_clause_cues and not _THAT_SOON.match(masked, match.end(), len(masked) if end is None else end):
            continue  # "also briefed on the situation", "briefed X on the work": a topic, no words reported
        if match.group(0).lower() in words.ending_cues and _ENDED_WHERE.match(masked, match.end()) and not _THAT_SOON.match(masked, match.end()):
            continue  # "the exercise … concluded in southern X on Saturday": it ended there, no one spoke
        if match.group(0).lower() in words.other_passives and _PASSIVE_BEFORE.search(masked, max(0, match.start() - 30), match.start()):
            continue  # "X was recalled from the post": withdrawn, no one spoke
        if (kind == "speech" and _REFLEXIVE_BEFORE.search(masked, max(0, match.start() - 4), match.start())
                and not _CLAUSE_NEXT.match(masked, match.end())) or (kind == "speech" and _SELF_NEXT.match(masked, match.end())):
            continue  # "si è dichiarato reggente del paese", "si è detta favorevole", "declared himself the winner": what one
            # calls oneself, no words reported
        if _RECALLED_ENVOY.match(masked, match.start()):
            continue  # "Armenia recalled its representative", "recalling him from the post": called back, no words
        if match.group(0).lower().split()[-1] in words.listener_passives and (
                _PASSIVE_BEFORE.search(masked, max(0, match.start() - 30), match.start())
                or re.match(r"(?:è|sono)\s", match.group(0), re.IGNORECASE)):
            # "X was told that …", "X è stato informato che …": X listened; an agent after it spoke
            agent = _AGENT_AFTER.match(masked, match.end())
            if agent is not None:
                found.append(Cue(match.start(), agent.end(), masked[match.start() : agent.end()], "according"))
            continue
        found.append(Cue(match.start(), match.end(), match.group(0), kind))
    return found


#: The reflexive pronoun before an Italian cue: "si " in "si è dichiarato", "si è detto".
_REFLEXIVE_BEFORE = re.compile(r"\bsi\s+$", re.IGNORECASE)
#: What opens a reported clause right after a cue: "che", a colon, a quotation mark.
_CLAUSE_NEXT = re.compile(r"\s*(?:che\b|[:«“\"])", re.IGNORECASE)
#: A reflexive object right after an English cue: "declared himself", "proclaimed themselves".
_SELF_NEXT = re.compile(r"\s+(?:himself|herself|itself|themselves)\b(?!\s+(?:that|to\s+be\s+convinced)\b)", re.IGNORECASE)

#: "As" with at most an adverb before a bare participle of saying: "come ", "come precedentemente ", "as previously ",
#: "come già " (the aside "as previously stated" names no one; "come ha detto X" is another matter).
_AS_SAID_ASIDE = re.compile(r"(?:^|[\s,(])(?:come|as)\s+(?:(?:\w+mente|già|in\s+precedenza|earlier|already|previously|before|above)\s+)?$", re.IGNORECASE)
#: What closes such an aside right after its participle: a comma, a bracket.
_ASIDE_CLOSES = re.compile(r"\s*(?:above|before|earlier|in\s+precedenza|sopra|prima)?\s*[,)]")
#: A recall of an envoy or an office holder, not of a memory: "recalled its representative", "recalling him from the post",
#: "ha richiamato il suo ambasciatore".
_RECALLED_ENVOY = re.compile(r"(?:recall(?:ed|s|ing)?|richiamat[oaie]|(?:ha|hanno)\s+richiamato)\s+(?:(?:its|their|his|her|il\s+suo|il\s+proprio|i\s+suoi)\s+"
                             r"(?:[\w-]+\s+)?(?:representatives?|envoys?|ambassadors?|nationals?|officers?|troops|peacekeepers|rappresentant[ei]|ambasciator[ei])\b"
                             r"|(?:him|her|them|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+from\s+(?:the\s+|his\s+|her\s+)?(?:post|position|office)\b)",
                             re.IGNORECASE)
#: What follows a verb of ending that ended something: a place, a day, a manner ("concluded in X", "on Saturday",
#: "with the signing", "successfully"), not the occasion words were said at ("concluded in his speech").
_ENDED_WHERE = re.compile(r"\s+(?:(?:in|at|near|on|with)\s+(?!(?:his|her|its|their|a|an|the)\s+(?:[\w-]+\s+)?(?:speech|remarks|address|statement|"
                          r"interview|report|article|briefing|letter|message)\b)|successfully\b|yesterday\b|today\b)", re.IGNORECASE)
#: A "that" within a few words after a cue: "briefed the envoy that" (the listener between).
_THAT_SOON = re.compile(r"(?:\s+[\w'’.-]+){0,6}?\s+that\b", re.IGNORECASE)
#: The auxiliary of a passive right before a verb: "was", "had been", "were also".
_PASSIVE_BEFORE = re.compile(
    # (the Italian participle only after its auxiliary: "è stato informato", not the English "the head of state told")
    r"\b(?:was|were|is|are|been|being|be|è|sono|era|erano|fu|furono|viene|vengono|"
    r"(?:è|sono|era|erano|fu|furono|sia|siano|essere|sarà|saranno)\s+stat[oaie])\s+"
    r"(?:(?:also|not|then|reportedly|\w+ly|anche|già|poi)\s+)?$",
    re.IGNORECASE,
)
#: The agent of a passive: " by", " da", " dal" (a day between: "was informed on Tuesday by", "informato ieri da").
_AGENT_AFTER = re.compile(r"(?:\s+(?:on\s+[A-Za-z]+day|yesterday|today|earlier|ieri|oggi|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica))?"
                          r"\s+(?:by|da|dal|dalla|dai|dagli|dalle|dall['’])(?=\s|$)", re.IGNORECASE)


#: A passive right after a subject: " was told", " had been informed", " è stato informato".
_PASSIVE_AFTER = re.compile(
    r"\s+(?:was|were|is|are|(?:has|have|had)\s+been|è|sono|era|erano|fu|furono)\s+(?:stat[oaie]\s+)?"
    r"(?:(?:also|then|anche|già|poi)\s+)?(?P<verb>[^\W\d]+)",
    re.IGNORECASE,
)


def is_listener(words: QuoteWords, masked: str, start: int, end: int, passive_only: bool = False) -> bool:
    """Whether the words at ``start:end`` name whom someone spoke to, not who spoke: the subject of a telling verb's
    passive ("the minister was told that …") or, unless ``passive_only``, its object ("officials told the minister")."""
    passive = _PASSIVE_AFTER.match(masked, end)
    if passive is not None and passive.group("verb").lower() in words.listener_passives:
        return True
    if passive_only:
        return False
    before = masked[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower() in words.listener_cues | words.listener_passives


def heard(words: QuoteWords, masked: str, start: int, end: int) -> bool:
    """Whether a passive telling verb with no agent stands between ``start`` and ``end``: "(the office said) the
    governor was told that": what follows is words someone unnamed said to him."""
    for match in re.finditer(r"[^\W\d]+", masked[start:end]):
        if (match.group(0).lower() in words.listener_passives
                and _PASSIVE_BEFORE.search(masked, max(0, start + match.start() - 30), start + match.start())
                and not _AGENT_AFTER.match(masked, start + match.end())):
            return True
    return False

