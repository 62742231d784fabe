"""Where a printed line ends a sentence or a clause (dhrparse.sentence_ends): one place for the
stops every reader tests, each reader naming which stops count for it."""

from dhrparse.sentence_ends import (
    CLAUSE_LINE_END,
    CLAUSE_STOPS,
    CLOSED_LINE_END,
    QUOTES,
    RUNNING_TEXT_END,
    SENTENCE_STOPS,
    line_end,
    sentence_break,
)


def test_a_clause_stop_ends_a_list_item_or_a_lead_in_but_not_a_sentence():
    for line in ("contact the family liaison officer;", "The panel recommends as follows:"):
        assert CLAUSE_LINE_END.search(line)
        assert not line_end(SENTENCE_STOPS).search(line)


def test_closing_marks_after_the_stop_any_run_or_at_most_one():
    line = 'The guidance is called "Safe at Home.")'
    assert line_end(SENTENCE_STOPS).search(line)
    assert not line_end(SENTENCE_STOPS, closer_run=False).search(line)
    assert line_end(SENTENCE_STOPS, closer_run=False).search('She said "no."')
    # a bracket is not a quote: a reader counting quotes only does not end a bracketed aside
    assert not line_end(SENTENCE_STOPS, QUOTES, closer_run=False).search("(see below.)")


def test_trailing_space_only_where_the_reader_allows_it():
    assert line_end(CLAUSE_STOPS).search("Review closed.   ")
    assert not line_end(CLAUSE_STOPS, spaces=False).search("Review closed.   ")


def test_a_line_closed_by_a_bracket_or_quote_but_not_by_an_apostrophe():
    assert CLOSED_LINE_END.search("as the protocol sets out (para 4.2)")
    assert CLOSED_LINE_END.search("what the neighbours called “the shouting”")
    assert not CLOSED_LINE_END.search("the two victims’")


def test_running_text_ends_in_a_stop_comma_or_semicolon_a_heading_does_not():
    assert RUNNING_TEXT_END.search("When the family moved to the town,")
    assert not RUNNING_TEXT_END.search("Contact with the GP practice")


def test_a_paragraph_splits_between_a_stop_and_the_next_capital():
    text = "Agencies should share records. The panel agrees; Police will lead."
    assert sentence_break(SENTENCE_STOPS).split(text) == [
        "Agencies should share records.",
        "The panel agrees; Police will lead.",
    ]
    assert len(sentence_break(".;").split(text)) == 3
