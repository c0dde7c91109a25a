"""Where a torch step's time goes under backend="hlox": per graph, per hlox part.

    profile = StepProfile()
    with profiling(profile):
        for _ in range(steps):
            t = profile.clock(); step(); profile.step(profile.clock() - t)
    print(profile.report())

For every graph aot_autograd calls (forward, backward, inference): its time, split into
its hlox parts and what ran eagerly in PyTorch between them (graph time minus its parts).
For every hlox part: the compiled C code (`kernel`: hlox_main, all its kernels), the
conversion of its inputs to numpy (`inputs`: non-contiguous inputs are copied there — their
count and bytes are listed), and the Python per-call path (the rest: the signature key,
the cache lookup, wrapping outputs as tensors), plus static facts of the module it lowered
to: kernels, and the layout changes (transpose / copy instructions) in its HLO before
optimization. What is outside every graph (dynamo's guards, aot_autograd's wrappers, the
autograd engine, the optimizer) is the step's time minus its graphs'.

`kernel_times` goes one level down: it builds a part's C again with a clock around every
statement of hlox_main (each kernel launch, GEMM call and memcpy) and reruns it on the
part's last inputs, so each kernel's share of the C time is measured, not estimated.
"""
from __future__ import annotations

import re
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .executor import CompiledGraph, profiling, thread_count

__all__ = ["StepProfile", "kernel_times", "profiling"]

_CLOCK = """#include <time.h>
static double hlox_profile_s[%d];
double *hlox_profile(void) { return hlox_profile_s; }
static double hlox_now(void) {
  struct timespec t; clock_gettime(%s, &t); return t.tv_sec + 1e-9 * t.tv_nsec;
}
"""
# hlox_main's top-level statements that do work: kernel launches, GEMMs, copies
_TIMED = re.compile(r"^  ((k_\w+|cblas_\w+|memcpy)\(.*\);)$")


def _instrument(source: str, cpu: bool = True) -> tuple[str, list[str]]:
    """The C source with a clock around each timed statement of hlox_main, and their names."""
    head, sep, main = source.partition("int hlox_main(")
    if not sep:
        raise ValueError("no hlox_main in the C source")
    names, lines = [], []
    for line in main.splitlines():
        m = _TIMED.match(line)
        if m:
            lines.append(f"  {{ double t_ = hlox_now(); {m.group(1)} "
                         f"hlox_profile_s[{len(names)}] += hlox_now() - t_; }}")
            names.append(m.group(2))
        else:
            lines.append(line)
    clock = "CLOCK_PROCESS_CPUTIME_ID" if cpu else "CLOCK_MONOTONIC"
    return head + _CLOCK % (max(len(names), 1), clock) + sep + "\n".join(lines) + "\n", names


def kernel_times(compiled: CompiledGraph, inputs, repeats: int = 5,
                 cpu: bool = True) -> list[tuple[str, float]]:
    """(statement, seconds a call) for each kernel, GEMM and memcpy of the part's module:
    CPU time of all threads, or with cpu=False wall time."""
    import hlox
    from cffi import FFI

    from hlox.runtime.build import build_shared_library
    from hlox.runtime.executable import Executable

    lowered, executable, _ = next(reversed(compiled._cache.values()))
    with tempfile.TemporaryDirectory(prefix="hlox-profile-") as tmp:
        options = compiled.options.replace(threads=thread_count(compiled.threads), dump_dir=tmp)
        hlox.compile(lowered.module, options)
        (c_file,) = Path(tmp).glob("*.c")
        source, names = _instrument(c_file.read_text(), cpu)
        library = build_shared_library(source, Path(tmp) / "profiled.so",
                                       link_blas="cblas_" in source)
        timed = Executable(library, executable.signature, executable.arena_bytes,
                           executable.kernels, f"{compiled.name} (profiled)")
        for _ in range(repeats):
            timed(*inputs)
        ffi = FFI()
        ffi.cdef("double *hlox_profile(void);")
        seconds = ffi.dlopen(str(library)).hlox_profile()
        return [(name, seconds[i] / repeats) for i, name in enumerate(names)]


@dataclass
class PartStats:
    graph: CompiledGraph
    calls: int = 0
    total_s: float = 0.0
    kernel_s: float = 0.0
    inputs_s: float = 0.0
    copies: int = 0
    copied_bytes: int = 0
    last_inputs: list | None = None  # numpy inputs of the last call: kernel_times reruns them

    @property
    def python_s(self) -> float:
        return self.total_s - self.kernel_s - self.inputs_s


