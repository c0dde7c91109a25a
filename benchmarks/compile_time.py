"""Compile time per workload, every figure from a fresh process.

    .venv/bin/python benchmarks/compile_time.py                  # all twelve workloads
    .venv/bin/python benchmarks/compile_time.py --only mlp_grad,gpt_train --repeats 3

The workloads: the nine JAX programs of `tests/fixtures/jax` (their `.hlo` files), the
benchmarks' sum(x+y*z), and the GPT block's forward and training step (the HLO text jax
lowers them to). For each, in one round and in this order, each in a new process:

- hlox cold: `hlox.compile(text)` with an empty HLOX_CACHE_DIR, timed from just after
  `import numpy, hlox` (the imports hlox does lazily are counted: the caller waits for
  them; numpy is the caller's, its inputs are numpy arrays); and until its optimised
  library is in use (a tiered build returns the -O0 one first, compiler/tiered.py);
- jax: `jax.jit(f).lower(*args).compile()` timed from just after `import jax`;
- Inductor (workloads with a PyTorch version): `torch.compile(f)` and its first call,
  timed from just after `import torch`, with an empty TORCHINDUCTOR_CACHE_DIR;
- hlox cache hit: `hlox.compile(text)` again, the cache now holding the module;
- `hlox run FILE`: the wall time of the whole command from the shell, cache warm.

Each figure is wall time, with CPU time beside it (this process's and its children's, cc's:
the steadier figure on a shared machine). With `--repeats N` the rounds alternate N
times and medians are reported. `make bench`
(benchmarks/run.py) calls `measure` and prints `markdown`.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "tests" / "fixtures" / "jax"

# The JAX programs of tests/fixtures/jax, then the benchmark specs (benchmarks/workloads_*).
FIXTURE_PROGRAMS = ("mlp_loss", "mlp_grad", "layernorm_gelu", "causal_attention",
                    "conv_relu_pool", "transformer_block", "fori_loop", "scan_rnn", "vmap_fn")
SPEC_PROGRAMS = ("sum_xyz", "gpt_fwd", "gpt_train")
WORKLOADS = ("sum_xyz", *FIXTURE_PROGRAMS, "gpt_fwd", "gpt_train")
# The ten programs the compile-time target is stated over (the GPT block is reported too).
TARGET_PROGRAMS = ("sum_xyz", *FIXTURE_PROGRAMS)


# ----------------------------------------------------------------------------- children
# Each runs in its own process and prints one JSON line.

def _spec(name: str):
    import numpy as np

    sys.path.insert(0, str(HERE))
    import workloads_basic
    import workloads_nn
    for make in (*workloads_basic.SPECS, *workloads_nn.SPECS):
        spec = make(np.random.default_rng(0))
        if spec.name == name:
            return spec
    raise KeyError(name)


class _Clock:
    """Wall seconds and CPU seconds (this process's and its children's: cc's) of a block."""

    @staticmethod
    def _cpu():
        import resource
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), self._cpu()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, self._cpu() - self.cpu

    def result(self, **more) -> dict:
        return {"seconds": self.wall, "cpu_seconds": self.cpu, **more}


def _child_hlox(hlo_file: str) -> dict:
    text = Path(hlo_file).read_text()
    import numpy  # noqa: F401 - the caller's: its inputs are numpy arrays
    with _Clock() as imported:
        import hlox  # timed: the import a program makes before it compiles
    from hlox import hooks  # light (contextvars): the stats are heard, the driver not imported
    heard = []
    hooks.compile_stats.set(heard.append)
    with _Clock() as clock:  # hlox.compile as a program calls it: its lazy imports count
        hlox.compile(text)
    (stats,) = heard
    from hlox import tiered
    with _Clock() as swap:  # a tiered build's optimised library, until it is swapped in
        tiered.wait()
    return clock.result(compile_seconds=stats.compile_seconds, cache_hit=stats.cache_hit,
                        timings=stats.timings, import_hlox_seconds=imported.wall,
                        optimized_seconds=clock.wall + swap.wall,
                        optimized_cpu_seconds=clock.cpu + swap.cpu)


