"""The self-check quiz widget every lesson uses.

Each question is a small form: a prompt, labelled choices (radio buttons for
pick-one, checkboxes for pick-all), Check and Try again buttons, and a feedback
area that says in words whether the answer is right and why. It uses only plain
widgets, never an Output widget, so a first render cannot stall a headless run.
"""

import html

import ipywidgets as widgets
import mistune

from herworkbook.feedback import Feedback, Verdict, assess
from herworkbook.quiz_bank import Question, load_bank

_markdown = mistune.create_markdown(escape=True)
VERDICT_WORDS = {
    Verdict.CORRECT: "✓ Correct",
    Verdict.INCORRECT: "✗ Not yet",
    Verdict.UNANSWERED: "… Waiting",
}


class QuestionCard(widgets.VBox):
    """One self-check question with its controls and feedback."""

    def __init__(self, question: Question, number: int | None = None) -> None:
        self.question = question
        heading = f"Question {number}" if number else "Question"
        self.prompt = widgets.HTML(
            f"<div class='hw-prompt'><strong>{heading}.</strong> {_markdown(question.prompt)}"
            f"<em>{'Choose all that apply.' if question.multiple else 'Choose one.'}</em></div>"
        )
        if question.multiple:
            self.checkboxes = [
                widgets.Checkbox(
                    value=False,
                    description=option.text,
                    indent=False,
                    layout=widgets.Layout(width="auto"),
                )
                for option in question.options
            ]
            self.choices: widgets.Widget = widgets.VBox(self.checkboxes)
        else:
            self.checkboxes = []
            self.choices = widgets.RadioButtons(
                options=[(option.text, i) for i, option in enumerate(question.options)],
                value=None,
                description="Answer",
                layout=widgets.Layout(width="auto"),
            )
        self.check_button = widgets.Button(
            description="Check",
            tooltip=f"Check your answer to {heading.lower()}",
            button_style="primary",
        )
        self.retry_button = widgets.Button(
            description="Try again", tooltip="Clear your answer and the feedback", disabled=True
        )
        self.feedback = widgets.HTML("")
        self.check_button.on_click(lambda _: self.check())
        self.retry_button.on_click(lambda _: self.retry())
        super().__init__(
            [
                self.prompt,
                self.choices,
                widgets.HBox([self.check_button, self.retry_button]),
                self.feedback,
            ],
            layout=widgets.Layout(margin="0 0 1.5em 0"),
        )
        self.add_class("hw-question")

    @property
    def chosen(self) -> list[int]:
        if self.question.multiple:
            return [i for i, box in enumerate(self.checkboxes) if box.value]
        return [] if self.choices.value is None else [self.choices.value]

    def check(self) -> Feedback:
        result = assess(self.question, self.chosen)
        self.feedback.value = render_feedback(result)
        answered = result.verdict is not Verdict.UNANSWERED
        self._lock(answered)
        return result

    def retry(self) -> None:
        if self.question.multiple:
            for box in self.checkboxes:
                box.value = False
        else:
            self.choices.value = None
        self.feedback.value = ""
        self._lock(False)

    def _lock(self, locked: bool) -> None:
        for control in self.checkboxes or [self.choices]:
            control.disabled = locked
        self.check_button.disabled = locked
        self.retry_button.disabled = not locked


def render_feedback(result: Feedback) -> str:
    """Feedback as HTML: the verdict in words first, then why, for screen readers too."""
    items = "".join(
        f"<li><strong>{'Applies' if note.correct else 'Does not apply'}:</strong> "
        f"{html.escape(note.text)}. {html.escape(note.explanation)}</li>"
        for note in result.notes
    )
    notes = f"<ul>{items}</ul>" if items else ""
    return (
        f"<div class='hw-feedback hw-{result.verdict.value}' role='status' aria-live='polite'>"
        f"<p><strong>{VERDICT_WORDS[result.verdict]}.</strong> {html.escape(result.summary)}</p>"
        f"{notes}</div>"
    )


class SelfCheck(widgets.VBox):
    """A titled set of question cards from one bank."""

    def __init__(self, bank: str, question: str | None = None) -> None:
        loaded = load_bank(bank)
        questions = [loaded.question(question)] if question else list(loaded.questions)
        numbered = len(questions) > 1
        self.cards = [
            QuestionCard(q, number=i if numbered else None) for i, q in enumerate(questions, 1)
        ]
        title = widgets.HTML(f"<h3>{html.escape(loaded.title)}</h3>")
        super().__init__([title, *self.cards])
        self.add_class("hw-self-check")


def self_check(bank: str, question: str | None = None) -> SelfCheck:
    """A bank's questions (or just one of them) as a self-check; the cell displays it."""
    return SelfCheck(bank, question)
