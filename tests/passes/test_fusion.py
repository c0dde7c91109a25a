"""Fusion's results on the programs the issue names, and the invariants every fused
module keeps (checked on all the JAX fixtures)."""
from __future__ import annotations

import pytest

from hlox.ir import parse_module
from hlox.ir.opcodes import FREE
from hlox.ir.shapes import TupleShape
from hlox.options import CompileOptions
from hlox.pipeline import optimize

from test_pipeline_fixtures import PROGRAMS, UNSUPPORTED, _load

OPTIONS = CompileOptions(verify_passes=True)

SUM_XYZ = """
HloModule sum_xyz
add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}
ENTRY main {
  x = f32[1024,1024]{1,0} parameter(0)
  y = f32[1024,1024]{1,0} parameter(1)
  z = f32[1024,1024]{1,0} parameter(2)
  yz = f32[1024,1024]{1,0} multiply(y, z)
  s = f32[1024,1024]{1,0} add(x, yz)
  zero = f32[] constant(0)
  ROOT r = f32[] reduce(s, zero), dimensions={0,1}, to_apply=add
}
"""


def entry_kernels(module) -> list[str]:
    free = {"parameter", "constant", "tuple", "get-tuple-element", "bitcast"}
    return [op.opcode for op in module.entry_computation.instructions() if op.opcode not in free]


def test_sum_xyz_is_one_kernel():
    assert entry_kernels(optimize(parse_module(SUM_XYZ), OPTIONS)) == ["fusion"]


def test_layernorm_gelu_is_one_kernel():
    module, _ = _load("layernorm_gelu")
    assert entry_kernels(optimize(module, OPTIONS)) == ["fusion"]


def test_attention_softmax_is_one_kernel_between_the_dots():
    module, _ = _load("causal_attention")
    assert entry_kernels(optimize(module, OPTIONS)) == ["dot", "fusion", "dot"]


def test_without_row_reductions_layernorm_is_three_kernels():
    from hlox.passes.fusion import Fusion
    from hlox.pipeline import PassRunner

    module, _ = _load("layernorm_gelu")
    module = optimize(module, CompileOptions(disabled_passes=("fusion", "multi-output-fusion")))
    PassRunner(OPTIONS, None).run(Fusion(row_reductions=False), module)
    assert entry_kernels(module) == ["fusion"] * 3


@pytest.mark.parametrize("name", [p for p in PROGRAMS if p not in UNSUPPORTED])
def test_fused_modules_keep_the_invariants(name):
    module, _ = _load(name)
    optimized = optimize(module, OPTIONS)
    table = optimized.computation_table()
    names = set()
    for comp in optimized.computations():
        for op in comp.instructions():
            assert op.hlo_name not in names, f"{op.hlo_name} named twice"
            names.add(op.hlo_name)
            if op.opcode != "fusion":
                continue
            assert op.attr("kind") in ("kLoop", "kInput", "kOutput")
            fused = table[op.attr("calls")]
            params = fused.parameters()
            assert [p.attr("parameter_number") for p in params] == list(range(len(op.operands)))
            # the limit counts computing ops; free ones (broadcast, slice, ...) join past it
            computing = [i for i in fused.instructions() if i.opcode not in FREE]
            assert len(computing) <= OPTIONS.max_fusion_size + len(params) + 1
            opcodes = {i.opcode for i in fused.instructions()}
            kind = op.attr("kind")
            assert bool(opcodes & {"dot", "convolution"}) == (kind == "kOutput")
            if kind == "kLoop":
                assert "reduce" not in opcodes
            if isinstance(op.shape, TupleShape):
                assert fused.root.opcode in ("tuple", "reduce")
            # Nothing is fused that the code generator computes on its own: no control flow,
            # no nested fusions, no copies, no dot or convolution operand computed inside
            # the kernel.
            assert not opcodes & {"while", "conditional", "call", "fusion", "copy", "sort",
                                  "scatter"}
            for inner in fused.instructions():
                if inner.opcode in ("dot", "convolution"):
                    assert all(v.owner.opcode == "parameter" for v in inner.operands)


def test_large_dense_graph_optimizes_quickly():
    """A guard against super-linear passes (a 1500-instruction graph takes ~2 s; the bound
    is generous for loaded machines)."""
    import time

    import numpy as np

    from hlox.ir.evaluator import evaluate
    from random_graphs import dense_module

    module = dense_module(600)
    start = time.perf_counter()
    optimized = optimize(module, CompileOptions())
    assert time.perf_counter() - start < 60
    args = [np.random.default_rng(0).standard_normal((8, 16)).astype(np.float32)
            for _ in range(4)]
    with np.errstate(all="ignore"):
        for e, g in zip(evaluate(module, args), evaluate(optimized, args)):
            np.testing.assert_allclose(g, e, rtol=1e-5, atol=1e-6)


TAPS = """
HloModule taps
ENTRY main {
  x = f32[2,4,8,8] parameter(0)
  w = f32[4] parameter(1)
  two = f32[] constant(2)
  twos = f32[2,4,8,8] broadcast(two), dimensions={}
  y = f32[2,4,8,8] multiply(x, twos)
  zero = f32[] constant(0)
  p = f32[2,4,10,10] pad(y, zero), padding=0_0x0_0x1_1x1_1
  t0 = f32[2,4,8,8] slice(p), slice={[0:2], [0:4], [0:8], [0:8]}
  t1 = f32[2,4,8,8] slice(p), slice={[0:2], [0:4], [1:9], [1:9]}
  t2 = f32[2,4,8,8] slice(p), slice={[0:2], [0:4], [2:10], [2:10]}
  wb = f32[2,4,8,8] broadcast(w), dimensions={1}
  m0 = f32[2,4,8,8] multiply(t0, wb)
  m1 = f32[2,4,8,8] multiply(t1, wb)
  s = f32[2,4,8,8] add(m0, m1)
  ROOT r = f32[2,4,8,8] add(s, t2)
}
"""


def test_a_value_read_at_several_windows_is_computed_once():
    """Depthwise taps: the padded activation three slices read stays a kernel of its own
    (inside the taps' kernel it would be computed again for every window)."""
    module = optimize(parse_module(TAPS), OPTIONS)
    assert entry_kernels(module) == ["fusion", "fusion"]
    assert module.computation_table()[module.entry_computation.root.attr("calls")] \
        .root.opcode == "add"


def test_free_ops_join_a_full_group():
    """The size limit counts computing ops: the broadcasts and slices a full group reads
    still join it rather than become activation-sized kernels of their own."""
    from hlox.passes.fusion import Fusion
    from hlox.pipeline import PassRunner

    module = optimize(parse_module(TAPS), CompileOptions(disabled_passes=(
        "fusion", "multi-output-fusion")))
    PassRunner(OPTIONS, None).run(Fusion(max_fusion_size=3), module)
    kernels = entry_kernels(module)
    assert "broadcast" not in kernels and "slice" not in kernels, kernels
