"""Perfect and Real: the package every lesson of the course imports."""

from herworkbook.course import course_map, course_table
from herworkbook.quiz import self_check

__all__ = ["course_map", "course_table", "self_check"]
