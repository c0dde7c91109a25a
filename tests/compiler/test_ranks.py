"""Processes that are ranks of one job: dumps per rank, one C build per module for ranks
sharing a compile cache (compiler/dumps.py, compiler/cache.py's build lock)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import types

import numpy as np
import pytest

from hlox import cache as cache_module
from hlox import dumps

TEXT = """HloModule shared_build
ENTRY e {
  x = f32[2,3] parameter(0)
  y = f32[2,3] parameter(1)
  m = f32[2,3] multiply(x, y)
  ROOT s = f32[2,3] add(m, x)
}
"""

RANK_VARIABLES = ("PMI_RANK", "OMPI_COMM_WORLD_RANK", "PMIX_RANK", "RANK", "WORLD_SIZE")


@pytest.fixture
def no_rank(monkeypatch):
    for variable in RANK_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.delitem(sys.modules, "torch.distributed", raising=False)
    return monkeypatch


@pytest.mark.parametrize("environment, rank", [
    ({}, None),
    ({"PMI_RANK": "3"}, 3),
    ({"OMPI_COMM_WORLD_RANK": "1"}, 1),
    ({"RANK": "2", "WORLD_SIZE": "4"}, 2),
    ({"RANK": "2"}, None),  # RANK alone is not torchrun's
])
def test_rank_from_the_launchers_environment(no_rank, environment, rank, tmp_path):
    for variable, value in environment.items():
        no_rank.setenv(variable, value)
    assert dumps.process_rank() == rank
    expected = tmp_path if rank is None else tmp_path / f"rank{rank}"
    assert dumps.dump_directory(tmp_path) == expected


def test_an_initialised_process_group_names_the_rank(no_rank):
    no_rank.setenv("RANK", "0")
    no_rank.setenv("WORLD_SIZE", "2")
    group = types.SimpleNamespace(is_available=lambda: True, is_initialized=lambda: True,
                                  get_rank=lambda: 1)
    no_rank.setitem(sys.modules, "torch.distributed", group)
    assert dumps.process_rank() == 1  # the group's rank, before the environment's
    group.is_initialized = lambda: False
    assert dumps.process_rank() == 0


def test_ranks_dump_into_their_own_directories(no_rank, tmp_path):
    import hlox
    for rank in ("0", "1"):
        no_rank.setenv("PMI_RANK", rank)
        hlox.compile(TEXT, hlox.CompileOptions(dump_dir=str(tmp_path)))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rank0", "rank1"]
    for rank in ("rank0", "rank1"):
        names = [p.name for p in (tmp_path / rank).iterdir()]
        assert any(n.endswith(".shared_build.before_optimizations.hlo") for n in names), names


def test_a_held_build_lock_makes_others_wait_then_gives_up(tmp_path):
    disk = cache_module.DiskCache(tmp_path)
    key = "a" * 64
    held = disk.build_lock(key)
    assert held is not None
    start = time.monotonic()
    assert disk.build_lock(key, timeout=0.3) is None  # flock is per open file: it conflicts
    assert time.monotonic() - start >= 0.3
    held.release()
    again = disk.build_lock(key, timeout=0.3)
    assert again is not None
    again.release()


# Each process compiles TEXT as soon as both are ready; CC is a wrapper that logs each
# build and makes it slow, so the second process surely asks while the first builds.
RANK_SCRIPT = """
import json, sys, time
import numpy as np
import hlox
from hlox import driver
ready, go = sys.argv[1], sys.argv[2]
open(ready, "w").close()
while not __import__("os").path.exists(go):
    time.sleep(0.01)
exe, stats = driver.compile_with_stats(sys.argv[3])
x = np.arange(6, dtype=np.float32).reshape(2, 3)
y = np.full((2, 3), 2.0, np.float32)
print(json.dumps({"cache_hit": stats.cache_hit, "c_build": "c-build" in stats.timings,
                  "correct": bool(np.array_equal(exe(x, y), x * y + x))}))
"""

CC_WRAPPER = """#!/bin/sh
case "$*" in
  *--version*) ;;
  *) echo build >> "{log}"; sleep 1 ;;
esac
exec {cc} "$@"
"""


@pytest.mark.slow
def test_ranks_sharing_a_cache_build_a_module_once(tmp_path):
    log = tmp_path / "builds.log"
    wrapper = tmp_path / "cc"
    wrapper.write_text(CC_WRAPPER.format(log=log, cc=os.environ.get("CC", "cc")))
    wrapper.chmod(0o755)
    env = {**os.environ, "HLOX_CACHE_DIR": str(tmp_path / "cache"), "CC": str(wrapper)}
    for variable in RANK_VARIABLES:
        env.pop(variable, None)
    go = tmp_path / "go"
    ranks = [subprocess.Popen([sys.executable, "-c", RANK_SCRIPT, str(tmp_path / f"ready{r}"),
                               str(go), TEXT], env=env, stdout=subprocess.PIPE, text=True)
             for r in range(2)]
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"ready{r}").exists() for r in range(2)):
        assert time.monotonic() < deadline, "the ranks did not start"
        time.sleep(0.05)
    go.touch()
    results = []
    for rank in ranks:
        out, _ = rank.communicate(timeout=120)
        assert rank.returncode == 0
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert all(r["correct"] for r in results)
    assert sorted(r["cache_hit"] for r in results) == [False, True], results
    assert sorted(r["c_build"] for r in results) == [False, True], results
    assert log.read_text().split() == ["build"]  # a small module is one cc run
