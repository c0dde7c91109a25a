"""hlox.compile, the Executable and the compile cache."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

import hlox
from hlox import driver
from hlox.ir import HloError
from hlox.ir.evaluator import evaluate_text

LAYERNORM = """HloModule layernorm

add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}

ENTRY main {
  x = f32[64,128] parameter(0)
  zero = f32[] constant(0)
  sum = f32[64] reduce(x, zero), dimensions={1}, to_apply=add
  n = f32[] constant(128)
  nb = f32[64] broadcast(n), dimensions={}
  mean = f32[64] divide(sum, nb)
  mb = f32[64,128] broadcast(mean), dimensions={0}
  centered = f32[64,128] subtract(x, mb)
  sq = f32[64,128] multiply(centered, centered)
  ss = f32[64] reduce(sq, zero), dimensions={1}, to_apply=add
  var = f32[64] divide(ss, nb)
  eps = f32[] constant(1e-5)
  eb = f32[64] broadcast(eps), dimensions={}
  ve = f32[64] add(var, eb)
  r = f32[64] rsqrt(ve)
  rb = f32[64,128] broadcast(r), dimensions={0}
  ROOT y = f32[64,128] multiply(centered, rb)
}
"""


def _reference(x):
    mean = x.mean(axis=1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-5)


def test_compile_runs_and_matches_numpy_and_evaluator():
    x = np.random.default_rng(0).standard_normal((64, 128)).astype(np.float32)
    exe = hlox.compile(LAYERNORM)
    got = exe(x)
    np.testing.assert_allclose(got, _reference(x.astype(np.float64)), atol=2e-5)
    np.testing.assert_allclose(got, evaluate_text(LAYERNORM, [x]), atol=2e-5)
    assert exe.signature.params[0].dims == (64, 128)
    assert exe.kernels >= 1 and exe.arena_bytes >= 0


def test_non_contiguous_arguments_are_accepted():
    base = np.random.default_rng(1).standard_normal((128, 64)).astype(np.float32)
    x = base.T  # a strided view
    np.testing.assert_allclose(hlox.compile(LAYERNORM)(x), _reference(x.astype(np.float64)),
                               atol=2e-5)


def test_wrong_arguments_name_the_parameter():
    exe = hlox.compile(LAYERNORM)
    with pytest.raises(HloError, match=r"parameter 0 of layernorm must be f32\[64,128\]"):
        exe(np.zeros((64, 127), np.float32))
    with pytest.raises(HloError, match="parameter 0 .* given float64"):
        exe(np.zeros((64, 128), np.float64))
    with pytest.raises(HloError, match="takes 1 arguments, given 2"):
        exe(np.zeros((64, 128), np.float32), np.zeros(1))


MATMUL = """HloModule mm
ENTRY main {
  a = f32[160,96] parameter(0)
  b = f32[96,130] parameter(1)
  ROOT d = f32[160,130] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}
}
"""


def _layernorm_calls(rng):
    return [(rng.standard_normal((64, 128)).astype(np.float32),) for _ in range(8)]


def _matmul_calls(rng):  # small integers: every product exact in f32
    return [(rng.integers(-3, 4, (160, 96)).astype(np.float32),
             rng.integers(-3, 4, (96, 130)).astype(np.float32)) for _ in range(6)]


@pytest.mark.parametrize("text, make_calls", [(LAYERNORM, _layernorm_calls),
                                               (MATMUL, _matmul_calls)],
                         ids=["layernorm", "split-gemm"])
def test_one_executable_from_many_threads(text, make_calls):
    """One Python thread per argument set, all calling the same executable at once (the
    GEMM is split into one single-threaded BLAS call per OpenMP thread): every call gets
    the result a lone call gives."""
    exe = hlox.compile(text, hlox.CompileOptions(threads=2))
    calls = make_calls(np.random.default_rng(2))
    expected = [exe(*args) for args in calls]
    failures = []

    def work(k):
        for _ in range(15):
            if not np.array_equal(exe(*calls[k]), expected[k]):
                failures.append(k)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
    if text is MATMUL:
        np.testing.assert_array_equal(expected[0], calls[0][0] @ calls[0][1])


def test_in_memory_cache_returns_the_same_executable():
    a = hlox.compile(LAYERNORM)
    b, stats = driver.compile_with_stats(LAYERNORM)
    assert a is b and stats.cache_hit


def test_in_memory_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(driver, "MEMORY_CACHE_ENTRIES", 2)
    texts = [LAYERNORM.replace("HloModule layernorm", f"HloModule layernorm{n}") for n in range(3)]
    first = hlox.compile(texts[0])
    for text in texts[1:]:
        hlox.compile(text)
    assert len(driver._memory_cache) <= 2
    assert hlox.compile(texts[0]) is not first  # dropped, loaded again (from disk or built)


def _compile_in_subprocess(text_path: Path, env: dict, *extra: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "hlox.tools.cli", "compile", str(text_path),
                          "--stats", *extra], capture_output=True, text=True, env=env,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture
def cache_env(tmp_path):
    env = {**os.environ, "HLOX_CACHE_DIR": str(tmp_path / "cache")}
    text = tmp_path / "layernorm.hlo"
    text.write_text(LAYERNORM)
    return env, text, tmp_path / "cache"


def test_disk_cache_hit_in_a_new_process(cache_env):
    env, text, cache = cache_env
    first = _compile_in_subprocess(text, env)
    second = _compile_in_subprocess(text, env)
    assert first["cache_hit"] is False and second["cache_hit"] is True
    assert second["compile_seconds"] < first["compile_seconds"]
    assert oct(cache.stat().st_mode & 0o777) == oct(0o700)


def test_changed_options_miss_the_cache(cache_env):
    env, text, _ = cache_env
    assert _compile_in_subprocess(text, env)["cache_hit"] is False
    assert _compile_in_subprocess(text, env, "--threads", "1")["cache_hit"] is False
    assert _compile_in_subprocess(text, env, "--threads", "1")["cache_hit"] is True


def test_two_processes_compiling_at_once_both_succeed(cache_env):
    env, text, cache = cache_env
    procs = [subprocess.Popen([sys.executable, "-m", "hlox.tools.cli", "run", str(text)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    assert outputs[0][0] == outputs[1][0]
    # one module, built once: its entry (and its fast build's, tiered), no staging leftovers
    entries = list((cache / "entries").iterdir())
    metas = [json.loads((entry / "meta.json").read_text()) for entry in entries]
    assert sum("source" not in meta for meta in metas) == 1 and len(entries) <= 2


def test_damaged_entry_is_rebuilt_not_loaded(cache_env):
    env, text, cache = cache_env
    env = {**env, "HLOX_TIERED_BUILD": "0"}  # one entry (test_tiered.py damages a tier's)
    _compile_in_subprocess(text, env)
    (library,) = (cache / "entries").glob("*/module.so")
    library.write_bytes(library.read_bytes()[:1000])  # truncated
    stats = _compile_in_subprocess(text, env)
    assert stats["cache_hit"] is False
    out = subprocess.run([sys.executable, "-m", "hlox.tools.cli", "run", str(text)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr


def test_cache_can_be_switched_off(tmp_path):
    env = {**os.environ, "HLOX_CACHE_DIR": ""}
    text = tmp_path / "m.hlo"
    text.write_text(LAYERNORM)
    assert _compile_in_subprocess(text, env)["cache_hit"] is False
    assert _compile_in_subprocess(text, env)["cache_hit"] is False


def test_device_thread_counts_agree():
    from hlox.runtime import CpuDevice

    x = np.random.default_rng(3).standard_normal((64, 128)).astype(np.float32)
    one = CpuDevice(1).compile(LAYERNORM)
    two = CpuDevice(2).compile(LAYERNORM)
    assert one is not two
    np.testing.assert_allclose(one(CpuDevice.put(x)), two(x), atol=1e-6)


def test_a_compile_pauses_the_garbage_collector_and_restores_it(monkeypatch):
    import gc
    seen = []
    real_compile = driver._compile_with_stats

    def spy(*args):
        seen.append(gc.isenabled())
        return real_compile(*args)
    monkeypatch.setattr(driver, "_compile_with_stats", spy)
    text = LAYERNORM.replace("HloModule layernorm", "HloModule layernorm_gc")
    assert gc.isenabled()
    hlox.compile(text)
    assert seen == [False] and gc.isenabled()
    gc.disable()  # switched off by the program: a compile leaves it off
    try:
        hlox.compile(text)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(HloError):  # a failed compile restores it too
        hlox.compile("HloModule broken\nENTRY main { ROOT x = f32[] nonsense() }")
    assert gc.isenabled()
