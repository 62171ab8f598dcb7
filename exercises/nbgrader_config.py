"""nbgrader settings for the Perfect and Real course (run nbgrader from this folder).

The gradebook is SQLite beside this file. Set HERWORKBOOK_GRADEBOOK_URL to any
SQLAlchemy URL (e.g. postgresql://user@host/gradebook) to use another database.
"""

import os
from pathlib import Path

c = get_config()  # noqa: F821 (nbgrader provides get_config in config files)

HERE = Path(__file__).resolve().parent

c.CourseDirectory.course_id = "perfect-and-real"
c.CourseDirectory.root = str(HERE)
c.CourseDirectory.db_url = os.environ.get(
    "HERWORKBOOK_GRADEBOOK_URL", f"sqlite:///{HERE / 'gradebook.db'}"
)

# A cell that runs longer than this is stopped and marked as an error, so one
# endless loop cannot stall a whole batch. Every cell in our assignments runs in
# well under a second.
c.Execute.timeout = 30
