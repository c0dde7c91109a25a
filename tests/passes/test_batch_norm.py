"""The batch-norm family: the evaluator against numpy formulas written out here (and the
gradient against finite differences of the training output), the compiled path (the
batch-norm-expander pass) against the evaluator."""
from __future__ import annotations

import numpy as np

import hlox
from hlox.ir.evaluator import evaluate_text

RNG = np.random.default_rng(11)
TEXT = """HloModule m
ENTRY e {
  x = f32[4,3,5] parameter(0)
  scale = f32[3] parameter(1)
  offset = f32[3] parameter(2)
  mean = f32[3] parameter(3)
  var = f32[3] parameter(4)
  g = f32[4,3,5] parameter(5)
  train = (f32[4,3,5], f32[3], f32[3]) batch-norm-training(x, scale, offset), epsilon=0.001, feature_index=1
  infer = f32[4,3,5] batch-norm-inference(x, scale, offset, mean, var), epsilon=0.001, feature_index=1
  grad = (f32[4,3,5], f32[3], f32[3]) batch-norm-grad(x, scale, mean, var, g), epsilon=0.001, feature_index=1
  ROOT t = ((f32[4,3,5], f32[3], f32[3]), f32[4,3,5], (f32[4,3,5], f32[3], f32[3])) tuple(train, infer, grad)
}
"""


def _args():
    x = RNG.normal(size=(4, 3, 5)).astype(np.float32)
    return [x, RNG.uniform(0.5, 2, 3).astype(np.float32), RNG.normal(size=3).astype(np.float32),
            RNG.normal(size=3).astype(np.float32), RNG.uniform(0.5, 2, 3).astype(np.float32),
            RNG.normal(size=(4, 3, 5)).astype(np.float32)]


def _flat(v):
    return [leaf for e in v for leaf in _flat(e)] if isinstance(v, tuple) else [np.asarray(v)]


def test_batch_norm_formulas_and_gradient():
    x, scale, offset, mean, var, g = _args()
    (y, m, v), infer, (gx, gs, go) = evaluate_text(TEXT, [x, scale, offset, mean, var, g])
    b = lambda a: a.reshape(1, 3, 1)  # noqa: E731
    bm, bv = x.mean((0, 2)), x.var((0, 2))
    np.testing.assert_allclose(m, bm, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(v, bv, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(y, (x - b(bm)) / np.sqrt(b(bv) + 1e-3) * b(scale) + b(offset),
                               rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(infer, (x - b(mean)) / np.sqrt(b(var) + 1e-3) * b(scale)
                               + b(offset), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(go, g.sum((0, 2)), rtol=1e-5, atol=1e-5)
    # At the batch's own statistics, d x is the gradient of sum(g * training output).
    _, _, (gx, gs, _) = evaluate_text(TEXT, [x, scale, offset, bm, bv, g])

    def loss(xx):
        mm, vv = xx.mean((0, 2)), xx.var((0, 2))
        return float((g * ((xx - b(mm)) / np.sqrt(b(vv) + 1e-3) * b(scale))).sum())

    x64 = x.astype(np.float64)
    for index in [(0, 0, 0), (1, 2, 3), (3, 1, 4)]:
        step = np.zeros_like(x64)
        step[index] = 1e-5
        numeric = (loss(x64 + step) - loss(x64 - step)) / 2e-5
        assert abs(numeric - gx[index]) < 1e-3
    np.testing.assert_allclose(gs, (g * (x - b(bm)) / np.sqrt(b(bv) + 1e-3)).sum((0, 2)),
                               rtol=1e-4, atol=1e-5)


def test_batch_norm_compiled_matches_evaluator():
    args = _args()
    for got, want in zip(_flat(hlox.compile(TEXT)(*args)), _flat(evaluate_text(TEXT, args))):
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
