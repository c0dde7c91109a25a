"""Loop decisions: small passes over the `kernel` dialect (`loops.py`), run on the whole
`kernel.module` after the emitters built it and before `cprint.py` prints it.

Emitters build plain loops and record what they know about each `kernel.for` (facts):

    work = N       the cost of the nest this loop heads (elements x rough cost); its
                   iterations are independent: the loop is offered to threads
    independent    no iteration reads what another writes (`reduce` accumulators aside)
    minor          the loop over the minor (smallest-stride) dimension of its nest
    vectorizable   the body may run as SIMD lanes: straight-line, no loop-carried
                   dependency but its `reduce` accumulators

The passes turn facts into decisions (the properties `cprint.py` prints as OpenMP
pragmas), one decision each:

    parallelize-loops  `parallel` + `threads`: a loop offered to threads with enough work
    collapse-loops     `collapse`: how many loops of a parallel nest share its iterations
    vectorize-loops    `simd`: a vectorizable loop, unless GCC would get it wrong

Before them, one rewrite changes the loops' structure: split-loops-at-bounds
(`index_split.py`) runs a minor loop that branches on its own index (a pad's or a
concatenate's bounds check) as consecutive loops with the branches folded away.

A loop whose body an emitter built for one particular split (a GEMM's row blocks, a
strip-mined column reduction, a reduction split across threads, a convolution's batch)
carries that decision from its emitter (`Kernel.loop(parallel=True, collapse=...)`); the
passes leave such a loop's decisions as they are.
"""
from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass
from typing import ClassVar, Iterator

from xdsl.context import Context
from xdsl.dialects.builtin import ComplexType, UnitAttr
from xdsl.passes import ModulePass

from . import loops as K

# Below this much work (elements x rough cost) a loop nest stays serial: OpenMP's fork/join
# costs a few microseconds on this kind of machine (2 cores; measured with libgomp).
PARALLEL_WORK = 1 << 17


def for_loops(op) -> Iterator[K.ForOp]:
    """Every kernel.for inside `op`, outer loops before the loops they contain (faster than
    `op.walk()`: only ops with regions are entered)."""
    for region in op.regions:
        for block in region.blocks:
            for inner in block.ops:
                if type(inner) is K.ForOp:
                    yield inner
                if inner.regions:
                    yield from for_loops(inner)


@dataclass(frozen=True)
class LoopPass(ModulePass):
    """A pass that decides properties of loops and never changes the IR's structure:
    `decide(loops)` on every kernel.for of the module, outer loops first (so that
    `run_loop_passes` walks the module once for all of them)."""

    def apply(self, ctx: Context | None, op: K.ModuleOp) -> None:
        self.decide(list(for_loops(op)))

    @abstractmethod
    def decide(self, loops: list[K.ForOp]) -> None:
        """Set this pass's decision on each of `loops`."""


@dataclass(frozen=True)
class ParallelizeLoops(LoopPass):
    """A loop offered to threads (`work`) runs on `threads` threads when its nest has at
    least PARALLEL_WORK of work: below that, OpenMP's fork and join cost more than the
    threads save."""

    name: ClassVar[str] = "parallelize-loops"
    threads: int = 1

    def decide(self, loops: list[K.ForOp]) -> None:
        if self.threads <= 1:
            return
        for loop in loops:
            if loop.work is not None and loop.work.value.data >= PARALLEL_WORK:
                loop.properties["parallel"] = UnitAttr()
                loop.properties["threads"] = K.int_attr(self.threads)


@dataclass(frozen=True)
class CollapseLoops(LoopPass):
    """A parallel loop shares its iterations with the independent loops perfectly nested
    in it (OpenMP `collapse`), all but the nest's minor loop: each thread then writes whole
    rows, which stay vectorised, and threads share no cache lines but at their ends."""

    name: ClassVar[str] = "collapse-loops"

    def decide(self, loops: list[K.ForOp]) -> None:
        for loop in loops:
            if loop.parallel is None or loop.collapse is not None:
                continue
            depth, inner = 1, _only_loop_in(loop)
            while inner is not None and inner.independent is not None and inner.minor is None:
                depth, inner = depth + 1, _only_loop_in(inner)
            if depth > 1:
                loop.properties["collapse"] = K.int_attr(depth)


def _only_loop_in(loop: K.ForOp) -> K.ForOp | None:
    """The kernel.for that is the whole body of `loop` (perfectly nested), or None."""
    first = loop.body.block.first_op
    if isinstance(first, K.ForOp) and first.next_op is None:
        return first
    return None


@dataclass(frozen=True)
class VectorizeLoops(LoopPass):
    """A vectorizable loop is marked `omp simd`, unless it computes complex values under a
    branch: GCC 12 (-O3 -march=native) miscompiles such a branch in an `omp simd` loop (the
    imaginary parts of a complex multiply under `if` came out wrong: a pad of a complex
    product, then a multiply, read at each output index). Without the pragma GCC still
    vectorises what it can prove safe."""

    name: ClassVar[str] = "vectorize-loops"

    def decide(self, loops: list[K.ForOp]) -> None:
        for loop in loops:
            if loop.vectorizable is not None and not _complex_under_branch(loop):
                loop.properties["simd"] = UnitAttr()


def _complex_under_branch(loop: K.ForOp) -> bool:
    for op in loop.body.walk():
        if isinstance(op, K.IfOp) and any(
                isinstance(r.type, ComplexType) for inner in op.walk() for r in inner.results):
            return True
    return False


def loop_passes(threads: int) -> list[LoopPass]:
    """The loop passes in the order they run (collapse reads what parallelize decided)."""
    return [ParallelizeLoops(threads=threads), CollapseLoops(), VectorizeLoops()]


def run_loop_passes(module: K.ModuleOp, threads: int, dumper=None) -> None:
    """Run the loop passes on `module`; with a `Dumper` that is on, the loop IR is dumped
    as the emitters built it and after each pass (`NNNN.after_<pass>.mlir`, numbered on
    from the HLO passes)."""
    from .index_split import split_loops_at_bounds

    dumping = dumper is not None and dumper.enabled
    if dumping:
        dumper.dump_loops("emitters", K.print_ir(module))
    if split_loops_at_bounds(module) and dumping:
        dumper.dump_loops("split-loops-at-bounds", K.print_ir(module))
    loops = list(for_loops(module))
    for loop_pass in loop_passes(threads):
        loop_pass.decide(loops)
        if dumping:
            dumper.dump_loops(loop_pass.name, K.print_ir(module))
