"""Random programs compiled and compared with the evaluator, many cases per compile."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

import hlox
from hlox.ir import parse_module
from hlox.ir.evaluator import evaluate

from hlo_programs import Case, Generator, batch_module, case_inputs, mismatch


@dataclass
class Mismatch:
    seed: int
    case: str  # the case's kind
    problem: str
    module: str  # the case alone, as a module: the repro
    inputs: list


def run_batch(seed: int, cases: int, options: hlox.CompileOptions | None = None):
    """One module of `cases` random cases: (cases compared, mismatches)."""
    gen = Generator(seed)
    batch = [gen.case(f"c{i}") for i in range(cases)]
    text = batch_module(batch, gen.helpers, name=f"fuzz_{seed}")
    rng = np.random.default_rng(seed)
    inputs = [case_inputs(c, rng) for c in batch]
    flat = [a for arrays in inputs for a in arrays]
    with np.errstate(all="ignore"):
        expected = evaluate(parse_module(text), flat)
        got = hlox.compile(text, options)(*flat)
    problems, position = [], 0
    for case, arrays in zip(batch, inputs):
        outputs = range(position, position + len(case.outputs))
        position += len(case.outputs)
        for i, (_, dtype, _) in zip(outputs, case.outputs):
            why = mismatch(got[i], expected[i], dtype, case.compare)
            if why is not None:
                problems.append(Mismatch(seed, case.kind, why, _alone(case, gen), arrays))
                break
    return len(batch), problems


def _alone(case: Case, gen: Generator) -> str:
    return batch_module([case], gen.helpers, name="repro")


def run_programs(count: int, seed: int = 0, per_module: int = 50, options=None):
    """(cases compared, mismatches) over `count` random cases in modules of `per_module`."""
    compared, problems = 0, []
    batch = 0
    while compared < count:
        n, found = run_batch(seed * 100_003 + batch, min(per_module, count - compared), options)
        compared += n
        problems += found
        batch += 1
    return compared, problems
