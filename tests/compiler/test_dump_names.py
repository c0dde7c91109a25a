"""Dump file names stay short whatever the module is called (issue 12)."""
from __future__ import annotations

import hlox

TEXT = """HloModule NAME
ENTRY e {
  x = f32[2,3] parameter(0)
  ROOT s = f32[2,3] add(x, x)
}
"""


def test_long_module_name_dumps_under_a_short_file_name(tmp_path):
    """A 3,000-character module name made --dump-dir fail with `File name too long`."""
    long_name = "m" * 3000
    text = TEXT.replace("NAME", long_name)
    dumps = tmp_path / "dumps"
    hlox.compile(text, hlox.CompileOptions(dump_dir=str(dumps)))
    names = [p.name for p in dumps.iterdir()]
    assert names and all(len(n.encode()) < 255 for n in names)
    other = hlox.compile(text.replace(long_name, long_name + "n"),
                         hlox.CompileOptions(dump_dir=str(dumps)))
    assert other is not None
    prefixes = {p.name.split(".")[1] for p in dumps.iterdir()}
    assert len(prefixes) == 2  # the two names stay apart: the hash is of the whole name
