"""Event types: PLOVER's categories, our documented extensions, and the trigger table that codes a sentence.

PLOVER (openeventdata/PLOVER) defines the categories, their quad class and their modes; POLECAT's version
adds REQUEST and ACCUSE. Where news reports something PLOVER has no category for, we use an extension type
rather than a wrong code: ``ELECTION`` (a vote is held) and ``APPOINT`` (an official is appointed or
nominated). A state of emergency is PLOVER's COERCE with mode ``martial-law``, as the manual defines it.

The trigger table is ordered: the first rule that matches a clause codes it, so a decision to send troops
is AGREE before it is MOBILIZE. Add a rule here (English and Italian), then a gold case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: PLOVER categories (with POLECAT's REQUEST and ACCUSE) -> (quad class, what they cover).
PLOVER_TYPES: dict[str, tuple[str, str]] = {
    "AGREE": ("verbal cooperation", "agree, decide or sign: express intent to cooperate"),
    "CONSULT": ("verbal cooperation", "meet, visit, hold talks, call, videoconference"),
    "SUPPORT": ("verbal cooperation", "endorse, recognise, back diplomatically"),
    "CONCEDE": ("verbal cooperation", "yield verbally: ease a position, apologise"),
    "REQUEST": ("verbal cooperation", "ask for aid, cooperation or action"),
    "COOPERATE": ("material cooperation", "joint exercises and operations, material cooperation"),
    "AID": ("material cooperation", "provide military, economic or humanitarian aid"),
    "RETREAT": ("material cooperation", "withdraw forces, release, disarm, resign, allow access"),
    "INVESTIGATE": ("material cooperation", "investigate"),
    "DEMAND": ("verbal conflict", "demand or order"),
    "ACCUSE": ("verbal conflict", "accuse, criticise, condemn"),
    "DISAPPROVE": ("verbal conflict", "disapprove (PLOVER 0.x; POLECAT folds it into ACCUSE)"),
    "REJECT": ("verbal conflict", "refuse or reject"),
    "THREATEN": ("verbal conflict", "threaten"),
    "SANCTION": ("verbal conflict", "reduce relations: sanctions, expulsions, suspensions, cancellations"),
    "PROTEST": ("material conflict", "demonstrations, riots, strikes"),
    "CRIME": ("material conflict", "criminal acts"),
    "MOBILIZE": ("material conflict", "military or police moves short of force: deploy troops"),
    "COERCE": ("material conflict", "repression: arrests, curfews, state of emergency (martial-law)"),
    "ASSAULT": ("material conflict", "deliberate violence against people or property"),
    "FIGHT": ("material conflict", "armed clashes between organised forces"),
}
#: Our extension types, for happenings PLOVER does not code.
EXTENSION_TYPES: dict[str, tuple[str, str]] = {
    "ELECTION": ("extension", "an election or referendum is held (PLOVER leaves elections to context)"),
    "APPOINT": ("extension", "an official is appointed, nominated or sworn in"),
}
EVENT_TYPES = {**PLOVER_TYPES, **EXTENSION_TYPES}
CONTEXTS = ("peacekeeping", "military", "political", "diplomatic", "election", "terrorism", "economic", "government")


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger table: a pattern and what it codes."""

    event_type: str
    mode: str | None
    pattern: re.Pattern[str]


def _rule(event_type: str, mode: str | None, pattern: str) -> Trigger:
    return Trigger(event_type, mode, re.compile(pattern, re.IGNORECASE))


