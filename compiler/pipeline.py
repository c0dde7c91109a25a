"""The optimization pipeline, declared once: `optimize(module, options, dumper)`.

It reads top to bottom as XLA's CPU pipeline does. Each stage says why it sits where it
does. With `options.verify_passes` the verifier runs after every pass, and each pass's
dump (`module_NNNN.<name>.NNNN.after_<pass>.hlo`) is written when it changed the module.
Every pass run is recorded in order (`PassRunner.records`; `optimize(..., records=[])`
hands them out) and announced to `hooks.compile_progress` as "pass <name>".
Scheduling, buffer assignment and lowering come after this function, in code generation.
"""
from __future__ import annotations

import time
from typing import Iterable

from hlox.ir import ModuleOp, verify_module
from hlox.passes.algsimp import AlgebraicSimplifier
from hlox.passes.batch_norm_expander import BatchNormExpander
from hlox.passes.cholesky_expander import CholeskyExpander
from hlox.passes.triangular_solve_expander import TriangularSolveExpander
from hlox.passes.constant_folding import ConstantFolding
from hlox.passes.cse import CommonSubexpressionElimination
from hlox.passes.dce import DeadCodeElimination
from hlox.passes.fft_expander import FftExpander
from hlox.passes.fusion import Fusion
from hlox.passes.inline_calls import CallInliner
from hlox.passes.layout_assignment import LayoutAssignment
from hlox.passes.map_inliner import MapInliner
from hlox.passes.multi_output_fusion import MultiOutputFusion
from hlox.passes.pass_base import HloPass
from hlox.passes.reduce_precision_expander import ReducePrecisionExpander
from hlox.passes.static_values import StaticValues
from hlox.passes.stochastic_convert_decomposer import StochasticConvertDecomposer
from hlox.passes.topk_decomposer import TopkDecomposer
from hlox.passes.widen_reductions import WidenNarrowReductions

from .dumps import Dumper, NullDumper
from .hooks import pass_records, report_progress

# Every pass `hlox opt --passes` and `disabled_passes` know, by name (built from the classes).
PASS_CLASSES: tuple[type[HloPass], ...] = (
    CallInliner, AlgebraicSimplifier, ConstantFolding, CommonSubexpressionElimination,
    DeadCodeElimination, LayoutAssignment, Fusion, MultiOutputFusion, FftExpander, MapInliner,
    TopkDecomposer, StaticValues, BatchNormExpander, CholeskyExpander, TriangularSolveExpander,
    StochasticConvertDecomposer, WidenNarrowReductions, ReducePrecisionExpander,
)
PASSES: dict[str, type[HloPass]] = {cls.name: cls for cls in PASS_CLASSES}

# A fixed-point group stops when a whole round changes nothing, or after this many rounds
# (each rule only ever shrinks the graph, so the bound is a guard, not a limit that is hit).
MAX_FIXED_POINT_ROUNDS = 20


class PassRunner:
    """Runs passes with the options' disabled list, the verifier and the dumps.

    `records` lists every pass run in order as `{"name", "seconds", "changed", "dump"}`
    (`dump`: the NNNN of the after_<pass> dump written for that run, else None); a list
    given as `records` is appended to. `timings` sums the seconds by pass name."""

    def __init__(self, options, dumper: Dumper | None, records: list | None = None):
        self.options = options
        self.dumper = dumper or NullDumper()
        self.disabled = set(getattr(options, "disabled_passes", ()) or ())
        self.verify = bool(getattr(options, "verify_passes", False))
        self.timings: dict[str, float] = {}
        self.records: list[dict] = records if records is not None else []

    def run(self, hlo_pass: HloPass, module: ModuleOp) -> bool:
        if hlo_pass.name in self.disabled:
            return False
        report_progress(f"pass {hlo_pass.name}")
        start = time.perf_counter()
        changed = bool(hlo_pass.run(module))
        seconds = time.perf_counter() - start
        self.timings[hlo_pass.name] = self.timings.get(hlo_pass.name, 0.0) + seconds
        if self.verify:
            verify_module(module)
        dump = None
        if changed and self.dumper.dump_after_pass(hlo_pass.name, module) is not None:
            dump = self.dumper.pass_counter
        record = {"name": hlo_pass.name, "seconds": seconds, "changed": changed, "dump": dump}
        self.records.append(record)
        listener = pass_records.get()
        if listener is not None and listener is not self.records:
            listener.append(record)
        return changed

    def fixed_point(self, passes: Iterable[HloPass], module: ModuleOp) -> bool:
        passes = tuple(passes)
        changed_any = False
        for _ in range(MAX_FIXED_POINT_ROUNDS):
            changed = False
            for hlo_pass in passes:
                changed |= self.run(hlo_pass, module)
            changed_any |= changed
            if not changed:
                break
        return changed_any


def optimize(module: ModuleOp, options, dumper: Dumper | None = None,
             records: list | None = None) -> ModuleOp:
    """The optimized copy of `module` (the argument is left as it was). Each pass run's
    record (see `PassRunner`) is appended to `records` when given."""
    module = module.clone()
    runner = PassRunner(options, dumper, records)

    # 0. Expanders: ops the code generator has no kernel for become ops it has; first, so
    #    that canonicalization sees (and folds) what they produce.
    runner.run(FftExpander(), module)
    runner.run(MapInliner(), module)
    runner.run(TopkDecomposer(), module)
    runner.run(StaticValues(), module)
    runner.run(BatchNormExpander(), module)
    runner.run(CholeskyExpander(), module)
    runner.run(TriangularSolveExpander(), module)
    runner.run(StochasticConvertDecomposer(), module)
    runner.run(ReducePrecisionExpander(), module)
    if getattr(options, "narrow_reductions", "xla") == "f32":  # the precision policy
        runner.run(WidenNarrowReductions(), module)

    # 1. Canonicalization, to a fixed point. Inlining comes first so the other passes see
    #    across what were call boundaries; constant folding follows algsimp, which exposes
    #    constants (reshape/broadcast chains of literals); CSE merges what algsimp made
    #    equal; DCE last drops what all of them left unused.
    runner.fixed_point([
        CallInliner(),
        AlgebraicSimplifier(),
        ConstantFolding(),
        CommonSubexpressionElimination(),
        DeadCodeElimination(),
    ], module)

    # 2. Layout assignment, after simplification (which ignores layouts) and before fusion
    #    (the transposes it adds for dot operands must be fused like any other). algsimp
    #    does not run after it: it would fold those transposes back into the dots.
    runner.run(LayoutAssignment(), module)

    # 3. Fusion: decides the kernels. Its size limit comes from the options.
    runner.run(Fusion(max_fusion_size=options.max_fusion_size), module)
    # Then loop kernels over the same index space merge into multi-output loops; after
    # fusion because it merges the kernels fusion decided, never recomputing anything.
    runner.run(MultiOutputFusion(max_fusion_size=options.max_fusion_size), module)

    # 4. CSE and DCE once more: fusion leaves unused producers behind (it duplicates a cheap
    #    producer into several consumers) and may make two fusions identical.
    runner.run(CommonSubexpressionElimination(), module)
    runner.run(DeadCodeElimination(), module)

    # Scheduling and buffer assignment follow in code generation (passes/schedule.py,
    # passes/buffer_assignment.py): they need the final set of kernels, which is this.
    if not runner.verify:  # the result is checked once even when the passes are not
        verify_module(module)
    return module
