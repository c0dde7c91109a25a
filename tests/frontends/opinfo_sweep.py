"""PyTorch's OpInfo database through `torch.compile(backend="hlox")`, float32 and complex64.

    .venv/bin/python tests/frontends/opinfo_sweep.py [--samples 3] [--jobs 2]
        [--dtype float32 --dtype complex64] [NAME...]

For every OpInfo that supports a swept dtype, a few samples of that dtype are run
eagerly and through the hlox backend. Two figures per dtype: the core-ATen one
counts the OpInfos whose graphs (as dynamo and aot_autograd produce them) are made
of core ATen ops only; the other counts every OpInfo whose graphs reached the
backend. An OpInfo passes when hlox compiled every one of its graphs itself
(nothing left to eager PyTorch) and the results match eager. The report lists
every failure with its reason. `test_torch_opinfo.py` runs a representative subset
through `check_opinfo`.
"""
from __future__ import annotations

import argparse
import multiprocessing
import operator
import os
import sys
import time
from dataclasses import dataclass
from functools import partial

# Ops whose results are random or depend on memory layout: comparing with eager is
# meaningless, so they stay out of the figure.
NONDETERMINISTIC = ("rand", "bernoulli", "normal", "dropout", "multinomial", "uniform",
                    "randint", "randn", "empty", "new_empty", "poisson", "exponential",
                    "cauchy", "geometric", "log_normal")
DTYPES = ("float32", "complex64")


@dataclass
class Result:
    name: str  # OpInfo name.variant
    dtype: str  # the samples' dtype: float32 | complex64
    status: str  # pass | eager | mismatch | error | no-graph | skipped
    detail: str = ""
    non_core: str = ""  # the graphs' ops that are not core ATen, if any

    @property
    def has_graph(self) -> bool:
        return self.status in ("pass", "eager", "mismatch", "error")

    @property
    def counted(self) -> bool:
        """Whether it counts toward the figure: its graphs are core ATen ops only."""
        return self.has_graph and not self.non_core


def _opinfo_name(op) -> str:
    return op.name + (f".{op.variant_test_name}" if op.variant_test_name else "")


def _is_core(target) -> bool:
    import torch
    from hlox.frontends.torch.graph import SIZE_QUERIES, SYMBOLIC_FUNCTIONS
    if target is operator.getitem or target in SYMBOLIC_FUNCTIONS or target in SIZE_QUERIES:
        return True
    return isinstance(target, torch._ops.OpOverload) and torch.Tag.core in target.tags


def check_opinfo(op, max_samples: int = 3, dtype: str = "float32") -> Result:
    import torch
    import torch._dynamo
    from hlox.frontends.torch import hlox_backend, record_graphs

    name = _opinfo_name(op)
    result = partial(Result, name, dtype)
    if any(word in op.name for word in NONDETERMINISTIC):
        return result("skipped", "random or uninitialized results")
    if getattr(torch, dtype) not in op.supported_dtypes("cpu"):
        return result("skipped", f"no {dtype}")
    try:
        samples = list(op.sample_inputs("cpu", getattr(torch, dtype), requires_grad=False))
    except Exception as e:  # noqa: BLE001
        return result("skipped", f"no samples: {e}")
    samples = samples[:max_samples]
    if not samples:
        return result("skipped", "no samples")
    all_records, mismatches, errors = [], [], []
    for sample in samples:
        def run(inp, args, kwargs):
            return op(inp, *args, **kwargs)
        try:
            expected = run(sample.input, sample.args, sample.kwargs)
        except Exception:  # noqa: BLE001 - samples eager rejects say nothing about hlox
            continue
        torch._dynamo.reset()
        compiled = torch.compile(run, backend=hlox_backend, dynamic=False)
        with record_graphs() as records:
            try:
                actual = compiled(sample.input, sample.args, sample.kwargs)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{type(e).__name__}: {str(e).splitlines()[0][:200]}")
                continue
        all_records.extend(records)
        try:
            torch.testing.assert_close(actual, expected, rtol=1e-4, atol=1e-4, equal_nan=True,
                                       check_device=False)
        except Exception as e:  # noqa: BLE001
            mismatches.append(str(e).strip().splitlines()[0][:200])
    if not all_records and not errors:
        return result("no-graph", "no graph reached the backend")
    targets = {t for r in all_records for t in r.targets}
    non_core = ", ".join(sorted(str(t) for t in targets if not _is_core(t)))
    if errors:
        return result("error", errors[0], non_core)
    eager = sorted({op_name for r in all_records for op_name in r.eager_ops})
    fallbacks = [f for r in all_records for f in r.fallbacks]
    if eager:
        return result("eager", ", ".join(eager), non_core)
    if fallbacks:
        return result("eager", fallbacks[0][:200], non_core)
    if mismatches:
        return result("mismatch", mismatches[0], non_core)
    return result("pass", "", non_core)


