"""The benchmark harness: systems, workloads, checking, timing, the table and the JSON.

A *workload* says what to compute (inputs, an array-API function usable with numpy,
jax.numpy and hlox.numpy, a torch function); a *system* turns a workload into a
zero-argument `run()` that computes it once and returns the outputs. For every
workload the harness builds each system, checks its outputs against the reference
(the first system that produced one: numpy, else PyTorch eager, else jax.jit), then
times the systems that passed in interleaved blocks and reports medians.
"""
from __future__ import annotations

import math
import sys
import time
import traceback
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

# Column order of the table. `HLOX` are hlox's own columns; the rest are the peers.
SYSTEMS = ["numpy", "torch", "torch.compile", "jax.jit", "hlox (HLO)", "hlox.from_jax", "hlox.jit",
           "hlox (torch)"]
HLOX = {"hlox (HLO)", "hlox.from_jax", "hlox.jit", "hlox (torch)"}
PEERS = [s for s in SYSTEMS if s not in HLOX]


class Unsupported(Exception):
    """A system that does not apply to a workload (e.g. no numpy training step)."""


@dataclass
class Config:
    threads: int
    quick: bool = False
    smoke: bool = False
    block_seconds: float = 0.05   # target length of one timed block of calls
    repeats: int = 15             # timed blocks per system (interleaved)
    warmup: int = 3               # untimed calls after the first (compiling) call

    @classmethod
    def make(cls, threads: int, quick: bool, smoke: bool) -> "Config":
        if smoke:
            return cls(threads, quick=True, smoke=True, block_seconds=0.0, repeats=2, warmup=0)
        if quick:
            return cls(threads, quick=True, block_seconds=0.02, repeats=5, warmup=2)
        return cls(threads)


@dataclass
class Result:
    system: str
    status: str = "ok"            # ok | mismatch | error | unsupported | missing
    detail: str = ""
    first_call_s: float | None = None   # build + first call (compiles)
    median_s: float | None = None
    min_s: float | None = None
    samples_s: list[float] = field(default_factory=list)   # per-call time of each block
    # process CPU time per call (all threads of this process): on a machine shared with
    # other jobs it leaves out the time this process waited for a CPU (JSON only)
    cpu_median_s: float | None = None
    cpu_samples_s: list[float] = field(default_factory=list)
    calls_per_block: int = 0
    max_abs_err: float | None = None


def leaves(value) -> list[np.ndarray]:
    """Flatten nested tuples/lists/dicts of arrays (numpy, torch, jax, hlox) to numpy arrays."""
    if isinstance(value, dict):
        return [a for k in sorted(value) for a in leaves(value[k])]
    if isinstance(value, (tuple, list)):
        return [a for v in value for a in leaves(v)]
    if hasattr(value, "detach"):          # torch
        value = value.detach().cpu().numpy()
    return [np.asarray(value)]


def compare(out, ref, tol: float) -> tuple[bool, float, str]:
    """allclose leaf by leaf, with atol = tol * max(1, max|ref|) (as the hlox tests do)."""
    got, want = leaves(out), leaves(ref)
    if len(got) != len(want):
        return False, math.inf, f"{len(got)} outputs, reference has {len(want)}"
    worst = 0.0
    for i, (g, w) in enumerate(zip(got, want)):
        g = np.asarray(g, dtype=np.float64)
        w = np.asarray(w, dtype=np.float64)
        if g.shape != w.shape:
            return False, math.inf, f"output {i}: shape {g.shape} != {w.shape}"
        scale = max(1.0, float(np.max(np.abs(w)))) if w.size else 1.0
        err = float(np.max(np.abs(g - w))) if w.size else 0.0
        worst = max(worst, err)
        if not np.allclose(g, w, rtol=tol, atol=tol * scale, equal_nan=True):
            return False, err, f"output {i}: max |diff| {err:.3g} > {tol} x {scale:.3g}"
    return True, worst, ""


@dataclass
class Workload:
    """One benchmark. `check` maps (outputs, reference outputs) -> (ok, err, why)."""

    name: str
    description: str
    builders: dict[str, Callable[[], Callable[[], object]]]   # system -> build() -> run
    tol: float = 2e-4
    check: Callable | None = None
    group: str = "compute"
    note: str = ""


def _format_exc(e: BaseException) -> str:
    text = f"{type(e).__name__}: {e}".strip()
    first = text.splitlines()[0] if text else type(e).__name__
    return first[:300]


def run_workload(w: Workload, cfg: Config, systems: list[str], log=print) -> dict[str, Result]:
    results: dict[str, Result] = {}
    runs: dict[str, Callable] = {}
    ref = None
    ref_system = None
    for system in systems:
        res = results[system] = Result(system)
        build = w.builders.get(system)
        if build is None:
            res.status, res.detail = "unsupported", "not applicable"
            continue
        try:
            t0 = time.perf_counter()
            run = build()
            out = run()
            res.first_call_s = time.perf_counter() - t0
        except Unsupported as e:
            res.status, res.detail = "unsupported", str(e)
            continue
        except ImportError as e:
            res.status, res.detail = "missing", _format_exc(e)
            continue
        except Exception as e:  # noqa: BLE001 - a failing system is reported, not fatal
            res.status, res.detail = "error", _format_exc(e)
            log(f"  {system}: ERROR {res.detail}")
            if cfg.smoke:
                traceback.print_exc()
            continue
        if ref is None:
            ref, ref_system = out, system
            res.max_abs_err = 0.0
        else:
            try:
                ok, err, why = (w.check or (lambda o, r: compare(o, r, w.tol)))(out, ref)
            except Exception as e:  # noqa: BLE001
                ok, err, why = False, math.inf, _format_exc(e)
            res.max_abs_err = err
            if not ok:
                res.status, res.detail = "mismatch", f"vs {ref_system}: {why}"
                log(f"  {system}: MISMATCH {res.detail}")
                continue
        runs[system] = run
    if ref_system is not None:
        for r in results.values():
            if r.status == "ok":
                r.detail = r.detail or f"checked against {ref_system}"
    time_interleaved(runs, results, cfg)
    return results


