"""Golden C: the kernels and hlox_main generated for a fixed set of modules, compared with
the files checked in under `tests/passes/golden_c/`. A refactor of the code generator that
changes a kernel shows up here as a diff; a change that means to, refreshes the files and
commits the diff with it:

    .venv/bin/python tests/passes/test_golden_c.py           # rewrite every golden file
    .venv/bin/python tests/passes/test_golden_c.py mlp_loss  # only those named

The modules: every JAX fixture program (`tests/fixtures/jax`, as JAX lowered it and as
XLA optimized it; through the pipeline) and the loop-IR check cases
(`tests/passes/loops/*.hlo`; as they are), through `generate_c` with 2 threads: the C as
users get it, without the prelude (the same for every module).
"""
from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

import pytest

from hlox.ir import parse_module
from hlox.options import CompileOptions
from hlox.passes.codegen import generate_c
from hlox.passes.codegen.prelude import PRELUDE
from hlox.pipeline import optimize

HERE = Path(__file__).parent
GOLDEN = HERE / "golden_c"
JAX = HERE.parent / "fixtures" / "jax"
# (custom-call: a JAX fixture hlox refuses, as its own test says)
UNSUPPORTED = {"op_sharding", "op_top_k.opt"}


def _jax_sources() -> dict[str, Path]:
    names = sorted(json.loads((JAX / "manifest.json").read_text())["programs"])
    sources = {}
    for name in names:
        for suffix in ("", ".opt"):
            full = JAX / f"{name}{suffix}.full.hlo"  # elided constants written out
            path = full if full.exists() else JAX / f"{name}{suffix}.hlo"
            if f"{name}{suffix}" not in UNSUPPORTED and path.exists():
                sources[f"{name}{suffix}"] = path
    return sources


SOURCES = {**_jax_sources(),
           **{f"loops.{p.stem}": p for p in sorted((HERE / "loops").glob("*.hlo"))}}


def generated_c(name: str) -> str:
    """The C of module `name` after the prelude: constants, scalar helpers, kernels,
    hlox_main. A loop-IR case is lowered as it is, as its own test does."""
    path = SOURCES[name]
    module = parse_module(path.read_text(), str(path))
    if not name.startswith("loops."):
        module = optimize(module, CompileOptions(threads=2))
    source = generate_c(module, threads=2).source
    assert source.startswith(PRELUDE)
    return source[len(PRELUDE):]


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_generated_c_is_the_golden_c(name):
    golden = GOLDEN / f"{name}.c"
    assert golden.exists(), f"no golden C for {name}: run {_REFRESH}"
    expected, got = golden.read_text(), generated_c(name)
    if got != expected:
        diff = difflib.unified_diff(expected.splitlines(), got.splitlines(),
                                    f"golden_c/{name}.c", "generated", lineterm="", n=2)
        shown = "\n".join(list(diff)[:80])
        pytest.fail(f"the C of {name} changed (if meant: {_REFRESH} {name}):\n{shown}")


def test_every_golden_file_has_its_module():
    stale = {p.stem for p in GOLDEN.glob("*.c")} - set(SOURCES)
    assert not stale, f"golden C without a module (delete them): {sorted(stale)}"


_REFRESH = ".venv/bin/python tests/passes/test_golden_c.py"


def refresh(names: list[str]) -> None:
    GOLDEN.mkdir(exist_ok=True)
    for name in names or sorted(SOURCES):
        path = GOLDEN / f"{name}.c"
        text = generated_c(name)
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
            print(f"wrote {path.relative_to(HERE.parent.parent)}")
    if not names:
        for stale in set(p.stem for p in GOLDEN.glob("*.c")) - set(SOURCES):
            (GOLDEN / f"{stale}.c").unlink()
            print(f"removed golden_c/{stale}.c")


if __name__ == "__main__":
    refresh(sys.argv[1:])
