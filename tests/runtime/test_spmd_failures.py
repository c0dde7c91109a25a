"""Failures are bounded and loud: a rank that never arrives or dies, ranks that run
different programs, devices given wrong arguments."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import numpy as np
import pytest

import hlox
from hlox.ir import HloError
from hlox.runtime.communicator import find_mpi

needs_mpi = pytest.mark.skipif(find_mpi() is None, reason="needs MPI (the `mpi` extra)")

ALL_REDUCE = """HloModule sum_{n}, num_partitions=2

add {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}}

ENTRY main {{
  x = f32[{n}] parameter(0)
  ROOT total = f32[{n}] all-reduce(x), channel_id=1, replica_groups={{{{0,1}}}}, use_global_device_ids=true, to_apply=add
}}
"""

# each rank: `behaviour[rank]` says what it does after a first call made together
RANK_SCRIPT = """
import os, sys, time
import numpy as np
import hlox, hlox.distributed
from hlox.ir import HloError
rank, _ = hlox.distributed.initialize()
n = int(sys.argv[1 + rank])
behaviour = sys.argv[3 + rank]
text = {text!r}.format(n=n)
exe = hlox.compile(text, hlox.CompileOptions(threads=1))
try:
    if behaviour == "absent":
        time.sleep(30)
    print(f"rank {{rank}} first", exe(np.ones(n, np.float32))[0], flush=True)
    if behaviour == "sleep":
        time.sleep(30)
    elif behaviour == "die":
        os._exit(3)
    exe(np.ones(n, np.float32))
except HloError as e:
    print(f"rank {{rank}} error: {{e}}", flush=True)
    from hlox.runtime.communicator import abort_at_exit
    abort_at_exit()
    sys.exit(1)
print(f"rank {{rank}} done", flush=True)
"""


def mpi_job(tmp_path, sizes, behaviours, timeout_s: float):
    script = tmp_path / "rank.py"
    script.write_text(RANK_SCRIPT.format(text=ALL_REDUCE))
    start = time.monotonic()
    proc = subprocess.run([find_mpi().mpiexec, "-n", "2", sys.executable, str(script),
                           *map(str, sizes), *behaviours], capture_output=True, text=True,
                          timeout=120, env={**os.environ,
                                            "HLOX_COLLECTIVE_TIMEOUT": str(timeout_s)})
    return proc, time.monotonic() - start


@needs_mpi
def test_a_rank_that_never_arrives_fails_the_others_naming_it(tmp_path):
    proc, seconds = mpi_job(tmp_path, (4, 4), ("call", "sleep"), 2.0)
    assert proc.returncode != 0
    assert ("rank 0 error: sum_4: all-reduce 'total' timed out after 2 s on rank 0: rank(s) 1 "
            "of 2 never arrived") in proc.stdout, proc.stdout + proc.stderr
    assert seconds < 25  # rank 1 sleeps 30 s: the abort ended it


@needs_mpi
def test_a_rank_that_never_sets_up_fails_the_others_naming_it(tmp_path):
    proc, seconds = mpi_job(tmp_path, (4, 4), ("call", "absent"), 2.0)
    assert proc.returncode != 0
    assert "rank 0 error: setting up the communicator of sum_4(f32[4]" in proc.stdout
    assert ("waiting for every rank timed out after 2 s on rank 0: rank(s) 1 of 2 never "
            "arrived") in proc.stdout, proc.stdout
    assert seconds < 25


@needs_mpi
def test_a_rank_that_dies_ends_the_job(tmp_path):
    proc, seconds = mpi_job(tmp_path, (4, 4), ("call", "die"), 3.0)
    assert proc.returncode != 0
    assert "rank 0 done" not in proc.stdout
    assert seconds < 30


@needs_mpi
def test_ranks_with_different_shapes_fail_naming_both(tmp_path):
    proc, seconds = mpi_job(tmp_path, (4, 8), ("call", "call"), 5.0)
    assert proc.returncode != 0
    out = proc.stdout
    assert "ranks run different programs" in out, out + proc.stderr
    assert "sum_4(f32[4]" in out and "sum_8(f32[8]" in out


def test_in_process_wrong_device_argument_is_an_error_before_any_device_runs():
    exe = hlox.compile(ALL_REDUCE.format(n=4), hlox.CompileOptions(threads=1))
    start = time.monotonic()
    with pytest.raises(HloError, match=r"device 1: parameter 0 of sum_4 must be f32\[4\]"):
        exe.run_devices([[np.ones(4, np.float32)], [np.ones(5, np.float32)]], timeout=30)
    assert time.monotonic() - start < 5
    np.testing.assert_array_equal(
        exe.run_devices([[np.ones(4, np.float32)], [np.full(4, 2, np.float32)]])[1],
        np.full(4, 3, np.float32))


def test_mpi_run_without_mpi_says_what_to_install(monkeypatch):
    from hlox.runtime import communicator

    monkeypatch.setattr(communicator, "find_mpi", lambda: None)
    with pytest.raises(HloError, match=r"pip install 'hlox\[mpi\]'"):
        communicator.require_mpi()


def test_without_a_launcher_initialize_is_one_process(monkeypatch):
    import hlox.distributed as distributed

    for name in ("PMI_RANK", "OMPI_COMM_WORLD_RANK", "PMIX_RANK"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(distributed, "_state", {})
    assert distributed.initialize() == (0, 1)
    assert (distributed.rank(), distributed.size()) == (0, 1)


def test_cli_nprocs_without_mpi_says_what_to_install(tmp_path):
    program = tmp_path / "sum.hlo"
    program.write_text(ALL_REDUCE.format(n=4))
    env = {**os.environ, "HLOX_MPICC": "/nonexistent/mpicc", "HLOX_MPIEXEC": "/nonexistent/mpiexec"}
    proc = subprocess.run([sys.executable, "-m", "hlox.tools.cli", "run", str(program),
                           "--nprocs", "2"], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 1
    assert proc.stderr.startswith("no MPI found: install hlox's `mpi` extra"), proc.stderr
