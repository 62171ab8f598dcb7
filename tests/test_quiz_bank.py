"""Question banks are validated on load, with errors that name the file and the question."""

import copy

import pytest

from herworkbook.quiz_bank import QuizBankError, load_bank, parse_bank

GOOD = {
    "title": "Check",
    "questions": [
        {
            "id": "one",
            "prompt": "Pick one.",
            "multiple": False,
            "options": [
                {"text": "Right", "correct": True, "explanation": "Because."},
                {"text": "Wrong", "correct": False, "explanation": "Because not."},
            ],
        }
    ],
}


def broken(change) -> dict:
    data = copy.deepcopy(GOOD)
    change(data)
    return data


def test_the_shipped_bank_loads() -> None:
    bank = load_bank("start_here")
    assert bank.questions
    assert bank.question("privacy").options


def test_a_good_bank_parses() -> None:
    bank = parse_bank(GOOD, name="good", label="quizzes/good.yaml")
    assert bank.question("one").correct_indices == {0}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["questions"][0]["options"][1].update(correct=True), "exactly one correct"),
        (lambda d: d["questions"][0].pop("prompt"), "missing 'prompt'"),
        (lambda d: d["questions"][0].update(hint="x"), "unknown key(s) 'hint'"),
        (lambda d: d["questions"][0]["options"][0].update(explanation=" "), "'explanation'"),
        (lambda d: d["questions"][0].update(multiple="no"), "'multiple' must be true or false"),
        (lambda d: d["questions"][0]["options"].pop(), "2 to 5 options"),
        (lambda d: d["questions"][0].update(id="Bad id"), "lowercase letters"),
        (lambda d: d["questions"].append(copy.deepcopy(d["questions"][0])), "used twice"),
        (lambda d: d["questions"][0]["options"][1].update(text="Right"), "same text"),
    ],
)
def test_a_broken_bank_names_file_and_question(change, message: str) -> None:
    with pytest.raises(QuizBankError) as error:
        parse_bank(broken(change), name="bad", label="quizzes/bad.yaml")
    text = str(error.value)
    assert text.startswith("quizzes/bad.yaml")
    assert message in text
    if "Bad id" not in text and "used twice" not in text:
        assert "question 'one'" in text


def test_a_pick_all_question_needs_a_correct_option() -> None:
    def no_correct(d):
        d["questions"][0]["multiple"] = True
        d["questions"][0]["options"][0]["correct"] = False

    with pytest.raises(QuizBankError, match="question 'one': a pick-all"):
        parse_bank(broken(no_correct), name="bad", label="quizzes/bad.yaml")


def test_a_question_without_an_id_is_named_by_position() -> None:
    with pytest.raises(QuizBankError, match="question 1: missing 'id'"):
        parse_bank(broken(lambda d: d["questions"][0].pop("id")), name="b", label="b.yaml")


@pytest.mark.parametrize("data", [None, [], {"title": "T", "questions": []}])
def test_an_empty_or_misshapen_bank_is_refused(data) -> None:
    with pytest.raises(QuizBankError, match="^b.yaml"):
        parse_bank(data, name="b", label="b.yaml")


def test_a_missing_bank_file_is_named() -> None:
    with pytest.raises(QuizBankError, match="quizzes/no_such_bank.yaml: no such question bank"):
        load_bank("no_such_bank")


def test_an_unknown_question_lists_the_known_ones() -> None:
    with pytest.raises(KeyError, match="privacy"):
        load_bank("start_here").question("nope")
