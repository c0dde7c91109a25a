"""The prelude's own vectorisable f32 exp (`hlox_expf`): accuracy, special values, softmax.

glibc's libmvec expf goes scalar (and ~25x slower) for lanes with |x| > ~87.3, so f32 exp
(and logistic, and f16 / bf16 exp, which compute in float) use a polynomial of our own.
Its documented bound (prelude.py): within 1 ulp of the correctly rounded result on every
f32 input; x <= -104 gives +0, x >= 88.7228394 gives +inf, NaN propagates, exp(+-0) = 1.
"""
from __future__ import annotations

import numpy as np

import hlox
from hlox.ir.evaluator import evaluate
from hlox.ir.parser import parse_module

ULP_BOUND = 1  # ulps from the correctly rounded result (prelude.py's comment)


def _unary(op: str, n: int, t: str = "f32"):
    text = (f"HloModule m\nENTRY main {{\n  x = {t}[{n}] parameter(0)\n"
            f"  ROOT y = {t}[{n}] {op}(x)\n}}\n")
    return hlox.compile(text, hlox.CompileOptions(threads=1))


def _ulp_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance in representable f32 values (both finite or inf, same sign or zero)."""
    def key(v):
        i = v.astype(np.float32).view(np.int32).astype(np.int64)
        return np.where(i < 0, -(i & 0x7fffffff), i)
    return np.abs(key(a) - key(b))


SPECIALS = {
    -np.inf: 0.0, -1e9: 0.0, -1e30: 0.0, -105.0: 0.0, -104.0: 0.0, -103.98: 0.0,
    -0.0: 1.0, 0.0: 1.0, 1e-30: 1.0, -1e-30: 1.0, 1e-45: 1.0, 88.8: np.inf, 89.0: np.inf,
    100.0: np.inf, 1e9: np.inf, np.inf: np.inf, float(np.float32(88.7228394)): np.inf,
}


def _sweep_inputs() -> np.ndarray:
    rng = np.random.default_rng(0)
    dense = np.linspace(-104.0, 88.7, 1_000_003, dtype=np.float64).astype(np.float32)
    # Every f32 around the interesting points: range reduction boundaries (n*ln2/2), the
    # subnormal threshold, the overflow threshold, zero.
    around = []
    for c in [-103.97, -87.5, -87.34, -0.5 * np.log(2), 0.5 * np.log(2), 1.5 * np.log(2),
              60.0, 88.7, 88.72283]:
        base = np.float32(c).view(np.int32)
        around.append((base + np.arange(-3000, 3000, dtype=np.int32)).view(np.float32))
    tiny = np.float32(1e-3) * rng.standard_normal(100_000).astype(np.float32)
    wide = rng.uniform(-120, 100, 200_000).astype(np.float32)
    special = np.array(list(SPECIALS) + [np.nan, -np.nan], dtype=np.float32)
    return np.concatenate([dense, *around, tiny, wide, special])


def test_exp_accuracy_and_specials():
    x = _sweep_inputs()
    y = np.asarray(_unary("exponential", x.size)(x))
    assert y.dtype == np.float32
    with np.errstate(over="ignore"):
        exact = np.exp(x.astype(np.float64))
        rounded = exact.astype(np.float32)
    nan = np.isnan(x)
    assert np.isnan(y[nan]).all()
    assert not np.isnan(y[~nan]).any()
    assert (y[~nan] >= 0).all()
    dist = _ulp_distance(y[~nan], rounded[~nan])
    worst = int(np.argmax(dist))
    assert dist.max() <= ULP_BOUND, (x[~nan][worst], y[~nan][worst], exact[~nan][worst])
    # Within the normal range, also as an error against the exact value.
    normal = ~nan & (rounded >= np.finfo(np.float32).tiny) & np.isfinite(rounded)
    rel = np.abs(y[normal] - exact[normal]) / exact[normal]
    assert rel.max() <= 1.1 * 2.0 ** -23
    # Specials exactly (both zeros and their sign, infinities).
    for v, want in SPECIALS.items():
        got = y[x.view(np.int32) == np.float32(v).view(np.int32)]
        assert got.size and (got == np.float32(want)).all(), (v, got, want)
        assert not np.signbit(got).any()
    # Subnormal results are kept (not flushed to zero).
    sub = ~nan & (rounded > 0) & (rounded < np.finfo(np.float32).tiny)
    assert sub.sum() > 1000 and (y[sub] > 0).all()


def test_exp_odd_length_and_low_precision():
    """A length with a vector remainder, and f16 / bf16 (computed in float) and f64."""
    x = np.array([-1e9, -104.0, -87.5, -20.0, -1.0, -0.0, 0.0, 0.5, 1.0, 10.0, 88.7, 88.8,
                  np.inf, -np.inf, np.nan, 3.0, 7.0], dtype=np.float32)
    y = np.asarray(_unary("exponential", x.size)(x))
    with np.errstate(over="ignore"):
        ref = np.exp(x.astype(np.float64)).astype(np.float32)
    np.testing.assert_array_max_ulp(y[~np.isnan(x)], ref[~np.isnan(x)], maxulp=ULP_BOUND)
    assert np.isnan(y[np.isnan(x)]).all()
    for t, dt, lim in [("f16", np.float16, 8.0), ("f64", np.float64, 700.0)]:
        xs = np.clip(np.nan_to_num(x), -lim, lim).astype(dt)
        ys = np.asarray(_unary("exponential", x.size, t)(xs))
        np.testing.assert_allclose(ys.astype(np.float64), np.exp(xs.astype(np.float64)),
                                   rtol=1e-3 if t == "f16" else 1e-14)


def test_logistic_extremes():
    x = np.array([-1e9, -104.0, -88.8, -20.0, -0.0, 0.0, 3.0, 20.0, 88.8, 104.0, 1e9,
                  np.inf, -np.inf, np.nan], dtype=np.float32)
    y = np.asarray(_unary("logistic", x.size)(x))
    with np.errstate(over="ignore"):
        ref = 1.0 / (1.0 + np.exp(-x.astype(np.float64)))
    finite = ~np.isnan(x)
    # 1 / (1 + exp(-x)) in f32: exp(88.8) overflows, so results below FLT_MIN are 0.
    np.testing.assert_allclose(y[finite], ref[finite], rtol=3e-7,
                               atol=float(np.finfo(np.float32).tiny))
    assert y[0] == 0.0 and y[-3] == 1.0 and y[-2] == 0.0 and np.isnan(y[-1])


def _masked_softmax_text(b: int, s: int) -> str:
    return f"""HloModule masked_softmax

