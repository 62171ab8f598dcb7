"""How long lesson 00 takes to become usable, cold, as medians of 5 runs.

    make bench            (or: .venv/bin/python bench/lesson00.py)

Figures on a shared machine drift from run to run, so each is also given as a
ratio to a baseline measured in the same run: a fresh kernel executing an empty
notebook. Compare ratios across commits, not seconds.
"""

import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # reuse the test suite's server and browser helpers

from conftest import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    free_port,
    jupyter_command,
    start_server,
    stop_server,
)

RUNS = 5
LESSON = ROOT / "lessons" / "00_start_here.ipynb"


def execute_seconds(nb: nbformat.NotebookNode) -> float:
    start = time.perf_counter()
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(LESSON.parent)}}
    ).execute()
    return time.perf_counter() - start


def voila_first_widget_seconds(browser, log: Path) -> float:
    """A new Voila server and a first page load, until the quiz widget exists."""
    port = free_port()
    server = start_server(
        [
            jupyter_command("voila"),
            "lessons",
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",
        ],
        f"http://127.0.0.1:{port}/",
        log,
        cwd=ROOT,
    )
    try:
        page = browser.new_page()
        start = time.perf_counter()
        page.goto(f"http://127.0.0.1:{port}/voila/render/{LESSON.name}", timeout=60_000)
        page.wait_for_selector(".hw-question", state="attached", timeout=60_000)
        seconds = time.perf_counter() - start
        page.close()
        return seconds
    finally:
        stop_server(server)


def main() -> None:
    from playwright.sync_api import sync_playwright

    empty = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("pass")])
    baseline = [execute_seconds(nbformat.from_dict(empty)) for _ in range(RUNS)]
    lesson = [execute_seconds(nbformat.read(LESSON, as_version=4)) for _ in range(RUNS)]
    log = Path("/tmp/herworkbook-bench-voila.log")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        voila = [voila_first_widget_seconds(browser, log) for _ in range(RUNS)]
        browser.close()

    base = statistics.median(baseline)
    print(
        f"medians of {RUNS} cold runs ({subprocess.check_output(['nproc']).decode().strip()} cores)"
    )
    print(f"{'measure':<44}{'seconds':>9}{'× baseline':>12}")
    for name, runs in [
        ("baseline: fresh kernel runs an empty notebook", baseline),
        ("lesson 00 executes top to bottom (nbclient)", lesson),
        ("Voila: new server, page to first widget", voila),
    ]:
        median = statistics.median(runs)
        print(f"{name:<44}{median:>9.2f}{median / base:>12.2f}")


if __name__ == "__main__":
    main()
