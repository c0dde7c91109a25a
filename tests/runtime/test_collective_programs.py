"""Collective programs beyond JAX's fixtures, compiled and run on all their devices in one
process, against the evaluator (evaluate_spmd): async pairs, tuple all-to-all, device ids,
variadic and integer / pred / f64 reductions, cross-replica groups over replicas x
partitions, a collective in a loop, pieces along minor dimensions, partial permutes."""
from __future__ import annotations

import numpy as np
import pytest

import hlox
from hlox.ir import parse_module
from hlox.ir.evaluator import evaluate_spmd

REDUCERS = "".join(f"""
{name}_{t} {{
  a = {t}[] parameter(0)
  b = {t}[] parameter(1)
  ROOT c = {t}[] {op}(a, b)
}}
""" for name, op in (("add", "add"), ("mul", "multiply"), ("max", "maximum"),
                     ("min", "minimum")) for t in ("f32", "f64", "s64", "u8", "bf16")) + """
or_pred {
  a = pred[] parameter(0)
  b = pred[] parameter(1)
  ROOT c = pred[] or(a, b)
}
and_s32 {
  a = s32[] parameter(0)
  b = s32[] parameter(1)
  ROOT c = s32[] and(a, b)
}
"""

PROGRAMS = {
    "async_pairs": ("replica_count=2", ["f32[4]"], """
  ars = f32[4] all-reduce-start(p0), replica_groups={}, to_apply=add_f32
  ard = f32[4] all-reduce-done(ars)
  ags = (f32[4], f32[8]) all-gather-start(p0), replica_groups={}, dimensions={0}
  agd = f32[8] all-gather-done(ags)
  cps = (f32[4], f32[4], u32[], u32[]) collective-permute-start(p0), source_target_pairs={{0,1},{1,0}}
  cpd = f32[4] collective-permute-done(cps)
  ROOT t = (f32[4], f32[8], f32[4]) tuple(ard, agd, cpd)"""),
    "tuple_all_to_all_and_ids": ("replica_count=2, num_partitions=2", ["f32[3]", "f32[3]"], """
  a = (f32[3], f32[3]) all-to-all(p0, p1), replica_groups={{0,1}}
  r = u32[] replica-id()
  q = u32[] partition-id()
  ROOT t = ((f32[3], f32[3]), u32[], u32[]) tuple(a, r, q)"""),
    "variadic_and_typed_reductions": ("num_partitions=4", ["f64[5]", "f64[2,3]", "u8[7]",
                                                          "pred[6]", "s32[4]", "s64[3]"], """
  s = (f64[5], f64[2,3]) all-reduce(p0, p1), channel_id=1, replica_groups={{0,1,2,3}}, use_global_device_ids=true, to_apply=mul_f64
  k = s64[3] all-reduce(p5), channel_id=5, replica_groups={{0,1,2,3}}, use_global_device_ids=true, to_apply=mul_s64
  m = u8[7] all-reduce(p2), channel_id=2, replica_groups={{0,3},{1,2}}, use_global_device_ids=true, to_apply=max_u8
  o = pred[6] all-reduce(p3), channel_id=3, replica_groups={{0,1,2,3}}, use_global_device_ids=true, to_apply=or_pred
  n = s32[4] all-reduce(p4), channel_id=4, replica_groups={{0,1,2,3}}, use_global_device_ids=true, to_apply=and_s32
  ROOT t = ((f64[5], f64[2,3]), u8[7], pred[6], s32[4], s64[3]) tuple(s, m, o, n, k)"""),
    "cross_replica_over_partitions": ("replica_count=2, num_partitions=2", ["bf16[4,2]"], """
  ROOT s = bf16[4,2] all-reduce(p0), replica_groups={{0,1}}, to_apply=add_bf16"""),
    "minor_dimension_pieces": ("num_partitions=2", ["f32[3,4,2]", "s64[3,2,5]"], """
  g = f32[3,8,2] all-gather(p0), channel_id=1, replica_groups={{1,0}}, use_global_device_ids=true, dimensions={1}
  r = s64[3,1,5] reduce-scatter(p1), channel_id=2, replica_groups={{0,1}}, use_global_device_ids=true, dimensions={1}, to_apply=min_s64
  a = f32[3,4,2] all-to-all(p0), channel_id=3, replica_groups={{0,1}}, dimensions={1}
  ROOT t = (f32[3,8,2], s64[3,1,5], f32[3,4,2]) tuple(g, r, a)"""),
    "partial_permute": ("num_partitions=4", ["f32[2,3]"], """
  ROOT p = f32[2,3] collective-permute(p0), channel_id=1, source_target_pairs={{0,2},{2,3},{3,0}}"""),
    "strided_operand": ("num_partitions=2", ["f32[3,4]"], """
  t = f32[4,3] transpose(p0), dimensions={1,0}
  ROOT s = f32[4,3] all-reduce(t), channel_id=1, replica_groups={{0,1}}, use_global_device_ids=true, to_apply=add_f32"""),
}

