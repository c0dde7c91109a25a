"""StableHLO in (frontends/stablehlo.py): the MLIR JAX prints for every fixture program
(tests/fixtures/jax/NAME.mlir, written by generate.py beside NAME.hlo) gives the outputs JAX
computed, through hlox's evaluator, `hlox.compile(text)` and `hlox run FILE.mlir`; what hlox
cannot read names itself at FILE:LINE:COL."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

import hlox
from conftest import JAX_FIXTURES
from hlox.frontends.stablehlo import is_stablehlo, parse_stablehlo
from hlox.ir import HloError
from hlox.ir.evaluator import evaluate
from test_jax_fixtures import MANIFEST, SIXTEEN_BIT_PROGRAMS, _load, assert_matches

# The op each of these programs uses that hlox does not implement.
UNSUPPORTED = {"op_reduce_precision": "stablehlo.reduce_precision",
               "op_top_k": "chlo.top_k", "op_sharding": "sdy.mesh"}
PROGRAMS = [n for n in MANIFEST["programs"] if n not in UNSUPPORTED]
# Compiled in the default tier (every program is evaluated there; all compile in test-all).
QUICK = {"mlp_grad", "transformer_block", "scan_rnn", "op_cond", "op_argmax",
         "op_random_normal", "conv_relu_pool", "op_scatter_2d_max", "op_sort"}


def _program(name):
    path = JAX_FIXTURES / f"{name}.mlir"
    args, outs = _load(name)
    return path.read_text(), path, args, outs


@pytest.mark.parametrize("name", PROGRAMS)
def test_evaluator_matches_jax(name):
    text, path, args, outs = _program(name)
    assert is_stablehlo(text)
    module = parse_stablehlo(text, str(path))
    assert_matches(evaluate(module, args), outs, path.name, name in SIXTEEN_BIT_PROGRAMS)


@pytest.mark.parametrize("name", [pytest.param(n, marks=() if n in QUICK else pytest.mark.slow)
                                  for n in PROGRAMS])
def test_compiled_matches_jax(name):
    text, path, args, outs = _program(name)
    executable = hlox.compile(text, filename=str(path))
    assert_matches(executable(*args), outs, path.name, name in SIXTEEN_BIT_PROGRAMS)


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_unsupported_op_names_itself(name):
    text, path, _, _ = _program(name)
    with pytest.raises(HloError) as info:
        parse_stablehlo(text, str(path))
    op = UNSUPPORTED[name]
    line = next(i for i, t in enumerate(text.splitlines(), 1) if op in t)
    col = text.splitlines()[line - 1].index(op) + 1
    assert str(info.value).startswith(f"{path}:{line}:{col}: ") and op in str(info.value)


def test_unknown_attribute_and_bad_syntax_name_their_place():
    text = ("module @m {\n  func.func public @main(%arg0: tensor<3xf32>) -> tensor<3xf32> {\n"
            "    %0 = stablehlo.sine %arg0 {frobnicate = 3 : i64} : tensor<3xf32>\n"
            "    return %0 : tensor<3xf32>\n  }\n}\n")
    with pytest.raises(HloError, match=r"^m.mlir:3:10: unsupported attribute 'frobnicate'"):
        parse_stablehlo(text, "m.mlir")
    with pytest.raises(HloError, match=r"^m.mlir:2:\d+: unsupported element type 'complex<f32>'"):
        parse_stablehlo(text.replace("tensor<3xf32> {", "tensor<3xcomplex<f32>> {"), "m.mlir")
    with pytest.raises(HloError, match=r"^m.mlir:4:5: .*%1, which is not defined"):
        parse_stablehlo(text.replace("{frobnicate = 3 : i64} ", "").replace("return %0",
                                                                            "return %1"), "m.mlir")


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "hlox.tools.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def test_cli_runs_mlir_files(tmp_path):
    path = JAX_FIXTURES / "mlp_grad.mlir"
    out_file = tmp_path / "out.npz"
    out = _cli("run", path, "--inputs", JAX_FIXTURES / "mlp_grad.npz", "--output", out_file)
    assert out.returncode == 0, out.stderr
    _, outs = _load("mlp_grad")
    got = np.load(out_file)
    assert_matches(tuple(got[f"out{i}"] for i in range(len(outs))), outs, "hlox run")
    bad = tmp_path / "bad.mlir"
    bad.write_text((JAX_FIXTURES / "op_top_k.mlir").read_text())
    out = _cli("compile", bad)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.startswith(f"{bad}:3:25: unsupported StableHLO operation 'chlo.top_k'")
