"""Lexicon: the words the extractors key on, in English and Italian, in one place a newcomer can extend.

Nothing here names a person, an outlet or a sentence of the seed corpus: these are the grammatical cues
news writing uses everywhere (reporting verbs, role nouns, pronouns, anonymous-source nouns). People,
organisations and media live in the actor registry (``pipeline/reference/actors.yaml``), not here.
"""

from __future__ import annotations

# Reporting verbs, as written (inflected forms listed; matching is case-insensitive, whole words).
# A cue introduces speech or a stated position; "announced the decision" without "that" is an event, not a quote.
SPEECH_CUES_EN: tuple[str, ...] = (
    "said", "says", "say", "told", "tells", "tell", "noted", "notes", "added", "adds", "stressed", "stresses",
    "emphasized", "emphasised", "emphasizes", "emphasises", "warned", "warns", "announced", "announces",
    "concluded", "concludes", "informed", "explained", "explains", "commented", "stated",
    "declared", "declares", "insisted", "insists", "argued", "argues", "claimed", "asserted",
    "remarked", "recalled", "pointed out", "points out", "wrote", "writes", "urged", "urges", "replied",
    "responded", "continued", "underlined", "underlines", "reiterated", "confirmed", "confirms", "admitted",
    "acknowledged", "suggested", "suggests", "proposed", "proposes", "promised", "vowed", "assured",
    "complained", "denied", "reveals", "revealed", "revealing", "believes", "believe", "believed",
    "thinks", "thought", "is concerned", "was concerned", "fears", "feared", "hopes", "hoped",
    "asked", "asks", "called for", "calls for", "reported", "reports", "observed", "observes",
    "clarified", "specified", "indicated", "mentioned", "assessed", "predicted", "expects", "expected",
    "saying", "telling", "adding", "noting", "stressing", "warning", "explaining", "announcing",
    "warn", "stress", "explain", "announce", "declare", "note", "emphasize", "emphasise", "reiterate",
)
SPEECH_CUES_IT: tuple[str, ...] = (
    "detto", "affermato", "dichiarato", "osservato", "aggiunto", "sottolineato", "spiegato", "annunciato",
    "avvertito", "informato", "ribadito", "riferito", "precisato", "chiarito", "evidenziato", "ricordato",
    "commentato", "concluso", "scritto", "rilevato", "assicurato", "promesso", "proposto", "denunciato",
    "chiesto", "confermato", "replicato", "risposto", "insistito", "sostenuto", "segnalato", "indicato",
    "proseguito", "si è chiesto", "si è chiesta",
    "dice", "afferma", "dichiara", "osserva", "aggiunge", "sottolinea", "spiega", "annuncia", "avverte",
    "riferisce", "precisa", "ricorda", "commenta", "conclude", "scrive", "rileva", "ritiene", "crede",
    "sostiene", "chiede", "propone", "conferma", "secondo", "rilevando", "affermando", "sottolineando",
    "aggiungendo", "spiegando", "annunciando", "osservando", "dichiarando",
)
# Italian compound past: "ha detto", "hanno affermato", "ha inoltre affermato", "è stato riferito".
IT_AUXILIARIES: tuple[str, ...] = ("ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "è", "sono")

# Cues whose subject is the mediator and whose object is the speaker: "BelTA cited Lukashenko as saying",
# "the Kremlin press service quotes Lukashenka", "Reuters quoted Peskov".
MEDIATING_CUES: tuple[str, ...] = (
    "quoted", "quotes", "quote", "cited", "cites", "cite", "citing", "quoting", "citato", "cita", "citando",
)
# Passive cues whose subject is the speaker: "Lukashenko was quoted as saying".
PASSIVE_CUES: tuple[str, ...] = (
    "was quoted as saying", "was cited as saying", "was quoted as stating", "was cited as stating",
    "is quoted as saying", "is cited as saying", "were quoted as saying", "was quoted saying",
    "was quoted by", "was cited by", "was reported as saying",
)
# Cues that lead a clause of reported speech with the speaker after them.
# A sentence that attributes the one before it: "Lo ha dichiarato il presidente X.", "X made the statement …".
ANAPHORIC_IT_VERBS: tuple[str, ...] = (
    "dichiarato", "affermato", "detto", "annunciato", "reso noto", "sottolineato", "precisato", "spiegato",
    "riferito", "comunicato", "scritto", "ribadito", "confermato", "osservato", "fatto sapere", "evidenziato",
)
# Cues whose subject is the sentence's subject, not the actor named just before them: "X criticised A and B,
# saying that …".
GERUND_CUES: frozenset[str] = frozenset({
    "saying", "adding", "noting", "stressing", "warning", "explaining", "affermando", "sottolineando", "rilevando",
    "aggiungendo", "spiegando", "dichiarando", "precisando", "osservando",
})
# Cues that lead a reported clause with no "that" when a capitalised subject and a finite verb follow:
# "X pointed out Belarus has always …".
SUBJECT_VERB_CUES: frozenset[str] = frozenset({
    "said", "says", "stated", "mentioned", "noted", "added", "stressed", "emphasized", "emphasised", "announced",
    "pointed out", "believes", "warned", "explained",
})
# Cues that lead a clause with no "that" after any subject-like word ("said the alliance would …").
BARE_CLAUSE_CUES: frozenset[str] = frozenset({"said", "says", "stated", "believes", "thinks", "believed", "ritiene", "crede"})
ANAPHORIC_EN: tuple[str, ...] = (
    "made the statement", "made this statement", "made the remarks", "made these remarks", "made the comments",
    "said this", "stated this", "said so", "announced this", "wrote this",
)
# Nouns of documents and works: quotation marks after them enclose a title or a text, not someone's words.
DOCUMENT_NOUNS: tuple[str, ...] = (
    "statement", "declaration", "document", "protocol", "protocols", "treaty", "charter", "resolution", "strategy",
    "concept", "doctrine", "programme", "program", "plan", "law", "article", "book", "report", "film", "exercise",
    "exercises", "operation", "titled", "entitled", "dichiarazione", "documento", "trattato", "protocollo",
    "name", "named", "dubbed", "nome", "chiamato", "chiamata", "denominato", "denominata", "award",
    "medal", "onorificenza", "premio", "motto",
    "risoluzione", "strategia", "libro", "articolo", "intitolato", "intitolata", "esercitazione", "operazione",
)
ACCORDING_TO: tuple[str, ...] = (
    "according to", "secondo", "stando a", "as reported by", "come riferito da",
    "secondo quanto riferito da", "secondo quanto riferito dai", "secondo quanto riferito dal", "secondo quanto riferito dalla",
    "secondo quanto dichiarato da", "secondo quanto dichiarato dal", "in base a quanto dichiarato da",
)
# Complementisers that open an indirect quote after a cue.
THAT_WORDS: tuple[str, ...] = ("that", "che")

PRONOUNS: dict[str, str | None] = {
    # pronoun -> gender it requires (None: any person); organisations use "it"/"they".
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "lui": "m", "lei": "f", "egli": "m",
    "ella": "f", "they": None, "we": None, "i": None,
}
ORGANISATION_PRONOUNS: tuple[str, ...] = ("it",)

# Role nouns -> registry role. Longest first when matched. None: a person of any role ("the politician").
ROLE_NOUNS_EN: dict[str, str | None] = {
    "head of state": "head_of_state", "president": "head_of_state", "leader": "head_of_state",
    "acting president": "acting_head_of_state", "prime minister": "head_of_government",
    "premier": "head_of_government", "head of government": "head_of_government",
    "foreign minister": "foreign_minister", "minister of foreign affairs": "foreign_minister",
    "top diplomat": "foreign_minister", "foreign affairs minister": "foreign_minister",
    "defence minister": "defence_minister", "defense minister": "defence_minister",
    "minister of defence": "defence_minister", "minister of defense": "defence_minister",
    "secretary general": "secretary_general", "secretary-general": "secretary_general",
    "general secretary": "secretary_general", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson", "press secretary": "press_secretary", "chairman": "chair", "chair": "chair",
    "politician": None, "official": None, "diplomat": None, "minister": None, "head": None,
}
ROLE_NOUNS_IT: dict[str, str | None] = {
    "capo dello stato": "head_of_state", "presidente": "head_of_state", "leader": "head_of_state",
    "primo ministro": "head_of_government", "premier": "head_of_government",
    "ministro degli esteri": "foreign_minister", "ministro degli affari esteri": "foreign_minister",
    "ministro della difesa": "defence_minister", "segretario generale": "secretary_general",
    "portavoce": "spokesperson", "segretario stampa": "press_secretary", "capo": None, "politico": None,
    "ministro": None, "funzionario": None, "diplomatico": None,
}
# Nouns for an organisation's voice: "the organization's press service", "il servizio stampa del Cremlino".
PRESS_SERVICE_NOUNS: tuple[str, ...] = (
    "press service", "press office", "press centre", "press center", "servizio stampa", "ufficio stampa",
)
# Nouns of anonymous sources: "a Kremlin source", "diplomatic sources", "una fonte del Cremlino".
ANONYMOUS_NOUNS: tuple[str, ...] = (
    "source", "sources", "official", "officials", "insider", "insiders", "diplomat", "diplomats",
    "fonte", "fonti", "funzionario", "funzionari",
)
# Unnamed groups that voice views: "Critics in Almaty called it 'a dangerous precedent'".
GROUP_NOUNS: tuple[str, ...] = (
    "critics", "analysts", "experts", "observers", "residents", "protesters", "opponents", "witnesses",
    "activists", "critici", "analisti", "esperti", "osservatori", "residenti", "manifestanti", "testimoni",
)
# Words that cannot start a person's name even when capitalised at a sentence start.
NAME_STOPWORDS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "in", "on", "at", "of", "and", "but", "for", "with", "by", "as", "from", "to", "this",
        "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "our", "its",
        "according", "after", "before", "during", "earlier", "later", "late", "last", "next", "when", "while",
        "il", "lo", "la", "le", "gli", "un", "una", "nel", "nella", "dal", "dalla", "secondo", "dopo",
        "oggi", "ieri", "recall", "although", "however", "meanwhile", "moreover", "also", "then", "there",
        "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "general", "head",
        "leader", "chairman", "spokesman", "spokeswoman", "spokesperson", "acting", "presidente", "ministro",
        "segretario", "generale", "mr", "mrs", "ms", "dr", "sen", "gen", "col", "lt",
        # military ranks and titles stand before a name but are not part of it
        "colonel", "colonel-general", "lieutenant", "lieutenant-general", "major", "major-general", "captain",
        "admiral", "marshal", "commander", "deputy", "vice", "ambassador", "colonnello", "tenente", "maggiore",
        "capitano", "ammiraglio", "maresciallo", "comandante", "vicepremier", "ambasciatore", "signor", "signora",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    }
)
# Abbreviations that end with a full stop without ending a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "st", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
        "u.s", "u.n", "u.k", "e.g", "i.e", "sig", "dott", "on", "pres", "min",
    }
)
# Head words that make an unregistered capitalised phrase an organisation or a place, not a person.
ORGANISATION_HEADS: frozenset[str] = frozenset(
    {
        "council", "councils", "states", "state", "government", "union", "ministry", "organization", "organisation",
        "forces", "force", "agency", "committee", "asia", "asian", "service", "republic", "federation", "party",
        "treaty", "security", "assembly", "parliament", "court", "bank", "office", "army", "troops", "guard",
        "region", "oblast", "city", "airport", "street", "square", "palace", "day", "news", "times", "post", "tv",
        "radio", "institute", "center", "centre", "university", "group", "fund", "commission", "duma", "senate",
        "press", "daily", "charter", "representatives", "nations", "community", "east", "west", "north", "south",
        "consiglio", "ministero", "governo", "forze", "stati", "organizzazione", "agenzia", "comitato", "repubblica",
    }
)
