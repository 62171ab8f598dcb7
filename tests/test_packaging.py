"""The package installs with its data, so notebooks work the same on Binder and on a hub."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_the_wheel_carries_the_course_data(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("herworkbook-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        p.relative_to(ROOT / "widgets").as_posix()
        for p in (ROOT / "widgets" / "herworkbook" / "content").rglob("*")
        if p.is_file()
    }
    assert shipped and shipped <= names