def _worker(args):
    index, max_samples, dtype = args
    import logging
    logging.getLogger("hlox").setLevel(logging.ERROR)
    logging.getLogger("torch").setLevel(logging.ERROR)
    from torch.testing._internal.common_methods_invocations import op_db
    op = op_db[index]
    start = time.perf_counter()
    try:
        result = check_opinfo(op, max_samples, dtype)
    except Exception as e:  # noqa: BLE001
        result = Result(_opinfo_name(op), dtype, "error", f"{type(e).__name__}: {e}"[:200])
    return result, time.perf_counter() - start


def _percent(part: int, whole: int) -> str:
    return f"{part} of {whole}: {100.0 * part / max(whole, 1):.1f}%"


def report(results: list[Result], dtype: str) -> None:
    """The two figures of one dtype, then its failures grouped by status."""
    results = [r for r in results if r.dtype == dtype]
    counted = [r for r in results if r.counted]
    with_graph = [r for r in results if r.has_graph]
    print(f"\n{dtype}: {len(results)} OpInfos, {len(with_graph)} whose graphs reached the "
          f"backend, {len(counted)} of them core ATen only")
    print(f"  core ATen: {_percent(sum(r.status == 'pass' for r in counted), len(counted))} "
          f"compiled by hlox and matching eager")
    print(f"  all (core ATen or not): "
          f"{_percent(sum(r.status == 'pass' for r in with_graph), len(with_graph))}")
    for status in ("eager", "mismatch", "error"):
        failures = sorted((r for r in with_graph if r.status == status), key=lambda r: r.name)
        if failures:
            print(f"\n  {dtype} {status} ({len(failures)}):")
            for r in failures:
                core = "" if r.counted else f" [not core: {r.non_core}]"
                print(f"    {r.name}: {r.detail}{core}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these OpInfos (name or name.variant)")
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--dtype", action="append", choices=DTYPES,
                        help="the samples' dtype (repeatable; default: all of them)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    dtypes = args.dtype or list(DTYPES)
    os.environ.setdefault("HLOX_CACHE_DIR", "/tmp/hlox-opinfo-cache")
    from torch.testing._internal.common_methods_invocations import op_db
    indices = [i for i, op in enumerate(op_db)
               if not args.names or op.name in args.names or _opinfo_name(op) in args.names]
    start = time.perf_counter()
    results = []
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(args.jobs, maxtasksperchild=25) as pool:
        for result, seconds in pool.imap_unordered(
                _worker, [(i, args.samples, dtype) for dtype in dtypes for i in indices]):
            results.append(result)
            if args.verbose:
                core = "" if result.counted or not result.has_graph else \
                    f" [not core: {result.non_core}]"
                print(f"{result.status:9} {seconds:5.1f}s {result.dtype} {result.name} "
                      f"{result.detail}{core}", flush=True)
    print(f"\nOpInfo sweep, {args.samples} samples per op, "
          f"{time.perf_counter() - start:.0f}s")
    for dtype in dtypes:
        report(results, dtype)
    return 0


if __name__ == "__main__":
    sys.exit(main())
