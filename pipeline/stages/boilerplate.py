"""The boilerplate pattern table: every rule that marks a line as not part of an article's body.

To teach the cleaner a new outlet's furniture, add a ``Rule`` here and a golden case under
``tests/golden/clean/``. Rules look at one stripped line; they are written for the shapes news sites share
(promo labels, agency credits, comment prompts), never for one article's wording. Each rule's name is the
``reason`` recorded in the ``removed_lines`` ledger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_AGENCIES = (
    r"reuters|ap|ap photo|afp|afp photo|epa|epa-efe|tass|itar-tass|sputnik|ria novosti|ria|getty images|getty"
    r"|belta|ansa|xinhua|anadolu|efe|dpa|interfax|kyodo|pap|ukrinform|unian|kremlin\.ru|press service"
    r"|shutterstock|wikimedia commons|wikipedia"
)
_DOMAIN = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}"


@dataclass(frozen=True)
class Rule:
    """A named line pattern; ``max_chars`` keeps a rule off long body paragraphs. ``needs``: words one of which
    every line the pattern matches holds (lower case), so a line with none of them is passed over without a search:
    an unanchored pattern scans a whole line, and most lines are body text."""

    reason: str
    pattern: re.Pattern[str]
    max_chars: int = 300
    needs: tuple[str, ...] = ()

    def matches(self, line: str, folded: str | None = None) -> bool:
        """Return True when the stripped ``line`` is this kind of boilerplate (``folded``: ``fold_case(line)``, when the
        caller tries several rules on one line)."""
        if len(line) > self.max_chars:
            return False
        if self.needs:
            lower = fold_case(line) if folded is None else folded
            if not any(word in lower for word in self.needs):
                return False
        return self.pattern.search(line) is not None


def fold_case(line: str) -> str:
    """``line`` in lower case, with the letters Python's case-blind matching pairs with a lower-case one folded too."""
    if not line.isascii() and _FOLDED.search(line) is not None:
        return line.translate(_CASE_FOLDS).lower()
    return line.lower()


#: The letters Python's case-blind regex matching takes for a Latin or Cyrillic lower-case letter that ``str.lower``
#: leaves apart (``re._compiler._equivalences``): a line "Copyrıght" still meets the copyright rule's words.
_CASE_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "ẛ": "ṡ", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с", "ᲄ": "т",
                             "ᲅ": "т", "ᲆ": "ъ", "ᲇ": "ѣ"})
#: Any of those letters (rare: most lines are folded by ``lower`` alone, the translation costs more than the search).
_FOLDED = re.compile("[" + "".join(chr(code) for code in _CASE_FOLDS) + "]")


def _rule(reason: str, pattern: str, max_chars: int = 300, needs: tuple[str, ...] = ()) -> Rule:
    return Rule(reason, re.compile(pattern, re.IGNORECASE | re.UNICODE), max_chars, needs)


#: The line a site prints to say where the story came from, e.g. "belsat.eu, following kremlin.ru".
SOURCE_LINE = _rule(
    "source_line",
    rf"^(?:(?:source|fonte|источник)\s*:\s*\S.{{0,80}}"
    rf"|{_DOMAIN}(?:\s*[,;/]\s*(?:following|via|citing|based on|from|after|with)\s+{_DOMAIN})*)$",
    max_chars=120,
)

#: A bare timestamp such as "2020.12.01 18:30"; boilerplate only directly under a promo.
TIMESTAMP = _rule(
    "promo_timestamp",
    r"^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?)?$",
    max_chars=40,
)

#: The labels a news site puts over its lists of other stories under a story: "Special Coverage", "Major headlines",
#: "Editor's Pick", "More In This Category", "Week's Top Stories" (not "Top Stories" alone, which some pages print above
#: the story's own headline).
_STORY_LISTS = (r"special\s+coverage|major\s+headlines|editor['’]?s\s+picks?|more\s+in\s+this\s+(?:category|section)|week['’]?s\s+top\s+stories"
                 r"|articoli\s+correlati|altri\s+articoli")

