"""The benchmark harness runs end to end in its smoke mode (no timing assertions)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUN = ROOT / "benchmarks" / "run.py"


def _have(mod: str) -> bool:
    return importlib.util.find_spec(mod) is not None


def test_bench_smoke(tmp_path):
    systems = ["numpy", "hlox.jit"] + (["jax.jit", "hlox (HLO)"] if _have("jax") else [])
    out_json, out_md = tmp_path / "r.json", tmp_path / "r.md"
    proc = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--smoke", "--only", "sum_xyz",
         "--systems", ",".join(systems), "--json", str(out_json), "--md", str(out_md)],
        capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    doc = json.loads(out_json.read_text())
    assert doc["mode"] == "smoke"
    assert doc["machine"]["threads"] >= 1
    w = doc["workloads"]["sum_xyz"]
    assert set(w["systems"]) == set(systems)
    for name in systems:
        r = w["systems"][name]
        # numpy is the reference; every other system was checked equal to it before timing
        assert r["status"] == "ok", (name, r)
        assert r["max_abs_err"] is not None
        assert r["median_s"] is not None and r["median_s"] > 0
        assert len(r["samples_s"]) == 2
    assert w["best_hlox"] in ("hlox.jit", "hlox (HLO)")
    assert w["hlox_over_best_peer"] > 0
    table = out_md.read_text()
    assert "| workload |" in table and "hlox ÷ best peer" in table
    assert "sum(x + y*z)" in table
    assert "| sum(x + y*z)" in proc.stdout


def test_bench_rejects_unknown_workload(tmp_path):
    proc = subprocess.run([sys.executable, str(RUN), "--smoke", "--only", "nope",
                           "--json", str(tmp_path / "r.json"), "--md", ""],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 2
    assert "unknown workload" in proc.stderr


@pytest.mark.skipif(not _have("jax"), reason="jax not installed")
def test_bench_mismatch_is_reported_not_timed():
    """A system whose result differs from the reference is marked wrong and not timed."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import harness
        cfg = harness.Config.make(1, quick=True, smoke=True)
        import numpy as np
        w = harness.Workload("t", "t", {
            "numpy": lambda: (lambda: np.ones(3, np.float32)),
            "jax.jit": lambda: (lambda: np.full(3, 2.0, np.float32)),
            "hlox.jit": lambda: (lambda: np.ones(3, np.float32) + 1e-7),
        })
        res = harness.run_workload(w, cfg, ["numpy", "jax.jit", "hlox.jit"], log=lambda m: None)
        assert res["jax.jit"].status == "mismatch" and res["jax.jit"].median_s is None
        assert res["hlox.jit"].status == "ok" and res["hlox.jit"].median_s is not None
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
        sys.modules.pop("harness", None)


@pytest.mark.slow
@pytest.mark.skipif(not _have("jax"), reason="jax is the compile-time reference")
def test_compile_time_smoke(tmp_path):
    """benchmarks/compile_time.py on one small program: every figure measured, the cache
    hit is a hit, and the table and targets are built from the results."""
    out_json = tmp_path / "c.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "compile_time.py"), "--only", "fori_loop",
         "--no-inductor", "--json", str(out_json)],
        capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    doc = json.loads(out_json.read_text())
    entry = doc["results"]["fori_loop"]
    assert entry["errors"] == {}
    assert set(entry["median_seconds"]) == {"hlox_cold", "hlox_cold_tiered", "hlox_optimized",
                                            "jax", "hlox_hit", "hlox_run_wall"}
    cold, hit = entry["runs"]["hlox_cold"][0], entry["runs"]["hlox_hit"][0]
    assert not cold["cache_hit"] and hit["cache_hit"] and entry["all_hits"]
    assert set(cold["timings"]) == {"parse", "optimize", "codegen", "c-build"}
    assert doc["ratios"]["cold_over_jax"]["fori_loop"] > 0
    assert any("cache hit" in name for name in doc["targets"])
    assert "| fori_loop |" in proc.stdout
