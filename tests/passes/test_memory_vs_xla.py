"""Issue 4: hlox needs no more temporary memory than XLA:CPU on the JAX fixture programs.

`hlox.compile(text).arena_bytes` against XLA's `temp_size_in_bytes` (recorded as
`xla_temp_bytes` in tests/fixtures/jax/manifest.json), compiling `NAME.hlo`.
"""
from __future__ import annotations

import json
from pathlib import Path

import ml_dtypes
import numpy as np
import pytest

import hlox

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "jax"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text())["programs"]

# The foundation issue's programs: each must need no more temporary memory than XLA:CPU.
# (mlp_grad, causal_attention and transformer_block rely on temporaries living in entry
# results before those are written: the memory plan's scratch-in-result.)
WITHIN_XLA = ["mlp_loss", "mlp_grad", "layernorm_gelu", "causal_attention", "conv_relu_pool",
              "transformer_block", "fori_loop", "scan_rnn", "vmap_fn"]


def _text(name: str) -> str:
    return (FIXTURES / f"{name}.hlo").read_text()


def _load(name: str):
    spec = MANIFEST[name]
    data = np.load(FIXTURES / f"{name}.npz")

    def typed(array, meta):
        return array.view(ml_dtypes.bfloat16) if meta["hlo_type"] == "bf16" else array

    args = [typed(data[f"arg{i}"], m) for i, m in enumerate(spec["inputs"])]
    outs = [typed(data[f"out{i}"], m) for i, m in enumerate(spec["outputs"])]
    return args, outs


def _leaves(value):
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in _leaves(v)]
    return [np.asarray(value)]


def _assert_outputs(got, outs, what):
    got = _leaves(got)
    assert len(got) == len(outs), what
    for i, (g, e) in enumerate(zip(got, outs)):
        assert g.shape == e.shape and g.dtype == e.dtype, f"{what} out{i}"
        scale = max(1.0, float(np.max(np.abs(e.astype(np.float64)), initial=0.0)))
        np.testing.assert_allclose(g.astype(np.float64), e.astype(np.float64), rtol=0,
                                   atol=2e-4 * scale, err_msg=f"{what} out{i}")


@pytest.mark.parametrize("name", WITHIN_XLA)
def test_arena_within_xla_temp(name):
    exe = hlox.compile(_text(name))
    xla = MANIFEST[name]["xla_temp_bytes"]
    assert exe.arena_bytes <= xla, f"{name}: hlox arena {exe.arena_bytes} > XLA temp {xla}"
    args, outs = _load(name)
    _assert_outputs(exe(*args), outs, name)