_W = r"(?:[\w'’-]+\s+)"  # one word and its space
TRIGGERS: tuple[Trigger, ...] = (
    _rule("REQUEST", "aid", rf"\bappeal(?:ed|s)?\s+(?:to\s+{_W}{{0,10}})?(?:for\s+(?:help|assistance|support|aid)|to\s+(?:assist|help))"
          rf"|\bask(?:ed|s)?\s+{_W}{{0,6}}for\s+(?:help|assistance|support|military\s+assistance)"
          rf"|\brequest(?:ed|s)?\s+(?:military\s+)?(?:help|assistance|support)\b|\bchied(?:ere|e|ono)?\s+(?:\w+mente\s+)?aiuto\b"
          rf"|\bha(?:nno)?\s+chiesto\s+(?:\w+mente\s+)?aiuto\b|\brichiesta\s+di\s+(?:aiuto|assistenza)|\bsi\s+è\s+rivolt[ao]\s+(?:\w+\s+){{0,2}}a(?:l|lla|i|gli)?\b|\bappellarsi\b"
          rf"|\bappeal(?:ed|s)?\s+to\s+(?:\S+\s+){{0,10}}?for\s+(?:the\s+)?(?:deployment|dispatch|sending|intervention)\b|\bappeal\s+(?:of|from|by)\s+"
          rf"|\brequested\s+to\s+"
          rf"|\bapplied\s+to\s+the\s+(?:CSTO|Collective|organi[sz]ation)\b|\bcalled\s+for\s+(?:their|its|the\s+CSTO'?s?)\s+intervention\b"
          rf"|\b(?:aveva|ha|avevano|hanno)\s+chiesto\s+(?:a(?:l|lla|i|lle|gli)?\s+)[^.;]{{0,90}}?\bdi\s+(?:intervenire|inviare|mandare)\b"
          rf"|\bappello\s+(?:a(?:l|lla)?|del(?:la)?)\b"
          rf"|\basks?\s+for\s+(?:clarification|explanations?)\b|\bdemanded\s+(?:an\s+)?explanations?\b|\bchied(?:e|ono)\s+(?:chiarimenti|spiegazioni)\b"),
    _rule("AGREE", None, rf"\bdecided\s+to\b|\bha(?:nno)?\s+deciso\s+di\b|\bagreed\s+(?:to|on)\b"
          rf"|\b(?:sign(?:ed|s)|adopt(?:ed|s)|approv(?:ed|es))\s+{_W}{{0,5}}(?:agreements?|declarations?|treat(?:y|ies)|memorand(?:um|a)|documents?|statements?|decisions?|resolutions?|protocols?|charter)\b"
          rf"|\b(?:agreements?|declarations?|documents?|statements?|resolutions?|protocols?|treat(?:y|ies)|charter|memorand(?:um|a))\b[^.;]{{0,120}}?\b(?:was|were)\s+(?:adopted|signed|approved)\b"
          rf"|\bha(?:nno)?\s+(?:adottato|firmato|approvato|sottoscritto|concordato)\b|\b(?:è|sono)\s+stat[ioae]\s+(?:adottat|firmat|approvat)[ioae]\b"),
    _rule("REJECT", None, r"\brefus(?:ed|es|e)\s+to\b|\brejected\b|\bdeclined\s+to\s+(?!comment)|\bha(?:nno)?\s+rifiutato\b|\bsi\s+è\s+rifiutat[oa]"),
    _rule("COERCE", "martial-law", r"\bstate\s+of\s+emergency\b|\bmartial\s+law\b|\bstato\s+di\s+emergenza\b"),
    _rule("COERCE", "arrest", r"\b(?:were|was|been|have\s+been|has\s+been)\s+(?:arrested|detained)\b|\bcrackdown\b|\bsono\s+stat[ie]\s+arrestat[ie]\b"),
    _rule("COERCE", "curfew", r"\bcurfew\b|\bcoprifuoco\b"),
    _rule("RETREAT", "withdraw", rf"\bwithdraw(?:al|n|s|ing)?\b|\bpull(?:ed|ing)?\s+out\b|\bleft\s+{_W}{{0,3}}(?:airport|base|bases|territory)\b"
          rf"|\breturned\s+to\s+their\s+bases\b|\bcome\s+to\s+an\s+end\b|\britiro\b|\bsono\s+(?:già\s+)?partiti\b"
          rf"|\b(?:left|leave|leaves|leaving)\s+the\s+country\b|\b(?:lasceranno|lascerà|lasciano|lascia|lasciare|hanno\s+lasciato)\s+il\s+(?:Paese|territorio)\b"),
    _rule("MOBILIZE", "troops", rf"\bdeploy(?:ed|s|ing|ment)?\b|\bsen[dt]\s+{_W}{{0,3}}(?:troops|forces|peacekeepers|paratroopers|soldiers|servicemen|contingents?|units)\b"
          rf"|\b(?:forces|troops|peacekeepers|contingents?|units)\s+sent\s+(?:to|into)\b"
          rf"|\b(?:sono\s+)?(?:arrivat[eio]|giunt[eio])\s+{_W}{{0,4}}(?:le\s+|i\s+|gli\s+)?(?:prime\s+|primi\s+)?(?:unità|truppe|forze|contingenti?|militari|soldati|paracadutisti)\b"
          rf"|\b(?:unità|truppe|forze|contingenti?|militari|soldati)\b{_W}{{0,6}}(?:sono\s+)?(?:arrivat[eio]|giunt[eio])\b"
          rf"|\bdispatch(?:ed|es)?\b|\barriv(?:al|ed)\s+{_W}{{0,4}}(?:contingents?|troops|forces)\b|\bdislocazione\b|\bdispiegamento\b"
          rf"|\binvia(?:re|to|ti|te)?\s+{_W}{{0,3}}forze\b|\breserve\s+force\b"),
    _rule("PROTEST", "riot", r"\briots?\b|\brioting\b|\bunrest\b|\bdisordini\b|\b(?:la|una|le|delle|della)\s+rivolt[ae]\b|\bsommosse\b"),
    _rule("PROTEST", "demo", r"\bprotests?\b(?!\s+mood)|\bprotesters\b|\bdemonstrations?\b|\bdemonstrators\b|\btook\s+to\s+the\s+streets?\b|\brall(?:y|ies)\b(?<!campaign\srally)(?<!campaign\srallies)(?<!election\srally)(?<!election\srallies)|\bproteste\b|\bmanifestazion[ei]\b|\bmanifestanti\b|\bscesi\s+in\s+piazza\b"),
    _rule("FIGHT", None, r"\bclash(?:es|ed)\b|\bfighting\b|\bhostilities\b|\bscontri\b|\bostilità\b|\bcombattimenti\b"),
    _rule("ASSAULT", None, r"\battack(?:ed|s)\b|\bwere\s+killed\b|\bshelling\b|\bexplosion\b|\battentato\b"),
    _rule("ELECTION", None, rf"\b(?:presidential|parliamentary|general|snap)\s+(?:vote|election|elections|polls)\s+{_W}{{0,4}}(?:was|were)\s+held\b"
          rf"|\b(?:vote|election)s?\s+(?:was|were)\s+held\b|\belezioni\s+{_W}{{0,3}}(?:si\s+sono\s+tenute|sono\s+state)\b"),
    _rule("APPOINT", None, r"\bappoint(?:ed|s)\b|\bnominat(?:ed|es)\b|\bsworn\s+in\b|\bè\s+stato\s+nominato\b|\bha\s+(?:anche\s+|poi\s+|inoltre\s+)?nominato\b|\bvoted\s+to\s+(?:designate|appoint|elect)\b|\bdesignated\b"),
    _rule("COOPERATE", None, r"\bjoint\s+(?:military\s+)?(?:exercises?|drills?|operations?)\b|\bexercises?\b|\besercitazion[ei]\b"
          r"|\bdrills?\b|\bwar\s?games?\b|\bmanovre\b"),
    _rule("AID", "military", r"\bprovid(?:e|ed|ing)\s+(?:military|humanitarian|economic)\s+(?:support|aid|assistance)\b|\bmilitary\s+aid\b"),
    _rule("THREATEN", None, r"\bthreaten(?:ed|s|ing)?\s+to\b|\bminacciat[oa]\s+di\b"),
    _rule("SANCTION", None, r"\b(?:froze|frozen|freez(?:e|es|ing)|suspend(?:ed|s|ing)?)\s+(?:its\s+|their\s+|[A-Z][\w-]*['’]s\s+)?(?:participation|membership|cooperation)\b"
          r"|\b(?:congelato|sospeso)\s+(?:la\s+)?(?:propria\s+|sua\s+|nostra\s+)?(?:partecipazione|adesione)\b|\bimpos(?:ed|es|e)\s+sanctions\b|\bsanctions\s+(?:against|on)\b|\bexpelled\b|\bsuspended\s+(?:its\s+)?(?:participation|membership)\b"),
    _rule("ACCUSE", None, r"\baccus(?:ed|es)\b|\bcondemn(?:ed|s)\b|\bcritici[sz](?:ed|es)\b|\bslam(?:med|s)?\b|\bvulgari[sz](?:ed|es)\b|\bdenounc(?:ed|es)\b"
          r"|\b(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?(?:condannato|criticato|accusato)\b|\bsi\s+sono\s+accusat[ie]\b"),
    _rule("SUPPORT", None, r"\backnowledged\s+the\s+legitimacy\b|\brecogni[sz]ed\b|\bexpressed\s+support\b|\bendorsed\b"),
    _rule("CONSULT", "visit", r"\bvisit(?:ed|s)?\b|\btravel(?:led|s)?\s+to\b|\bwill\s+travel\b|\breceived\s+(?:[A-Z][\w-]*\s+){1,4}"),
    _rule("CONSULT", "phone", r"\bvideo\s?conference\b|\bvideoconferenza\b|\bonline\s+meeting\b|\briunione\s+(?:online|in\s+videoconferenza)\b|\bphone\s+(?:call|talks|conversation)\b|\btelephone\s+conversation\b"),
    _rule("CONSULT", "meet", rf"\bmeeting\b\s+{_W}{{0,16}}(?:was\s+held|took\s+place|is\s+taking\s+place|began|opened|kicks?\s+off)\b|\bsummit\b|\bsession\b|\bmet\s+(?:with\s+)?(?:[A-Z]|his|her|the)"
          rf"|\b(?:joint|council|ministerial|plenary|extraordinary|informal|trilateral)\s+meeting\b|\bmeeting\s+of\s+the\s+(?:Council|Committee|heads|ministers|leaders|Collective)"
          rf"|\b(?:Council|Committee)\s+meeting\b|\bmeeting\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}(?:council|committee|heads|ministers|leaders)\b|\b(?:si\s+sono\s+)?riunit[ie]\b|\bconversation\s+(?:in\s+(?:19|20)\d\d\s+)?with\b|\bhosted\s+(?:a|the)\s+{_W}{{0,3}}(?:summit|meeting|session|talks)\b|\bsessione\b"
          rf"|\b(?:will|to|would)\s+meet\b|\bha(?:nno)?\s+incontrato\b|\bsi\s+(?:è|sono)\s+incontrat[oi]\b|\bcolloqui\b|\bheld\s+talks\b|\btalks\s+with\b|\bvertice\b|\briunione\b|\bincontro\b|\bsi\s+terrà\b"),
)

