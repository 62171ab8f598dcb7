"""The marking rule for self-checks: what a learner's choice earns, in words.

Pure functions, so the rule is tested without a kernel; the quiz widget only renders it.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from herworkbook.quiz_bank import Question


class Verdict(Enum):
    CORRECT = "correct"
    INCORRECT = "incorrect"
    UNANSWERED = "unanswered"


@dataclass(frozen=True)
class OptionNote:
    """Why one chosen option is right or wrong."""

    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class Feedback:
    verdict: Verdict
    summary: str
    notes: tuple[OptionNote, ...] = ()


def assess(question: Question, chosen: Iterable[int]) -> Feedback:
    """Mark the options a learner chose (by index).

    A pick-one question is right when the one chosen option is correct; a
    pick-all question only when the chosen set equals the correct set. The
    explanations shown are those of the chosen options, so a retry still
    requires thought: missed options are counted, not named.
    """
    picked = sorted(set(chosen))
    if any(not 0 <= i < len(question.options) for i in picked):
        raise ValueError(f"question '{question.id}' has no option {picked}")
    if not picked:
        return Feedback(Verdict.UNANSWERED, "No answer yet: choose an option, then press Check.")
    if not question.multiple and len(picked) > 1:
        raise ValueError(f"question '{question.id}' takes one answer, got {len(picked)}")

    notes = tuple(
        OptionNote(
            question.options[i].text, question.options[i].correct, question.options[i].explanation
        )
        for i in picked
    )
    correct = question.correct_indices
    if set(picked) == correct:
        return Feedback(Verdict.CORRECT, "Correct.", notes)
    if not question.multiple:
        return Feedback(Verdict.INCORRECT, "Not quite. Read why below, then try again.", notes)

    wrong = sum(1 for i in picked if i not in correct)
    missed = len(correct - set(picked))
    parts = []
    if wrong:
        parts.append(f"{wrong} of your choices {'does' if wrong == 1 else 'do'} not apply")
    if missed:
        parts.append(f"{missed} more {'option applies' if missed == 1 else 'options apply'}")
    return Feedback(Verdict.INCORRECT, f"Not quite: {'; '.join(parts)}. Try again.", notes)
