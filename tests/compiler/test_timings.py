"""What a compile records about itself with nothing listening: every pass run, the stage
times, `timings.json` beside the dumps, and the progress hook (compiler/hooks.py)."""
from __future__ import annotations

import json
import re

import numpy as np
import pytest

import hlox
from hlox import driver, hooks
from hlox.dumps import Dumper
from hlox.ir import parse_module
from hlox.options import CompileOptions
from hlox.pipeline import PassRunner, optimize

SOFTMAX = """HloModule softmax_timings

max {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT m = f32[] maximum(a, b)
}

add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}

ENTRY main {
  x = f32[4,8] parameter(0)
  ninf = f32[] constant(-inf)
  mx = f32[4] reduce(x, ninf), dimensions={1}, to_apply=max
  mxb = f32[4,8] broadcast(mx), dimensions={0}
  d = f32[4,8] subtract(x, mxb)
  e = f32[4,8] exponential(d)
  zero = f32[] constant(0)
  s = f32[4] reduce(e, zero), dimensions={1}, to_apply=add
  sb = f32[4,8] broadcast(s), dimensions={0}
  ROOT out = f32[4,8] divide(e, sb)
}
"""

RECORD_KEYS = {"name", "seconds", "changed", "dump"}


@pytest.fixture
def no_disk_cache(monkeypatch):
    monkeypatch.setenv("HLOX_CACHE_DIR", "")  # so every compile runs the C build


def _pass_dump_numbers(dump_dir) -> set[int]:
    return {int(m.group(1)) for p in dump_dir.iterdir()
            if (m := re.search(r"\.(\d{4})\.after_.+\.hlo$", p.name))}


def test_compile_with_dumps_writes_timings_json_with_nothing_listening(tmp_path, no_disk_cache):
    assert hooks.compile_progress.get() is None and hooks.pass_records.get() is None
    dump_dir = tmp_path / "dumps"
    exe, stats = driver.compile_with_stats(SOFTMAX, CompileOptions(dump_dir=str(dump_dir)))
    x = np.arange(32, dtype=np.float32).reshape(4, 8)
    np.testing.assert_allclose(exe(x).sum(axis=1), np.ones(4), rtol=1e-5)

    # stats.passes: every pass run, in order
    assert stats.passes and all(set(r) == RECORD_KEYS for r in stats.passes)
    names = [r["name"] for r in stats.passes]
    assert names.index("call-inliner") < names.index("fusion") and names[-1] == "dce"
    assert names.count("dce") >= 2  # in the fixed point and after fusion
    assert all(r["seconds"] >= 0 and isinstance(r["changed"], bool) for r in stats.passes)
    assert {"parse", "optimize", "codegen", "c-build"} <= set(stats.timings)
    assert stats.dump_prefix and stats.dump_prefix.endswith(".softmax_timings")

    # timings.json: one entry per pass run, and the stage times
    written = json.loads((dump_dir / f"{stats.dump_prefix}.timings.json").read_text())
    assert written == {"passes": stats.passes, "stages": stats.timings}
    # `dump` names exactly the after_<pass> dumps written, and only runs that changed something
    dumps = {r["dump"] for r in written["passes"] if r["dump"] is not None}
    assert dumps == _pass_dump_numbers(dump_dir)
    assert all(r["changed"] for r in written["passes"] if r["dump"] is not None)
    assert any(not r["changed"] and r["dump"] is None for r in written["passes"])


def test_timings_json_only_with_dumps(tmp_path, no_disk_cache):
    _, stats = driver.compile_with_stats(SOFTMAX.replace("divide(e, sb)", "multiply(e, sb)"))
    assert stats.passes and stats.dump_prefix is None
    assert "parse" in stats.timings


def test_dump_pass_re_leaves_dump_null_for_unselected_passes(tmp_path, no_disk_cache):
    dump_dir = tmp_path / "d"
    _, stats = driver.compile_with_stats(
        SOFTMAX, CompileOptions(dump_dir=str(dump_dir), dump_pass_re="^fusion$"))
    runs = stats.passes
    assert [r["name"] for r in runs if r["dump"] is not None] == ["fusion"]
    fusion = next(r for r in runs if r["name"] == "fusion")
    assert _pass_dump_numbers(dump_dir) == {fusion["dump"]}


def test_progress_hook_hears_each_stage_in_order(no_disk_cache):
    heard: list[str] = []
    token = hooks.compile_progress.set(heard.append)
    try:
        assert driver.compile_progress is hooks.compile_progress
        _, stats = driver.compile_with_stats(SOFTMAX.replace("exponential(d)", "tanh(d)"))
    finally:
        hooks.compile_progress.reset(token)
    assert heard[0] == "parse" and heard[-2:] == ["codegen", "c-build"]
    passes = heard[1:-2]
    assert passes == [f"pass {r['name']}" for r in stats.passes]


def test_memory_cache_hit_runs_no_pass():
    text = SOFTMAX.replace("exponential(d)", "sine(d)")
    hlox.compile(text)
    _, stats = driver.compile_with_stats(text)
    assert stats.cache_hit and stats.passes == []


def test_runner_records_and_optimize_keeps_its_old_signature(tmp_path):
    module = parse_module(SOFTMAX)
    options = CompileOptions(dump_dir=str(tmp_path))
    optimized = optimize(module, options, Dumper(options, "plain"))  # as before: no records
    assert optimized is not module
    records: list[dict] = []
    optimize(module, options, None, records=records)
    assert records and all(set(r) == RECORD_KEYS for r in records)
    assert all(r["dump"] is None for r in records)  # no dumper, no dumps

    runner = PassRunner(CompileOptions(disabled_passes=("cse",)), None)
    from hlox.pipeline import PASSES

    module = parse_module(SOFTMAX)
    runner.run(PASSES["cse"](), module)
    runner.run(PASSES["dce"](), module)
    runner.run(PASSES["dce"](), module)
    assert [r["name"] for r in runner.records] == ["dce", "dce"]  # a disabled pass: no run
    assert runner.timings["dce"] == pytest.approx(sum(r["seconds"] for r in runner.records))


def test_pass_records_listener_hears_every_runner():
    heard: list[dict] = []
    token = hooks.pass_records.set(heard)
    try:
        own: list[dict] = []
        optimize(parse_module(SOFTMAX), CompileOptions(), None, records=own)
    finally:
        hooks.pass_records.reset(token)
    assert heard == own and heard


def test_failed_c_build_still_writes_timings(tmp_path, monkeypatch, no_disk_cache):
    from hlox.runtime import build
    from hlox.runtime.build import CBuildError

    def broken(*args, **kwargs):
        raise CBuildError("made up")

    monkeypatch.setattr(build, "build_shared_library", broken)
    dump_dir = tmp_path / "d"
    heard: list = []
    token = hooks.compile_stats.set(heard.append)
    try:
        with pytest.raises(CBuildError):
            hlox.compile(SOFTMAX.replace("exponential(d)", "cosine(d)"),
                         CompileOptions(dump_dir=str(dump_dir)))
    finally:
        hooks.compile_stats.reset(token)
    (stats,) = heard  # the failed compile's
    assert "c-build" in stats.timings and stats.passes
    written = json.loads((dump_dir / f"{stats.dump_prefix}.timings.json").read_text())
    assert [r["name"] for r in written["passes"]] == [r["name"] for r in stats.passes]
