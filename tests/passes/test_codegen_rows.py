"""Row-fused kernels: reductions over the minor dimension of [rows..., n] with per-row
elementwise consumers (softmax, layernorm) run as one loop over rows (lower.emit_rows).

Each case is compiled through the whole pipeline, checked against the evaluator, and
checked to have taken the row path (the `(rows)` loop nest of the .loops.mlir dump).
"""
from __future__ import annotations

import glob
import os

import numpy as np
import pytest

import hlox
from hlox.ir.evaluator import evaluate
from hlox.ir.parser import parse_module


def _softmax(shape: str, rows: str, bdims: str) -> str:
    return f"""HloModule softmax
max_f {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT m = f32[] maximum(a, b)
}}
add_f {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}}
ENTRY main {{
  x = f32[{shape}] parameter(0)
  ninf = f32[] constant(-inf)
  zero = f32[] constant(0)
  mx = f32[{rows}] reduce(x, ninf), dimensions={{{len(rows.split(','))}}}, to_apply=max_f
  mxb = f32[{shape}] broadcast(mx), dimensions={{{bdims}}}
  d = f32[{shape}] subtract(x, mxb)
  e = f32[{shape}] exponential(d)
  s = f32[{rows}] reduce(e, zero), dimensions={{{len(rows.split(','))}}}, to_apply=add_f
  sb = f32[{shape}] broadcast(s), dimensions={{{bdims}}}
  ROOT y = f32[{shape}] divide(e, sb)
}}
"""


def _layernorm(r: int, n: int) -> str:
    return f"""HloModule layernorm
add_f {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}}
ENTRY main {{
  x = f32[{r},{n}] parameter(0)
  g = f32[{n}] parameter(1)
  b = f32[{n}] parameter(2)
  zero = f32[] constant(0)
  inv_n = f32[] constant({1.0 / n!r})
  eps = f32[] constant(1e-5)
  s = f32[{r}] reduce(x, zero), dimensions={{1}}, to_apply=add_f
  inv_nb = f32[{r}] broadcast(inv_n), dimensions={{}}
  mean = f32[{r}] multiply(s, inv_nb)
  meanb = f32[{r},{n}] broadcast(mean), dimensions={{0}}
  c = f32[{r},{n}] subtract(x, meanb)
  c2 = f32[{r},{n}] multiply(c, c)
  v = f32[{r}] reduce(c2, zero), dimensions={{1}}, to_apply=add_f
  var = f32[{r}] multiply(v, inv_nb)
  epsb = f32[{r}] broadcast(eps), dimensions={{}}
  ve = f32[{r}] add(var, epsb)
  rs = f32[{r}] rsqrt(ve)
  rsb = f32[{r},{n}] broadcast(rs), dimensions={{0}}
  nrm = f32[{r},{n}] multiply(c, rsb)
  gb = f32[{r},{n}] broadcast(g), dimensions={{1}}
  bb = f32[{r},{n}] broadcast(b), dimensions={{1}}
  sc = f32[{r},{n}] multiply(nrm, gb)
  ROOT y = f32[{r},{n}] add(sc, bb)
}}
"""


def _run(text: str, args, tmp_path, rows_expected: bool, threads: int = 1):
    dump = str(tmp_path / "dump")
    exe = hlox.compile(text, hlox.CompileOptions(threads=threads, dump_dir=dump))
    got = np.asarray(exe(*args))
    want = np.asarray(evaluate(parse_module(text), list(args)))
    assert got.shape == want.shape
    # both sides round in f32: a result near zero that cancels terms of size ~10 (layernorm's
    # g*x̂ + b) carries their rounding, ~1e-6, whatever order either side sums in
    np.testing.assert_allclose(got.astype(np.float64), want.astype(np.float64),
                               rtol=2e-5, atol=4e-6, equal_nan=True)
    loops = "".join(open(p).read() for p in glob.glob(os.path.join(dump, "**", "*loops.mlir"),
                                                      recursive=True))
    if rows_expected:
        assert "(rows)" in loops, loops
    return got


