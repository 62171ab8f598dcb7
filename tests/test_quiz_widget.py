"""The quiz widget driven as a learner would, without a browser: choose, press, read."""

from herworkbook import self_check
from herworkbook.quiz import QuestionCard, SelfCheck
from herworkbook.quiz_bank import Option, Question, load_bank


def card(question_id: str) -> QuestionCard:
    return SelfCheck("start_here", question_id).cards[0]


def right_and_wrong(card: QuestionCard) -> tuple[int, int]:
    options = card.question.options
    return (
        next(i for i, o in enumerate(options) if o.correct),
        next(i for i, o in enumerate(options) if not o.correct),
    )


def test_self_check_shows_every_question_of_the_bank() -> None:
    quiz = self_check("start_here")
    assert len(quiz.cards) == len(load_bank("start_here").questions)
    assert "Question 1." in quiz.cards[0].prompt.value


def test_pressing_check_with_nothing_chosen_says_so_and_keeps_the_form_open() -> None:
    privacy = card("privacy")
    privacy.check_button.click()
    assert "Waiting" in privacy.feedback.value
    assert not privacy.check_button.disabled
    assert not privacy.choices.disabled


def test_a_right_answer_is_confirmed_in_words_with_its_explanation() -> None:
    privacy = card("privacy")
    right, _ = right_and_wrong(privacy)
    privacy.choices.value = right
    privacy.check_button.click()
    assert "✓ Correct." in privacy.feedback.value
    assert "Right" in privacy.feedback.value
    assert privacy.choices.disabled and privacy.check_button.disabled
    assert not privacy.retry_button.disabled


def test_a_wrong_answer_explains_and_try_again_clears_the_form() -> None:
    privacy = card("privacy")
    _, wrong = right_and_wrong(privacy)
    privacy.choices.value = wrong
    privacy.check_button.click()
    assert "✗ Not yet." in privacy.feedback.value
    assert "Does not apply" in privacy.feedback.value
    privacy.retry_button.click()
    assert privacy.choices.value is None
    assert privacy.feedback.value == ""
    assert not privacy.choices.disabled
    assert privacy.retry_button.disabled


def test_a_pick_all_question_uses_labelled_checkboxes() -> None:
    multiple = next(c for c in self_check("start_here").cards if c.question.multiple)
    assert [box.description for box in multiple.checkboxes] == [
        option.text for option in multiple.question.options
    ]
    for box, option in zip(multiple.checkboxes, multiple.question.options, strict=True):
        box.value = option.correct
    multiple.check_button.click()
    assert "✓ Correct." in multiple.feedback.value
    multiple.retry_button.click()
    assert not any(box.value for box in multiple.checkboxes)


def test_every_control_has_a_label() -> None:
    for quiz_card in self_check("start_here").cards:
        assert quiz_card.check_button.description and quiz_card.check_button.tooltip
        assert quiz_card.retry_button.description and quiz_card.retry_button.tooltip
        if not quiz_card.question.multiple:
            assert quiz_card.choices.description


def test_feedback_is_announced_to_screen_readers() -> None:
    privacy = card("privacy")
    privacy.choices.value = 0
    privacy.check_button.click()
    assert "role='status'" in privacy.feedback.value


def test_text_from_a_bank_is_shown_as_text_never_as_markup() -> None:
    hostile = "<script>alert(1)</script>"
    question = Question(
        "q",
        f"Pick *one* {hostile}",
        False,
        (Option(f"A {hostile}", True, f"Why {hostile}"), Option("B", False, "No.")),
    )
    quiz_card = QuestionCard(question)
    quiz_card.choices.value = 0
    quiz_card.check_button.click()
    for shown in (quiz_card.prompt.value, quiz_card.feedback.value):
        assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert "<em>one</em>" in quiz_card.prompt.value  # markdown still works
