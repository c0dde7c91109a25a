"""One OpenMP runtime, one thread policy, for a process that holds hlox and PyTorch.

hlox's compiled modules are built with `-fopenmp` and need `libgomp.so.1`; PyTorch's CPU
wheel ships its own `torch/lib/libgomp.so.1`. The dynamic loader matches libraries by
soname, so whichever is loaded first serves both: one runtime, and one thread pool for
every parallel region the Python thread starts, hlox kernel or ATen op. Two pools never
run busy at once as long as both are entered from the same thread, which is how the torch
backend calls hlox (CPU autograd runs backward on the caller's thread too).

What is left to decide is how many threads and how they wait:

- the count: inside torch, hlox follows `torch.get_num_threads()` (the torch backend
  compiles with it; see `frontends/torch/executor.py`), so a region of hlox and one of ATen
  use the same team;
- the wait: between regions libgomp's idle threads spin (GOMP_SPINCOUNT, 300,000 spins by
  default) before they sleep. Spinning costs nothing on an idle machine and steals the CPU
  from everything else on a shared one, where a kernel waits at its barrier for a thread
  that the scheduler gave to a spinner. hlox's policy (WAIT_POLICY) is a passive wait:
  measured against a short spin (GOMP_SPINCOUNT=10000) and the default, it was as fast on
  the quiet machine and fastest on the busy one (benchmarks/threads.py; figures in
  /work/reports/torch.md).

libgomp reads its environment once, when it is loaded: the policy is set in os.environ
by `configure()`, which `import hlox` runs, and holds only if libgomp is not loaded yet
(hlox imported before torch, or a process without torch). A user's own OMP_WAIT_POLICY or
GOMP_SPINCOUNT always wins. When libgomp came first (`import torch` before hlox),
`configure()` says so and the runtime keeps libgomp's defaults: hlox then waits exactly as
PyTorch's own regions do, in the same team, and the torch backend logs how to opt in.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

# Measured by benchmarks/threads.py (quiet and busy machine): sleep between regions.
WAIT_POLICY = {"OMP_WAIT_POLICY": "PASSIVE"}
USER_VARIABLES = ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")


@dataclass(frozen=True)
class PolicyState:
    """What `configure()` found: whose wait policy the process's OpenMP runtime has."""

    source: str  # "hlox", "user" (the environment set it) or "runtime default"
    detail: str


def openmp_runtime_loaded() -> bool:
    """Whether a libgomp is mapped into this process already (it read its env then)."""
    try:
        with open("/proc/self/maps") as maps:
            return any("libgomp" in line for line in maps)
    except OSError:  # not Linux: no way to tell; assume it is, and set nothing
        return True


_state: PolicyState | None = None


def configure() -> PolicyState:
    """Put hlox's wait policy in the environment if libgomp has not read it yet (once)."""
    global _state
    if _state is None:
        user = {k: os.environ[k] for k in USER_VARIABLES if k in os.environ}
        if user:
            _state = PolicyState("user", " ".join(f"{k}={v}" for k, v in user.items()))
        elif openmp_runtime_loaded():
            _state = PolicyState("runtime default",
                                 "libgomp was loaded before hlox (import torch first?): its "
                                 "threads spin 300000 times between regions; set "
                                 + " ".join(f"{k}={v}" for k, v in WAIT_POLICY.items())
                                 + " in the environment for hlox's policy")
        else:
            os.environ.update(WAIT_POLICY)
            _state = PolicyState("hlox", " ".join(f"{k}={v}" for k, v in WAIT_POLICY.items()))
    return _state


_openmp_pin = None


def keep_openmp_loaded() -> None:
    """Once a module has loaded libgomp, hold it for the life of the process (NODELETE).
    Its idle worker threads outlive every parallel region; when the last module using it
    was unloaded (an Executable collected), libgomp went with it and those threads woke
    up in unmapped code (a SIGSEGV in a later, unrelated compile)."""
    global _openmp_pin
    if _openmp_pin is None and hasattr(os, "RTLD_NODELETE") and openmp_runtime_loaded():
        import ctypes
        try:
            _openmp_pin = ctypes.CDLL("libgomp.so.1", mode=os.RTLD_NOW | os.RTLD_NODELETE)
        except OSError:  # another OpenMP runtime: nothing of ours to hold
            _openmp_pin = False


def torch_threads() -> int | None:
    """PyTorch's intra-op thread count, when torch is imported (hlox never imports it)."""
    import sys
    torch = sys.modules.get("torch")
    return torch.get_num_threads() if torch is not None else None
