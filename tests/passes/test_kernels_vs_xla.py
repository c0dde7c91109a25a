"""`hlox compile --stats` against XLA:CPU on the JAX fixture programs of the benchmark's
kinds, as written by JAX (`NAME.hlo`) and as XLA optimized them (`NAME.opt.hlo`): hlox's
kernels (loop nests and library calls, loop bodies included) at most XLA's kernels
(`xla_kernels_nested` in tests/fixtures/jax/manifest.json: its fusions and unfused ops,
loop bodies included), hlox's arena at most XLA's temp bytes (`xla_temp_bytes`).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hlox.tools.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "jax"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text())["programs"]
PROGRAMS = ["mlp_loss", "mlp_grad", "layernorm_gelu", "causal_attention", "conv_relu_pool",
            "transformer_block", "fori_loop", "scan_rnn", "vmap_fn"]
CASES = [(name, form) for name in PROGRAMS for form in ("", ".opt")]


def _stats(path: Path, capsys) -> dict:
    assert main(["compile", str(path), "--stats"]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


@pytest.mark.parametrize("name,form", CASES)
def test_kernels_at_most_xla(name, form, capsys):
    stats = _stats(FIXTURES / f"{name}{form}.hlo", capsys)
    xla = MANIFEST[name]["xla_kernels_nested"]
    assert stats["kernels"] <= xla, f"{name}{form}: {stats['kernels']} kernels, XLA {xla}"


@pytest.mark.parametrize("name", PROGRAMS)
@pytest.mark.parametrize("form", ["", ".opt"])
def test_arena_at_most_xla_temp(name, form, capsys):
    stats = _stats(FIXTURES / f"{name}{form}.hlo", capsys)
    xla = MANIFEST[name]["xla_temp_bytes"]
    assert stats["arena_bytes"] <= xla, f"{name}{form}: arena {stats['arena_bytes']} > {xla}"