#: A promo label alone on its line ("Leggi anche", "Read also:"): the linked headline comes on the next line.
PROMO_LABEL = _rule("read_also", r"^(?:(?:read|see)\s+(?:also|more)|also\s+(?:read|see)|leggi\s+anche|potrebbe\s+interessarti"
                    rf"|related(?:\s+articles?|\s+stories|\s+news)?|читайте\s+также|{_STORY_LISTS})\s*[:\-–]?$", max_chars=40)

#: The headline a promo label links to: one line with no full stop at its end, or one cut off with "…".
LINKED_TITLE = _rule("read_also", r"(?:[^.!?…\s]|\.\.\.|…)[\"”»’]?$", max_chars=160)

RULES: tuple[Rule, ...] = (
    # "-", "***", "• • •": lines with no letter or digit at all.
    _rule("separator", r"^[^\w]+$", max_chars=40),
    # "What do Russia's security services cost to run? (ENG explainer)", "Watch: ... (VIDEO)".
    _rule(
        "related_promo",
        r"\((?:[a-z]{2,3}\s+)?(?:explainer|video|videos|photos?|gallery|infographic|podcast|opinion|analysis"
        r"|interview|live|timeline|map|quiz|longread|special report)\)\s*$"
        r"|^(?:related(?: articles?| stories| news)?|more on this(?: topic)?|you may also like|recommended"
        r"|most read|popular now|trending)\s*[:\-–]?",
        max_chars=200,
    ),
    # "Read also: ...", "See also", "Leggi anche", "Читайте также".
    _rule(
        "read_also",
        r"^(?:read|see|watch|listen)\s+(?:also|more|next)\b|^also\s+(?:read|see)\b|^more\s*:|^leggi\s+anche\b"
        r"|^potrebbe\s+interessarti\b|^читайте\s+также\b|^по\s+теме\s*:"
        rf"|^(?:{_STORY_LISTS})\s*[:\-–]?$",
        max_chars=250,
    ),
    # "Leave a comment", "Comments (3)", "Lascia un commento".
    _rule(
        "comment_prompt",
        r"^(?:leave|post|add|write)\s+a\s+(?:comment|reply)\b|^comments?\s*(?:\(\d+\))?\s*:?$|^\d+\s+comments?$"
        r"|^lascia\s+un\s+commento\b|^commenti\s*$|^комментарии\s*$|^оставить\s+комментарий"
        r"|^[•*-]?\s*(?:do\s+you\s+have\s+anything\s+to\s+say|have\s+your\s+say)\s*\??$",
        max_chars=80,
    ),
    # A blog engine's byline over the story, its headline again after the comment switch: "3 days ago editor Comments Off
    # on <headline>" (a title repeated there is no second report of its words).
    # (in the engine's own capitals, so a sentence that opens "Comments off on …" stays)
    _rule("comment_prompt", r"(?-i:\bComments\s+(?:Off|Closed)\s+on\s+\S)", max_chars=400, needs=("comments",)),
    # "Share this article", "Follow us on Telegram", "Subscribe to our newsletter".
    _rule(
        "share_prompt",
        r"^(?:share\s+(?:this|on)\b|follow\s+us\b|subscribe\s+(?:to|now|for)\b|sign\s+up\s+(?:for|to)\b"
        r"|join\s+us\s+on\b|seguici\s+su\b|iscriviti\b|подписывайтесь\b"
        r"|follow\s+[\w.@-]+(?:\s+[\w.@-]+)?\s+on\s+(?:telegram|twitter|x|facebook|vk|instagram|youtube|google news)\b)",
        max_chars=120,
    ),
    # "Reporting by Olzhas Auyezov; Editing by Mark Heinrich", "By Reuters Staff", "Compiled by ...".
    _rule(
        "credits",
        r"^(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|text)\s+by\b"
        r"|by\s+(?-i:(?:[A-Z][\w.'’-]+\s*){1,4})(?:,\s*[\w .'’-]+)?$"
        r"|a\s+cura\s+di\b|di\s+(?-i:(?:[A-Z][\w.'’-]+\s*){1,3})$)",
        max_chars=160,
    ),
    # Site furniture: "Advertisement", "Tags: CSTO, Armenia", "Our Standards: ...".
    _rule(
        "site_furniture",
        r"^(?:advertisement|pubblicità|реклама|sponsored(?: content)?)$|^(?:tags?|topics?|argomenti|теги)\s*:"
        r"|^our standards\s*:|^(?:print|email|e-mail)(?:\s*\|\s*(?:print|email|e-mail))*$",
        max_chars=200,
    ),
    # A page's skip links and its banner labels above the story: "Accessibility links", "Skip to main content", "Breaking News".
    _rule("site_furniture", r"^(?:accessibility\s+links|skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search)|breaking\s+news)$", max_chars=40),
    # A news site's feed and search widgets above the story, a line each: its currency widget's label, the feed's name,
    # the search box's label, the filter's prompt (over two lines) and the page count ("1 pages in this article").
    _rule("site_furniture", r"^(?:currency\s+converter|all\s+news|news\s+search\s+topics|use\s+filter|you\s+can\s+filter\s+your\s+feed,?"
                            r"|by\s+choosing\s+only\s+interesting|\d+\s+pages?\s+in\s+this\s+article)$", max_chars=40),
    # A close or menu button's one glyph on a line of its own above the story: "X", "×", "☰".
    _rule("site_furniture", r"^(?-i:[X×✕☰≡])$", max_chars=1),
    # A site's currency ticker above the story, one rate a line: "USD 90.10", "EUR 97.40", "RUB 1.02".
    _rule("site_furniture", r"^(?-i:[A-Z]{3})\s+\d+(?:[.,]\d+)?$", max_chars=20),
    # A reposting site's ad slot and a news site's cartoon-gallery widget between paragraphs: "[ad_1]", "Political
    # Cartoons on World Leaders" (US News's, carried into the wires it reposts).
    _rule("site_furniture", r"^\[ad_\d+\]$|^political\s+cartoons(?:\s+on\s+(?:world\s+leaders|congress|the\s+economy|[\w\s]{1,30}))?$", max_chars=60),
    # A ticker of other stories' headlines, bullet after bullet: "Markets slide … • A vote is set … • Rains flood …".
    _rule("site_furniture", r"^(?:[^•\n]{8,200}?\s•\s+){3,}", max_chars=4000, needs=("•",)),
    # "Published: 12.01.2022 14:35", "Updated January 10, 2022": the date goes to metadata, not the body.
    _rule(
        "dateline",
        r"^(?:published|updated|posted|last updated|pubblicato|aggiornato|опубликовано|обновлено)\b\s*(?:on|il)?\s*:?\s*.*\d",
        max_chars=60,
    ),
    # "© 2021 Reuters", "Copyright ...", "All rights reserved".
    _rule(
        "copyright",
        r"^(?:©|\(c\)\s*\d{4}|copyright\b)|\ball rights reserved\b|\briproduzione riservata\b"
        r"|\btutti i diritti riservati\b|\bвсе права защищены\b"
        r"|\buse of [\w\s.'’-]{0,40}materials?\b.{0,80}\b(?:hyperlink|link|permission)\b",
        max_chars=200,
        needs=("©", "(c)", "copyright", "all rights reserved", "riproduzione riservata", "tutti i diritti riservati",
               "все права защищены", "use of"),
    ),
    # A caption that ends in an agency credit: "... in Minsk, Belarus, May 28, 2021 (Reuters)",
    # "(AP Photo/Alexander Zemlianichenko)", "(Photo: TASS)"; or a line that is only a credit.
    _rule(
        "photo_caption",
        rf"\((?:(?:photo|foto|фото|image|picture|credit)\s*(?:by|:)?\s*)?(?:{_AGENCIES})(?:\s*(?:/|photo\b)[^()]{{0,60}})?\)\s*$"
        r"|^(?:photo|foto|фото|image|picture|photo credit)\s*(?:by|:)\s*\S.{0,80}$"
        r"|^(?:photo|image)\s+(?:courtesy|credit)\b.{0,80}$"
        # (or a map's or a picture's caption that ends by offering it larger: "… Click to see full-size image.")
        r"|\b(?:click|tap)\s+(?:here\s+)?to\s+(?:see|view|enlarge|open)\s+(?:the\s+)?(?:full[- ]size|larger|full)\s+(?:image|map|picture|photo)\.?\s*$",
        max_chars=400,
        needs=(")", "photo", "foto", "фото", "image", "picture", "click", "tap"),
    ),
)
