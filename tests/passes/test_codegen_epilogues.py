"""Epilogues fused into the kernel that computes what they read, through the whole
pipeline, against the evaluator:

- a GEMM and its epilogue (bias, activation, residual add, convert, the copy into the
  destination's layout): one kernel whose blocks of C get the epilogue right after their
  GEMM call (`emitters/gemm.py`), serial, split by rows or columns across threads (with a
  shorter last part), a batch of GEMMs, several free dimensions;
- a reduction of major dimensions into output rows ("columns") and its epilogue: one
  kernel (`emitters/general_reduction.py`).

Each case also checks the kernel kind fusion recorded and the kernel count.
"""
from __future__ import annotations

import numpy as np
import pytest

import hlox
from hlox.ir.evaluator import evaluate
from hlox.ir.parser import parse_module
from hlox.passes.fusion import kernel_kind


def _run(text: str, args, threads: int, kernels: int, rtol=2e-5):
    exe = hlox.compile(text, hlox.CompileOptions(threads=threads))
    got = exe(*args)
    want = evaluate(parse_module(text), list(args))
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape and got.dtype == want.dtype
    np.testing.assert_allclose(got.astype(np.float64), want.astype(np.float64), rtol=rtol,
                               atol=rtol, equal_nan=True)
    assert exe.kernels == kernels


def _dense(m: int, k: int, n: int, out: str = "f32", layout: str = "1,0") -> str:
    """tanh(x.w + b) + r, converted to `out`, in `layout`."""
    convert = f"ROOT c = {out}[{m},{n}]{{{layout}}} convert(o)"
    return f"""HloModule dense
ENTRY main {{
  x = f32[{m},{k}] parameter(0)
  w = f32[{k},{n}] parameter(1)
  b = f32[{n}] parameter(2)
  r = f32[{m},{n}] parameter(3)
  d = f32[{m},{n}] dot(x, w), lhs_contracting_dims={{1}}, rhs_contracting_dims={{0}}
  bb = f32[{m},{n}] broadcast(b), dimensions={{1}}
  a = f32[{m},{n}] add(d, bb)
  t = f32[{m},{n}] tanh(a)
  o = f32[{m},{n}] add(t, r)
  {convert}
}}
"""


def _args(*shapes, seed=0):
    rng = np.random.default_rng(seed)
    return [rng.standard_normal(s).astype(np.float32) for s in shapes]


@pytest.mark.parametrize("threads", [1, 4])
@pytest.mark.parametrize("m,k,n", [
    (200, 48, 130),  # one block
    (2100, 16, 300),  # serial: 9 blocks of 224 rows and one of 84
    (513, 33, 65),  # by rows across threads, a shorter last part
    (40, 32, 3000),  # by columns across threads, a shorter last part
    (1, 512, 300),  # one row
])
def test_gemm_epilogue_is_one_kernel(m, k, n, threads):
    _run(_dense(m, k, n), _args((m, k), (k, n), (n,), (m, n)), threads, kernels=1)


@pytest.mark.parametrize("out,layout", [("f64", "1,0"), ("bf16", "1,0"), ("f32", "0,1")])
def test_gemm_epilogue_converts_and_lays_out(out, layout):
    m, k, n = 150, 40, 90
    _run(_dense(m, k, n, out, layout), _args((m, k), (k, n), (n,), (m, n)), 2, kernels=1,
         rtol=1e-2 if out == "bf16" else 2e-5)


def test_lone_gemm_into_a_transposed_layout_is_one_kernel():
    text = """HloModule t
ENTRY main {
  x = f32[70,64] parameter(0)
  w = f32[64,90] parameter(1)
  ROOT d = f32[70,90]{0,1} dot(x, w), lhs_contracting_dims={1}, rhs_contracting_dims={0}
}
"""
    _run(text, _args((70, 64), (64, 90)), 2, kernels=1)


