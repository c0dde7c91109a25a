"""The compile cache does not trust its files or its directory (issue 12's audit): edited
metadata and aliases, directories it did not make, places it cannot write, the compiler."""
from __future__ import annotations

import json
from collections import OrderedDict
import os
import stat
import subprocess
import sys
import warnings

import numpy as np
import pytest

import hlox
from hlox import driver
from hlox import cache as cache_module
from hlox.runtime import build

ADD = """HloModule add_{tag}
ENTRY e {{
  x = f32[2,3] parameter(0)
  y = f32[2,3] parameter(1)
  ROOT s = f32[2,3] add(x, y)
}}
"""
X = np.arange(6, dtype=np.float32).reshape(2, 3)


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """A cache directory of this test's own, no in-process hits, the warning not yet given;
    one entry per module (a tiered build's two are tests/compiler/test_tiered.py's)."""
    monkeypatch.setenv("HLOX_TIERED_BUILD", "0")
    monkeypatch.setattr(driver, "_memory_cache", OrderedDict())
    monkeypatch.setattr(cache_module, "_warned", False)
    root = tmp_path / "cache"
    monkeypatch.setenv("HLOX_CACHE_DIR", str(root))
    return root


def _compile_and_check(text):
    executable = hlox.compile(text)
    np.testing.assert_array_equal(executable(X, X), X + X)
    return executable


def _forget_in_memory(monkeypatch):
    monkeypatch.setattr(driver, "_memory_cache", OrderedDict())


def _meta_file(root):
    (meta,) = (root / "entries").glob("*/meta.json")
    return meta


@pytest.mark.parametrize("edit", [
    lambda m: m.update(arena_bytes=m["arena_bytes"] ^ 64),  # the repro set 0
    lambda m: m.update(result={"dtype": "f32", "dims": [1]}),
    lambda m: m.update(arena_bytes="many"),
    lambda m: m.pop("params"),
    lambda m: m.update(params=[{"dtype": "f32"}]),
])
def test_edited_metadata_is_not_trusted(fresh, monkeypatch, edit):
    text = ADD.format(tag="meta")
    _compile_and_check(text)
    meta_file = _meta_file(fresh)
    meta = json.loads(meta_file.read_text())
    edit(meta)
    meta_file.write_text(json.dumps(meta))
    _forget_in_memory(monkeypatch)
    executable, stats = driver.compile_with_stats(text)
    np.testing.assert_array_equal(executable(X, X), X + X)
    assert stats.cache_hit is False  # rebuilt, not loaded


def test_metadata_that_is_not_json_is_rebuilt(fresh, monkeypatch):
    text = ADD.format(tag="json")
    _compile_and_check(text)
    _meta_file(fresh).write_bytes(b"\xff{[")
    _forget_in_memory(monkeypatch)
    _compile_and_check(text)


@pytest.mark.parametrize("alias", ["../../other/entries/{key}", "{key}/../{key}", "", "\x00"])
def test_alias_is_a_key_never_a_path(fresh, monkeypatch, tmp_path, alias):
    """An alias naming another cache's entry loaded that module's library: a wrong result."""
    other_text = """HloModule other
ENTRY e {
  x = f32[2,3] parameter(0)
  y = f32[2,3] parameter(1)
  ROOT s = f32[2,3] subtract(x, y)
}
"""
    monkeypatch.setenv("HLOX_CACHE_DIR", str(tmp_path / "other"))
    hlox.compile(other_text)
    (other_key,) = [p.name for p in (tmp_path / "other" / "entries").iterdir()]
    monkeypatch.setenv("HLOX_CACHE_DIR", str(fresh))
    text = ADD.format(tag="alias")
    _compile_and_check(text)
    (alias_file,) = (fresh / "aliases").iterdir()
    alias_file.write_text(alias.format(key=other_key))
    _forget_in_memory(monkeypatch)
    _compile_and_check(text)


def test_keys_of_the_wrong_form_are_refused(fresh):
    disk = cache_module.DiskCache(fresh)
    assert disk.load("../x") is None and disk.lookup_alias("../../etc/passwd") is None
    with pytest.raises(ValueError):
        disk.record_alias("a" * 64, "../b")


def test_an_existing_directory_keeps_its_permissions(fresh, monkeypatch):
    fresh.mkdir()
    os.chmod(fresh, 0o1777)
    _compile_and_check(ADD.format(tag="perm"))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o1777
    assert stat.S_IMODE((fresh / "entries").stat().st_mode) == 0o700


def test_a_new_directory_is_private(fresh):
    _compile_and_check(ADD.format(tag="private"))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700


@pytest.mark.parametrize("where", ["file in the way", "path under a file"])
def test_unusable_cache_warns_once_and_compiles_without_it(fresh, monkeypatch, where):
    fresh.write_text("not a directory")
    if where == "path under a file":
        monkeypatch.setenv("HLOX_CACHE_DIR", str(fresh / "sub" / "dir"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _compile_and_check(ADD.format(tag="unusable1"))
        _compile_and_check(ADD.format(tag="unusable2"))
    messages = [str(w.message) for w in caught if issubclass(w.category,
                                                              cache_module.CacheWarning)]
    assert len(messages) == 1 and "compiling without it" in messages[0], messages


def test_read_only_cache_warns_and_compiles(fresh, monkeypatch):
    """A directory without write permission. Root may write anywhere, so as root the
    permission check is told "no"; as another user the directory really is read-only."""
    fresh.mkdir()
    (fresh / "entries").mkdir()
    (fresh / "aliases").mkdir()
    os.chmod(fresh / "entries", 0o555)
    if os.geteuid() == 0:
        monkeypatch.setattr(cache_module.os, "access", lambda path, mode: False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _compile_and_check(ADD.format(tag="ro"))
    assert [str(w.message) for w in caught if "cannot be used" in str(w.message)]
    os.chmod(fresh / "entries", 0o755)


def test_the_whole_compiler_command_and_version_are_in_every_key(monkeypatch):
    options = hlox.CompileOptions()
    keys = {}
    for cc in ["cc", "cc -O0 -fsanitize=address"]:
        monkeypatch.setenv("CC", cc)
        keys[cc] = (driver._text_key("t", options), driver._module_key("t", options))
    plain, sanitized = keys.values()
    assert plain[0] != sanitized[0] and plain[1] != sanitized[1]
    version = subprocess.run(["cc", "--version"], capture_output=True, text=True).stdout
    monkeypatch.setenv("CC", "cc")
    assert version.strip() in build.compiler_identity()  # all of it, not the first line


def test_no_build_directory_is_left_with_the_cache_off(tmp_path):
    hlo = tmp_path / "m.hlo"
    hlo.write_text(ADD.format(tag="off"))
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "HLOX_CACHE_DIR": "", "TMPDIR": str(temp)}
    for command in ("run", "compile"):
        out = subprocess.run([sys.executable, "-m", "hlox.tools.cli", command, str(hlo)],
                             capture_output=True, text=True, timeout=300, env=env)
        assert out.returncode == 0, out.stderr
    assert list(temp.iterdir()) == []

