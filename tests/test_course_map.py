"""The course map read from the package's data."""

from herworkbook import course_map, course_table


def test_the_map_lists_lessons_00_to_08_in_order() -> None:
    table = course_map()
    assert table["number"].tolist() == [f"{n:02d}" for n in range(9)]
    assert table.loc[0, "title"] == "Start here"
    assert (table["title"].str.len() > 0).all() and (table["core"].str.len() > 0).all()


def test_scene_ids_look_like_the_claims_map_ids() -> None:
    scenes = [s for cell in course_map()["scenes"] if cell for s in cell.split(";")]
    assert scenes and all(s.startswith("S") and s[1:3].isdigit() for s in scenes)


def test_the_reading_table_shows_whole_sentences_without_an_index() -> None:
    html = course_table().to_html()
    assert "What it covers" in html
    assert course_map().loc[7, "core"] in html  # long text is not cut to "..."