def _child_jax(name: str) -> dict:
    if name in FIXTURE_PROGRAMS:
        sys.path.insert(0, str(FIXTURES))
        import programs  # imports jax
        args = programs.example_inputs(name)
        with _Clock() as clock:
            programs.jitted(name).lower(*args).compile()
    else:
        spec = _spec(name)
        import jax
        from systems import _array_api_fn, jax_ns
        with _Clock() as clock:
            jax.jit(_array_api_fn(spec, jax_ns())).lower(*spec.inputs).compile()
    return clock.result()


def _child_inductor(name: str) -> dict:
    spec = _spec(name)
    import torch
    from systems import _torch_builder
    threads = int(os.environ.get("OMP_NUM_THREADS", "0")) or os.cpu_count() or 1
    with _Clock() as clock:
        _torch_builder(spec, "inductor", threads)()()
    return clock.result(torch=torch.__version__)


CHILDREN = {"hlox": _child_hlox, "jax": _child_jax, "inductor": _child_inductor}


# ----------------------------------------------------------------------------- parent

def _run_child(kind: str, arg: str, env: dict) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, arg]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} {arg} failed ({proc.returncode}): "
                           f"{(proc.stderr or proc.stdout).strip()[-400:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _hlox_run_wall(hlo_file: Path, env: dict) -> float:
    hlox_cli = Path(sys.executable).with_name("hlox")
    cmd = ([str(hlox_cli)] if hlox_cli.exists() else [sys.executable, "-m", "hlox.tools.cli"])
    start = time.perf_counter()
    proc = subprocess.run([*cmd, "run", str(hlo_file)], env=env, capture_output=True,
                          text=True, timeout=900)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"hlox run failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
    return wall


def _hlo_file(name: str, tmp: Path) -> Path:
    if name in FIXTURE_PROGRAMS:
        return FIXTURES / f"{name}.hlo"
    from systems import hlo_text_of
    path = tmp / f"{name}.hlo"
    path.write_text(hlo_text_of(_spec(name)))
    return path


def _has_torch(name: str) -> bool:
    if name in FIXTURE_PROGRAMS:
        return False
    try:
        import importlib.util
        return importlib.util.find_spec("torch") is not None
    except ValueError:
        return False


def _byte_compiled_env(tmp: Path) -> dict:
    """The environment of the children, with hlox's modules byte-compiled as an installed
    package has them (an editable install under PYTHONDONTWRITEBYTECODE=1 would compile
    every module from source in every process): into a folder of this run's own."""
    import importlib.util
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    folders = [str(Path(importlib.util.find_spec(package).origin).parent) for package in
               ("hlox", "hlox.ir", "hlox.passes", "hlox.runtime", "hlox.frontends", "hlox.tools")]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *folders, str(HERE), str(FIXTURES)],
                   env=env, check=True, capture_output=True)
    return env


def _warm_up(names, files: dict, env: dict, tmp: Path) -> None:
    """One hlox and one jax child first, not counted: they write the byte code of what the
    children import (xDSL, jax's lazily imported modules) into this run's
    PYTHONPYCACHEPREFIX, as installed packages have it; else the first measured children
    would compile those sources (~0.2 s of hlox's cold compile, more of jax's)."""
    first = next((n for n in names if n in files), None)
    for kind, arg in (("hlox", str(files[first]) if first else None), ("jax", names[0])):
        if arg is not None:
            try:
                _run_child(kind, arg, dict(env, HLOX_CACHE_DIR=str(tmp / "cache-warm-up")))
            except Exception:  # noqa: BLE001 - the measured child reports the error
                pass


