"""Cleaning: golden cases over the seeds and other outlets' styles, plus invariants on any text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.stages.boilerplate import RULES, Rule
from pipeline.stages.clean import classify_line, clean_document, clean_text
from pipeline.stages.records import RawDocument
from schemas import normalise_line
from tests.golden_cases import EXPECTED_CLEAN, INPUTS, case_name, clean_record


@pytest.mark.parametrize("path", INPUTS, ids=case_name)
def test_golden_cleaning_and_metadata(path: Path) -> None:
    expected = json.loads((EXPECTED_CLEAN / f"{case_name(path)}.json").read_text(encoding="utf-8"))
    assert clean_record(path) == expected, "run scripts/regenerate_golden.py and review the diff"


def test_every_golden_input_has_an_expected_file() -> None:
    assert {case_name(p) for p in INPUTS} == {p.stem for p in EXPECTED_CLEAN.glob("*.json")}


def test_italian_seed_keeps_one_copy_of_each_paragraph(seed_corpus: Path) -> None:
    text = (seed_corpus / "003_84297b0ca83054c9.txt").read_text(encoding="utf-8")
    cleaned = clean_text(text).split("\n")
    raw_paragraphs = {line.strip() for line in text.split("\n") if line.strip()}
    assert len(cleaned) == len(raw_paragraphs) == 15
    assert set(cleaned) == raw_paragraphs


def test_duplicates_match_after_case_and_whitespace_normalisation() -> None:
    text = "First line of the story.\n  FIRST   line of the STORY.  \nSecond line."
    assert clean_text(text) == "First line of the story.\nSecond line."


def test_timestamp_is_boilerplate_only_under_a_promo() -> None:
    promo = "Why does the CSTO matter? (ENG explainer)\n2020.12.01 18:30\nBody text here."
    alone = "2020.12.01 18:30\nBody text here."
    assert clean_text(promo) == "Body text here."
    assert clean_text(alone) == alone


def test_the_headline_under_a_bare_read_also_label_goes_with_it() -> None:
    text = ("Il ministro ha parlato ai cadetti.\nLeggi anche\nManovre sul Pamir, il generale: “Siamo pronti a tutto...\"\n"
            "Le esercitazioni dureranno tre giorni.\nLeggi anche: le manovre del 2019\nIl programma resta invariato")
    assert clean_text(text).split("\n") == ["Il ministro ha parlato ai cadetti.", "Le esercitazioni dureranno tre giorni.",
                                             "Il programma resta invariato"]


def test_a_run_of_headlines_under_related_news_goes_with_it() -> None:
    # our own words: the headlines of other stories under "Related News" each set in title case, then a lead whose first
    # line has no full stop but is no headline (the two lines of the lead are one paragraph)
    text = ("Allies Meet in Minsk\nRelated News\nBloc Says Monitors Ready for the Border\nLeaders to Freeze Talks With Rival Bloc\n"
            "Chief Urges Calm in the South\nMINSK, May 2 (Agency) - The ministers of the bloc met in the capital\n"
            "on Friday to plan the drills.")
    assert clean_text(text).split("\n") == ["Allies Meet in Minsk",
                                            "MINSK, May 2 (Agency) - The ministers of the bloc met in the capital on Friday to plan the drills."]


def test_source_line_is_metadata_not_body() -> None:
    document = RawDocument("x.txt", "0" * 64, 10, "utf-8", "Body paragraph.\nbelsat.eu, following kremlin.ru")
    clean = clean_document(document)
    assert clean.lines == ("Body paragraph.",)
    assert clean.source_line == "belsat.eu, following kremlin.ru"
    assert [r.reason for r in clean.removed] == ["source_line"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices in Moscow fell after the announcement.",
        "By Thursday evening, the troops had left Almaty airport.",
        "Copyrighted material was not the issue, the minister said.",
        "Comments by the president were broadcast live.",
        "The photo showed Lukashenko with Putin (left) in Sochi.",
    ],
)
def test_body_sentences_that_resemble_boilerplate_are_kept(sentence: str) -> None:
    assert clean_text(sentence) == sentence


lines = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60),
        st.sampled_from(["-", "Leave a comment", "Read also: more news", "(c) 2021 Agency", "The CSTO met."]),
    ),
    max_size=25,
)


@settings(max_examples=200, deadline=None)
@given(lines)
def test_cleaning_twice_equals_cleaning_once(raw: list[str]) -> None:
    once = clean_text("\n".join(raw))
    assert clean_text(once) == once


@settings(max_examples=200, deadline=None)
@given(lines)
def test_no_line_is_lost(raw: list[str]) -> None:
    text = "\n".join(raw)
    clean = clean_document(RawDocument("x.txt", "0" * 64, len(text), "utf-8", text))
    removed = {line.line_no: line for line in clean.removed}
    kept = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if number in removed:
            assert removed[number].text == line
        else:
            kept.append(line.strip())
    rest = iter(kept)  # each paragraph is one kept line, or kept lines in a row joined where a sentence was wrapped
    for paragraph in clean.lines:
        joined = next(rest)
        while joined != paragraph:
            joined = f"{joined} {next(rest)}"
    assert next(rest, None) is None
    seen = [normalise_line(line) for line in clean.lines]
    assert len(seen) == len(set(seen))


def test_a_page_wrapped_inside_its_sentences_is_put_back_into_paragraphs() -> None:
    # our own words: a wire copied at a fixed width; the headline above it and a list of links below stay as they are
    text = (
        "Bloc to hold drills in Tajikistan\n"
        "DUSHANBE, March 3 (Wire) - More than 2,000 troops of the bloc will\n"
        "take part in drills near the border with Afghanistan, the defence\n"
        "ministry said on Monday. The drills are due to open at the Harb-Maidon\n"
        "range on March 10 and run until March 14.\n"
        "\"We are ready for any task the allies give us,\" a Tajik Border Troops\n"
        "spokesman said.\n"
        "- Bloc chief visits the border posts in the Pamir\n"
        "- Leaders of the bloc to meet in the autumn in Minsk\n"
    )
    assert clean_text(text).split("\n") == [
        "Bloc to hold drills in Tajikistan",
        "DUSHANBE, March 3 (Wire) - More than 2,000 troops of the bloc will take part in drills near the border with "
        "Afghanistan, the defence ministry said on Monday. The drills are due to open at the Harb-Maidon range on March "
        "10 and run until March 14.",
        "\"We are ready for any task the allies give us,\" a Tajik Border Troops spokesman said.",
        "- Bloc chief visits the border posts in the Pamir",
        "- Leaders of the bloc to meet in the autumn in Minsk",
    ]
    lines = ["One story.", "A line that ends without a stop", "and goes on here."]
    assert clean_text("\n".join(lines)).split("\n") == ["One story.", "A line that ends without a stop and goes on here."]


def test_a_ticker_of_other_headlines_is_site_furniture_and_a_sentence_with_one_bullet_is_not() -> None:
    # our own words: a line of three or more other stories' headlines between bullets is the site's, not the story's
    text = ("Markets slide on oil • Kabul to hold an election on Nov. 20 • Rains flood the coast • Talks stall again\n"
            "The summit opened on Friday.\n"
            "The agenda has two items • border security and the budget.")
    clean = clean_document(RawDocument("x.txt", "0" * 64, len(text), "utf-8", text))
    assert clean.lines == ("The summit opened on Friday.", "The agenda has two items • border security and the budget.")
    assert [r.reason for r in clean.removed] == ["site_furniture"]


def test_a_caption_that_offers_its_image_larger_is_boilerplate() -> None:
    # our own words: a map's caption ending "Click to see full-size image." is the page's, not the story's
    text = "Posts of the mission on 2 May, marked in red. Click to see full-size image.\nThe mission began on 1 May."
    clean = clean_document(RawDocument("x.txt", "0" * 64, len(text), "utf-8", text))
    assert clean.lines == ("The mission began on 1 May.",)
    assert [r.reason for r in clean.removed] == ["photo_caption"]


def test_line_digests_are_packed_and_the_duplicate_text_check_reads_packed_and_cached_sets() -> None:
    # an article's line digests travel as packed bytes (8 per line, distinct); a result cached before holds the set,
    # and the duplicate-text check reads both the same way
    from pipeline.stages.corpus import split_duplicate_text
    from pipeline.stages.processing import _info
    from pipeline.stages.records import ArticleInfo

    first = _info(clean_document(RawDocument("a.txt", "a" * 64, 10, "utf-8", "One line here.\nAnother line there.\nOne line here.")))
    second = _info(clean_document(RawDocument("b.txt", "b" * 64, 10, "utf-8", "ANOTHER line   there.")))
    assert isinstance(first.line_keys, bytes) and len(first.line_keys) == 16
    cached = ArticleInfo(first.article_id, first.source_file, first.record, first.raw_sha256, first.lines)
    for earlier in (first, cached):
        kept, rejects = split_duplicate_text([earlier, second])
        assert [a.source_file for a in kept] == ["a.txt"]
        assert [(r.source_file, r.reason) for r in rejects] == [("b.txt", "duplicate_content")]


def test_other_stories_headlines_after_the_last_paragraph_are_removed_even_where_the_page_looks_wrapped() -> None:
    # our own words: a story, then a site's list of other headlines with no label, each one 40 to 100 characters long
    # (the widths a hard-wrapped page breaks at), and the last one cut off
    story = "DUSHANBE, May 3 -- The drills of the bloc are closing today near the capital with live firing."
    headlines = [
        "How a farmer in the south of the country became a local hero",
        "Ministers agree on a new budget at the first council meeting of the year",
        "A driver was fined for speeding on the road to the airport",
        "The national team wins two medals at the games in the capital",
        "Local company to",
    ]
    assert clean_text("\n".join([story, *headlines])) == story
    assert clean_text("\n".join([story, headlines[0]])) == "\n".join([story, headlines[0]])  # (one line: kept)


def test_round_199_a_site_s_lists_of_other_stories_under_the_story() -> None:
    # our own words: "Special Coverage" and "Editor's Pick" open lists of other stories, bullet after bullet; "Do you have
    # anything to say?" is a comment prompt
    document = RawDocument("a.txt", "0" * 64, 10, "utf-8",
                           "Bloc sends hardware\nThe bloc will send helicopters, the secretary general said.\n"
                           "• Do you have anything to say?\nSpecial Coverage\n• Premier visits three capitals\n• From drought to floods\n"
                           "Editor's Pick\n• A man visits an exhibition in the capital, Sept. 28, 2031. Through the")
    clean = clean_document(document)
    assert list(clean.lines) == ["Bloc sends hardware", "The bloc will send helicopters, the secretary general said."]


def test_a_page_s_skip_links_and_banner_labels_are_site_furniture() -> None:
    # our own words: a broadcaster's page prints its skip links and a banner label above the headline; neither is a
    # paragraph of the story (they would shift which paragraphs open it)
    text = "Accessibility links\nBreaking News\nSkip to main content\nMinisters Meet In The Capital\nThe ministers met in the capital on Monday.\n"
    assert clean_text(text).split("\n") == ["Ministers Meet In The Capital", "The ministers met in the capital on Monday."]


def test_round_288_close_buttons_above_the_title_are_site_furniture() -> None:
    # our own words: a page's two close buttons ("X") print above the headline; they are no title and no paragraph
    text = "X\nX\nBloc Chief Blames Rivals\nThe bloc's chief blamed the rival alliance on Tuesday.\nX-ray units were sent too.\n"
    assert clean_text(text).split("\n") == ["Bloc Chief Blames Rivals", "The bloc's chief blamed the rival alliance on Tuesday.",
                                            "X-ray units were sent too."]


def test_a_news_site_s_feed_and_search_widgets_are_site_furniture() -> None:
    # our own words under a wire's widget lines: the lines of its feed filter and its search box are the site's, and a
    # story's own "All news agencies agree" is kept
    text = ("Currency converter\nAll news\nNews Search Topics\nUse filter\nYou can filter your feed,\nby choosing only interesting\n"
            "2 pages in this article\nThe summit opened on Friday.\nAll news agencies reported the talks.")
    clean = clean_document(RawDocument("x.txt", "0" * 64, len(text), "utf-8", text))
    assert clean.lines == ("The summit opened on Friday.", "All news agencies reported the talks.")
    assert {r.reason for r in clean.removed} == {"site_furniture"}


def test_round_307_a_blog_engine_s_byline_with_the_headline_again_is_boilerplate() -> None:
    # our own words: "5 months ago editor Comments Off on <headline>" under the headline is the site's byline, not a
    # paragraph that reports the headline's words a second time
    text = ("Bloc must watch its south, says its chief\n5 months ago editor Comments Off on Bloc must watch its south, says its chief\n"
            "The bloc's chief said the south was the main risk.\nComments off on the topic were made by no one.\n")
    assert clean_text(text).split("\n") == ["Bloc must watch its south, says its chief", "The bloc's chief said the south was the main risk.",
                                            "Comments off on the topic were made by no one."]


@pytest.mark.parametrize("rule", [r for r in RULES if r.needs], ids=lambda r: r.reason)
def test_a_rules_needed_words_never_pass_over_a_line_its_pattern_matches(rule: Rule) -> None:
    # (the words are a shortcut past the search: any line the pattern finds, in any case, must still be caught)
    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(rule.pattern))
    def check(line: str) -> None:
        line = line.strip()
        if len(line) <= rule.max_chars and rule.pattern.search(line) is not None:
            assert rule.matches(line)

    check()


def test_a_caption_credit_and_a_copyright_line_are_still_caught_in_capitals() -> None:
    assert classify_line("THE MINISTERS AT THE TALKS IN DUSHANBE (AP PHOTO/SOMEONE)", None) == "photo_caption"
    assert classify_line("ALL RIGHTS RESERVED.", None) == "copyright"
    # (and in the letters a case-blind pattern takes for "i" and "s" that lower() leaves apart)
    assert classify_line("Copyrıght 2031 Example News", None) == "copyright"
    assert classify_line("ımage: Someone Example", None) == "photo_caption"
    assert classify_line("Comments Off on The bloc holds its drills", None) == "comment_prompt"
    assert classify_line("The ministers met at the talks in Dushanbe on Friday (and again on Saturday).", None) is None
