"""Self-check question banks: YAML files in ``content/quizzes``, validated on load.

A bank is data written by course authors, so every mistake is reported with the
file and the question it sits in, before a learner ever sees the quiz.
"""

import re
from dataclasses import dataclass
from typing import Any

import yaml

from herworkbook.resources import content_file

BANK_KEYS = {"title", "questions"}
QUESTION_KEYS = {"id", "prompt", "multiple", "options"}
OPTION_KEYS = {"text", "correct", "explanation"}
ID_PATTERN = re.compile(r"[a-z0-9_]+")
MIN_OPTIONS, MAX_OPTIONS = 2, 5


class QuizBankError(ValueError):
    """A question bank that cannot be used, with the place of the fault in its message."""


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    explanation: str


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    multiple: bool
    options: tuple[Option, ...]

    @property
    def correct_indices(self) -> frozenset[int]:
        return frozenset(i for i, option in enumerate(self.options) if option.correct)


@dataclass(frozen=True)
class QuizBank:
    name: str
    title: str
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        known = ", ".join(q.id for q in self.questions)
        raise KeyError(f"bank '{self.name}' has no question '{question_id}' (it has: {known})")


def load_bank(name: str) -> QuizBank:
    """Load and validate ``content/quizzes/<name>.yaml``."""
    source = content_file("quizzes", f"{name}.yaml")
    label = f"quizzes/{name}.yaml"
    if not source.is_file():
        raise QuizBankError(f"{label}: no such question bank")
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise QuizBankError(f"{label}: not valid YAML ({error})") from error
    return parse_bank(data, name=name, label=label)


def parse_bank(data: Any, *, name: str, label: str) -> QuizBank:
    """Build a bank from parsed YAML; errors name ``label`` and the question."""
    if not isinstance(data, dict):
        raise QuizBankError(f"{label}: the file must be a mapping with 'title' and 'questions'")
    _check_keys(data, BANK_KEYS, BANK_KEYS, label)
    title = _text(data["title"], f"{label}: 'title'")
    raw_questions = data["questions"]
    if not isinstance(raw_questions, list) or not raw_questions:
        raise QuizBankError(f"{label}: 'questions' must be a non-empty list")
    questions = [_parse_question(raw, index, label) for index, raw in enumerate(raw_questions, 1)]
    seen: set[str] = set()
    for question in questions:
        if question.id in seen:
            raise QuizBankError(f"{label}, question '{question.id}': the id is used twice")
        seen.add(question.id)
    return QuizBank(name=name, title=title, questions=tuple(questions))


def _parse_question(raw: Any, index: int, label: str) -> Question:
    where = f"{label}, question {index}"
    if not isinstance(raw, dict):
        raise QuizBankError(f"{where}: must be a mapping")
    if isinstance(raw.get("id"), str):
        where = f"{label}, question '{raw['id']}'"
    _check_keys(raw, QUESTION_KEYS, QUESTION_KEYS, where)
    question_id = _text(raw["id"], f"{where}: 'id'")
    if not ID_PATTERN.fullmatch(question_id):
        raise QuizBankError(f"{where}: 'id' may use only lowercase letters, digits and _")
    if not isinstance(raw["multiple"], bool):
        raise QuizBankError(f"{where}: 'multiple' must be true or false")
    raw_options = raw["options"]
    if not isinstance(raw_options, list) or not MIN_OPTIONS <= len(raw_options) <= MAX_OPTIONS:
        raise QuizBankError(f"{where}: 'options' must list {MIN_OPTIONS} to {MAX_OPTIONS} options")
    options = tuple(_parse_option(opt, i, where) for i, opt in enumerate(raw_options, 1))
    correct = sum(option.correct for option in options)
    if raw["multiple"] and correct == 0:
        raise QuizBankError(f"{where}: a pick-all-that-apply question needs a correct option")
    if not raw["multiple"] and correct != 1:
        raise QuizBankError(
            f"{where}: a pick-one question needs exactly one correct option (it has {correct})"
        )
    if len({option.text for option in options}) != len(options):
        raise QuizBankError(f"{where}: two options have the same text")
    return Question(
        id=question_id,
        prompt=_text(raw["prompt"], f"{where}: 'prompt'"),
        multiple=raw["multiple"],
        options=options,
    )


def _parse_option(raw: Any, index: int, where: str) -> Option:
    where = f"{where}, option {index}"
    if not isinstance(raw, dict):
        raise QuizBankError(f"{where}: must be a mapping with text, correct and explanation")
    _check_keys(raw, OPTION_KEYS, OPTION_KEYS, where)
    if not isinstance(raw["correct"], bool):
        raise QuizBankError(f"{where}: 'correct' must be true or false")
    return Option(
        text=_text(raw["text"], f"{where}: 'text'"),
        correct=raw["correct"],
        explanation=_text(raw["explanation"], f"{where}: 'explanation'"),
    )


def _check_keys(raw: dict, required: set[str], allowed: set[str], where: str) -> None:
    missing = sorted(required - raw.keys())
    if missing:
        raise QuizBankError(f"{where}: missing {', '.join(repr(k) for k in missing)}")
    unknown = sorted(str(k) for k in raw.keys() - allowed)
    if unknown:
        raise QuizBankError(f"{where}: unknown key(s) {', '.join(repr(k) for k in unknown)}")


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise QuizBankError(f"{where} must be non-empty text")
    return value.strip()