def measure(names=WORKLOADS, repeats: int = 1, log=print, inductor: bool = True) -> dict:
    """name -> {"runs": figure -> [child result of each round], "median_seconds", ...}."""
    sys.path.insert(0, str(HERE))
    out: dict = {}
    with tempfile.TemporaryDirectory(prefix="hlox-compile-time-") as tmp:
        tmp = Path(tmp)
        base_env = _byte_compiled_env(tmp)
        files = {}
        for name in names:
            out[name] = {"runs": {}, "errors": {}}
            try:
                files[name] = _hlo_file(name, tmp)
                text = files[name].read_text()
                out[name]["hlo_instructions"] = sum(1 for ln in text.splitlines() if " = " in ln)
            except Exception as e:  # noqa: BLE001
                out[name]["errors"]["hlo"] = f"{type(e).__name__}: {e}"[:400]
        _warm_up(names, files, base_env, tmp)
        for round_ in range(repeats):
            for name in names:
                entry, runs = out[name], out[name]["runs"]
                cache = tmp / f"cache-{name}-{round_}"
                env = dict(base_env, HLOX_CACHE_DIR=str(cache))

                def attempt(figure, fn):
                    try:
                        runs.setdefault(figure, []).append(fn())
                    except Exception as e:  # noqa: BLE001
                        entry["errors"][figure] = f"{type(e).__name__}: {e}"[:400]
                tenv = dict(env, HLOX_TIERED_BUILD="1",
                            HLOX_CACHE_DIR=str(tmp / f"cache-tiered-{name}-{round_}"))

                def cold_tiered():  # opt-in: -O0 returned, -O3 swapped in later
                    result = _run_child("hlox", str(files[name]), tenv)
                    runs.setdefault("hlox_optimized", []).append(
                        {"seconds": result["optimized_seconds"],
                         "cpu_seconds": result["optimized_cpu_seconds"]})
                    return result
                if name in files:
                    attempt("hlox_cold", lambda: _run_child("hlox", str(files[name]), env))
                    attempt("hlox_cold_tiered", cold_tiered)
                attempt("jax", lambda: _run_child("jax", name, env))
                if inductor and _has_torch(name):
                    ienv = dict(env, TORCHINDUCTOR_CACHE_DIR=str(tmp / f"inductor-{name}-{round_}"))
                    attempt("inductor", lambda: _run_child("inductor", name, ienv))
                if name in files:
                    attempt("hlox_hit", lambda: _run_child("hlox", str(files[name]), env))
                    attempt("hlox_run_wall", lambda: {"seconds": _hlox_run_wall(files[name], env)})
                log(f"  compile {name} round {round_ + 1}: " + "  ".join(
                    f"{k}={v[-1]['seconds']:.3f}s" for k, v in runs.items())
                    + (f"  errors={entry['errors']}" if entry["errors"] else ""))
    for entry in out.values():
        entry["median_seconds"] = {k: statistics.median(r["seconds"] for r in v)
                                   for k, v in entry["runs"].items()}
        entry["median_cpu_seconds"] = {k: statistics.median(r["cpu_seconds"] for r in v)
                                       for k, v in entry["runs"].items() if "cpu_seconds" in v[0]}
        hits = entry["runs"].get("hlox_hit", [])
        entry["all_hits"] = bool(hits) and all(r["cache_hit"] for r in hits)
    return out


def ratios(results: dict, field: str = "median_seconds", cold: str = "hlox_cold") -> dict:
    """cold ÷ jax per workload, their geomean over the ten target programs, the worst."""
    per = {n: e[field][cold] / e[field]["jax"] for n, e in results.items()
           if {cold, "jax"} <= e[field].keys()}
    target = [per[n] for n in TARGET_PROGRAMS if n in per]
    geo = math.exp(sum(map(math.log, target)) / len(target)) if target else None
    return {"cold_over_jax": per, "geomean_cold_over_jax": geo,
            "max_cold_over_jax": max(target) if target else None, "programs": len(target)}


def targets(results: dict) -> dict:
    """The issue's targets: geomean cold ÷ jax <= 1 and none above 2 over the ten programs;
    a cache hit in a new process <= 50 ms in hlox.compile; `hlox run` cached <= 0.3 s."""
    if not results:
        return {}
    r = ratios(results)
    hits = {n: e["median_seconds"]["hlox_hit"] for n, e in results.items()
            if "hlox_hit" in e["median_seconds"]}
    runs = {n: e["median_seconds"]["hlox_run_wall"] for n, e in results.items()
            if "hlox_run_wall" in e["median_seconds"]}
    out = {}
    if r["geomean_cold_over_jax"] is not None:
        out["compile: geomean hlox cold / jax <= 1.0, none above 2.0"] = {
            "geomean": round(r["geomean_cold_over_jax"], 3),
            "max": round(r["max_cold_over_jax"], 3),
            "met": r["geomean_cold_over_jax"] <= 1.0 and r["max_cold_over_jax"] <= 2.0}
    if hits:
        out["compile: cache hit in a new process <= 50 ms (in hlox.compile)"] = {
            "max_s": round(max(hits.values()), 4),
            "all_hits": all(results[n]["all_hits"] for n in hits),
            "met": max(hits.values()) <= 0.05 and all(results[n]["all_hits"] for n in hits)}
    if runs:
        out["compile: `hlox run` of a cached module <= 0.3 s wall"] = {
            "max_s": round(max(runs.values()), 3), "met": max(runs.values()) <= 0.3}
    return out


