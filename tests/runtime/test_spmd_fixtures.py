"""JAX's per-device programs (tests/fixtures/jax_spmd) compiled by hlox and run on all
their devices: in one process (threads, the in-process communicator), as MPI ranks (each
rank its own device, collectives over MPI), and through `hlox run --devices / --nprocs`;
every device's outputs must be JAX's."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
from test_jax_spmd_fixtures import FIXTURES, MANIFEST, assert_device_outputs, load  # noqa: E402

import hlox  # noqa: E402
from hlox.runtime.communicator import find_mpi  # noqa: E402

needs_mpi = pytest.mark.skipif(find_mpi() is None, reason="needs MPI (the `mpi` extra)")
TWO_DEVICES = sorted(n for n in MANIFEST if MANIFEST[n]["devices"] == 2)
OPTIONS = hlox.CompileOptions(threads=1)  # the devices share the cores


def compiled(name: str):
    return hlox.compile((FIXTURES / f"{name}.hlo").read_text(), OPTIONS, filename=name)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_in_process_devices_match_jax(name):
    _, args, expected = load(name)
    exe = compiled(name)
    assert exe.devices == MANIFEST[name]["devices"]
    assert_device_outputs(exe.run_devices(args, timeout=30), expected, name)


def test_calling_with_stacked_arguments_runs_every_device():
    _, args, expected = load("psum_f32_4dev")
    exe = compiled("psum_f32_4dev")
    stacked = [np.stack([a[i] for a in args]) for i in range(len(args[0]))]
    out = exe(*stacked)
    assert_device_outputs(list(out), expected, "psum_f32_4dev")
    with pytest.raises(hlox.ir.HloError, match="leading axis of 4"):
        exe(*[s[0] for s in stacked])


RANK_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
import hlox, hlox.distributed
from test_jax_spmd_fixtures import assert_device_outputs, load
rank, size = hlox.distributed.initialize()
for name in sys.argv[1:]:
    _, args, expected = load(name)
    exe = hlox.compile(open({fixtures!r} + "/" + name + ".hlo").read(),
                       hlox.CompileOptions(threads=1), filename=name)
    got = exe(*args[rank])
    assert_device_outputs([got], [expected[rank]], f"{{name}} rank {{rank}}")
print(f"rank {{rank}} of {{size}}: {{len(sys.argv) - 1}} programs ok", flush=True)
"""


@needs_mpi
def test_every_two_device_program_as_two_mpi_ranks(tmp_path):
    """One MPI job: each rank compiles every 2-device fixture and runs its own device."""
    script = tmp_path / "ranks.py"
    script.write_text(RANK_SCRIPT.format(tests=str(TESTS), fixtures=str(FIXTURES)))
    proc = subprocess.run([find_mpi().mpiexec, "-n", "2", sys.executable, str(script),
                           *TWO_DEVICES], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "HLOX_COLLECTIVE_TIMEOUT": "60"})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    for rank in (0, 1):
        assert f"rank {rank} of 2: {len(TWO_DEVICES)} programs ok" in proc.stdout


def hlox_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hlox.tools.cli", *args], capture_output=True,
                          text=True, timeout=timeout)


def fixture_inputs(name: str, path: Path) -> None:
    spec = MANIFEST[name]
    with np.load(FIXTURES / f"{name}.npz") as data:
        np.savez(path, **{f"arg{i}": data[f"arg{i}"] for i in range(len(spec["inputs"]))})


def check_cli_outputs(name: str, path: Path) -> None:
    _, _, expected = load(name)
    with np.load(path) as data:
        got = [[data[f"out{i}"][d] for i in range(len(data.files))]
               for d in range(MANIFEST[name]["devices"])]
    assert_device_outputs([tuple(dev) for dev in got], expected, name)


@pytest.mark.parametrize("name,flag", [
    ("grid_psum_y_4dev", "--devices"), ("ppermute_ring_2dev", "--nprocs"),
    pytest.param("train_step_2dev", "--nprocs", marks=pytest.mark.slow)])
def test_cli_runs_fixture(name, flag, tmp_path):
    if flag == "--nprocs" and find_mpi() is None:
        pytest.skip("needs MPI (the `mpi` extra)")
    inputs, outputs = tmp_path / "in.npz", tmp_path / "out.npz"
    fixture_inputs(name, inputs)
    proc = hlox_cli("run", str(FIXTURES / f"{name}.hlo"), flag, str(MANIFEST[name]["devices"]),
                    "--inputs", str(inputs), "--output", str(outputs), "--compare")
    assert proc.returncode == 0, proc.stderr
    assert "largest difference between compiled and evaluator" in proc.stdout
    check_cli_outputs(name, outputs)


def test_cli_random_inputs_per_device_and_summary():
    proc = hlox_cli("run", str(FIXTURES / "axis_index_4dev.hlo"), "--devices", "4", "--compare")
    assert proc.returncode == 0, proc.stderr
    assert "largest difference between compiled and evaluator: 0" in proc.stdout
    assert "out0: s32[4,1,2]" in proc.stdout


def test_cli_device_count_must_match_the_program():
    proc = hlox_cli("run", str(FIXTURES / "psum_f32_4dev.hlo"), "--devices", "2")
    assert proc.returncode == 1
    assert "program for 1 replica(s) x 4 partition(s) = 4 devices, not 2" in proc.stderr


def test_cli_plain_run_of_a_many_device_program_says_how_to_run_it():
    proc = hlox_cli("run", str(FIXTURES / "psum_f32_2dev.hlo"))
    assert proc.returncode == 1
    assert "is a program for 2 devices: run it with --devices 2" in proc.stderr
