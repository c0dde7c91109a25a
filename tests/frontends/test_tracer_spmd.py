"""hlox.shard_map / hlox.pmap and the collectives against JAX: values, gradients and
vmap of the programs in spmd_cases.py on 2 and 4 devices. JAX's outputs are committed in
tests/fixtures/jax_spmd/tracer_cases_N.npz (`python tests/frontends/test_tracer_spmd.py`
rewrites them); a slow test recomputes them with JAX live."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from spmd_cases import cases, hlox_api, leaves  # noqa: E402

FIXTURES = Path(__file__).parents[1] / "fixtures" / "jax_spmd"
CASES = Path(__file__).parent / "spmd_cases.py"


def reference(n: int) -> dict:
    return dict(np.load(FIXTURES / f"tracer_cases_{n}.npz"))


def jax_outputs(n: int, path: Path) -> None:
    env = {**os.environ, "XLA_FLAGS": f"--xla_force_host_platform_device_count={n}",
           "JAX_PLATFORMS": "cpu"}
    subprocess.run([sys.executable, str(CASES), "--devices", str(n), str(path)], env=env,
                   check=True, capture_output=True)


def assert_case(name: str, got, expected: dict) -> None:
    outs = leaves(got)
    keys = sorted((k for k in expected if k.split("/")[0] == name),
                  key=lambda k: int(k.split("/")[1]))
    assert len(outs) == len(keys), name
    for key, g in zip(keys, outs):
        e = expected[key]
        assert g.shape == e.shape and g.dtype == e.dtype, f"{key}: {g.dtype}{g.shape}"
        if e.dtype.kind in "biu":
            np.testing.assert_array_equal(g, e, err_msg=key)
        else:
            np.testing.assert_allclose(g, e, rtol=2e-5, atol=1e-6, err_msg=key)


HLOX_CASES = {n: cases(hlox_api(), n) for n in (2, 4)}


# Every case compiles (once) and runs through the N-device runtime; on 2 devices a few
# run by default, the rest in the slow tier.
TWO_DEVICES_DEFAULT = {"psum", "all_to_all", "grad_all_gather", "train_step", "pmap_grad",
                       "outer_grad", "jit_of_shard_map", "vmap_of_shard_map"}


@pytest.mark.parametrize("n, name", [
    pytest.param(n, name, marks=() if n == 4 or name in TWO_DEVICES_DEFAULT
                 else pytest.mark.slow)
    for n in (2, 4) for name in HLOX_CASES[n]])
def test_matches_jax(n, name):
    fn, args = HLOX_CASES[n][name]
    assert_case(name, fn(*args), reference(n))


def test_module_is_one_program_for_all_devices():
    import hlox
    import hlox.lax as lax
    from hlox.ir.collectives import device_counts, participating_groups
    from hlox.sharding import Mesh, P
    from hlox.frontends.tracer.execution import EXECUTION

    import hlox.frontends.tracer.execution as execution
    seen = []
    original = execution.compile_module

    def spy(module):
        seen.append(module)
        return original(module)

    execution.compile_module = spy
    try:
        f = hlox.shard_map(lambda a: lax.psum(a, "y"), mesh=Mesh((2, 2), ("x", "y")),
                           in_specs=P("x", "y"), out_specs=P("x", "y"))
        f(np.ones((2, 2), np.float32))
    finally:
        execution.compile_module = original
    (module,) = seen
    assert device_counts(module) == (1, 4) and EXECUTION.spmd_backend == "compiled"
    (reduce,) = [op for op in module.entry_computation.instructions()
                 if op.opcode == "all-reduce"]
    assert participating_groups("all-reduce", reduce.hlo_attrs, 1, 4) == [[0, 1], [2, 3]]


def test_evaluator_backend_gives_the_same_values():
    from hlox.frontends.tracer.execution import EXECUTION
    saved, EXECUTION.spmd_backend = EXECUTION.spmd_backend, "evaluator"
    try:
        for name in ("train_step", "grid_all_to_all_y", "grad_psum_scatter"):
            fn, args = cases(hlox_api(), 4)[name]
            assert_case(name, fn(*args), reference(4))
    finally:
        EXECUTION.spmd_backend = saved


def test_reference_backend_evaluates_shard_map():
    from hlox.frontends.tracer.execution import EXECUTION
    saved, EXECUTION.backend = EXECUTION.backend, "reference"
    try:
        for name in ("outer_grad", "grid_psum_x"):
            fn, args = cases(hlox_api(), 4)[name]
            assert_case(name, fn(*args), reference(4))
    finally:
        EXECUTION.backend = saved


def test_errors_are_clear():
    import hlox
    import hlox.lax as lax
    from hlox.sharding import Mesh, P

    with pytest.raises(NameError, match="unbound axis name"):
        hlox.jit(lambda a: lax.psum(a, "i"))(np.ones(2, np.float32))
    mesh = Mesh((2,), ("i",))
    with pytest.raises(NameError, match="unbound axis name: j"):
        hlox.shard_map(lambda a: lax.psum(a, "j"), mesh=mesh, in_specs=P("i"),
                       out_specs=P("i"))(np.ones(2, np.float32))
    with pytest.raises(ValueError, match="does not split into 2"):
        hlox.shard_map(lambda a: a, mesh=mesh, in_specs=P("i"),
                       out_specs=P("i"))(np.ones(3, np.float32))
    with pytest.raises(NotImplementedError, match="pmax"):
        hlox.shard_map(lambda a: hlox.grad(lambda a: lax.pmax(a, "i").sum())(a), mesh=mesh,
                       in_specs=P("i"), out_specs=P("i"))(np.ones(2, np.float32))
    inner = hlox.shard_map(lambda a: a, mesh=mesh, in_specs=P("i"), out_specs=P("i"))
    with pytest.raises(NotImplementedError, match="nested"):
        hlox.jit(hlox.shard_map(inner, mesh=mesh, in_specs=P(), out_specs=P()))(
            np.ones(2, np.float32))


MPI_PROGRAM = """
import json, sys
import numpy as np, hlox, hlox.lax as lax
from hlox.sharding import Mesh, P
from hlox.distributed import initialize
rank, size = initialize()
x = np.arange(8, dtype=np.float32).reshape(4, 2)
f = hlox.shard_map(lambda a: lax.psum(a, "i") * a, mesh=Mesh((2,), ("i",)), in_specs=P("i"),
                   out_specs=P("i"))
