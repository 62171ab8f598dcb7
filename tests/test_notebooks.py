"""Every committed notebook is clean and runs top to bottom in a fresh kernel."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOKS = sorted(
    [*(ROOT / "lessons").rglob("*.ipynb"), *(ROOT / "exercises" / "source").rglob("*.ipynb")]
)
NOTEBOOKS = [nb for nb in NOTEBOOKS if ".ipynb_checkpoints" not in nb.parts]
CELL_TIMEOUT = 120  # seconds; nbclient's default is no limit, which can hang CI forever


def test_there_are_notebooks_to_check() -> None:
    assert ROOT / "lessons" / "00_start_here.ipynb" in NOTEBOOKS
    assert ROOT / "exercises" / "source" / "orientation" / "orientation.ipynb" in NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_is_committed_clean(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"cell {index} was committed with outputs"
            assert cell.execution_count is None, f"cell {index} has an execution count"
            assert "sys.path" not in cell.source, f"cell {index} edits sys.path"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_executes_in_a_fresh_kernel(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    errors = [
        o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"
    ]
    assert errors == []
