"""The dynamo backend's contracts: registration, partial support, dynamic shapes,
in-place semantics, the zero-copy boundary, options and dumps."""
import logging

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from hlox.frontends.torch import compile_options, hlox_backend, record_graphs  # noqa: E402
from hlox.frontends.torch.executor import from_numpy, to_numpy  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_dynamo():
    torch._dynamo.reset()
    yield
    torch._dynamo.reset()


def test_registered_as_a_dynamo_backend():
    # the torch_dynamo_backends entry point: no import of hlox needed for the name
    from torch._dynamo.backends.registry import lookup_backend
    assert "hlox" in torch._dynamo.list_backends()
    assert lookup_backend("hlox") is hlox_backend

    def f(x, y):
        return torch.tanh(x @ y) * 2 + 1

    x, y = torch.randn(4, 5), torch.randn(5, 3)
    with record_graphs() as records:
        actual = torch.compile(f, backend="hlox")(x, y)
    torch.testing.assert_close(actual, f(x, y))
    assert [r.fully_compiled for r in records] == [True]


def test_unsupported_ops_run_eagerly_and_are_named_once(caplog):
    def f(x):  # to complex32 and back: HLO has no such element type
        return (x * 2).chalf().cfloat().real * 3

    args = (torch.randn(6, 3),)
    op = "aten._to_copy.default"
    with caplog.at_level(logging.WARNING, logger="hlox"), record_graphs() as records:
        actual = torch.compile(f, backend="hlox")(*args)
    torch.testing.assert_close(actual, f(*args))
    (record,) = records
    assert record.eager_ops == [op]  # both conversions, named once
    assert record.compiled_parts == 2  # x * 2 before, real and * 3 after
    lines = [r.getMessage() for r in caplog.records if "run eagerly" in r.getMessage()]
    assert len(lines) == 1 and op in lines[0]


def test_dynamic_shapes_compile_per_shape_and_explain(caplog):
    def f(x):
        return torch.softmax(x.view(x.shape[0], -1) * 3, dim=-1)

    compiled = torch.compile(f, backend="hlox", dynamic=True, options={"cache_size": 2})
    with caplog.at_level(logging.INFO, logger="hlox"), record_graphs() as records:
        for batch in (3, 5, 7, 3):
            x = torch.randn(batch, 2, 4)
            torch.testing.assert_close(compiled(x), f(x))
    assert len(records) == 1  # one dynamic graph, compiled by hlox per shape
    messages = [r.getMessage() for r in caplog.records]
    assert any("recompiling" in m and "arg" in m for m in messages), messages
    assert any("cache full" in m for m in messages), messages


