"""The course paraphrases the essays: the shared overlap checker must find nothing."""

import subprocess
import sys

import pytest

from conftest import ROOT

CHECKER = ROOT.parent / "shared" / "tools" / "check_overlap.py"


@pytest.mark.skipif(not CHECKER.exists(), reason="../shared is not beside this clone")
def test_no_run_of_nine_words_is_shared_with_the_essays() -> None:
    result = subprocess.run(
        [sys.executable, str(CHECKER)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout
