"""How collectives are compiled: never fused, their own output buffers, and a 4 MiB
reduce-scatter that stays right call after call (the size where JAX's own CPU path has
returned wrong values), in-process and as 2 MPI ranks."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import numpy as np
import pytest

import hlox
from hlox.ir import parse_module
from hlox.passes.codegen import generate_c
from hlox.runtime.communicator import find_mpi

needs_mpi = pytest.mark.skipif(find_mpi() is None, reason="needs MPI (the `mpi` extra)")

AROUND = """HloModule around, num_partitions=2

add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}

max {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] maximum(a, b)
}

ENTRY main {
  x = f32[64,32] parameter(0)
  y = f32[64,32] multiply(x, x)
  t = f32[32,64] transpose(y), dimensions={1,0}
  r = f32[32,64] all-reduce(t), channel_id=1, replica_groups={{0,1}}, use_global_device_ids=true, to_apply=add
  m = f32[32,64] all-reduce(t), channel_id=2, replica_groups={{0,1}}, use_global_device_ids=true, to_apply=max
  e = f32[32,64] exponential(r)
  ROOT o = f32[32,64] add(e, m)
}
"""  # t is read by the second all-reduce after the first: the first must not overwrite it


def test_collectives_are_not_fused_and_never_alias_their_input():
    from hlox.pipeline import optimize
    from hlox.dumps import Dumper

    options = hlox.CompileOptions(threads=1)
    optimized = optimize(parse_module(AROUND), options, Dumper(options, "around"))
    entry = optimized.entry_computation
    top = [i.opcode for i in entry.instructions()]
    assert top.count("all-reduce") == 2 and "fusion" in top  # the elementwise ops fused
    for comp in optimized.computations():
        if comp is not entry:
            assert "all-reduce" not in [i.opcode for i in comp.instructions()]
    program = generate_c(optimized, threads=1)
    calls = re.findall(r"->all_reduce\((.*)\)\) return 1;", program.source)
    assert len(calls) == 2
    first, second = ([a.strip() for a in call.split(",")] for call in calls)
    assert first[5] != first[6] and first[5] == second[5], calls  # t survives the first
    # the transposed operand reaches the communicator row-major: a copy before the call
    exe = hlox.compile(AROUND, options)
    x = np.random.default_rng(0).standard_normal((2, 64, 32)).astype(np.float32)
    got = exe(x)
    total = (x[0] * x[0]).T + (x[1] * x[1]).T
    biggest = np.maximum(x[0] * x[0], x[1] * x[1]).T
    for d in range(2):
        np.testing.assert_allclose(got[d], np.exp(total) + biggest, rtol=2e-6)


def test_modules_without_collectives_are_unchanged():
    program = generate_c(parse_module("""HloModule plain
ENTRY main {
  x = f32[8] parameter(0)
  ROOT y = f32[8] add(x, x)
}
"""), threads=1)
    assert program.collectives is None and "hlox_comm" not in program.source
    exe = hlox.compile("HloModule plain\nENTRY main {\n  x = f32[8] parameter(0)\n"
                       "  ROOT y = f32[8] add(x, x)\n}\n")
    assert exe.collectives is None and exe.devices == 1


REDUCE_SCATTER = """HloModule scatter, num_partitions=2

add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}

ENTRY main {
  x = f32[2,524288] parameter(0)
  ROOT r = f32[1,524288] reduce-scatter(x), channel_id=1, replica_groups={{0,1}}, use_global_device_ids=true, dimensions={0}, to_apply=add
}
"""  # 4 MiB per rank in, 2 MiB out


def reduce_scatter_inputs(call: int) -> np.ndarray:
    return np.random.default_rng(call).standard_normal((2, 2, 524288)).astype(np.float32)


@pytest.mark.slow
def test_4mib_reduce_scatter_repeated_in_process():
    exe = hlox.compile(REDUCE_SCATTER, hlox.CompileOptions(threads=1))
    for call in range(30):
        x = reduce_scatter_inputs(call)
        got = exe(x)
        total = x[0] + x[1]
        for d in range(2):
            np.testing.assert_array_equal(got[d], total[d:d + 1], err_msg=f"call {call}")


RANKS = """
import sys
import numpy as np
import hlox, hlox.distributed
sys.path.insert(0, {here!r})
from test_collective_codegen import REDUCE_SCATTER, reduce_scatter_inputs
rank, _ = hlox.distributed.initialize()
exe = hlox.compile(REDUCE_SCATTER, hlox.CompileOptions(threads=1))
for call in range(30):
    x = reduce_scatter_inputs(call)
    total = x[0] + x[1]
    np.testing.assert_array_equal(exe(x[rank]), total[rank:rank + 1], err_msg=f"call {{call}}")
print(f"rank {{rank}}: 30 calls ok", flush=True)
"""


@pytest.mark.slow
@needs_mpi
def test_4mib_reduce_scatter_repeated_at_two_ranks(tmp_path):
    script = tmp_path / "ranks.py"
    script.write_text(RANKS.format(here=os.path.dirname(__file__)))
    proc = subprocess.run([find_mpi().mpiexec, "-n", "2", sys.executable, str(script)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "rank 0: 30 calls ok" in proc.stdout and "rank 1: 30 calls ok" in proc.stdout


IN_PLACE = """HloModule in_place, num_partitions=2

add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}

ENTRY main {
  x = f32[256] parameter(0)
  y = f32[256] multiply(x, x)
  r = f32[256] all-reduce(y), channel_id=1, replica_groups={{0,1}}, use_global_device_ids=true, to_apply=add
  ROOT e = f32[256] exponential(r)
}
"""


def test_an_all_reduce_of_a_dead_temporary_reduces_in_place():
    from hlox.dumps import Dumper
    from hlox.pipeline import optimize

    options = hlox.CompileOptions(threads=1)
    program = generate_c(optimize(parse_module(IN_PLACE), options, Dumper(options, "in_place")),
                         threads=1)
    (call,) = re.findall(r"->all_reduce\((.*)\)\) return 1;", program.source)
    args = [a.strip() for a in call.split(",")]
    assert args[5] == args[6], call  # y is read by nothing else: its buffer is reused
    x = np.random.default_rng(1).standard_normal((2, 256)).astype(np.float32)
    got = hlox.compile(IN_PLACE, options)(x)
    expected = np.exp(x[0] * x[0] + x[1] * x[1])
    np.testing.assert_allclose(got, np.stack([expected, expected]), rtol=2e-6)
