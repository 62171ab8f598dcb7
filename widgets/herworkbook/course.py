"""The course map: every lesson, planned or written, with its film anchor."""

import pandas as pd

from herworkbook.resources import content_file

COLUMNS = ["number", "title", "core", "film_anchor", "scenes"]


def course_map() -> pd.DataFrame:
    """Return the lessons in order as a table of strings (empty text where a cell is blank)."""
    with content_file("course_map.csv").open(encoding="utf-8") as handle:
        table = pd.read_csv(handle, dtype=str, keep_default_na=False)
    missing = [name for name in COLUMNS if name not in table.columns]
    if missing:
        raise ValueError(f"course_map.csv lacks the column(s) {', '.join(missing)}")
    return table[COLUMNS]
