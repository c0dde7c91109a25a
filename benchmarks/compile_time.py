"""Compile time of the GPT block: hlox cold and from the disk cache (each in a fresh
process, `hlox compile FILE --stats`), against jax.jit's lower + compile in this process."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


from systems import Spec, _array_api_fn, hlo_text_of, jax_ns


def _hlox_compile_stats(hlo_file: Path, cache: Path, threads: int) -> dict:
    env = dict(os.environ, HLOX_CACHE_DIR=str(cache))
    hlox_cli = Path(sys.executable).with_name("hlox")
    cmd = ([str(hlox_cli)] if hlox_cli.exists() else [sys.executable, "-m", "hlox.tools.cli"])
    cmd += ["compile", str(hlo_file), "--stats", "--threads", str(threads)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"hlox compile failed ({proc.returncode}): "
                           f"{(proc.stderr or proc.stdout).strip()[-500:]}")
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    stats["process_wall_seconds"] = round(wall, 4)
    return stats


def _jax_compile_seconds(spec: Spec) -> float:
    import jax
    fn = _array_api_fn(spec, jax_ns())
    # a fresh function object: nothing in jax's in-memory caches
    fresh = jax.jit(lambda *a: fn(*a))
    t0 = time.perf_counter()
    fresh.lower(*spec.inputs).compile()
    return time.perf_counter() - t0


def measure(specs: list[Spec], threads: int, log=print) -> dict:
    out = {}
    with tempfile.TemporaryDirectory(prefix="hlox-bench-") as tmp:
        tmp = Path(tmp)
        for spec in specs:
            entry: dict = {"description": spec.description}
            try:
                text = hlo_text_of(spec)
                hlo_file = tmp / f"{spec.name}.hlo"
                hlo_file.write_text(text)
                entry["hlo_instructions"] = sum(1 for line in text.splitlines() if " = " in line)
                cache = tmp / f"cache-{spec.name}"
                entry["hlox_cold"] = _hlox_compile_stats(hlo_file, cache, threads)
                entry["hlox_cached"] = _hlox_compile_stats(hlo_file, cache, threads)
                entry["cached_under_0.05s"] = entry["hlox_cached"]["compile_seconds"] < 0.05
            except Exception as e:  # noqa: BLE001
                entry["hlox_error"] = f"{type(e).__name__}: {e}"[:500]
            try:
                entry["jax_lower_compile_seconds"] = round(_jax_compile_seconds(spec), 4)
            except Exception as e:  # noqa: BLE001
                entry["jax_error"] = f"{type(e).__name__}: {e}"[:300]
            log(f"  compile {spec.name}: {json.dumps({k: v for k, v in entry.items() if k != 'description'})}")
            out[spec.name] = entry
    return out


def markdown(compile_results: dict, first_calls: dict) -> str:
    """first_calls: workload -> system -> seconds of build + first call, from the timed runs."""
    lines = ["| program | hlox cold | hlox from cache (2nd process) | jax.jit lower+compile | "
             "first call¹: torch.compile | first call¹: hlox (torch) | first call¹: hlox.jit |",
             "|---|---|---|---|---|---|---|"]

    def s(v):
        return "—" if v is None else (f"{v * 1e3:.1f} ms" if v < 1 else f"{v:.2f} s")
    for name, e in compile_results.items():
        cold = e.get("hlox_cold", {}).get("compile_seconds")
        hit = e.get("hlox_cached", {})
        hit_cell = s(hit.get("compile_seconds")) + (" (hit)" if hit.get("cache_hit") else
                                                     (" (MISS)" if hit else ""))
        fc = first_calls.get(name, {})
        lines.append(f"| {e['description']} | {s(cold)} | {hit_cell} | "
                     f"{s(e.get('jax_lower_compile_seconds'))} | {s(fc.get('torch.compile'))} | "
                     f"{s(fc.get('hlox (torch)'))} | {s(fc.get('hlox.jit'))} |")
    lines.append("")
    lines.append("hlox cold / from cache: `hlox compile FILE --stats` (compile_seconds) in a fresh "
                 "process with an empty, then the same, HLOX_CACHE_DIR; jax.jit: lower + compile "
                 "of a fresh jit. ¹ build + first call in the timed run, with the disk caches "
                 "(~/.cache/hlox, Inductor's) as this machine had them: warm after an earlier run.")
    return "\n".join(lines)