g = hlox.grad(lambda x: (f(x) ** 2).sum())(x)
row = [rank, size, np.asarray(f(x)).tolist(), np.asarray(g).tolist()]
with open(f"{sys.argv[1]}/rank{rank}.json", "w") as out:  # a file each: stdout interleaves
    json.dump(row, out)
"""


def test_shard_map_under_mpiexec_runs_one_device_per_rank(tmp_path):
    """Under an MPI launcher each rank runs its own device of the program (and of its
    gradient), and gets the whole outputs."""
    from hlox.runtime.communicator import find_mpi
    tools = find_mpi()
    if tools is None:
        pytest.skip("no MPI (pip install -e '.[mpi]')")
    script = tmp_path / "program.py"
    script.write_text(MPI_PROGRAM)
    done = subprocess.run([tools.mpiexec, "-n", "2", sys.executable, str(script), str(tmp_path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    import json
    rows = sorted(json.loads((tmp_path / f"rank{r}.json").read_text()) for r in range(2))
    assert [r[:2] for r in rows] == [[0, 2], [1, 2]]
    x = np.arange(8, dtype=np.float32).reshape(4, 2)
    total = x[:2] + x[2:]
    expected = np.concatenate([total * x[:2], total * x[2:]])
    # d/dx of sum((psum(x) * x)^2): the local term plus the psum'd cross term.
    y = np.concatenate([total * x[:2], total * x[2:]])
    cross = 2 * y * np.concatenate([total, total])
    through = np.concatenate([x[:2], x[2:]]) * 2 * y
    through = through[:2] + through[2:]
    expected_grad = cross + np.concatenate([through, through])
    for _, _, out, grad in rows:
        np.testing.assert_allclose(out, expected, rtol=1e-6)
        np.testing.assert_allclose(grad, expected_grad, rtol=1e-5)


@pytest.mark.slow
@pytest.mark.parametrize("n", [2, 4])
def test_committed_jax_outputs_are_current(n, tmp_path):
    pytest.importorskip("jax")
    jax_outputs(n, tmp_path / "live.npz")
    live, committed = dict(np.load(tmp_path / "live.npz")), reference(n)
    assert sorted(live) == sorted(committed)
    for key in live:
        np.testing.assert_allclose(live[key], committed[key], rtol=1e-6, err_msg=key)


if __name__ == "__main__":
    for count in (2, 4):
        jax_outputs(count, FIXTURES / f"tracer_cases_{count}.npz")
