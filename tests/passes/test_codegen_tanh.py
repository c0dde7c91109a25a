"""The prelude's own f32 tanh (`hlox_tanhf`): accuracy, special values, and the reason it
exists — the same bits in scalar and vectorised loops, so a value a fusion computes in two
loop nests (a max reduction and the `x == max` of its gradient) agrees with itself.
Documented bound (prelude.py): at most 1.33 ulp from the exact value on every f32 input.
"""
from __future__ import annotations

import numpy as np
import pytest

import hlox

from test_codegen_exp import _ulp_distance, _unary


def test_tanh_accuracy_and_specials():
    rng = np.random.default_rng(1)
    x = np.concatenate([
        np.linspace(-12, 12, 1_000_001, dtype=np.float64).astype(np.float32),
        (np.float32(0.625).view(np.int32) + np.arange(-5000, 5000, dtype=np.int32)
         ).view(np.float32),  # where the two formulas meet
        np.float32(1e-3) * rng.standard_normal(100_000).astype(np.float32),
        rng.uniform(-100, 100, 100_000).astype(np.float32),
    ])
    x = np.concatenate([x, -x])
    y = np.asarray(_unary("tanh", x.size)(x))
    rounded = np.tanh(x.astype(np.float64)).astype(np.float32)
    assert _ulp_distance(y, rounded).max() <= 2  # 1.33 ulp of the exact value
    specials = np.array([0.0, -0.0, np.inf, -np.inf, 20.0, -20.0, 1e30, np.nan], np.float32)
    got = np.asarray(_unary("tanh", specials.size)(specials))
    np.testing.assert_array_equal(got[:7], [0, 0, 1, -1, 1, -1, 1])
    assert list(np.signbit(got[:2])) == [False, True] and np.isnan(got[7])


REDUCERS = {
    "maximum": "ROOT c = f32[] maximum(a, b)",
    # a reducer that is not one op: its loop stays scalar (libm's tanhf) while the compare's
    # loop is vectorised (libmvec's): with those, 13 of 35 rows of 1000 found no equal
    "select": "g = pred[] compare(a, b), direction=GT\n  ROOT c = f32[] select(g, a, b)",
}


@pytest.mark.parametrize("reducer", sorted(REDUCERS))
@pytest.mark.parametrize("cols", [4, 5, 17, 64, 1000])
def test_max_of_tanh_is_found_again_by_equality(cols, reducer):
    """jnp.max's gradient pattern: every row has at least one element equal to its max."""
    text = f"""HloModule m
max {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  {REDUCERS[reducer]}
}}
add {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = f32[] add(a, b)
}}
ENTRY main {{
  x = f32[7,{cols}] parameter(0)
  t = f32[7,{cols}] tanh(x)
  ninf = f32[] constant(-inf)
  m = f32[7] reduce(t, ninf), dimensions={{1}}, to_apply=max
  mb = f32[7,{cols}] broadcast(m), dimensions={{0}}
  eq = pred[7,{cols}] compare(t, mb), direction=EQ
  one = f32[7,{cols}] convert(eq)
  zero = f32[] constant(0)
  ROOT count = f32[7] reduce(one, zero), dimensions={{1}}, to_apply=add
}}
"""
    exe = hlox.compile(text, hlox.CompileOptions(threads=1))
    for seed in range(5):
        x = np.random.default_rng(seed).standard_normal((7, cols)).astype(np.float32)
        assert (np.asarray(exe(x)) >= 1).all()