#: Every trigger at once: where this finds nothing, no rule can match, so most sentences cost one scan.
ANY_TRIGGER = re.compile("|".join(f"(?:{trigger.pattern.pattern})" for trigger in TRIGGERS), re.IGNORECASE)
ORDER = {trigger: rank for rank, trigger in enumerate(TRIGGERS)}

#: A trigger governed by one of these is what someone asks for, not what happened: "to demand Armenia's withdrawal".
DEMANDED = re.compile(r"\b(?:demand(?:ed|ing|s)?|call(?:ed|ing|s)?\s+for|urg(?:ed|ing|es)|chied(?:e|endo|ono)|chiesto)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: Types a decision enacts by itself ("decided to suspend Uzbekistan's membership" is the SANCTION, "ha deciso di
#: chiedere aiuto" the REQUEST): for these the decision is no separate AGREE.
ENACTED_BY_DECISION = frozenset({"SANCTION", "REQUEST", "REJECT", "ACCUSE", "APPOINT"})
#: Verbal events: "to X" / "a X" names whom they address, not where they happened ("chiedere aiuto a Mosca").
VERBAL = frozenset({"REQUEST", "ACCUSE", "DEMAND", "SUPPORT", "REJECT", "THREATEN", "CONCEDE", "DISAPPROVE", "SANCTION"})
#: A trigger governed by one of these is the content of a decision or the purpose of an action, not a second
#: event: "decided to send troops" is one AGREE, and "sent troops to quell unrest" one MOBILIZE.
DECIDED = re.compile(
    r"\b(?:decid(?:ed|es)|decision|agreed|agreement|ready|willing|requested|deciso|decisione|pronto|pronta|pronti)\s+(?:to|di)\s+$"
    r"|\b(?:to|per)\s+(?:quell|suppress|put\s+down|crush|stop|end|sedare|reprimere|fermare)\s+(?:the\s+|le\s+|i\s+)?$",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:not|no|never|didn't|did\s+not|won't|will\s+not|non|mai)\b", re.IGNORECASE)
PLANNED = re.compile(
    r"\b(?:will|would|shall|to\s+be\s+held|plans?\s+to|is\s+(?:due|set|scheduled|expected)\s+to|next\s+(?:week|month|year)"
    r"|tomorrow|upcoming|si\s+terrà|inizierà|proseguiranno"
    r"|domani|prossim[oaie]|in\s+two\s+days|tra\s+due\s+giorni)\b"
    r"|(?<=\w)(?:eranno|iranno|aranno)\b|(?<=\w\w)(?:errà|irà|arà)\b",  # Italian futures, found by their ending
    re.IGNORECASE,
)
HYPOTHETICAL = re.compile(
    r"\b(?:if|could|might|in\s+case\s+of|should\s+it|se|potrebbe|qualora|(?:was|were)\s+(?:supposed|due)\s+to\s+have|"
    r"(?:avrebbe|avrebbero)\s+dovuto|(?:si\s+)?sarebbero?\s+dovut[oaie])\b",
    re.IGNORECASE,
)
CONTEXT_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("peacekeeping", re.compile(r"peacekeep|peace-keep|mantenimento della pace|forze di pace|pacificazione", re.IGNORECASE)),
    ("terrorism", re.compile(r"terroris", re.IGNORECASE)),
    ("election", re.compile(r"election|electoral|vote\b|elezion", re.IGNORECASE)),
    ("economic", re.compile(r"gas prices|fuel|economic|prezzi", re.IGNORECASE)),
    ("military", re.compile(r"military|troops|army|militar|esercit", re.IGNORECASE)),
)