@pytest.mark.parametrize("threads", [1, 4])
def test_batched_gemm_epilogue(threads):
    text = """HloModule b
ENTRY main {
  q = f32[6,40,32] parameter(0)
  k = f32[6,32,50] parameter(1)
  s = f32[] constant(0.125)
  d = f32[6,40,50] dot(q, k), lhs_batch_dims={0}, rhs_batch_dims={0}, lhs_contracting_dims={2}, rhs_contracting_dims={1}
  sb = f32[6,40,50] broadcast(s), dimensions={}
  ROOT o = f32[6,40,50] multiply(d, sb)
}
"""
    _run(text, _args((6, 40, 32), (6, 32, 50)), threads, kernels=1)


def test_gemm_epilogue_over_several_free_dimensions():
    text = """HloModule f
ENTRY main {
  x = f32[4,50,64] parameter(0)
  w = f32[64,70] parameter(1)
  d = f32[4,50,70] dot(x, w), lhs_contracting_dims={2}, rhs_contracting_dims={0}
  ROOT o = f32[4,50,70] maximum(d, d)
}
"""
    _run(text, _args((4, 50, 64), (64, 70)), 4, kernels=1)


def _columns(shape: str, kept: str, dims: str, reducer: str = "add", init: str = "0",
             epilogue: bool = True) -> str:
    """reduce(x, dims) * 3 + 1 (a column reduction and its epilogue), or the reduce alone."""
    tail = f"""  three = f32[] constant(3)
  one = f32[] constant(1)
  tb = f32[{kept}] broadcast(three), dimensions={{}}
  ob = f32[{kept}] broadcast(one), dimensions={{}}
  m = f32[{kept}] multiply(s, tb)
  ROOT o = f32[{kept}] add(m, ob)""" if epilogue else ""
    return f"""HloModule c
r {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] {reducer}(a, b)
}}
ENTRY main {{
  x = f32[{shape}] parameter(0)
  z = f32[] constant({init})
  {"" if epilogue else "ROOT "}s = f32[{kept}] reduce(x, z), dimensions={{{dims}}}, to_apply=r
{tail}
}}
"""


@pytest.mark.parametrize("threads", [1, 4])
@pytest.mark.parametrize("shape,kept,dims", [
    ((16, 16), (16,), "0"),
    ((1000, 700), (700,), "0"),  # blocks of the minor dimension, the last one shorter
    ((6, 5, 3), (6, 3), "1"),  # a kept major dimension
    ((9, 40, 7, 300), (40, 300), "0,2"),  # two reduced dimensions
])
def test_column_reduction_epilogue_is_one_kernel(shape, kept, dims, threads):
    text = _columns(",".join(map(str, shape)), ",".join(map(str, kept)), dims)
    _run(text, _args(shape), threads, kernels=1, rtol=1e-4)


def test_column_max_with_nan_and_signed_zeros():
    x = _args((50, 40))[0]
    x[7, 3] = np.nan
    x[:, 5] = -0.0
    x[:, 6] = 0.0
    x[3, 6] = -0.0
    _run(_columns("50,40", "40", "0", "maximum", "-inf"), [x], 2, kernels=1)


def test_lone_column_reduction_is_one_kernel():
    _run(_columns("300,200", "200", "0", epilogue=False), _args((300, 200)), 2, kernels=1,
         rtol=1e-4)


def test_kernel_kinds():
    text = """HloModule k
r {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}
ENTRY main {
  x = f32[64,64] parameter(0)
  y = f32[4,4] parameter(1)
  z = f32[] constant(0)
  i = s32[] parameter(2)
  gemm = f32[64,64] dot(x, x), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  dot = f32[4,4] dot(y, y), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  rows = f32[64] reduce(x, z), dimensions={1}, to_apply=r
  cols = f32[64] reduce(x, z), dimensions={0}, to_apply=r
  dus = f32[64,64] dynamic-update-slice(x, y, i, i)
  ROOT loop = f32[64,64] exponential(x)
}
"""
    comp = parse_module(text).entry_computation
    kinds = {op.hlo_name: kernel_kind([op], op) for op in comp.instructions()}
    assert {name: kinds[name] for name in ("gemm", "dot", "rows", "cols", "dus", "loop")} == {
        "gemm": "gemm", "dot": "dot", "rows": "row_reduction", "cols": "reduction",
        "dus": "in_place_update", "loop": "loop"}
