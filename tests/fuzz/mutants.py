"""Mutated HLO text through the parser and verifier: every mutant parses or raises HloError
(with a location), never another exception.

The corpus is the project's own HLO files (JAX fixtures, pass tests, examples). A mutant
applies one to three edits: a span deleted, a token inserted, a number replaced by an
edge value (beyond int64, -inf, nan, 1e400, -0, ...), a line dropped, doubled or moved, a
name replaced by another of the text, the text cut short.
"""
from __future__ import annotations

import random
import re
import traceback
from dataclasses import dataclass
from pathlib import Path

from hlox.ir import HloError, parse_module

ROOT = Path(__file__).resolve().parents[2]
CORPUS_GLOBS = ["tests/fixtures/jax/*.hlo", "tests/passes/hlo/*.hlo", "examples/*.hlo"]
TOKENS = ["{", "}", "(", ")", "[", "]", ",", "=", "%", ":", "->", "ROOT", "ENTRY", "-",
          "HloModule", "parameter(0)", "constant(1)", "f32[]", "pred[]", "s64[2,2]",
          "tuple()", "while", "to_apply=", "dimensions={}", "window={size=2}", "{...}",
          "99999999999999999999999", "-9223372036854775809", "-inf", "nan", "1e400", "-0",
          "\udc80", "\x00", "\u00e9", "/*", "*/", '"', "\\", "\n", "  ", "0x7f", "nan(0x1)",
          "f32[0]", "f32[1,0,3]", "u64[] constant(18446744073709551616)",
          "pad=-5_-5", "slice={[5:1:0]}", "index=-1", "dynamic_slice_sizes={9}"]
EDGE_NUMBERS = ["0", "-1", "1", "2147483648", "4294967296", "9223372036854775807",
                "9223372036854775808", "18446744073709551616", "-9223372036854775809",
                "99999999999999999999", "1e400", "-inf", "inf", "nan", "-0", "0.5", "65536"]
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?")
_NAME = re.compile(r"%?[A-Za-z_][A-Za-z0-9_.\-]*")


def corpus() -> list[str]:
    paths = sorted(p for pattern in CORPUS_GLOBS for p in ROOT.glob(pattern))
    return [p.read_text() for p in paths if p.stat().st_size < 200_000]


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 3)):
        edit = rng.randrange(8)
        at = rng.randrange(len(text) + 1)
        if edit == 0:
            text = text[:at] + text[at + rng.randint(1, 12):]
        elif edit == 1:
            text = text[:at] + rng.choice(TOKENS) + text[at:]
        elif edit in (2, 3):
            numbers = list(_NUMBER.finditer(text))
            if numbers:
                m = rng.choice(numbers)
                text = text[:m.start()] + rng.choice(EDGE_NUMBERS) + text[m.end():]
        elif edit == 4:
            lines = text.split("\n")
            i = rng.randrange(len(lines))
            choice = rng.randrange(3)
            if choice == 0:
                del lines[i]
            elif choice == 1:
                lines.insert(i, lines[i])
            else:
                lines.insert(rng.randrange(len(lines)), lines.pop(i))
            text = "\n".join(lines)
        elif edit == 5:
            names = list(_NAME.finditer(text))
            if len(names) > 1:
                a, b = rng.sample(names, 2)
                text = text[:a.start()] + b.group(0) + text[a.end():]
        elif edit == 6:
            text = text[:at]
        else:
            text = text[:at] + chr(rng.randrange(32, 0x3000)) + text[at:]
    return text


@dataclass
class Escape:
    seed: int
    error: str
    text: str


def check_mutant(text: str) -> tuple[str, str | None]:
    """("parsed" | "rejected", None), or ("escape", what escaped): an exception that is not
    an HloError, or an HloError without the file name."""
    try:
        parse_module(text, "mutant.hlo")
    except HloError as e:
        if not str(e).startswith("mutant.hlo"):
            return "escape", f"HloError without the file name: {e}"
        return "rejected", None
    except Exception:  # noqa: BLE001 - what the fuzzer looks for
        return "escape", traceback.format_exc(limit=4)
    return "parsed", None


def run_mutants(count: int, seed: int = 0) -> tuple[int, int, list[Escape]]:
    """(parsed, rejected, escapes) over `count` mutants."""
    texts = corpus()
    counts = {"parsed": 0, "rejected": 0}
    escapes = []
    for i in range(count):
        rng = random.Random(seed * 1_000_003 + i)
        text = mutate(rng.choice(texts), rng)
        outcome, problem = check_mutant(text)
        if problem is not None:
            escapes.append(Escape(seed * 1_000_003 + i, problem, text))
        else:
            counts[outcome] += 1
    return counts["parsed"], counts["rejected"], escapes
