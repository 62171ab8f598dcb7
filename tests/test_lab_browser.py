"""Lesson 00 in a real JupyterLab: run every cell and see the quiz widget render."""

import secrets
import shutil
from collections.abc import Iterator

import pytest
from browser_checks import PageProblems, visible_faults

from conftest import ROOT, free_port, jupyter_command, start_server, stop_server
from herworkbook.quiz_bank import load_bank

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """JupyterLab on loopback with a token, over a copy of lessons/ so autosave touches nothing."""
    workdir = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "lessons", workdir / "lessons")
    port, token = free_port(), secrets.token_hex(16)
    command = [
        jupyter_command("jupyter"),
        "lab",
        "--no-browser",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        "--allow-root",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={workdir}",
        f"--LabApp.workspaces_dir={workdir / 'workspaces'}",
    ]
    log = workdir / "lab.log"
    server = start_server(
        command, f"http://127.0.0.1:{port}/api/status?token={token}", log, cwd=workdir
    )
    yield f"http://127.0.0.1:{port}", token
    stop_server(server)


def test_run_all_renders_the_quiz_widget(browser, lab: tuple[str, str]) -> None:
    base, token = lab
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems = PageProblems()
    problems.watch(page)
    page.goto(f"{base}/lab/tree/lessons/00_start_here.ipynb?token={token}&reset")
    page.locator(".jp-Notebook").wait_for(timeout=60_000)
    page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(timeout=60_000)

    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()

    # Lab renders only the cells near the viewport, so wait for the widget to exist, then look.
    quiz = page.locator(".jp-Notebook .hw-question").last
    quiz.wait_for(state="attached", timeout=60_000)
    quiz.scroll_into_view_if_needed()
    assert quiz.get_by_role("button", name="Check").is_visible()
    questions = len(load_bank("start_here").questions)
    assert page.locator(".jp-Notebook .hw-question").count() == questions
    assert "Javascript Error" not in page.inner_text(".jp-Notebook")
    assert visible_faults(page) == []
    assert problems.errors == []
    page.close()