max_f32 {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT m = f32[] maximum(a, b)
}}

add_f32 {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}}

ENTRY main {{
  x = f32[{b},{s},{s}] parameter(0)
  row = s32[{s},{s}] iota(), iota_dimension=0
  col = s32[{s},{s}] iota(), iota_dimension=1
  keep2 = pred[{s},{s}] compare(row, col), direction=GE
  keep = pred[{b},{s},{s}] broadcast(keep2), dimensions={{1,2}}
  big = f32[] constant(-1e+09)
  bigs = f32[{b},{s},{s}] broadcast(big), dimensions={{}}
  masked = f32[{b},{s},{s}] select(keep, x, bigs)
  ninf = f32[] constant(-inf)
  mx = f32[{b},{s}] reduce(masked, ninf), dimensions={{2}}, to_apply=max_f32
  mxb = f32[{b},{s},{s}] broadcast(mx), dimensions={{0,1}}
  sh = f32[{b},{s},{s}] subtract(masked, mxb)
  e = f32[{b},{s},{s}] exponential(sh)
  zero = f32[] constant(0)
  sum = f32[{b},{s}] reduce(e, zero), dimensions={{2}}, to_apply=add_f32
  sumb = f32[{b},{s},{s}] broadcast(sum), dimensions={{0,1}}
  ROOT p = f32[{b},{s},{s}] divide(e, sumb)
}}
"""


def test_causal_masked_softmax_matches_evaluator():
    b, s = 3, 67  # a row length with a vector remainder
    text = _masked_softmax_text(b, s)
    x = (4.0 * np.random.default_rng(1).standard_normal((b, s, s))).astype(np.float32)
    got = np.asarray(hlox.compile(text, hlox.CompileOptions(threads=1))(x))
    want = np.asarray(evaluate(parse_module(text), [x]))
    np.testing.assert_allclose(got, want, rtol=2e-6, atol=1e-30)
    upper = np.triu(np.ones((s, s), dtype=bool), k=1)
    assert (got[:, upper] == 0.0).all()                      # exp(-1e9 - max) is exactly 0
    np.testing.assert_allclose(got.sum(axis=-1), 1.0, rtol=2e-6)
    assert got[:, 0, 0].tolist() == [1.0] * b                # the first row is all mask but one
