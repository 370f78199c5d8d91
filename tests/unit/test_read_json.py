"""Reading a JSON file: its contents, or an error that names the file and what is wrong."""

from __future__ import annotations

import pytest

from almere_missions.errors import InvalidInput
from almere_missions.fileio import read_json


def test_a_file_with_a_byte_order_mark_is_read(tmp_path):
    f = tmp_path / "s.json"
    f.write_bytes(b"\xef\xbb\xbf" + b'{"a": 1}')
    assert read_json(f) == {"a": 1}


@pytest.mark.parametrize(("content", "message"), [
    (None, "file not found"),
    (b"\xff\xfe{}", "not UTF-8 text"),
    (b'{"a": 1,\n}', "not valid JSON"),
])
def test_a_bad_file_is_named_in_the_error(tmp_path, content, message):
    f = tmp_path / "settings.json"
    if content is not None:
        f.write_bytes(content)
    with pytest.raises(InvalidInput) as err:
        read_json(f)
    assert message in str(err.value) and "settings.json" in str(err.value)
