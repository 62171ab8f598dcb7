"""Lesson 00 served by Voila's own server and used in headless Debian chromium."""

import time
from collections.abc import Iterator

import pytest
from browser_checks import PageProblems, visible_faults

from conftest import ROOT, free_port, jupyter_command, start_server, stop_server
from herworkbook.quiz_bank import load_bank

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LESSON = "00_start_here.ipynb"
COLD_LOADS = 20
LOAD_TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def voila_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Voila serving lessons/ from the repository root, where voila.json is read."""
    port = free_port()
    log = tmp_path_factory.mktemp("voila") / "voila.log"
    command = [
        jupyter_command("voila"),
        "lessons",
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
    ]
    server = start_server(command, f"http://127.0.0.1:{port}/", log, cwd=ROOT)
    yield f"http://127.0.0.1:{port}/voila/render/{LESSON}"
    stop_server(server)


def open_lesson(browser, url: str):
    page = browser.new_page()
    problems = PageProblems()
    problems.watch(page)
    page.goto(url, timeout=LOAD_TIMEOUT_MS)
    page.wait_for_selector(".hw-question", timeout=LOAD_TIMEOUT_MS)
    return page, problems


def test_the_quiz_answers_a_choice_with_feedback_in_words(browser, voila_url: str) -> None:
    page, problems = open_lesson(browser, voila_url)
    privacy = load_bank("start_here").question("privacy")
    right = next(option.text for option in privacy.options if option.correct)
    wrong = next(option.text for option in privacy.options if not option.correct)
    card = page.locator(".hw-question").first

    card.get_by_label(wrong, exact=True).check()
    card.get_by_role("button", name="Check").click()
    card.get_by_text("✗ Not yet.").wait_for()
    card.get_by_role("button", name="Try again").click()
    card.get_by_label(right, exact=True).check()
    card.get_by_role("button", name="Check").click()
    card.get_by_text("✓ Correct.").wait_for()

    assert visible_faults(page) == []
    assert problems.errors == []
    page.close()


def test_the_page_shows_prose_and_widgets_but_no_code(browser, voila_url: str) -> None:
    page, _ = open_lesson(browser, voila_url)
    text = page.inner_text("body")
    assert "Where to get help" in text and "findahelpline.com" in text
    assert "What it covers" in text  # the course map table rendered
    for source in ('self_check("start_here")', "from herworkbook import", "course_table()"):
        assert source not in page.content()
    page.close()


def test_the_quiz_can_be_used_from_the_keyboard(browser, voila_url: str) -> None:
    page, _ = open_lesson(browser, voila_url)
    card = page.locator(".hw-question").first
    card.get_by_role("radio").first.focus()
    page.keyboard.press("Space")
    card.get_by_role("button", name="Check").focus()
    page.keyboard.press("Enter")
    card.locator("[role='status']").wait_for()
    assert "Correct" in card.inner_text() or "Not yet" in card.inner_text()
    page.close()


def test_twenty_cold_loads_in_a_row_never_hang(browser, voila_url: str) -> None:
    seconds = []
    for _ in range(COLD_LOADS):
        start = time.monotonic()
        page, problems = open_lesson(browser, voila_url)
        seconds.append(time.monotonic() - start)
        assert visible_faults(page) == [] and problems.errors == []
        page.close()
    print(f"Voila cold loads to first widget: median {sorted(seconds)[len(seconds) // 2]:.1f}s")
