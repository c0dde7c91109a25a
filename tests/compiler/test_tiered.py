"""Tiered C builds (compiler/tiered.py): a compile returns the -O0 build's executable, the
-O3 build is swapped in when ready; both are cached; a failure in the background leaves
the fast one working; HLOX_TIERED_BUILD=0 builds the optimised one only."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections import OrderedDict

import numpy as np
import pytest

import hlox
from hlox import driver, tiered
from hlox.ir import parse_module
from hlox.ir.evaluator import evaluate_text
from hlox.passes.codegen import generate_c
from hlox.pipeline import optimize
from hlox.options import CompileOptions
from hlox.runtime import build
from hlox.runtime.executable import Executable, Signature

from tests.conftest import JAX_FIXTURES

SOFTMAX = """HloModule softmax_{tag}
add {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}}
ENTRY e {{
  x = f32[16,33] parameter(0)
  w = f32[16,33] parameter(1)
  xw = f32[16,33] multiply(x, w)
  e = f32[16,33] exponential(xw)
  zero = f32[] constant(0)
  s = f32[16] reduce(e, zero), dimensions={{1}}, to_apply=add
  sb = f32[16,33] broadcast(s), dimensions={{0}}
  ROOT y = f32[16,33] divide(e, sb)
}}
"""
RNG = np.random.default_rng(0)
ARGS = [RNG.standard_normal((16, 33)).astype(np.float32) for _ in range(2)]


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """A cache of this test's own, tiering on for every module, no in-process hits;
    builds waited for."""
    monkeypatch.setenv("HLOX_TIERED_BUILD", "1")
    monkeypatch.setattr(tiered, "MIN_KERNEL_CHARS", 0)
    monkeypatch.setattr(driver, "_memory_cache", OrderedDict())
    root = tmp_path / "cache"
    monkeypatch.setenv("HLOX_CACHE_DIR", str(root))
    yield root
    tiered.wait()


@pytest.fixture
def held(monkeypatch):
    """Optimised builds wait until the test sets the event: calls before the swap."""
    go = threading.Event()
    optimize_now = tiered._optimize

    def held_back(*args):
        go.wait(120)
        optimize_now(*args)
    monkeypatch.setattr(tiered, "_optimize", held_back)
    yield go
    go.set()
    tiered.wait()


def _entries(root):
    return sorted(p.name for p in (root / "entries").iterdir())


def _check(executable, text):
    got = executable(*ARGS)
    np.testing.assert_allclose(got, evaluate_text(text, ARGS), rtol=2e-6, atol=1e-7)
    return got


@pytest.mark.parametrize("name", ["transformer_block", "op_int_arith", "op_sort"])
def test_the_fast_and_the_optimised_build_of_the_same_c_agree(tmp_path, name):
    """Integers bit for bit; floats to rounding (-O3 contracts FMAs, reorders simd sums)."""
    module = parse_module((JAX_FIXTURES / f"{name}.hlo").read_text())
    program = generate_c(optimize(module, CompileOptions()), threads=1)
    signature = Signature(tuple(p.shape for p in module.entry_computation.parameters()),
                          module.entry_computation.result_shape)
    data = np.load(JAX_FIXTURES / f"{name}.npz")
    args = [data[f"arg{i}"] for i in range(len(signature.params))]
    results = []
    for fast in (True, False):
        library = build.build_shared_library(program.source, tmp_path / f"{fast}.so",
                                             link_blas=program.link_blas, fast=fast)
        executable = Executable(str(library), signature, program.arena_bytes, program.kernels)
        out = executable(*args)
        results.append(out if isinstance(out, tuple) else (out,))
    for fast_out, optimised_out in zip(*results):
        if fast_out.dtype.kind in "iub":
            np.testing.assert_array_equal(fast_out, optimised_out)
        else:
            np.testing.assert_allclose(fast_out, optimised_out, rtol=1e-5, atol=1e-6)


def test_compile_returns_the_fast_build_then_swaps_in_the_optimised(fresh, held):
    text = SOFTMAX.format(tag="swap")
    executable, stats = driver.compile_with_stats(text)
    assert not stats.cache_hit
    (fast_entry,) = _entries(fresh)
    assert f"/{fast_entry}/" in executable.library_path
    before = _check(executable, text)
    held.set()
    tiered.wait()
    entries = _entries(fresh)
    assert len(entries) == 2 and fast_entry in entries
    (optimised_entry,) = set(entries) - {fast_entry}
    assert f"/{optimised_entry}/" in executable.library_path
    np.testing.assert_allclose(_check(executable, text), before, rtol=1e-6)
    # a later compile (here: a new process) loads the optimised one
    out = subprocess.run([sys.executable, "-c", (
        "import sys, hlox; print(hlox.compile(sys.stdin.read()).library_path)")],
        input=text, capture_output=True, text=True, timeout=300, env=os.environ)
    assert out.returncode == 0, out.stderr
    assert f"/{optimised_entry}/" in out.stdout


def test_calls_on_many_threads_while_the_library_is_swapped(fresh, held, tmp_path):
    text = SOFTMAX.format(tag="threads")
    executable = hlox.compile(text)
    expected = evaluate_text(text, ARGS)
    libraries = [executable.library_path]
    held.set()
    tiered.wait()
    libraries.append(executable.library_path)
    failures, stop = [], threading.Event()

    def call():
        while not stop.is_set():
            try:
                np.testing.assert_allclose(executable(*ARGS), expected, rtol=2e-6, atol=1e-7)
            except Exception as e:  # noqa: BLE001
                failures.append(e)
                return
    threads = [threading.Thread(target=call) for _ in range(4)]
    for t in threads:
        t.start()
    for n in range(200):
        executable.replace_library(libraries[n % 2])
    stop.set()
    for t in threads:
        t.join()
    assert not failures


def test_a_failed_optimised_build_warns_and_keeps_the_fast_one(fresh, monkeypatch):
    real_build = build.build_shared_library

    def failing(source, out_path, *, fast=False, **kw):
        if not fast:
            raise build.CBuildError("the optimised build broke")
        return real_build(source, out_path, fast=fast, **kw)
    monkeypatch.setattr(build, "build_shared_library", failing)
    text = SOFTMAX.format(tag="fails")
    with pytest.warns(tiered.TieredBuildWarning, match="the optimised build broke"):
        executable = hlox.compile(text)
        tiered.wait()
    # the fast entry, and the failed build's directory (kept for its C source, as a failed
    # build's in the foreground)
    (fast_entry,) = [name for name in _entries(fresh) if not name.startswith(".build-")]
    assert f"/{fast_entry}/" in executable.library_path
    _check(executable, text)


@pytest.mark.parametrize("setting", ["0", None])  # None: unset, the default is off
def test_switched_off_it_builds_the_optimised_library_only(fresh, monkeypatch, setting):
    if setting is None:
        monkeypatch.delenv("HLOX_TIERED_BUILD")
    else:
        monkeypatch.setenv("HLOX_TIERED_BUILD", setting)
    started = []
    monkeypatch.setattr(tiered, "optimize_later", lambda *a: started.append(a))
    text = SOFTMAX.format(tag=f"off{setting}")
    executable = hlox.compile(text)
    _check(executable, text)
    assert not started
    (entry,) = _entries(fresh)
    assert f"/{entry}/" in executable.library_path
    meta = json.loads((fresh / "entries" / entry / "meta.json").read_text())
    assert "source" not in meta


def test_a_small_module_is_built_optimised_at_once(fresh, monkeypatch):
    monkeypatch.setattr(tiered, "MIN_KERNEL_CHARS", 10**6)
    text = SOFTMAX.format(tag="small")
    executable = hlox.compile(text)
    (entry,) = _entries(fresh)
    assert f"/{entry}/" in executable.library_path
    _check(executable, text)


def test_a_module_with_collectives_is_built_optimised_at_once(fresh):
    """Its devices would swap at different calls: replicas could differ in the last bits."""
    text = """HloModule sum_all, num_partitions=2
