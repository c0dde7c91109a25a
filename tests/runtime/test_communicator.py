"""The communicator implementations on their own, called as generated code calls them."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from comm_cases import check_device, group_sets  # noqa: E402
from comm_harness import on_threads, ptr, table  # noqa: E402

from hlox.runtime.communicator import CollectivePlan, InProcessGroup, find_mpi  # noqa: E402

HERE = Path(__file__).parent
needs_mpi = pytest.mark.skipif(find_mpi() is None, reason="needs MPI (the `mpi` extra)")


@pytest.mark.parametrize("n", [2, 4])
def test_in_process_collectives_match_numpy(n):
    plan = CollectivePlan(1, n, ("case",), tuple(group_sets(n)))
    group = InProcessGroup(plan, timeout=30)
    results = on_threads(n, lambda d: check_device(group.device(d).handle, d, n))
    for r in results:
        if isinstance(r, BaseException):
            raise r


def test_in_process_missing_device_times_out_naming_it():
    plan = CollectivePlan(1, 3, ("all-reduce 'sum.7'",), (((0, 0, 0), (0, 1, 2)),))
    group = InProcessGroup(plan, timeout=0.5)
    x = np.ones(4, np.float32)

    def device(d):
        if d == 2:
            return 0  # never arrives
        c = table(group.device(d).handle)
        return c.all_reduce(c, 0, 0, 11, 0, ptr(x), ptr(np.empty_like(x)), 4)

    start = time.monotonic()
    assert on_threads(3, device) == [1, 1, 0]
    assert time.monotonic() - start < 5
    assert group.error() == "all-reduce 'sum.7' timed out after 0.5 s: device(s) 2 of 3 never arrived"


def test_in_process_devices_at_different_sizes_fail():
    plan = CollectivePlan(1, 2, ("all-gather 'g'",), (((0, 0), (0, 1)),))
    group = InProcessGroup(plan, timeout=5)

    def device(d):
        x = np.ones(2 + d, np.float32)
        c = table(group.device(d).handle)
        return c.all_gather(c, 0, 0, ptr(x), ptr(np.empty(8, np.float32)), 1, x.nbytes)

    assert on_threads(2, device) == [1, 1]
    assert "devices disagree" in group.error() and "all-gather 'g'" in group.error()


def mpiexec(n: int, *args: str, timeout: float = 120, env=None):
    tools = find_mpi()
    return subprocess.run([tools.mpiexec, "-n", str(n), sys.executable, *args],
                          capture_output=True, text=True, timeout=timeout, cwd=HERE,
                          env={**os.environ, **(env or {})})


@needs_mpi
def test_mpi_collectives_match_numpy_at_two_ranks():
    proc = mpiexec(2, "comm_cases.py")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "rank 0 ok" in proc.stdout and "rank 1 ok" in proc.stdout, proc.stdout
