"""The self-check marking rule."""

import pytest

from herworkbook.feedback import Verdict, assess
from herworkbook.quiz_bank import Option, Question

PICK_ONE = Question(
    "one",
    "?",
    False,
    (
        Option("A", True, "A is right."),
        Option("B", False, "B is not."),
        Option("C", False, "No."),
    ),
)
PICK_ALL = Question(
    "all",
    "?",
    True,
    (
        Option("A", True, "A applies."),
        Option("B", True, "B applies."),
        Option("C", False, "C no."),
    ),
)


def test_nothing_chosen_asks_for_an_answer() -> None:
    result = assess(PICK_ONE, [])
    assert result.verdict is Verdict.UNANSWERED
    assert "choose an option" in result.summary


def test_the_right_single_answer_is_correct_with_its_explanation() -> None:
    result = assess(PICK_ONE, [0])
    assert result.verdict is Verdict.CORRECT
    assert [note.explanation for note in result.notes] == ["A is right."]


def test_a_wrong_single_answer_explains_that_choice_only() -> None:
    result = assess(PICK_ONE, [1])
    assert result.verdict is Verdict.INCORRECT
    assert [(n.text, n.correct) for n in result.notes] == [("B", False)]
    assert "try again" in result.summary


def test_pick_all_is_correct_only_for_the_exact_set() -> None:
    assert assess(PICK_ALL, [1, 0]).verdict is Verdict.CORRECT
    assert assess(PICK_ALL, [0]).verdict is Verdict.INCORRECT
    assert assess(PICK_ALL, [0, 1, 2]).verdict is Verdict.INCORRECT


def test_pick_all_counts_wrong_and_missed_choices_without_naming_the_missed() -> None:
    result = assess(PICK_ALL, [0, 2])
    assert result.summary == (
        "Not quite: 1 of your choices does not apply; 1 more option applies. Try again."
    )
    assert [n.text for n in result.notes] == ["A", "C"]


def test_repeated_choices_count_once() -> None:
    assert assess(PICK_ALL, [0, 1, 1]).verdict is Verdict.CORRECT


@pytest.mark.parametrize("chosen", [[3], [-1]])
def test_an_option_that_does_not_exist_is_an_error(chosen) -> None:
    with pytest.raises(ValueError, match="has no option"):
        assess(PICK_ONE, chosen)


def test_two_answers_to_a_pick_one_question_are_an_error() -> None:
    with pytest.raises(ValueError, match="takes one answer"):
        assess(PICK_ONE, [0, 1])
