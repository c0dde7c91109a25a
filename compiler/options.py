"""CompileOptions: the one options object, and HLOX_FLAGS, the one flags variable.

A frozen dataclass checked in `__post_init__` (no validation library: `import hlox` and a
cache hit stay light). Values are converted to the field's type where that is lossless
("2" -> 2 from HLOX_FLAGS, a list of pass names -> a tuple); anything else is a ValueError.
"""
from __future__ import annotations

import dataclasses
import os
import shlex
from dataclasses import dataclass, field
from typing import Literal


def _default_threads() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass(frozen=True)
class CompileOptions:
    threads: int = field(default_factory=_default_threads)
    disabled_passes: tuple[str, ...] = ()
    max_fusion_size: int = 64  # instructions in one fused computation
    verify_passes: bool = False  # run the verifier after every pass (tests switch it on)
    fill_elided_constants: bool = False  # `{...}` constants get deterministic values
    dump_dir: str | None = None
    dump_pass_re: str | None = None  # which per-pass dumps to write (default: all)
    timings: bool = False  # record per-pass and C-build times
    # f16 / bf16 reductions: "xla" rounds to the narrow type after every step, in element
    # order, as XLA:CPU does (bit-compatible); "f32" accumulates in f32 and rounds once.
    narrow_reductions: Literal["xla", "f32"] = "xla"

    def __post_init__(self):
        for name in ("threads", "max_fusion_size"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, str)):
                raise ValueError(f"CompileOptions.{name} must be an integer, not {value!r}")
            try:
                number = int(value)
            except ValueError:
                raise ValueError(f"CompileOptions.{name} must be an integer, not {value!r}") from None
            if number < 1:
                raise ValueError(f"CompileOptions.{name} must be at least 1, not {number}")
            object.__setattr__(self, name, number)
        passes = self.disabled_passes
        if isinstance(passes, str) or not all(isinstance(p, str) for p in passes):
            raise ValueError(f"CompileOptions.disabled_passes must be pass names, not {passes!r}")
        object.__setattr__(self, "disabled_passes", tuple(passes))
        for name in ("verify_passes", "fill_elided_constants", "timings"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"CompileOptions.{name} must be True or False, "
                                 f"not {getattr(self, name)!r}")
        if self.narrow_reductions not in ("xla", "f32"):
            raise ValueError("CompileOptions.narrow_reductions must be 'xla' or 'f32', not "
                             f"{self.narrow_reductions!r}")
        for name in ("dump_dir", "dump_pass_re"):
            value = getattr(self, name)
            if value is not None:
                if not isinstance(value, (str, os.PathLike)):
                    raise ValueError(f"CompileOptions.{name} must be a string, not {value!r}")
                object.__setattr__(self, name, os.fspath(value))

    # Fields that do not change the generated code stay out of the cache key.
    _NOT_IN_KEY = frozenset({"dump_dir", "dump_pass_re", "timings"})

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.field_names()}

    def replace(self, **changes) -> CompileOptions:
        return dataclasses.replace(self, **changes)

    def cache_key_fields(self) -> dict:
        return {k: v for k, v in self.as_dict().items() if k not in self._NOT_IN_KEY}


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
        field_name = _FLAG_FIELDS[key]
        if field_name == "disabled_passes":
            overrides[field_name] = tuple(p for p in value.split(",") if p)
        elif field_name in ("verify_passes", "timings"):
            overrides[field_name] = value.lower() not in ("0", "false", "no")
        else:
            overrides[field_name] = value
    return overrides


def resolve_options(options: CompileOptions | None) -> CompileOptions:
    """The caller's options with HLOX_FLAGS applied on top."""
    base = options or CompileOptions()
    overrides = flags_from_env()
    if not overrides:
        return base
    return base.replace(**overrides)
