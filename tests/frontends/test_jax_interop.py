"""hlox.from_jax: the JAX fixture programs (tests/fixtures/jax/programs.py), traced and
lowered by JAX, compiled by hlox, give jax.jit's values; jax.grad of them, traced inside the
function given to from_jax, gives jax.jit's gradients."""
from __future__ import annotations

import sys

import numpy as np
import pytest

jax = pytest.importorskip("jax")
import jax.numpy as jnp  # noqa: E402

import hlox  # noqa: E402
from conftest import JAX_FIXTURES  # noqa: E402

sys.path.insert(0, str(JAX_FIXTURES))
import programs as P  # noqa: E402

# Ops hlox does not implement (tests/ir/test_parser.py checks the error names the op).
UNSUPPORTED = {"op_top_k", "op_sharding", "op_reduce_precision"}
# XLA:CPU computes bf16/f16 arithmetic in f32 and may skip rounding back (see
# tests/test_jax_fixtures.py): outputs computed through 16-bit floats agree to 16 bits.
SIXTEEN_BIT = {"op_constants", "op_f16_arith", "op_bf16_io", "op_convert_types"}
# Every kind once in the default tier; the rest run with `make test-all`.
QUICK = {"mlp_loss", "mlp_grad", "transformer_block", "scan_rnn", "fori_loop", "op_cond",
         "op_scatter_add", "op_sort", "op_f64", "op_bf16_io"}
NAMES = [pytest.param(n, marks=() if n in QUICK else pytest.mark.slow)
         for n in P.PROGRAMS if n not in UNSUPPORTED]


def assert_trees_match(got, expected, what, sixteen_bit=False):
    got_leaves, got_tree = jax.tree_util.tree_flatten(got)
    want_leaves, want_tree = jax.tree_util.tree_flatten(expected)
    assert got_tree == want_tree, what
    for i, (g, e) in enumerate(zip(got_leaves, want_leaves)):
        g, e = np.asarray(g), np.asarray(e)
        assert g.shape == e.shape and g.dtype == e.dtype, f"{what} leaf {i}: {g.dtype}{g.shape}"
        if e.dtype.kind in "biu":
            np.testing.assert_array_equal(g, e, err_msg=f"{what} leaf {i}")
            continue
        g64, e64 = g.astype(np.float64), e.astype(np.float64)
        scale = max(1.0, float(np.max(np.abs(e64[np.isfinite(e64)]), initial=0.0)))
        tol = (1e-2 if sixteen_bit or e.dtype.itemsize < 4 else 2e-4) * scale
        np.testing.assert_allclose(g64, e64, rtol=0, atol=tol, equal_nan=True,
                                   err_msg=f"{what} leaf {i}")


def _jit_kwargs(name):
    p = P.PROGRAMS[name]
    return p.jit_kwargs() if p.jit_kwargs else {}


@pytest.mark.parametrize("name", NAMES)
def test_program_matches_jax_jit(name):
    with jax.enable_x64(P.PROGRAMS[name].x64):
        args = P.example_inputs(name)
        got = hlox.from_jax(P.PROGRAMS[name].fn, **_jit_kwargs(name))(*args)
        assert_trees_match(got, P.jitted(name)(*args), name, name in SIXTEEN_BIT)


def _float_loss(fn):
    """The sum of fn's floating outputs: a scalar to take jax.grad of."""
    def loss(*args):
        leaves = jax.tree_util.tree_leaves(fn(*args))
        return sum(jnp.sum(leaf.astype(jnp.float32)) for leaf in leaves
                   if jnp.issubdtype(leaf.dtype, jnp.floating))
    return loss


@pytest.mark.parametrize("name", ["mlp_loss", "transformer_block", "scan_rnn", "fori_loop",
                                  "layernorm_gelu", "causal_attention", "conv_relu_pool"])
def test_gradients_match_jax_jit(name):
    args = P.example_inputs(name)
    grad_fn = jax.grad(_float_loss(P.PROGRAMS[name].fn), argnums=0)
    got = hlox.from_jax(grad_fn)(*args)
    assert_trees_match(got, jax.jit(grad_fn)(*args), f"grad {name}")


def test_signatures_statics_and_cache():
    calls = []

    def f(x, n, *, scale):
        calls.append(1)   # once per trace: JAX traces on a miss only
        return {"y": x * n + scale, "n": n}

    hf = hlox.from_jax(f, static_argnums=1, static_argnames="scale", cache_size=2)
    x32 = np.arange(3, dtype=np.float32)
    out = hf(jnp.asarray(x32), 3, scale=1.0)
    np.testing.assert_array_equal(out["y"], x32 * 3 + 1)
    assert out["n"] == 3 and set(out) == {"y", "n"}
    hf(x32, 3, scale=1.0)                       # numpy in, same signature: no new trace
    assert len(calls) == 1
    hf(x32, 2, scale=1.0)                       # a new static value
    hf(np.arange(4, dtype=np.float32), 2, scale=1.0)  # a new shape
    assert len(calls) == 3 and hf.cache_info()["entries"] == 2   # bounded
    assert "HloModule" in hf.lower(x32, 2, scale=1.0).as_text()
    assert "stablehlo." in hf.lower(x32, 2, scale=1.0).as_text("stablehlo")


def test_python_scalars_are_weak_and_donation_is_safe():
    hf = hlox.from_jax(lambda x, s: x * s, donate_argnums=0)
    x = np.ones(3, np.float32)
    y = hf(x, 2)                               # 2 takes x's dtype, as in jax.jit
    assert y.dtype == np.float32 and y.tolist() == [2, 2, 2]
    assert x.tolist() == [1, 1, 1]              # hlox reuses no donated buffer
    assert hf(x, 2.5).tolist() == [2.5] * 3
