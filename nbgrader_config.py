"""Point nbgrader's Lab extension at the course folder when Lab runs from the repository root."""

from pathlib import Path

c = get_config()  # noqa: F821 (nbgrader provides get_config in config files)

load_subconfig(str(Path(__file__).resolve().parent / "exercises" / "nbgrader_config.py"))  # noqa: F821
