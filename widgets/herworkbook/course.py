"""The course map: every lesson, planned or written, with its film anchor."""

import pandas as pd
from pandas.io.formats.style import Styler

from herworkbook.resources import content_file

COLUMNS = ["number", "title", "core", "film_anchor", "scenes"]
HEADINGS = {
    "number": "Lesson",
    "title": "Title",
    "core": "What it covers",
    "film_anchor": "Film anchor",
}


def course_map() -> pd.DataFrame:
    """Return the lessons in order as a table of strings (empty text where a cell is blank)."""
    with content_file("course_map.csv").open(encoding="utf-8") as handle:
        table = pd.read_csv(handle, dtype=str, keep_default_na=False)
    missing = [name for name in COLUMNS if name not in table.columns]
    if missing:
        raise ValueError(f"course_map.csv lacks the column(s) {', '.join(missing)}")
    return table[COLUMNS]


def course_table() -> Styler:
    """The course map for reading: full sentences, plain headings, no index column."""
    table = course_map()[list(HEADINGS)].rename(columns=HEADINGS)
    return (
        table.style.hide(axis="index")
        .set_caption("The lessons of Perfect and Real")
        .set_properties(**{"text-align": "left", "vertical-align": "top"})
        .set_table_styles([{"selector": "th", "props": [("text-align", "left")]}])
    )
