"""stochastic-convert: the evaluator against the rounding rule computed by hand, the
compiled path (stochastic-convert-decomposer) against the evaluator."""
from __future__ import annotations

import numpy as np

import hlox
from hlox.ir.evaluator import evaluate_text

TEXT = """HloModule m
ENTRY e {
  x = f32[8] parameter(0)
  r = u32[8] parameter(1)
  ROOT s = s8[8] stochastic-convert(x, r)
}
"""


def test_rounds_up_with_the_fraction_as_probability():
    x = np.array([2.25, 2.25, -2.75, -2.75, 300.0, -300.0, np.nan, 0.5], np.float32)
    quarter = np.uint32(2**30)  # frac * 2^32 for 0.25
    r = np.array([quarter - 1, quarter, 3 * quarter - 1, 3 * quarter, 0, 0, 0, 2**31],
                 np.uint32)
    want = [3, 2, -3, -2, 127, -128, 0, 0]
    assert evaluate_text(TEXT, [x, r]).tolist() == want
    np.testing.assert_array_equal(hlox.compile(TEXT)(x, r), want)


def test_compiled_matches_evaluator_on_random_bits():
    rng = np.random.default_rng(3)
    x = rng.uniform(-200, 200, 8).astype(np.float32)
    r = rng.integers(0, 2**32, 8, dtype=np.uint64).astype(np.uint32)
    np.testing.assert_array_equal(hlox.compile(TEXT)(x, r), evaluate_text(TEXT, [x, r]))