add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}
ENTRY main {
  x = f32[64] parameter(0)
  e = f32[64] exponential(x)
  ROOT total = f32[64] all-reduce(e), channel_id=1, replica_groups={{0,1}}, use_global_device_ids=true, to_apply=add
}
"""
    executable = hlox.compile(text)
    (entry,) = _entries(fresh)
    assert f"/{entry}/" in executable.library_path
    x = [np.linspace(-1, 1, 64, dtype=np.float32), np.linspace(0, 2, 64, dtype=np.float32)]
    np.testing.assert_allclose(executable.run_devices([[x[0]], [x[1]]])[0],
                               np.exp(x[0]) + np.exp(x[1]), rtol=1e-6)


def _in_new_process(text, env):
    """Compile `text` in a new process (its exit waits for the optimised build); the
    library it loaded first, whether it was a hit, and the library after `tiered.wait()`."""
    script = ("import sys, json, hlox\nfrom hlox import driver, tiered\ntext = sys.stdin.read()\n"
              "tiered.MIN_KERNEL_CHARS = 0\nexe, stats = driver.compile_with_stats(text)\nfirst = exe.library_path\n"
              "tiered.wait()\nprint(json.dumps([first, stats.cache_hit, exe.library_path]))")
    out = subprocess.run([sys.executable, "-c", script], input=text, capture_output=True,
                         text=True, timeout=300, env=env)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_fast_entry_alone_is_loaded_and_the_optimised_one_built(fresh):
    """As after a process killed during its optimised build: the next loads the fast
    library and builds the optimised one from the source kept in the fast entry."""
    text = SOFTMAX.format(tag="alone")
    env = {**os.environ, "HLOX_CACHE_DIR": str(fresh), "HLOX_TIERED_BUILD": "1"}
    first, hit, last = _in_new_process(text, env)
    assert not hit and first != last
    optimised = last.split("/")[-2]
    assert len(_entries(fresh)) == 2  # the exit waited: both stored
    shutil.rmtree(fresh / "entries" / optimised)
    first, hit, last = _in_new_process(text, env)
    assert hit and optimised not in first and optimised in last
    assert len(_entries(fresh)) == 2
    # with tiering off the fast entry is not used: the module is built optimised
    shutil.rmtree(fresh / "entries" / optimised)
    first, hit, last = _in_new_process(text, {**env, "HLOX_TIERED_BUILD": "0"})
    assert not hit and optimised in first and first == last


def test_an_edited_fast_entry_source_is_not_trusted(fresh):
    text = SOFTMAX.format(tag="edited")
    env = {**os.environ, "HLOX_CACHE_DIR": str(fresh), "HLOX_TIERED_BUILD": "1"}
    first, _, last = _in_new_process(text, env)
    shutil.rmtree(fresh / "entries" / last.split("/")[-2])
    fast_meta = fresh / "entries" / first.split("/")[-2] / "meta.json"
    meta = json.loads(fast_meta.read_text())
    meta["source"] = meta["source"].replace("hlox_main", "hlox_main_edited")
    fast_meta.write_text(json.dumps(meta))
    first, hit, last = _in_new_process(text, env)
    assert not hit  # the fast entry's digest no longer matched: rebuilt