def _calibrate(run: Callable, cfg: Config) -> int:
    for _ in range(cfg.warmup):
        run()
    if cfg.block_seconds <= 0:
        return 1
    n = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(n):
            run()
        dt = time.perf_counter() - t0
        if dt >= cfg.block_seconds / 4 or n >= 1 << 20:
            return max(1, int(math.ceil(n * cfg.block_seconds / max(dt, 1e-9))))
        n *= 4


def time_interleaved(runs: dict[str, Callable], results: dict[str, Result], cfg: Config) -> None:
    """Warm up each system, size its block, then time blocks round-robin (the starting
    system rotates every round) so that slow drifts of the machine hit all systems alike."""
    names = list(runs)
    if "hlox.tiered" in sys.modules:  # time hlox's optimised libraries, not the first -O0 ones
        sys.modules["hlox.tiered"].wait()
    for name in names:
        results[name].calls_per_block = _calibrate(runs[name], cfg)
    for r in range(cfg.repeats):
        order = names[r % len(names):] + names[:r % len(names)] if names else []
        for name in order:
            run, n = runs[name], results[name].calls_per_block
            c0 = time.process_time()
            t0 = time.perf_counter()
            for _ in range(n):
                run()
            results[name].samples_s.append((time.perf_counter() - t0) / n)
            results[name].cpu_samples_s.append((time.process_time() - c0) / n)
    for name in names:
        results[name].median_s = float(np.median(results[name].samples_s))
        results[name].min_s = float(np.min(results[name].samples_s))
        results[name].cpu_median_s = float(np.median(results[name].cpu_samples_s))


# ----------------------------------------------------------------------------- output

def fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    # Thresholds just below each unit: 0.99996 s rounds to "1e+03 ms" in 3 digits.
    if seconds < 0.9995e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 0.9995:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds:.3g} s"


def best(results: dict[str, Result], names, field: str = "median_s"
         ) -> tuple[str | None, float | None]:
    timed = [(getattr(r, field), s) for s, r in results.items()
             if s in names and getattr(r, field) is not None]
    if not timed:
        return None, None
    t, s = min(timed)
    return s, t


def ratio_info(results: dict[str, Result], field: str = "median_s") -> dict:
    hs, ht = best(results, HLOX, field)
    ps, pt = best(results, PEERS, field)
    return {"best_hlox": hs, "best_hlox_s": ht, "best_peer": ps, "best_peer_s": pt,
            "hlox_over_best_peer": (ht / pt) if ht and pt else None,
            "per_hlox_system": {s: (getattr(results[s], field) / pt) for s in HLOX
                                if s in results and getattr(results[s], field) and pt}}


_STATUS_CELL = {"unsupported": "n/a", "missing": "missing", "error": "error", "mismatch": "wrong"}


def first_call_table(all_results: dict[str, dict[str, Result]], workloads: dict[str, Workload],
                     systems: list[str]) -> str:
    """One row per workload: each compiling system's first call, and hlox's ÷ Inductor's."""
    compiling = [s for s in systems if s in ("torch.compile", *HLOX) and any(
        s in results and results[s].first_call_s is not None for results in all_results.values())]
    if not all_results or not compiling:
        return ""
    head = ["workload", *compiling, "hlox ÷ Inductor"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, results in all_results.items():
        firsts = {s: results[s].first_call_s for s in compiling
                  if s in results and results[s].first_call_s is not None}
        hlox = min((firsts[s] for s in firsts if s in HLOX), default=None)
        inductor = firsts.get("torch.compile")
        ratio = f"{hlox / inductor:.2f}×" if hlox and inductor else "—"
        lines.append("| " + " | ".join([workloads[name].description] + [
            fmt_time(firsts[s]) if s in firsts else "—" for s in compiling] + [ratio]) + " |")
    return "\n".join(lines)


def markdown_table(all_results: dict[str, dict[str, Result]], workloads: dict[str, Workload],
                   systems: list[str], field: str = "median_s") -> str:
    """One row per workload: `field` (median wall time by default) per system, the fastest
    hlox and the fastest peer in bold, and their ratio."""
    head = ["workload", *systems, "hlox ÷ best peer"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, results in all_results.items():
        cells = [workloads[name].description]
        hs, _ = best(results, HLOX, field)
        ps, _ = best(results, PEERS, field)
        for s in systems:
            r = results.get(s)
            if r is None:
                cells.append("—")
            elif getattr(r, field) is not None:
                cell = fmt_time(getattr(r, field))
                if s in (hs, ps):
                    cell = f"**{cell}**"
                cells.append(cell)
            else:
                cells.append(_STATUS_CELL.get(r.status, r.status))
        info = ratio_info(results, field)
        q = info["hlox_over_best_peer"]
        cells.append(f"{q:.2f}× (vs {info['best_peer']})" if q is not None else "—")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