def markdown(results: dict) -> str:
    def s(v):
        return "—" if v is None else (f"{v * 1e3:.1f} ms" if v < 1 else f"{v:.2f} s")
    r = ratios(results)
    lines = ["| program | hlox cold | tiered cold (opt-in) | tiered: -O3 in use | "
             "hlox cache hit (new process) | `hlox run` wall (cached) | jax lower+compile | "
             "Inductor first call | cold ÷ jax |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, e in results.items():
        m = e["median_seconds"]
        hit = s(m.get("hlox_hit")) + ("" if e["all_hits"] or "hlox_hit" not in m else " (MISS)")
        ratio = r["cold_over_jax"].get(name)
        lines.append(f"| {name} | {s(m.get('hlox_cold'))} | {s(m.get('hlox_cold_tiered'))} | "
                     f"{s(m.get('hlox_optimized'))} | {hit} | "
                     f"{s(m.get('hlox_run_wall'))} | "
                     f"{s(m.get('jax'))} | {s(m.get('inductor'))} | "
                     f"{'—' if ratio is None else f'{ratio:.2f}×'} |")
    if r["geomean_cold_over_jax"] is not None:
        cpu = ratios(results, "median_cpu_seconds")
        lines += ["", f"Geomean of hlox cold ÷ jax over the {r['programs']} JAX programs: "
                      f"**{r['geomean_cold_over_jax']:.2f}×** wall (worst "
                      f"{r['max_cold_over_jax']:.2f}×), {cpu['geomean_cold_over_jax']:.2f}× CPU "
                      f"time (worst {cpu['max_cold_over_jax']:.2f}×; the process's and cc's)."]
        tiered = ratios(results, cold="hlox_cold_tiered")
        if tiered["geomean_cold_over_jax"] is not None:
            lines += [f"With the opt-in tiered build: {tiered['geomean_cold_over_jax']:.2f}× "
                      f"wall (worst {tiered['max_cold_over_jax']:.2f}×)."]
    imports = [r["import_hlox_seconds"] for e in results.values()
               for r in e["runs"].get("hlox_hit", [])]
    if imports:
        lines += ["", f"`import hlox` (not in the figures above): median "
                      f"{s(statistics.median(imports))}."]
    errors = {n: e["errors"] for n, e in results.items() if e["errors"]}
    if errors:
        lines += ["", "Errors: " + json.dumps(errors)]
    lines += ["", "Each figure from a fresh process: hlox cold = `hlox.compile(text)` with an empty "
                  "HLOX_CACHE_DIR, timed after `import numpy, hlox`; tiered = the same with "
                  "HLOX_TIERED_BUILD=1, and until its -O3 library is swapped in "
                  "(`hlox.tiered.wait()`); cache hit = the same again (inside "
                  "`hlox.compile`); `hlox run FILE` = the whole command's wall time; jax = "
                  "`jit(f).lower(*args).compile()` after `import jax`; Inductor = `torch.compile` "
                  "+ first call after `import torch`, empty Inductor cache."]
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--only", default="", help="comma-separated workloads: " + ",".join(WORKLOADS))
    p.add_argument("--repeats", type=int, default=1, help="alternating rounds (medians)")
    p.add_argument("--json", help="write the results as JSON here")
    p.add_argument("--no-inductor", action="store_true", help="leave out torch.compile")
    p.add_argument("--child", nargs=2, metavar=("KIND", "ARG"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        sys.path.insert(0, str(HERE))
        print(json.dumps(CHILDREN[args.child[0]](args.child[1])))
        return 0
    names = [n for n in args.only.split(",") if n] or list(WORKLOADS)
    unknown = [n for n in names if n not in WORKLOADS]
    if unknown:
        print(f"unknown workload(s) {unknown}; known: {', '.join(WORKLOADS)}", file=sys.stderr)
        return 2
    results = measure(names, args.repeats, log=lambda m: print(m, flush=True),
                      inductor=not args.no_inductor)
    print(markdown(results))
    for name, target in targets(results).items():
        print(f"- {name}: {target}")
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"results": results, "ratios": ratios(results),
             "cpu_ratios": ratios(results, "median_cpu_seconds"), "targets": targets(results)},
            indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