@pytest.mark.parametrize("threads", [1, 4])
@pytest.mark.parametrize("r,n", [(64, 1024), (33, 7), (5, 1), (1, 33), (300, 513)])
def test_softmax_rows(tmp_path, r, n, threads):
    x = np.random.default_rng(r * n).standard_normal((r, n)).astype(np.float32) * 5
    # (rows of length 1: the pipeline folds the reductions away; see test_fused_rows)
    _run(_softmax(f"{r},{n}", f"{r}", "0"), [x], tmp_path, rows_expected=n > 1,
         threads=threads)


def test_softmax_rank3(tmp_path):
    x = np.random.default_rng(1).standard_normal((3, 5, 17)).astype(np.float32)
    _run(_softmax("3,5,17", "3,5", "0,1"), [x], tmp_path, rows_expected=True)


def test_softmax_nan_and_mask(tmp_path):
    x = np.random.default_rng(2).standard_normal((8, 40)).astype(np.float32)
    x[1, 7] = np.nan
    x[2, :20] = -1e9  # a causal-style mask
    x[3, :] = -1e9    # a fully masked row
    x[4, 3] = np.inf
    got = _run(_softmax("8,40", "8", "0"), [x], tmp_path, rows_expected=True)
    assert np.isnan(got[1]).all() and not np.isnan(got[0]).any()
    np.testing.assert_allclose(got[2, :20], 0.0)
    np.testing.assert_allclose(got[3], 1.0 / 40, rtol=1e-6)


def test_softmax_zero_rows(tmp_path):
    x = np.zeros((0, 16), np.float32)
    _run(_softmax("0,16", "0", "0"), [x], tmp_path, rows_expected=False)


@pytest.mark.parametrize("r,n", [(16, 1024), (7, 33), (9, 1), (1, 255)])
def test_layernorm_rows(tmp_path, r, n):
    rng = np.random.default_rng(r + n)
    x = (rng.standard_normal((r, n)) * 3 + 1).astype(np.float32)
    g = rng.standard_normal(n).astype(np.float32)
    b = rng.standard_normal(n).astype(np.float32)
    _run(_layernorm(r, n), [x, g, b], tmp_path, rows_expected=n > 1)


def _fused_softmax(r: int, n: int) -> str:
    """A hand-fused softmax kernel that also returns the row max and the row sum."""
    return f"""HloModule m
max_f {{ a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT m = f32[] maximum(a, b) }}
add_f {{ a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b) }}
fused {{ x = f32[{r},{n}] parameter(0)
  ninf = f32[] constant(-inf)
  zero = f32[] constant(0)
  mx = f32[{r}] reduce(x, ninf), dimensions={{1}}, to_apply=max_f
  mxb = f32[{r},{n}] broadcast(mx), dimensions={{0}}
  d = f32[{r},{n}] subtract(x, mxb)
  e = f32[{r},{n}] exponential(d)
  s = f32[{r}] reduce(e, zero), dimensions={{1}}, to_apply=add_f
  ls = f32[{r}] log(s)
  sb = f32[{r},{n}] broadcast(s), dimensions={{0}}
  y = f32[{r},{n}] divide(e, sb)
  ROOT t = (f32[{r},{n}], f32[{r}], f32[{r}]) tuple(y, mx, ls) }}
ENTRY main {{
  x = f32[{r},{n}] parameter(0)
  ROOT f = (f32[{r},{n}], f32[{r}], f32[{r}]) fusion(x), kind=kInput, calls=fused
}}
"""


@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("r,n", [(6, 1), (1, 1), (9, 31), (0, 8), (2048, 64)])
def test_fused_rows(r, n, threads):
    """Straight through the code generator: rows of length 1, zero rows, per-row outputs."""
    from codegen_check import check

    x = np.random.default_rng(r + n).standard_normal((r, n)).astype(np.float32)
    if r > 2:
        x[1, 0] = np.nan
        x[2, :] = -1e9
    prog = check(_fused_softmax(r, n), x, rtol=2e-5, atol=1e-6, threads=threads)
    assert ("(rows)" in prog.loop_ir) == (r > 0), prog.loop_ir
