"""Binder's postBuild gives a single user a working nbgrader: release, list, fetch."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, jupyter_command, tool_env

pytestmark = pytest.mark.slow


def run(args: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**tool_env(), "HOME": str(home)}
    env.pop("JUPYTER_CONFIG_DIR", None)
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_post_build_starts_with_set_e() -> None:
    lines = (ROOT / "binder" / "postBuild").read_text().splitlines()
    assert lines[0].startswith("#!")
    assert "set -e" in [line.strip() for line in lines[1:] if not line.startswith("#")][:1]
    assert os.access(ROOT / "binder" / "postBuild", os.X_OK)


def test_binder_installs_the_package() -> None:
    requirements = (ROOT / "binder" / "requirements.txt").read_text().splitlines()
    assert "-e ." in requirements


def test_post_build_makes_nbgrader_usable_for_one_user(tmp_path: Path) -> None:
    repo, home = tmp_path / "repo", tmp_path / "home"
    home.mkdir()
    shutil.copytree(ROOT / "binder", repo / "binder")
    shutil.copytree(
        ROOT / "exercises",
        repo / "exercises",
        ignore=shutil.ignore_patterns(
            "release", "submitted", "autograded", "feedback", "gradebook.db"
        ),
    )
    built = run(["bash", "binder/postBuild"], cwd=repo, home=home)
    assert built.returncode == 0, built.stderr

    nbgrader = jupyter_command("nbgrader")
    for step in (["generate_assignment", "orientation"], ["release_assignment", "orientation"]):
        done = run([nbgrader, *step], cwd=home, home=home)
        assert done.returncode == 0, done.stderr[-2000:]
    listed = run([nbgrader, "list"], cwd=home, home=home)
    assert "perfect-and-real orientation" in listed.stdout + listed.stderr

    student = home / "student"
    student.mkdir()
    fetched = run([nbgrader, "fetch_assignment", "orientation"], cwd=student, home=home)
    assert fetched.returncode == 0, fetched.stderr[-2000:]
    assert (student / "orientation" / "orientation.ipynb").exists()
