"""Dispatch overhead of a cached `hlox.jit` call: `python -m hlox.frontends.tracer.bench`.

The overhead is the time of a jitted call minus the time of calling its compiled
Executable directly with the same numpy arrays (best of several rounds)."""
from __future__ import annotations

import time

import numpy as np


def _best_per_call(fn, args, calls: int, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn(*args)
        best = min(best, (time.perf_counter() - start) / calls)
    return best


def dispatch_overhead(calls: int = 20000, rounds: int = 5) -> dict:
    from .api import jit
    f = jit(lambda a, b, c: a + b * c)
    args = [np.ones(8, np.float32) for _ in range(3)]
    f(*args)
    executable = next(iter(f._cache.values())).program.executable
    jit_s = _best_per_call(f, args, calls, rounds)
    exe_s = _best_per_call(executable, args, calls, rounds)
    return {"jit_call_us": jit_s * 1e6, "executable_call_us": exe_s * 1e6,
            "dispatch_overhead_us": (jit_s - exe_s) * 1e6}


def main() -> None:
    result = dispatch_overhead()
    print(f"cached jit call, 3 array arguments: {result['jit_call_us']:.2f} us; "
          f"Executable alone: {result['executable_call_us']:.2f} us; "
          f"dispatch overhead: {result['dispatch_overhead_us']:.2f} us (target < 20 us)")


if __name__ == "__main__":
    main()
