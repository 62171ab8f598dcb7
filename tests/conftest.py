"""Shared helpers: paths, free ports, real servers and Debian's chromium."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CHROMIUM = os.environ.get("HERWORKBOOK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    """Poll ``url`` until it answers, failing early with the server's log if it exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"server at {url} did not answer in {timeout}s:\n{log.read_text()[-3000:]}")


def start_server(args: list[str], url: str, log: Path, cwd: Path) -> subprocess.Popen:
    """Start a Jupyter-family server on loopback and wait until ``url`` answers."""
    handle = log.open("w")
    process = subprocess.Popen(
        args,
        cwd=cwd,
        env=tool_env(),
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    wait_for_http(url, process, log)
    return process


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def browser() -> Iterator:
    """Headless Debian chromium, driven through Playwright's Python API."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Debian chromium is not at {CHROMIUM}: install it with `apt-get install -y chromium` "
            "(`make test` and .ci/run do this) or set HERWORKBOOK_CHROMIUM."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def jupyter_command(name: str) -> str:
    """The path of a Jupyter tool installed beside this Python."""
    path = BIN / name
    return str(path) if path.exists() else shutil.which(name) or name


def tool_env() -> dict[str, str]:
    """The environment with this Python's tools first on PATH (nbgrader calls alembic by name)."""
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
