"""The pass manager: the registry, disabled passes, the verifier between passes, the fixed
point, XLA-named dumps, and `hlox opt`."""
from __future__ import annotations

import dataclasses
import os
import re

import pytest

from hlox.dumps import Dumper
from hlox.ir import parse_module, print_module
from hlox.ir.errors import HloVerifyError
from hlox.options import CompileOptions
from hlox.passes.pass_base import HloPass
from hlox.pipeline import PASS_CLASSES, PASSES, PassRunner, optimize
from hlox.tools.cli import main as cli_main
from hlox.tools.cmd_opt import make_pass, split_pass_list

SOFTMAX = """
HloModule softmax

max {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT m = f32[] maximum(a, b)
}

sum {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}

ENTRY main {
  x = f32[4,8]{1,0} parameter(0)
  ninf = f32[] constant(-inf)
  mx = f32[4]{0} reduce(x, ninf), dimensions={1}, to_apply=max
  r = f32[4,1]{1,0} reshape(mx)
  b1 = f32[4,1]{1,0} broadcast(r), dimensions={0,1}
  r2 = f32[4]{0} reshape(b1)
  mxb = f32[4,8]{1,0} broadcast(r2), dimensions={0}
  d = f32[4,8]{1,0} subtract(x, mxb)
  e = f32[4,8]{1,0} exponential(d)
  zero = f32[] constant(0)
  s = f32[4]{0} reduce(e, zero), dimensions={1}, to_apply=sum
  sb = f32[4,8]{1,0} broadcast(s), dimensions={0}
  ROOT out = f32[4,8]{1,0} divide(e, sb)
}
"""


def test_registry_is_built_from_the_classes_with_xla_names():
    assert list(PASSES) == [cls.name for cls in PASS_CLASSES]
    for name in ("call-inliner", "algsimp", "constant-folding", "cse", "dce",
                 "layout-assignment", "fusion", "multi-output-fusion"):
        assert name in PASSES
    for cls in PASS_CLASSES:
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen
        assert cls.describe(), cls


def test_optimize_leaves_its_argument_alone():
    module = parse_module(SOFTMAX)
    before = print_module(module)
    optimize(module, CompileOptions())
    assert print_module(module) == before


def test_disabled_passes_do_not_run():
    module = parse_module(SOFTMAX)
    out = optimize(module, CompileOptions(disabled_passes=("fusion", "multi-output-fusion")))
    assert "fusion(" not in print_module(out)
    assert "fusion(" in print_module(optimize(module, CompileOptions()))


@dataclasses.dataclass(frozen=True)
class _BreaksTheModule(HloPass):
    """Test pass: makes the ROOT's shape lie."""

    name = "break-it"

    def run(self, module):
        from xdsl.rewriter import Rewriter

        from hlox.ir.dialect import type_of_shape
        from hlox.ir.shapes import ArrayShape

        root = module.entry_computation.root
        Rewriter.replace_value_with_new_type(root.result,
                                             type_of_shape(ArrayShape("f32", (1, 2, 3))))
        return True


def test_verifier_runs_between_passes_when_asked():
    module = parse_module(SOFTMAX)
    PassRunner(CompileOptions(), None).run(_BreaksTheModule(), module)  # not verified
    module = parse_module(SOFTMAX)
    with pytest.raises(HloVerifyError):
        PassRunner(CompileOptions(verify_passes=True), None).run(_BreaksTheModule(), module)


@dataclasses.dataclass(frozen=True)
class _Countdown(HloPass):
    """Test pass: reports a change a fixed number of times."""

    name = "countdown"
    left: list = dataclasses.field(default_factory=lambda: [3])

    def run(self, module):
        if self.left[0] == 0:
            return False
        self.left[0] -= 1
        return True


def test_fixed_point_stops_when_nothing_changes():
    countdown = _Countdown()
    runner = PassRunner(CompileOptions(), None)
    assert runner.fixed_point([countdown], parse_module(SOFTMAX))
    assert countdown.left == [0]
    assert not runner.fixed_point([countdown], parse_module(SOFTMAX))


