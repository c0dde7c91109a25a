"""`make bench`: hlox against numpy, PyTorch eager, torch.compile (Inductor) and jax.jit.

    .venv/bin/python benchmarks/run.py                 # full run (~10 minutes on 2 cores)
    .venv/bin/python benchmarks/run.py --quick         # short run
    .venv/bin/python benchmarks/run.py --only sum_xyz,softmax --systems numpy,hlox.jit

Every system gets the same inputs and the same thread count (`--threads`, default: the
CPUs this process may run on): OMP/OpenBLAS/MKL thread variables, torch.set_num_threads,
hlox's CompileOptions(threads=...) and HLOX_FLAGS=--threads (for hlox.jit and the torch
backend); with fewer threads than CPUs the process is pinned to that many CPUs, which is
what bounds jax's thread pool. Outputs are checked against a reference before any timing;
each system is warmed up, then timed in blocks interleaved round-robin with the others;
medians are reported. Prints a markdown table and writes JSON (`--json`) and markdown
(`--md`). OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE are left as the environment has them and
recorded (with threadpoolctl's view of the BLAS libraries, where installed).
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="a short run (fewer, shorter blocks)")
    p.add_argument("--smoke", action="store_true",
                   help="for tests: one call per block, two blocks; timings meaningless")
    p.add_argument("--only", default="", help="comma-separated workload names")
    p.add_argument("--systems", default="", help="comma-separated systems (default: all)")
    p.add_argument("--threads", type=int, default=0, help="threads for every system")
    p.add_argument("--json", default=str(HERE / "results.json"), help="where to write JSON")
    p.add_argument("--md", default=str(HERE / "results.md"), help="where to write markdown")
    p.add_argument("--no-compile-time", action="store_true",
                   help="skip the compile-time measurement (benchmarks/compile_time.py)")
    p.add_argument("--list", action="store_true", help="list the workloads and exit")
    return p.parse_args(argv)


def setup_threads(requested: int) -> int:
    """Same thread count for everyone; must run before numpy/torch/jax are imported."""
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    available = len(cpus) if cpus else (os.cpu_count() or 1)
    n = requested if requested > 0 else available
    if cpus and n < available:
        os.sched_setaffinity(0, cpus[:n])
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(n)
    flags = [f for f in shlex.split(os.environ.get("HLOX_FLAGS", "")) if not f.startswith("--threads")]
    os.environ["HLOX_FLAGS"] = " ".join(flags + [f"--threads={n}"])
    if n == 1:
        xla = os.environ.get("XLA_FLAGS", "")
        os.environ["XLA_FLAGS"] = (xla + " --xla_cpu_multi_thread_eigen=false "
                                   "intra_op_parallelism_threads=1").strip()
    return n


def _cmd_first_line(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=20).stdout.splitlines()[0]
    except Exception:  # noqa: BLE001
        return None


def machine_info(threads: int) -> dict:
    model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        flags = next((ln for ln in Path("/proc/cpuinfo").read_text().splitlines()
                      if ln.startswith("flags")), "")
    except OSError:
        flags = ""
    simd = [f for f in ("avx2", "fma", "avx512f", "avx512bw", "avx512_bf16") if f" {f}" in flags]
    mem = None
    try:
        kb = int(next(ln for ln in Path("/proc/meminfo").read_text().splitlines()
                      if ln.startswith("MemTotal")).split()[1])
        mem = round(kb / 2**20, 1)
    except Exception:  # noqa: BLE001
        pass
    return {"cpu": model, "logical_cpus": os.cpu_count(), "threads": threads, "simd": simd,
            "memory_gib": mem, "os": platform.platform(), "python": platform.python_version(),
            "cc": _cmd_first_line([os.environ.get("CC", "cc"), "--version"]),
            "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None}


def versions() -> dict:
    import importlib.metadata as md
    out = {}
    for dist in ("numpy", "torch", "jax", "jaxlib", "scipy-openblas32", "threadpoolctl", "hlox"):
        try:
            out[dist] = md.version(dist)
        except md.PackageNotFoundError:
            out[dist] = None
    return out


def threadpool_info() -> list | str:
    try:
        from threadpoolctl import threadpool_info as info
    except ImportError:
        return "threadpoolctl not installed"
    keep = ("user_api", "internal_api", "prefix", "version", "num_threads", "architecture",
            "threading_layer", "filepath")
    return [{k: v for k, v in d.items() if k in keep} for d in info()]


def main(argv=None) -> int:
    args = parse_args(argv)
    threads = setup_threads(args.threads)
    sys.path.insert(0, str(HERE))

    import numpy as np

    import harness
    import compile_time
    import systems as sysmod
    import workloads_basic
    import workloads_nn
    import workloads_torch

    factories = [*workloads_basic.SPECS, *workloads_nn.SPECS, *workloads_basic.OVERHEAD_SPECS]
    rng = np.random.default_rng(0)
    specs = {}
    for make in factories:
        spec = make(rng)
        specs[spec.name] = spec
    for w in workloads_torch.workloads(threads):  # nn.Modules: ready-made Workloads
        specs[w.name] = w
    if args.list:
        for s in specs.values():
            print(f"{s.name:16s} {s.description}")
        return 0
    only = [n for n in args.only.split(",") if n]
    unknown = [n for n in only if n not in specs]
    if unknown:
        print(f"unknown workload(s) {unknown}; known: {', '.join(specs)}", file=sys.stderr)
        return 2
    chosen = [specs[n] for n in (only or specs)]
    systems = [s for s in args.systems.split(",") if s] or list(harness.SYSTEMS)
    bad = [s for s in systems if s not in harness.SYSTEMS]
    if bad:
        print(f"unknown system(s) {bad}; known: {', '.join(harness.SYSTEMS)}", file=sys.stderr)
        return 2

    try:
        import torch
        torch.set_num_threads(threads)
    except ImportError:
        pass

    cfg = harness.Config.make(threads, args.quick, args.smoke)
    load_at_start = os.getloadavg() if hasattr(os, "getloadavg") else None
    started = time.time()
    print(f"hlox bench: {len(chosen)} workloads, {threads} threads, "
          f"{'smoke' if cfg.smoke else 'quick' if cfg.quick else 'full'} run", flush=True)
    workloads = {}
    all_results = {}
    for spec in chosen:
        w = spec if isinstance(spec, harness.Workload) else sysmod.workload(spec, threads)
        workloads[spec.name] = w
        print(f"{spec.name}: {spec.description}", flush=True)
        res = harness.run_workload(w, cfg, systems, log=lambda m: print(m, flush=True))
        all_results[spec.name] = res
        print("  " + "  ".join(f"{s}={harness.fmt_time(r.median_s) if r.median_s else r.status}"
                               for s, r in res.items()), flush=True)

    compile_results = {}
    if not args.no_compile_time and not args.smoke:
        # every compile-time workload, or those of --only that it knows
        names = [n for n in compile_time.WORKLOADS if not only or n in only]
        if names:
            print("compile time", flush=True)
            compile_results = compile_time.measure(names, log=lambda m: print(m, flush=True),
                                                   inductor="torch.compile" in systems)

    # ---------------------------------------------------------------- report
    table = harness.markdown_table(all_results, workloads, systems)
    cpu_table = harness.markdown_table(all_results, workloads, systems, field="cpu_median_s")
    ctable = compile_time.markdown(compile_results) if compile_results else ""
    model_results = {n: r for n, r in all_results.items() if workloads[n].group == "model"}
    first_table = harness.first_call_table(model_results, workloads, systems)
    info = machine_info(threads)
    env = {k: os.environ.get(k) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE",
                                          "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                          "XLA_FLAGS", "HLOX_FLAGS", "HLOX_CACHE_DIR")}
    targets = {}
    d = all_results.get("dispatch_add16", {}).get("hlox (HLO)")
    if d is not None and d.median_s is not None:
        targets["dispatch_add16: hlox (HLO) per call < 10 µs"] = {
            "value_us": round(d.median_s * 1e6, 2), "met": d.median_s < 10e-6,
            "cpu_time_us": round(d.cpu_median_s * 1e6, 2), "min_block_us": round(d.min_s * 1e6, 2)}
    j = all_results.get("jit_call3", {}).get("hlox.jit")
    if j is not None and j.median_s is not None:
        targets["jit_call3: hlox.jit per call < 20 µs"] = {
            "value_us": round(j.median_s * 1e6, 2), "met": j.median_s < 20e-6,
            "cpu_time_us": round(j.cpu_median_s * 1e6, 2), "min_block_us": round(j.min_s * 1e6, 2)}
    targets.update(compile_time.targets(compile_results))

    command = "benchmarks/run.py " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    header = (f"Measured {datetime.date.today().isoformat()} on {info['cpu']} "
              f"({info['logical_cpus']} logical CPUs, {threads} threads for every system, "
              f"{info['cc']}, load average {info['load_average'][0]:.1f} at the end); command: `{command.strip()}`; "
              f"OPENBLAS_CORETYPE={env['OPENBLAS_CORETYPE'] or 'unset'}.")
    md = [header, "", "Median wall time per call:", "", table, "",
          "Median process CPU time per call (all threads of the process; leaves out time spent "
          "waiting for a CPU, so it is the steadier figure on a machine shared with other jobs):",
          "", cpu_table]
    if first_table:
        md += ["", "Real models, first call (the cold compile: build, compile and run once; "
                   "hlox with its disk cache off, Inductor with its FX graph cache off; both "
                   "already imported in this process):", "", first_table]
    if ctable:
        md += ["", "Compile time:", "", ctable]
    if targets:
        md += ["", "Targets:", ""] + [f"- {k}: {v}" for k, v in targets.items()]
    notes = [f"- {w.description}: {w.note}" for w in workloads.values() if w.note]
    if notes:
        md += ["", "Notes:", ""] + notes
    md_text = "\n".join(md) + "\n"
    print()
    print(md_text)

    doc = {
        "command": command.strip(), "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "duration_seconds": round(time.time() - started, 1),
        "mode": "smoke" if cfg.smoke else "quick" if cfg.quick else "full",
        "config": {"threads": threads, "block_seconds": cfg.block_seconds,
                   "repeats": cfg.repeats, "warmup": cfg.warmup},
        "machine": info, "load_average_at_start": load_at_start, "versions": versions(), "env": env,
        "threadpoolctl": threadpool_info(),
        "systems": systems,
        "workloads": {
            name: {
                "description": workloads[name].description, "note": workloads[name].note,
                "tolerance": workloads[name].tol,
                "systems": {s: {k: v for k, v in vars(r).items() if k != "system"}
                            for s, r in res.items()},
                **harness.ratio_info(res),
                "cpu_time": harness.ratio_info(res, "cpu_median_s"),
            } for name, res in all_results.items()},
        "compile_time": compile_results,
        "targets": targets,
        "markdown": md_text,
    }
    for path, text in ((args.json, json.dumps(doc, indent=1, default=str)), (args.md, md_text)):
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            Path(path).write_text(text + ("\n" if not text.endswith("\n") else ""))
    print(f"wrote {args.json}" + (f" and {args.md}" if args.md else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
