"""The orientation assignment through nbgrader's own pipeline, as an instructor runs it.

One module-scoped run: generate the release, collect three submissions (full
marks from the source, the untouched release, an endless loop), autograde them
as one batch, grade the reflection by hand, write feedback and export grades.
"""

import csv
import json
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from conftest import ROOT, jupyter_command, tool_env

ASSIGNMENT = "orientation"
NOTEBOOK = "orientation"
TEST_TIMEOUT = 5  # seconds per cell: short, so the endless loop costs little time
AUTOGRADED_POINTS = 3
MANUAL_POINTS = 3

pytestmark = pytest.mark.slow


def nbgrader(course: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [jupyter_command("nbgrader"), *args],
        cwd=course,
        env=tool_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )


def cell_by_id(nb: nbformat.NotebookNode, grade_id: str) -> nbformat.NotebookNode:
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Path:
    course = tmp_path_factory.mktemp("course")
    shutil.copytree(
        ROOT / "exercises",
        course,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns(
            "release", "submitted", "autograded", "feedback", "gradebook.db"
        ),
    )
    result = nbgrader(course, "generate_assignment", ASSIGNMENT, "--force")
    assert result.returncode == 0, result.stderr
    return course


@pytest.fixture(scope="module")
def graded(course: Path) -> Path:
    """Submit three notebooks, autograde them in one batch, grade by hand, write feedback."""
    source = course / "source" / ASSIGNMENT / f"{NOTEBOOK}.ipynb"
    release = course / "release" / ASSIGNMENT / f"{NOTEBOOK}.ipynb"
    looping = nbformat.read(release, as_version=4)
    cell_by_id(
        looping, "lessons_about"
    ).source = "def lessons_about(keyword):\n    while True:\n        pass"
    submissions = {
        "full": nbformat.read(source, as_version=4),
        "blank": nbformat.read(release, as_version=4),
        "looping": looping,
    }
    for student, nb in submissions.items():
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / f"{NOTEBOOK}.ipynb")
        assert nbgrader(course, "db", "student", "add", student).returncode == 0

    result = nbgrader(course, "autograde", ASSIGNMENT, f"--Execute.timeout={TEST_TIMEOUT}")
    assert result.returncode == 0, result.stderr[-3000:]

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        grade = gradebook.find_grade("reflection_plan", NOTEBOOK, ASSIGNMENT, "full")
        grade.manual_score = MANUAL_POINTS
        grade.needs_manual_grade = False  # what the formgrader does when a grade is saved
        gradebook.db.commit()

    result = nbgrader(course, "generate_feedback", ASSIGNMENT)
    assert result.returncode == 0, result.stderr[-3000:]
    return course


def test_validate_passes_on_the_source(course: Path) -> None:
    result = nbgrader(course, "validate", f"source/{ASSIGNMENT}/{NOTEBOOK}.ipynb")
    assert "Success! Your notebook passes all the tests." in result.stdout, result.stdout


def test_validate_fails_on_the_untouched_release(course: Path) -> None:
    result = nbgrader(course, "validate", f"release/{ASSIGNMENT}/{NOTEBOOK}.ipynb")
    assert "NotImplementedError" in result.stdout, result.stdout


def test_release_holds_no_solution_and_no_hidden_test(course: Path) -> None:
    release = course / "release" / ASSIGNMENT / f"{NOTEBOOK}.ipynb"
    text = release.read_text(encoding="utf-8")
    source = nbformat.read(course / "source" / ASSIGNMENT / f"{NOTEBOOK}.ipynb", as_version=4)
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
        assert marker not in text
    solution_lines = cell_by_id(source, "lessons_about").source.splitlines()[3:-1]
    hidden_lines = cell_by_id(source, "test_lessons_about_hidden").source.splitlines()[3:-1]
    essay_line = cell_by_id(source, "reflection_plan").source.splitlines()[1]
    for line in [*solution_lines, *hidden_lines, essay_line]:
        assert json.dumps(line.strip())[1:-1] not in text, f"release leaks: {line}"
    released = nbformat.read(release, as_version=4)
    assert "raise NotImplementedError()" in cell_by_id(released, "lessons_about").source
    assert cell_by_id(released, "reflection_plan").source.strip() == "YOUR ANSWER HERE"


def scores(course: Path, student: str) -> tuple[float, float, bool]:
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        nb = gradebook.find_submission_notebook(NOTEBOOK, ASSIGNMENT, student)
        return nb.code_score, nb.score, nb.needs_manual_grade


def test_source_submission_earns_full_marks(graded: Path) -> None:
    code_score, total, needs_manual = scores(graded, "full")
    assert code_score == AUTOGRADED_POINTS
    assert total == AUTOGRADED_POINTS + MANUAL_POINTS
    assert not needs_manual


def test_untouched_release_scores_zero_on_autograded_cells(graded: Path) -> None:
    code_score, total, needs_manual = scores(graded, "blank")
    assert code_score == 0
    assert total == 0
    assert not needs_manual, "nbgrader marks an untouched reflection zero without asking"


def test_endless_loop_is_stopped_and_marked_while_the_batch_grades(graded: Path) -> None:
    code_score, _, _ = scores(graded, "looping")
    assert code_score == 0
    autograded = nbformat.read(
        graded / "autograded" / "looping" / ASSIGNMENT / f"{NOTEBOOK}.ipynb", as_version=4
    )
    outputs = cell_by_id(autograded, "test_lessons_about_visible").outputs
    assert "CellTimeoutError" in {o.ename for o in outputs if o.output_type == "error"}
    for student in ("full", "blank"):
        assert (graded / "autograded" / student / ASSIGNMENT / f"{NOTEBOOK}.ipynb").exists()


def test_feedback_is_written_as_html(graded: Path) -> None:
    for student in ("full", "blank", "looping"):
        page = graded / "feedback" / student / ASSIGNMENT / f"{NOTEBOOK}.html"
        assert page.exists()
        assert "<html" in page.read_text(encoding="utf-8")[:2000].lower()
    full = (graded / "feedback" / "full" / ASSIGNMENT / f"{NOTEBOOK}.html").read_text()
    assert "Score: 6.0 / 6.0" in full or "6.0 / 6.0" in full


def test_export_writes_the_expected_scores(graded: Path) -> None:
    result = nbgrader(graded, "export", "--to", "grades.csv")
    assert result.returncode == 0, result.stderr[-3000:]
    with (graded / "grades.csv").open(newline="") as handle:
        rows = {row["student_id"]: row for row in csv.DictReader(handle)}
    assert {k: float(v["score"]) for k, v in rows.items()} == {
        "full": 6.0,
        "blank": 0.0,
        "looping": 0.0,
    }
    assert {float(row["max_score"]) for row in rows.values()} == {6.0}