def test_dumps_are_named_like_xla(tmp_path):
    options = CompileOptions(dump_dir=str(tmp_path))
    module = parse_module(SOFTMAX)
    dumper = Dumper(options, "jit softmax")  # names are made file-safe
    dumper.dump_before_optimizations(module)
    optimized = optimize(module, options, dumper)
    dumper.dump_after_optimizations(optimized)
    dumper.dump_buffer_assignment("buffers")
    dumper.dump_c("int hlox_main(void) { return 0; }")
    names = sorted(os.listdir(tmp_path))
    prefix = f"module_{dumper.module_id:04d}.jit_softmax"
    assert f"{prefix}.before_optimizations.hlo" in names
    assert f"{prefix}.after_optimizations.hlo" in names
    assert f"{prefix}.buffer-assignment.txt" in names
    assert f"{prefix}.c" in names
    passes = [n for n in names if re.fullmatch(re.escape(prefix) + r"\.\d{4}\.after_.*\.hlo", n)]
    assert any("after_algsimp" in n for n in passes) and any("after_fusion" in n for n in passes)
    numbers = [int(n.split(".")[2]) for n in passes]
    assert numbers == sorted(set(numbers))  # one number per pass run, in order
    assert not [n for n in names if n.endswith(".tmp")]  # atomic writes leave no temp files
    # The dump is the module as printed: it parses back.
    text = (tmp_path / f"{prefix}.after_optimizations.hlo").read_text()
    assert print_module(parse_module(text)) == text


def test_modules_are_numbered_per_process(tmp_path):
    options = CompileOptions(dump_dir=str(tmp_path))
    first, second = Dumper(options, "a"), Dumper(options, "b")
    assert second.module_id == first.module_id + 1


def test_dump_pass_re_picks_the_pass_dumps(tmp_path):
    options = CompileOptions(dump_dir=str(tmp_path), dump_pass_re="fusion")
    dumper = Dumper(options, "m")
    optimize(parse_module(SOFTMAX), options, dumper)
    names = os.listdir(tmp_path)
    assert names and all("fusion" in n for n in names)


def test_no_dump_dir_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    dumper = Dumper(CompileOptions(), "m")
    optimize(parse_module(SOFTMAX), CompileOptions(), dumper)
    assert dumper.dump_text("c", "x") is None
    assert os.listdir(tmp_path) == []


def test_pass_specs():
    assert split_pass_list("algsimp,fusion{max_fusion_size=8,epilogue=false},dce") == \
        ["algsimp", "fusion{max_fusion_size=8,epilogue=false}", "dce"]
    fusion = make_pass("fusion{max_fusion_size=8,epilogue=false}")
    assert fusion.max_fusion_size == 8 and fusion.epilogue is False
    with pytest.raises(ValueError, match="unknown pass"):
        make_pass("no-such-pass")
    with pytest.raises(ValueError, match="no option"):
        make_pass("fusion{nope=1}")
    with pytest.raises(ValueError, match="cannot read"):
        make_pass("fusion{max_fusion_size=many}")


def test_cli_opt(tmp_path, capsys):
    path = tmp_path / "softmax.hlo"
    path.write_text(SOFTMAX)
    assert cli_main(["opt", "--list-passes"]) == 0
    listing = capsys.readouterr().out
    assert all(name in listing for name in PASSES)
    assert cli_main(["opt", str(path), "--passes", "algsimp,dce", "--print-after-all"]) == 0
    captured = capsys.readouterr()
    assert "after algsimp" in captured.err and "after dce" in captured.err
    assert "b1" not in captured.out  # the identity broadcast is gone
    parse_module(captured.out)  # what it prints parses
    assert cli_main(["opt", str(path)]) == 0  # the whole pipeline
    assert "fusion(" in capsys.readouterr().out
    assert cli_main(["opt", str(path), "--passes", "bogus"]) == 1
    assert "unknown pass" in capsys.readouterr().err
    assert cli_main(["opt", str(path), "--dump-dir", str(tmp_path / "d")]) == 0
    assert any(n.endswith("after_optimizations.hlo") for n in os.listdir(tmp_path / "d"))


def test_cli_opt_reads_hlox_flags(tmp_path, monkeypatch, capsys):
    path = tmp_path / "softmax.hlo"
    path.write_text(SOFTMAX)
    monkeypatch.setenv("HLOX_FLAGS", f"--dump-dir={tmp_path / 'flags'}")
    assert cli_main(["opt", str(path)]) == 0
    capsys.readouterr()
    assert any(n.endswith("before_optimizations.hlo") for n in os.listdir(tmp_path / "flags"))