LOOP = """HloModule loop, num_partitions=2
""" + REDUCERS + """
cond {
  s = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  n = s32[] constant(3)
  ROOT lt = pred[] compare(i, n), direction=LT
}

body {
  s = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  v = f32[4] get-tuple-element(s), index=1
  one = s32[] constant(1)
  j = s32[] add(i, one)
  w = f32[4] all-reduce(v), channel_id=1, replica_groups={{0,1}}, use_global_device_ids=true, to_apply=add_f32
  ROOT t = (s32[], f32[4]) tuple(j, w)
}

ENTRY e {
  p0 = f32[4] parameter(0)
  z = s32[] constant(0)
  s = (s32[], f32[4]) tuple(z, p0)
  w = (s32[], f32[4]) while(s), condition=cond, body=body
  ROOT v = f32[4] get-tuple-element(w), index=1
}
"""


def program(name: str) -> str:
    header, params, body = PROGRAMS[name]
    declared = "\n".join(f"  p{i} = {s} parameter({i})" for i, s in enumerate(params))
    return f"HloModule {name}, {header}\n{REDUCERS}\nENTRY e {{\n{declared}{body}\n}}\n"


def random_args(module, devices: int) -> list[list[np.ndarray]]:
    rng = np.random.default_rng(7)
    per_device = []
    for _ in range(devices):
        args = []
        for shape in module.entry_computation.parameter_shapes:
            et = shape.element_type
            if et.kind == "pred":
                a = rng.integers(0, 2, shape.dims) > 0
            elif et.is_float:
                a = rng.integers(-4, 5, shape.dims) * 0.5
            else:
                a = rng.integers(0 if et.kind == "uint" else -9, 10, shape.dims)
            args.append(np.asarray(a).astype(shape.np_dtype))
        per_device.append(args)
    return per_device


def flat(value) -> list:
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in flat(v)]
    return [np.asarray(value)]


@pytest.mark.parametrize("name", [*PROGRAMS, "loop"])
def test_compiled_devices_match_the_evaluator(name):
    text = LOOP if name == "loop" else program(name)
    module = parse_module(text)
    exe = hlox.compile(text, hlox.CompileOptions(threads=1))
    args = random_args(module, exe.devices)
    got, expected = exe.run_devices(args, timeout=30), evaluate_spmd(module, args)
    for d in range(exe.devices):
        for i, (g, e) in enumerate(zip(flat(got[d]), flat(expected[d]))):
            assert g.dtype == e.dtype and g.shape == e.shape, (name, d, i)
            np.testing.assert_array_equal(g, e, err_msg=f"{name} device {d} leaf {i}")


TWO_DEVICE = ["async_pairs", "minor_dimension_pieces", "strided_operand", "loop"]
RANKS = """
import sys
import numpy as np
sys.path.insert(0, {here!r})
import hlox, hlox.distributed
from hlox.ir import parse_module
from hlox.ir.evaluator import evaluate_spmd
from test_collective_programs import LOOP, flat, program, random_args
rank, _ = hlox.distributed.initialize()
for name in sys.argv[1:]:
    text = LOOP if name == "loop" else program(name)
    module = parse_module(text)
    args = random_args(module, 2)
    got = hlox.compile(text, hlox.CompileOptions(threads=1))(*args[rank])
    for g, e in zip(flat(got), flat(evaluate_spmd(module, args)[rank])):
        np.testing.assert_array_equal(g, e, err_msg=f"{{name}} rank {{rank}}")
print(f"rank {{rank}} ok", flush=True)
"""


def test_two_device_programs_as_two_mpi_ranks(tmp_path):
    import os
    import subprocess
    import sys

    from hlox.runtime.communicator import find_mpi

    if find_mpi() is None:
        pytest.skip("needs MPI (the `mpi` extra)")
    script = tmp_path / "ranks.py"
    script.write_text(RANKS.format(here=os.path.dirname(__file__)))
    proc = subprocess.run([find_mpi().mpiexec, "-n", "2", sys.executable, str(script),
                           *TWO_DEVICE], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "rank 0 ok" in proc.stdout and "rank 1 ok" in proc.stdout