@dataclass
class StepProfile:
    # CPU time of the process (all threads), steadier than wall time on a shared machine;
    # cpu=False times the wall clock
    cpu: bool = True
    steps: int = 0
    step_s: float = 0.0
    graphs: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    parts: dict[str, PartStats] = field(default_factory=dict)

    @property
    def clock(self):
        return time.process_time if self.cpu else time.perf_counter

    # ------------------------------------------------------------ what the executor reports
    def graph(self, name: str, seconds: float) -> None:
        self.graphs[name].append(seconds)

    def part(self, compiled: CompiledGraph, total_s, kernel_s, inputs_s, copied,
             arrays) -> None:
        stats = self.parts.get(compiled.name)
        if stats is None:
            stats = self.parts[compiled.name] = PartStats(compiled)
        stats.calls += 1
        stats.total_s += total_s
        stats.kernel_s += kernel_s
        stats.inputs_s += inputs_s
        stats.copies += len(copied)
        stats.copied_bytes += sum(t.numel() * t.element_size() for t in copied)
        stats.last_inputs = arrays

    def step(self, seconds: float) -> None:
        self.steps += 1
        self.step_s += seconds

    # ------------------------------------------------------------ the report
    def _static(self, stats: PartStats) -> tuple[int | None, int]:
        """(kernels, transposes and copies in the lowered HLO) of the last compile."""
        from hlox.ir.printer import print_module
        if not stats.graph._cache:
            return None, 0
        entry = next(reversed(stats.graph._cache.values()))
        if not isinstance(entry, tuple):
            return None, 0
        lowered, executable, _ = entry
        text = print_module(lowered.module)
        layout = sum(text.count(f" {op}(") for op in ("transpose", "copy"))
        return getattr(executable, "kernels", None), layout

    def summary(self) -> dict:
        """Per-step milliseconds: the numbers the report prints (tests read them)."""
        n = max(self.steps, 1)
        per = lambda s: s * 1e3 / n  # noqa: E731
        graphs = {}
        for name, times in self.graphs.items():
            parts = {k: v for k, v in self.parts.items() if k == name or k.startswith(name + ".")}
            in_parts = sum(p.total_s for p in parts.values())
            graphs[name] = {
                "calls": len(times) / n, "ms": per(sum(times)),
                "eager_ms": per(max(sum(times) - in_parts, 0.0)),
                "parts": {k: {"ms": per(p.total_s), "kernel_ms": per(p.kernel_s),
                              "inputs_ms": per(p.inputs_s), "python_ms": per(p.python_s),
                              "copies": p.copies / n, "copied_kib": p.copied_bytes / 1024 / n,
                              **dict(zip(("kernels", "layout_ops"), self._static(p)))}
                          for k, p in parts.items()}}
        in_graphs = sum(sum(t) for t in self.graphs.values())
        return {"steps": self.steps, "step_ms": per(self.step_s),
                "outside_graphs_ms": per(max(self.step_s - in_graphs, 0.0)), "graphs": graphs}

    def report(self, kernels: int = 0) -> str:
        """A markdown table; with `kernels` > 0, each part's slowest kernels after it."""
        s = self.summary()
        lines = [f"step {s['step_ms']:.2f} ms {'CPU' if self.cpu else 'wall'} (mean of "
                 f"{s['steps']}); outside the graphs "
                 f"(guards, autograd, optimizer): {s['outside_graphs_ms']:.2f} ms",
                 "| graph / hlox part | ms | C code | inputs | Python path | eager | copies "
                 "(KiB) | kernels | layout ops |", "|---|---|---|---|---|---|---|---|---|"]
        for name, g in s["graphs"].items():
            lines.append(f"| **{name}** | {g['ms']:.2f} | | | | {g['eager_ms']:.2f} | | | |")
            for part, p in g["parts"].items():
                lines.append(f"| {part} | {p['ms']:.2f} | {p['kernel_ms']:.2f} | "
                             f"{p['inputs_ms']:.3f} | {p['python_ms']:.3f} | | "
                             f"{p['copies']:.0f} ({p['copied_kib']:.0f}) | {p['kernels']} | "
                             f"{p['layout_ops']} |")
        for name, stats in self.parts.items() if kernels else ():
            if stats.last_inputs is None:
                continue
            times = kernel_times(stats.graph, stats.last_inputs, cpu=self.cpu)
            total = sum(t for _, t in times) or 1.0
            lines.append(f"\n{name}: {len(times)} statements, {total * 1e3:.2f} ms; slowest:")
            for kernel, t in sorted(times, key=lambda x: -x[1])[:kernels]:
                lines.append(f"- {kernel}: {t * 1e3:.3f} ms ({100 * t / total:.0f}%)")
        return "\n".join(lines)
