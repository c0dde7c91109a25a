"""The C build step: a module built as several translation units compiled at once gives
the library one unit gives (runtime/build.py)."""
from __future__ import annotations

import os

import numpy as np

from hlox.ir import parse_module
from hlox.passes.codegen import generate_c
from hlox.pipeline import optimize
from hlox.options import CompileOptions
from hlox.runtime.build import (ENTRY_MARK, KERNELS_MARK, build_shared_library, split_units)
from hlox.runtime.executable import Executable, Signature

from tests.conftest import JAX_FIXTURES


def _program(name: str):
    module = parse_module((JAX_FIXTURES / f"{name}.hlo").read_text())
    return module, generate_c(optimize(module, CompileOptions()), threads=1)


def _executable(module, program, path) -> Executable:
    params = tuple(p.shape for p in module.entry_computation.parameters())
    return Executable(str(path), Signature(params, module.entry_computation.result_shape),
                      program.arena_bytes, program.kernels)


def test_split_build_matches_the_single_unit(tmp_path):
    module, program = _program("transformer_block")
    units = split_units(program.source, 2)
    assert len(units) == 2
    assert sum("int hlox_main(" in u for u in units) == 1
    assert all(KERNELS_MARK not in u and ENTRY_MARK not in u for u in units)
    one = _executable(module, program, build_shared_library(
        program.source, tmp_path / "one.so", link_blas=program.link_blas, jobs=1))
    two = _executable(module, program, build_shared_library(
        program.source, tmp_path / "two.so", link_blas=program.link_blas, jobs=2))
    rng = np.random.default_rng(0)
    args = [rng.standard_normal(p.dims).astype(p.np_dtype) for p in one.signature.params]
    assert np.array_equal(one(*args), two(*args))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.so", "two.so"]  # no leftovers


def test_small_modules_and_unmarked_source_stay_one_unit():
    _, program = _program("fori_loop")
    assert split_units(program.source, 2) == [program.source]
    assert split_units("int hlox_main(void) { return 0; }\n", 8) == [
        "int hlox_main(void) { return 0; }\n"]
    _, big = _program("transformer_block")
    assert split_units(big.source, 1) == [big.source]


def test_each_unit_defines_only_the_constants_it_names(monkeypatch):
    from hlox.runtime import build
    values = ", ".join(str(i) for i in range(16))
    module = parse_module(f"""HloModule consts
ENTRY main {{
  x = f32[16,16] parameter(0)
  a = f32[16] constant({{{values}}})
  ab = f32[16,16] broadcast(a), dimensions={{1}}
  s = f32[16,16] sine(x)
  t = f32[16,16] add(s, ab)
  d = f32[16,16] dot(t, t), lhs_contracting_dims={{1}}, rhs_contracting_dims={{0}}
  c = f32[16,16] cosine(d)
  ROOT r = f32[16,16] multiply(c, ab)
}}
""")
    program = generate_c(optimize(module, CompileOptions()), threads=1)
    monkeypatch.setattr(build, "SPLIT_MIN_KERNEL_CHARS", 0)
    units = split_units(program.source, 2)
    assert len(units) == 2
    for unit in units:
        defined = [line.split()[3].split("[")[0] for line in unit.splitlines()
                   if line.startswith("static const")]
        for name in defined:
            assert unit.count(name) >= 2, name  # defined here because it is used here
    assert "hlox_const" in program.source


def test_compiler_version_is_remembered_by_the_compiler_file(tmp_path, monkeypatch):
    """A cache hit in a new process needs the compiler's identity without running it: the
    `--version` output is kept in the cache under the compiler file's identity, and asked
    again when that file changes."""
    from hlox.runtime import build

    calls = tmp_path / "calls"
    fake = tmp_path / "fakecc"

    def install(version: str, mtime: int) -> None:
        fake.write_text(f"#!/bin/sh\necho run >> {calls}\necho {version}\n")
        fake.chmod(0o755)
        os.utime(fake, (mtime, mtime))

    monkeypatch.setenv("HLOX_CACHE_DIR", str(tmp_path / "cache"))
    install("fakecc 1.0", 1_000_000)
    assert build._compiler_version((str(fake),)) == "fakecc 1.0\n"
    assert build._compiler_version((str(fake),)) == "fakecc 1.0\n"
    assert calls.read_text().count("run") == 1
    install("fakecc 2.0", 2_000_000)  # an upgrade: another file behind the same name
    assert build._compiler_version((str(fake),)) == "fakecc 2.0\n"
    assert calls.read_text().count("run") == 2
    assert oct((tmp_path / "cache").stat().st_mode & 0o777) == oct(0o700)
