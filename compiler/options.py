"""CompileOptions: the one options object, and HLOX_FLAGS, the one flags variable."""
from __future__ import annotations

import os
import shlex

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


def _default_threads() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class CompileOptions(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    threads: int = Field(default_factory=_default_threads, ge=1)
    disabled_passes: tuple[str, ...] = ()
    max_fusion_size: int = Field(default=64, ge=1)  # instructions in one fused computation
    verify_passes: bool = False  # run the verifier after every pass (tests switch it on)
    fill_elided_constants: bool = False  # `{...}` constants get deterministic values
    dump_dir: str | None = None
    dump_pass_re: str | None = None  # which per-pass dumps to write (default: all)
    timings: bool = False  # record per-pass and C-build times
    # f16 / bf16 reductions: "xla" rounds to the narrow type after every step, in element
    # order, as XLA:CPU does (bit-compatible); "f32" accumulates in f32 and rounds once.
    narrow_reductions: Literal["xla", "f32"] = "xla"

    # Fields that do not change the generated code stay out of the cache key.
    _NOT_IN_KEY = frozenset({"dump_dir", "dump_pass_re", "timings"})

    def cache_key_fields(self) -> dict:
        return {k: v for k, v in self.model_dump().items() if k not in self._NOT_IN_KEY}


# HLOX_FLAGS="--dump-dir=D --dump-pass-re=fusion --threads=1": what each flag sets.
_FLAG_FIELDS = {
    "dump-dir": "dump_dir", "dump-pass-re": "dump_pass_re", "threads": "threads",
    "disable-passes": "disabled_passes", "verify-passes": "verify_passes",
    "max-fusion-size": "max_fusion_size", "timings": "timings",
    "narrow-reductions": "narrow_reductions",
}


def flags_from_env(environ=os.environ) -> dict:
    """Option overrides from HLOX_FLAGS. Unknown flags are an error, not silently dropped."""
    overrides: dict = {}
    for token in shlex.split(environ.get("HLOX_FLAGS", "")):
        key, _, value = token.lstrip("-").partition("=")
        if key not in _FLAG_FIELDS:
            raise ValueError(f"HLOX_FLAGS: unknown flag --{key} (known: "
                             f"{', '.join('--' + k for k in _FLAG_FIELDS)})")
        field = _FLAG_FIELDS[key]
        if field == "disabled_passes":
            overrides[field] = tuple(p for p in value.split(",") if p)
        elif field in ("verify_passes", "timings"):
            overrides[field] = value.lower() not in ("0", "false", "no")
        else:
            overrides[field] = value
    return overrides


def resolve_options(options: CompileOptions | None) -> CompileOptions:
    """The caller's options with HLOX_FLAGS applied on top."""
    base = options or CompileOptions()
    overrides = flags_from_env()
    if not overrides:
        return base
    return CompileOptions(**{**base.model_dump(), **overrides})