def test_in_place_updates_of_buffers_keep_eager_semantics():
    class Counter(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("total", torch.zeros(3))

        def forward(self, x):
            self.total.add_(x.sum(0))
            return x * self.total

    model, reference = Counter(), Counter()
    compiled = torch.compile(model, backend="hlox")
    for _ in range(3):
        x = torch.randn(2, 3)
        torch.testing.assert_close(compiled(x), reference(x))
    torch.testing.assert_close(model.total, reference.total)


def test_zero_copy_boundary():
    t = torch.randn(4, 5)
    a = to_numpy(t)
    assert a.ctypes.data == t.data_ptr()
    back = from_numpy(a)
    assert back.data_ptr() == t.data_ptr()
    p = torch.nn.Parameter(torch.randn(3))
    assert to_numpy(p).ctypes.data == p.data_ptr()
    bf = torch.randn(6).to(torch.bfloat16)
    assert to_numpy(bf).ctypes.data == bf.data_ptr()
    assert torch.equal(from_numpy(to_numpy(bf)), bf)


def test_permuted_inputs_enter_without_a_copy():
    """A transposed view (aot_autograd saves `w.t()` for the backward) is passed as the
    row-major array it views, with the permutation in the module; a strided slice is
    copied."""
    from hlox.frontends.torch.graph import memory_order
    from hlox.frontends.torch.profile import StepProfile, profiling

    def f(x, w, y):
        return torch.tanh(x @ w) + y.sum(1)

    x, w = torch.randn(8, 16), torch.randn(12, 16).t()  # w: a [16, 12] view of [12, 16]
    y = torch.randn(3, 8, 12).permute(1, 0, 2)  # [8, 3, 12]
    assert memory_order(w) == (1, 0) and memory_order(y) == (1, 0, 2)
    assert memory_order(x) is None and memory_order(torch.randn(8, 32)[:, ::2]) is None
    assert memory_order(torch.randn(3, 1, 4).permute(2, 1, 0).unsqueeze(0)) is not None
    compiled = torch.compile(f, backend="hlox")
    profile = StepProfile()
    with record_graphs() as records, profiling(profile):
        torch.testing.assert_close(compiled(x, w, y), f(x, w, y))
    assert [r.fully_compiled for r in records] == [True]
    (part,) = profile.parts.values()
    assert part.copies == 0
    assert sorted(a.shape for a in part.last_inputs) == [(3, 8, 12), (8, 16), (12, 16)]
    with record_graphs() as records:  # dynamo guards on strides: each is a new graph
        for w2, y2 in ((w.contiguous(), y), (w, y.contiguous()),
                       (w, torch.randn(8, 3, 24)[..., ::2])):
            torch.testing.assert_close(compiled(x, w2, y2), f(x, w2, y2))
    assert records and all(r.fully_compiled for r in records)


def test_results_freed_by_a_step_are_reused_without_page_faults():
    import resource

    from hlox.frontends.torch.executor import keep_freed_memory, malloc_is_users
    if malloc_is_users():
        pytest.skip("not glibc's malloc, or the environment sets its thresholds")
    assert keep_freed_memory()
    def step():  # a step's results, 8 MiB: allocated, written, freed
        results = [np.empty((256, 1024), np.float32) for _ in range(8)]
        for r in results:
            r.fill(1.0)

    step()  # the first step faults its pages in
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(20):
        step()
    # glibc's defaults: ~2000 a step, every page again
    assert resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before < 200


def test_options_map_onto_compile_options(tmp_path, caplog):
    options = compile_options({"threads": 1, "disabled_passes": ["fusion"],
                               "dump_dir": str(tmp_path)})
    assert options.threads == 1 and options.disabled_passes == ("fusion",)
    with caplog.at_level(logging.WARNING, logger="hlox"):
        assert compile_options({"no_such_option": 1}).threads >= 1
    assert "no_such_option" in caplog.text

    def f(x):
        return torch.relu(x) + 1

    x = torch.randn(8)
    out = torch.compile(f, backend="hlox", options={"dump_dir": str(tmp_path / "d"),
                                                   "threads": 1})(x)
    torch.testing.assert_close(out, f(x))
    names = [p.name for p in (tmp_path / "d").iterdir()]
    assert any(n.endswith("before_optimizations.hlo") for n in names), names


def test_hlox_flags_dumps_work_from_torch_compile(tmp_path, monkeypatch):
    monkeypatch.setenv("HLOX_FLAGS", f"--dump-dir={tmp_path}")

    def f(x):
        return torch.sigmoid(x) * x

    x = torch.randn(5)
    torch.testing.assert_close(torch.compile(f, backend="hlox")(x), f(x))
    assert any(p.name.endswith(".c") for p in tmp_path.iterdir())


def test_hlox_threads_follow_torch():
    def f(x):
        return torch.tanh(x) * 2

    x = torch.randn(8, 4)
    compiled = torch.compile(f, backend="hlox")
    before = torch.get_num_threads()
    other = 1 if before > 1 else 2
    try:
        with record_graphs() as records:
            torch.testing.assert_close(compiled(x), f(x))
            torch.set_num_threads(other)  # dynamo guards on it: a new graph
            torch.testing.assert_close(compiled(x), f(x))
            torch.testing.assert_close(torch.compile(f, backend="hlox", options={
                "threads": 3})(x + 1), f(x + 1))  # a count in the options wins
    finally:
        torch.set_num_threads(before)
    assert [r.threads for r in records] == [[before], [other], [3]]


_POLICY_PROBE = """
import os, sys
import numpy as np
if sys.argv[1] == "torch-first":
    import torch
import hlox
from hlox.runtime import threads
exe = hlox.compile("HloModule m\\nENTRY e { a = f32[4] parameter(0) ROOT m = f32[4] multiply(a, a) }")
assert (exe(np.full(4, 3, np.float32)) == 9).all()
print(threads.configure().source, os.environ.get("OMP_WAIT_POLICY"))
"""


@pytest.mark.parametrize("order, env, expected", [
    ("hlox-first", {}, "hlox PASSIVE"),  # set before libgomp loads: it holds
    ("torch-first", {}, "runtime default None"),  # libgomp read its env already
    ("hlox-first", {"GOMP_SPINCOUNT": "5"}, "user None"),  # the user's choice wins
])
def test_wait_policy_is_set_before_libgomp_loads(order, env, expected):
    import os
    import subprocess
    import sys
    base = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")}
    out = subprocess.run([sys.executable, "-c", _POLICY_PROBE, order], env={**base, **env},
                         capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[-2] == expected


def test_step_profile_splits_graphs_parts_and_kernels():
    from hlox.frontends.torch.profile import StepProfile, kernel_times, profiling

    model = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 4))
    x = torch.randn(8, 32)[:, ::2]  # a strided slice: its input is copied
    compiled = torch.compile(model, backend="hlox")
    compiled(x).sum().backward()
    profile = StepProfile()
    with profiling(profile):
        for _ in range(2):
            compiled(x).sum().backward()
            profile.step(1.0)
    summary = profile.summary()
    assert summary["steps"] == 2
    kinds = sorted(name.split("_")[0] for name in summary["graphs"])
    assert kinds == ["backward", "forward"]
    for name, graph in summary["graphs"].items():
        assert graph["calls"] == 1
        (part,) = graph["parts"].values()
        assert 0 < part["kernel_ms"] <= part["ms"] <= graph["ms"]
        assert part["kernels"] >= 1
    forward = next(g for n, g in summary["graphs"].items() if n.startswith("forward"))
    assert next(iter(forward["parts"].values()))["copies"] == 1  # x, not contiguous
    stats = next(iter(profile.parts.values()))
    times = kernel_times(stats.graph, stats.last_inputs, repeats=2)
    assert times and all(t >= 0 for _, t in times) and sum(t for _, t in times) > 0
    assert "forward" in profile.report()
