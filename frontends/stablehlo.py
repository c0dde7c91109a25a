"""StableHLO text in: the MLIR JAX prints (`jax.jit(f).lower(*args).as_text()`) to hlox's
`hlo` dialect.

    module @jit_f attributes {mhlo.num_partitions = 1 : i32, ...} {
      func.func public @main(%arg0: tensor<3xf32>) -> (tensor<3xf32> {jax.result_info = ""}) {
        %0 = stablehlo.sine %arg0 : tensor<3xf32>
        return %0 : tensor<3xf32>
      }
    }

xDSL 0.74 (the version hlox pins) has no `stablehlo` dialect, so this module reads the
pretty form itself: `parse_stablehlo` turns text into `_Op` trees (one per operation, its
regions nested), then `_Emitter` builds the HLO module with ir/builder.py's ModuleBuilder,
every result shape taken from the text's types and checked by hlox's shape rules.

How StableHLO's structure maps onto HLO's:
- every `func.func` becomes a computation; `func.call` a `call`; `@main` the entry;
- an op with several results gives a tuple and get-tuple-elements;
- regions become computations. MLIR regions may use values of the enclosing scope, HLO
  computations may not: a `case` branch receives the values it captures as one tuple
  operand, a `while` carries them as extra loop elements passed through unchanged;
- `chlo.erf` is HLO's erf and `chlo.square` a multiply; `chlo.erf_inv`, `erfc`, `lgamma`,
  `digamma`, `bessel_i1e` and `zeta` are hlox.lax's special functions traced into the
  computation; other `chlo` ops (top_k), `custom_call`, `sdy` sharding and complex types raise
  HloError naming the op (or type) at FILE:LINE:COL, as does any attribute hlox does not
  know (attributes under `mhlo.`, `jax.`, `tf.`, and precision settings change nothing
  on the CPU and are dropped).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import numpy as np

from hlox.ir.attributes import PadDim, SliceDim, Window, WindowDim
from hlox.ir.builder import ComputationBuilder, ModuleBuilder, value_shape
from hlox.ir.errors import HloError, HloParseError
from hlox.ir.shapes import ArrayShape, TupleShape


def is_stablehlo(text: str) -> bool:
    """True for MLIR text (a `module` or `func.func`), False for HLO text (`HloModule`)."""
    head = re.sub(r"(?:\s+|//[^\n]*|#loc[^\n]*)+", " ", text[:4096]).lstrip()
    return head.startswith(("module", "func.func"))


# ---------------------------------------------------------------- the parsed form

@dataclass(frozen=True)
class _Type:
    shape: ArrayShape


@dataclass
class _Region:
    args: list[tuple[str, ArrayShape]]
    ops: list["_Op"]


@dataclass
class _Op:
    name: str
    pos: int
    results: list[str] = field(default_factory=list)
    operands: list[str] = field(default_factory=list)
    attrs: dict = field(default_factory=dict)
    regions: list[_Region] = field(default_factory=list)
    in_types: list[ArrayShape] = field(default_factory=list)
    out_types: list[ArrayShape] = field(default_factory=list)


@dataclass
class _Func:
    name: str
    pos: int
    body: _Region
    results: list[ArrayShape]


_ELEMENT_TYPES = {
    "i1": "pred", "i8": "s8", "i16": "s16", "i32": "s32", "i64": "s64",
    "ui8": "u8", "ui16": "u16", "ui32": "u32", "ui64": "u64",
    "f16": "f16", "bf16": "bf16", "f32": "f32", "f64": "f64",
}

_WS = re.compile(r"(?:\s+|//[^\n]*)*")
_VALUE = re.compile(r"%[A-Za-z0-9_.$\-]+(?:#\d+)?")
_SYMBOL = re.compile(r'@(?:"[^"]*"|[A-Za-z0-9_.$\-]+)')
_BARE = re.compile(r"[A-Za-z_][A-Za-z0-9_.$\-]*")
_NUMBER = re.compile(r"[-+]?(?:0x[0-9A-Fa-f]+|inf|nan|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_SCALAR_TYPE = re.compile(r":\s*(?:[su]?i\d+|b?f\d+|index)\b")   # `1 : i64`
_TENSOR = re.compile(r"tensor<((?:\d+x)*)(\w+(?:<\w+>)?)>")


class _Parser:
    def __init__(self, text: str, filename: str):
        self.text, self.filename, self.pos = text, filename, 0
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    # -------------------------------------------------------------- cursor

    def error(self, message: str, pos: int | None = None) -> HloError:
        pos = self.pos if pos is None else pos
        line = bisect.bisect_right(self.line_starts, pos)
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        source = self.text[start:end if end >= 0 else len(self.text)]
        return HloParseError(message, self.filename, line, pos - start + 1, source)

    def ws(self) -> None:
        self.pos = _WS.match(self.text, self.pos).end()

    def peek(self, s: str) -> bool:
        self.ws()
        return self.text.startswith(s, self.pos)

    def accept(self, s: str) -> bool:
        if self.peek(s):
            self.pos += len(s)
            return True
        return False

    def expect(self, s: str) -> None:
        if not self.accept(s):
            raise self.error(f"expected '{s}'")

    def match(self, regex: re.Pattern, what: str) -> str:
        self.ws()
        m = regex.match(self.text, self.pos)
        if m is None:
            raise self.error(f"expected {what}")
        self.pos = m.end()
        return m.group()

    def maybe(self, regex: re.Pattern) -> str | None:
        self.ws()
        m = regex.match(self.text, self.pos)
        if m is None:
            return None
        self.pos = m.end()
        return m.group()

    def balanced(self, open_: str, close: str) -> str:
        """The text up to the `close` matching an `open_` just consumed."""
        depth, start, i = 1, self.pos, self.pos
        while depth:
            if i >= len(self.text):
                raise self.error(f"unterminated '{open_}'", start)
            ch = self.text[i]
            if ch == '"':
                i = _STRING.match(self.text, i).end()
                continue
            depth += (ch == open_) - (ch == close)
            i += 1
        self.pos = i
        return self.text[start:i - 1]

    def comma_list(self, item, close: str) -> list:
        items = []
        if not self.accept(close):
            items.append(item())
            while self.accept(","):
                items.append(item())
            self.expect(close)
        return items

    # -------------------------------------------------------------- types

    def type(self) -> ArrayShape:
        self.ws()
        start = self.pos
        m = _TENSOR.match(self.text, self.pos)
        if m is None:
            word = re.compile(r"!?[\w.]+(?:<[^>]*>)?").match(self.text, self.pos)
            found = word.group() if word else self.text[self.pos:self.pos + 20]
            raise self.error(f"unsupported type '{found}' (hlox reads tensors of static "
                             f"shape)", start)
        dtype = _ELEMENT_TYPES.get(m.group(2))
        if dtype is None:
            raise self.error(f"unsupported element type '{m.group(2)}'", m.start(2))
        self.pos = m.end()
        dims = tuple(int(d) for d in m.group(1).split("x")[:-1])
        return ArrayShape(dtype, dims)

    def type_list(self) -> list[ArrayShape]:
        if self.accept("("):
            return self.comma_list(self.type, ")")
        types = [self.type()]
        while self.accept(","):
            types.append(self.type())
        return types

    def signature(self, op: _Op) -> None:
        """`: (ins) -> outs`, `: ins -> outs` or `: types` (the result is the last)."""
        self.expect(":")
        first = self.type_list()
        if self.accept("->"):
            op.in_types, op.out_types = first, self.type_list()
        else:
            op.in_types, op.out_types = first, first[len(first) - max(len(op.results), 1):]

    # -------------------------------------------------------------- attributes

    def attr_dict(self) -> dict:
        """`{name = value, unit_name, ...}` after its `{`."""
        attrs = {}

        def entry():
            name = self.maybe(_STRING) or self.match(_BARE, "an attribute name")
            name = name.strip('"')
            attrs[name] = self.attr() if self.accept("=") else True
        self.comma_list(entry, "}")
        return attrs

    def attr(self):
        self.ws()
        start = self.pos
        if self.accept("["):
            return self.comma_list(self.attr, "]")
        if self.accept("{"):
            return self.attr_dict()
        if self.accept("dense<"):
            payload = self.balanced("<", ">")
            self.expect(":")
            return _dense(self, payload, self.type(), start)
        if self.accept("array<"):
            body = self.balanced("<", ">")
            _, _, values = body.partition(":")
            words = [w.strip() for w in values.split(",") if w.strip()]
            return tuple(w == "true" if w in ("true", "false") else int(w) for w in words)
        if self.peek("#"):
            name = self.match(re.compile(r"#[\w.]+"), "an attribute")
            if not self.accept("<"):
                return name
            if name in ("#stablehlo", "#chlo", "#mhlo"):      # #stablehlo<precision DEFAULT>
                return self.balanced("<", ">").split()[-1]
            if name.endswith(".conv"):
                return _conv_labels(self.balanced("<", ">"))
            if name.startswith("#stablehlo."):                 # #stablehlo.gather<k = v, ...>
                fields = {}

                def entry():
                    key = self.match(_BARE, "a field name")
                    self.expect("=")
                    fields[key] = self.attr()
                self.comma_list(entry, ">")
                return fields
            return (name, self.balanced("<", ">"))
        text = self.maybe(_STRING)
        if text is not None:
            return text[1:-1]
        symbol = self.maybe(_SYMBOL)
        if symbol is not None:
            return symbol
        number = self.maybe(_NUMBER)
        if number is not None:
            self.maybe(_SCALAR_TYPE)
            return _number(number)
        word = self.match(_BARE, "an attribute value")
        if word in ("true", "false"):
            self.maybe(_SCALAR_TYPE)
            return word == "true"
        return word

    # -------------------------------------------------------------- structure

    def module(self) -> tuple[str, dict[str, _Func]]:
        self.ws()
        name, funcs = "module", {}
        if self.accept("module"):
            symbol = self.maybe(_SYMBOL)
            name = symbol[1:].strip('"') if symbol else name
            if self.accept("attributes"):
                self.expect("{")
                self.attr_dict()
            self.expect("{")
            while not self.accept("}"):
                self.func(funcs)
        else:
            while not self.at_end():
                self.func(funcs)
        self.ws()
        while self.peek("#loc"):            # location aliases after the module
            self.pos = self.text.find("\n", self.pos) % (len(self.text) + 1) or len(self.text)
            self.ws()
        if not self.at_end():
            raise self.error("unexpected text after the module")
        if "main" not in funcs:
            raise self.error("no func.func @main: nothing to run", 0)
        return name, funcs

    def at_end(self) -> bool:
        self.ws()
        return self.pos >= len(self.text)

    def func(self, funcs: dict[str, _Func]) -> None:
        start = self.pos
        word = self.match(re.compile(r"[\w.]+"), "func.func")
        if word != "func.func":
            raise self.error(f"unsupported top-level operation '{word}'", start)
        self.maybe(re.compile(r"public|private|nested"))
        name = self.match(_SYMBOL, "a function name")[1:].strip('"')
        self.expect("(")

        def argument():
            value = self.match(_VALUE, "an argument")
            self.expect(":")
            shape = self.type()
            if self.accept("{"):
                self.check_ignored(self.attr_dict(), "argument")
            return value, shape
        args = self.comma_list(argument, ")")

        def result():
            shape = self.type()
            if self.accept("{"):
                self.check_ignored(self.attr_dict(), "result")
            return shape
        results = []
        if self.accept("->"):
            # a bare result type has no attributes: the `{` after it opens the body
            results = self.comma_list(result, ")") if self.accept("(") else [self.type()]
        if self.accept("attributes"):
            self.expect("{")
            self.attr_dict()
        self.expect("{")
        funcs[name] = _Func(name, start, _Region(args, self.ops_until("}")), results)

    def check_ignored(self, attrs: dict, what: str) -> None:
        for key in attrs:
            if not key.startswith(_IGNORED_PREFIXES):
                raise self.error(f"unsupported {what} attribute '{key}'")

    def ops_until(self, close: str) -> list[_Op]:
        ops = []
        while not self.accept(close):
            if self.at_end():
                raise self.error(f"expected '{close}'")
            ops.append(self.op())
        return ops

    def region(self) -> _Region:
        """`{ ^bb0(%a: T, ...): ops }` after its `{`."""
        args = []
        if self.accept("^"):
            self.match(_BARE, "a block name")
            if self.accept("("):
                def argument():
                    value = self.match(_VALUE, "a block argument")
                    self.expect(":")
                    return value, self.type()
                args = self.comma_list(argument, ")")
            self.expect(":")
        return _Region(args, self.ops_until("}"))

    def op(self) -> _Op:
        self.ws()
        start = self.pos
        results = []
        if self.peek("%"):
            def result():
                value = self.match(re.compile(r"%[A-Za-z0-9_.$\-]+"), "a result")
                if self.accept(":"):
                    count = int(self.match(re.compile(r"\d+"), "a result count"))
                    return [f"{value}#{i}" for i in range(count)]
                return [value]
            results = [r for group in self.comma_list_until(result, "=") for r in group]
        self.ws()
        name_pos = self.pos
        generic = self.maybe(_STRING)
        name = generic[1:-1] if generic else self.match(re.compile(r"[\w.]+"), "an operation")
        op = _Op(name, name_pos, results)
        if name not in _RULES and name not in _SAME_OPS and not name.endswith("return"):
            raise self.error(f"unsupported StableHLO operation '{name}'", name_pos)
        if generic:
            self.generic_body(op)
        else:
            parse = _CUSTOM_FORMS.get(name, _Parser.pretty_body)
            parse(self, op)
        if self.accept("loc("):
            self.balanced("(", ")")
        del start
        return op

    def comma_list_until(self, item, end: str) -> list:
        items = [item()]
        while self.accept(","):
            items.append(item())
        self.expect(end)
        return items

    def generic_body(self, op: _Op) -> None:
        """`(%a, %b) <{props}> ({regions}) {attrs} : (ins) -> outs`."""
        self.expect("(")
        op.operands = self.comma_list(lambda: self.match(_VALUE, "an operand"), ")")
        if self.accept("<{"):
            op.attrs.update(self.attr_dict())
            self.expect(">")
        if self.accept("("):
            def region():
                self.expect("{")
                return self.region()
            op.regions = self.comma_list(region, ")")
        if self.accept("{"):
            op.attrs.update(self.attr_dict())
        self.signature(op)

    def pretty_body(self, op: _Op) -> None:
        """The custom forms of most ops: operands, `key = value`, bare words (a compare's
        direction), an attribute dict, then the signature."""
        words = []
        while not self.peek(":"):
            if self.peek("%"):
                op.operands.append(self.match(_VALUE, "an operand"))
            elif self.accept("{"):
                op.attrs.update(self.attr_dict())
            else:
                word = self.match(_BARE, "an operand, attribute or ':'")
                if self.accept("="):
                    op.attrs[word] = self.pretty_value(word)
                else:
                    words.append(word)
            if not self.accept(","):
                if self.accept("{"):
                    op.attrs.update(self.attr_dict())
                break
        if words:
            op.attrs["_words"] = words
        self.signature(op)

    def pretty_value(self, key: str):
        if key in ("contracting_dims", "batching_dims"):      # [1] x [0]
            lhs = self.attr()
            self.expect("x")
            return lhs, self.attr()
        if key == "dim_numbers":                               # [b, 0, f]x[0, i, o]->[b, 0, f]
            start = self.pos
            self.match(re.compile(r"\[[^\]]*\]\s*x\s*\[[^\]]*\]\s*->\s*\[[^\]]*\]"),
                       "convolution dimension numbers")
            return _conv_labels(self.text[start:self.pos])
        return self.attr()

    # custom forms that do not fit pretty_body

    def constant_body(self, op: _Op) -> None:
        if self.peek("{"):
            self.expect("{")
            op.attrs.update(self.attr_dict())
        start = self.pos
        self.expect("dense<")
        payload = self.balanced("<", ">")
        self.signature(op)
        op.attrs["value"] = _dense(self, payload, op.out_types[0], start)

    def slice_body(self, op: _Op) -> None:
        op.operands.append(self.match(_VALUE, "an operand"))
        self.expect("[")

        def dim():
            numbers = self.match(re.compile(r"-?\d+\s*:\s*-?\d+(?:\s*:\s*-?\d+)?"), "a:b[:c]")
            return SliceDim(*(int(n) for n in numbers.split(":")))
        op.attrs["slice"] = tuple(self.comma_list(dim, "]"))
        self.signature(op)

    def reduce_body(self, op: _Op) -> None:
        if not self.peek("("):
            return self.pretty_body(op)
        inputs, inits = [], []
        while self.accept("("):
            inputs.append(self.match(_VALUE, "an operand"))
            self.expect("init:")
            inits.append(self.match(_VALUE, "an initial value"))
            self.expect(")")
            if not self.accept(","):
                break
        op.operands = inputs + inits
        if self.accept("applies"):
            op.attrs["_applies"] = self.match(re.compile(r"[\w.]+"), "an operation")
        self.expect("across")
        self.expect("dimensions")
        self.expect("=")
        op.attrs["dimensions"] = tuple(self.attr())
        if self.accept("{"):
            op.attrs.update(self.attr_dict())
        self.signature(op)
        if "_applies" not in op.attrs:
            self.expect("reducer")
            pairs = []
            while self.accept("("):
                pair = self.comma_list(self.block_argument, ")")
                pairs.append(pair)
            self.expect("{")
            body = self.region()
            body.args = [p[0] for p in pairs] + [p[1] for p in pairs]
            op.regions = [body]

    def block_argument(self):
        value = self.match(_VALUE, "a block argument")
        self.expect(":")
        return value, self.type()

    def while_body(self, op: _Op) -> None:
        if self.peek('"') or not self.peek("("):
            raise self.error("expected stablehlo.while(%arg = %init, ...)")
        self.expect("(")
        names = []

        def carried():
            names.append(self.match(_VALUE, "a loop variable"))
            self.expect("=")
            return self.match(_VALUE, "an initial value")
        op.operands = self.comma_list(carried, ")")
        if self.accept("attributes"):
            self.expect("{")
            op.attrs.update(self.attr_dict())
        self.signature(op)
        for keyword in ("cond", "do"):
            self.expect(keyword)
            self.expect("{")
            region = self.region()
            region.args = list(zip(names, op.out_types))
            op.regions.append(region)

    def call_body(self, op: _Op) -> None:
        op.attrs["callee"] = self.match(_SYMBOL, "a function name")[1:].strip('"')
        self.expect("(")
        op.operands = self.comma_list(lambda: self.match(_VALUE, "an operand"), ")")
        if self.accept("{"):
            op.attrs.update(self.attr_dict())
        self.signature(op)

    def convolution_body(self, op: _Op) -> None:
        self.expect("(")
        op.operands = self.comma_list(lambda: self.match(_VALUE, "an operand"), ")")
        self.pretty_body(op)

    def return_body(self, op: _Op) -> None:
        while self.peek("%"):
            op.operands.append(self.match(_VALUE, "an operand"))
            if not self.accept(","):
                break
        if op.operands:
            self.expect(":")
            op.in_types = self.type_list()


_CUSTOM_FORMS = {
    "stablehlo.constant": _Parser.constant_body, "stablehlo.slice": _Parser.slice_body,
    "stablehlo.reduce": _Parser.reduce_body, "stablehlo.while": _Parser.while_body,
    "func.call": _Parser.call_body, "call": _Parser.call_body,
    "stablehlo.convolution": _Parser.convolution_body,
    "return": _Parser.return_body, "func.return": _Parser.return_body,
    "stablehlo.return": _Parser.return_body,
}

# Attributes that say nothing about what a program computes on one CPU.
_IGNORED_PREFIXES = ("mhlo.", "jax.", "tf.")
_IGNORED_ATTRS = frozenset({"precision", "precision_config", "result_accuracy", "algorithm_"})


def _number(text: str):
    if text.startswith(("0x", "-0x", "+0x")):
        return int(text, 16)
    if re.fullmatch(r"[-+]?\d+", text):
        return int(text)
    return float(text)


def _dense(parser: _Parser, payload: str, shape: ArrayShape, pos: int) -> np.ndarray:
    """A `dense<...>` payload of type `shape`: a splat, nested lists, or a hex blob."""
    dtype = shape.np_dtype
    payload = payload.strip()
    try:
        if payload.startswith('"0x'):
            raw = bytes.fromhex(payload[3:-1])
            values = np.frombuffer(raw, np.uint8 if dtype == np.bool_ else dtype)
            values = values.astype(dtype)
        else:
            words = [w for w in re.split(r"[\s,\[\]]+", payload) if w]
            if any(w.startswith("(") for w in words):
                raise ValueError("complex constants")
            values = np.array([_element(w, dtype) for w in words], dtype)
        if values.size == 1 and shape.size != 1:
            values = np.full(shape.dims, values.reshape(()), dtype)
        return values.reshape(shape.dims)
    except (ValueError, TypeError) as e:
        raise parser.error(f"malformed dense constant of {shape}: {e}", pos) from None


def _element(word: str, dtype: np.dtype):
    if word in ("true", "false"):
        return word == "true"
    # bf16 by name: ml_dtypes is imported only by modules that use it (ir/shapes.py)
    is_float = dtype.kind == "f" or dtype.name == "bfloat16"
    if word.startswith(("0x", "-0x")) and is_float:      # the element's bits
        bits = np.array(int(word, 16), f"u{dtype.itemsize}")
        return bits.view(dtype)[()]
    if is_float:
        return float(word)
    return int(word, 0)


def _conv_labels(text: str) -> str:
    """`[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]` -> HLO's `b01f_01io->b01f`."""
    lhs, rest = re.sub(r"[\s\[\],]", "", text).split("x", 1)
    rhs, out = rest.split("->")
    return f"{lhs}_{rhs}->{out}"


def parse_stablehlo(text: str, filename: str = "<string>"):
    """StableHLO MLIR text -> a verified hlox ModuleOp."""
    parser = _Parser(text, filename)
    name, funcs = parser.module()
    return _Emitter(parser, name, funcs).build()


# ---------------------------------------------------------------- emitting HLO

def _hlo_name(op_name: str) -> str:
    return op_name.split(".", 1)[1].replace("_", "-")


# StableHLO ops that are one HLO instruction of the same operands, no attributes.
_SAME_OPS = {f"stablehlo.{n}": _hlo_name(f"stablehlo.{n}") for n in (
    "abs add and atan2 cbrt ceil cosine divide exponential exponential_minus_one floor "
    "is_finite log log_plus_one logistic maximum minimum multiply negate not or popcnt power "
    "remainder round_nearest_afz round_nearest_even rsqrt select shift_left "
    "shift_right_arithmetic shift_right_logical sign sine sqrt subtract tan tanh xor "
    "count_leading_zeros clamp convert bitcast_convert reshape dynamic_update_slice "
    "tuple").split()}
_SAME_OPS["chlo.erf"] = "erf"

_RNG_ALGORITHMS = {"DEFAULT": "rng_default", "THREE_FRY": "rng_three_fry",
                   "PHILOX": "rng_philox"}


class _Emitter:
    def __init__(self, parser: _Parser, name: str, funcs: dict[str, _Func]):
        self.parser, self.funcs = parser, funcs
        self.mb = ModuleBuilder(name)
        self.built: dict[str, str] = {}        # func name -> computation name
        self.env: dict = {}                    # the values of the block being emitted

    def error(self, message: str, pos: int) -> HloError:
        return self.parser.error(message, pos)

    def build(self):
        entry = self.function("main")
        try:
            return self.mb.build(entry=entry)
        except HloError as e:
            raise self.error(f"the converted module is invalid: {e.message}",
                             self.funcs["main"].pos) from None

    def function(self, name: str) -> str:
        if name not in self.built:
            func = self.funcs.get(name)
            if func is None:
                raise KeyError(name)
            self.built[name] = None
            self.built[name] = self.computation(func.body, name)
        if self.built[name] is None:
            raise self.error(f"@{name} calls itself: HLO has no recursion",
                             self.funcs[name].pos)
        return self.built[name]

    def computation(self, region: _Region, hint: str, captures: dict | None = None,
                    tupled: bool = False) -> str:
        """A computation of `region`: its block arguments and then the `captures` (name ->
        shape) as parameters (one tuple parameter of them all when `tupled`); the region's
        return is the root."""
        cb = self.mb.computation(hint)
        captures = captures or {}
        names = [n for n, _ in region.args] + list(captures)
        shapes = [s for _, s in region.args] + list(captures.values())
        if tupled:
            whole = cb.parameter(TupleShape(tuple(shapes)), "param")
            env = {n: cb.op("get-tuple-element", whole, index=i, shape=s)
                   for i, (n, s) in enumerate(zip(names, shapes))}
        else:
            env = {n: cb.parameter(s, n.lstrip("%").replace("#", ".")) for n, s in
                   zip(names, shapes)}
        returned = self.block(cb, region.ops, env)
        cb.build(returned[0] if len(returned) == 1 else cb.op("tuple", *returned))
        return cb.name

    def block(self, cb: ComputationBuilder, ops: list[_Op], env: dict) -> list:
        for op in ops:
            if op.name in ("return", "func.return", "stablehlo.return"):
                return [self.value(env, name, op) for name in op.operands]
            self.env = env   # what while and case capture from
            values = self.instruction(cb, op, [self.value(env, n, op) for n in op.operands])
            if len(values) != len(op.results):
                raise self.error(f"{op.name} gives {len(values)} results, the text names "
                                 f"{len(op.results)}", op.pos)
            env.update(zip(op.results, values))
        raise self.error("a block without a return", ops[-1].pos if ops else 0)

    def value(self, env: dict, name: str, op: _Op):
        try:
            return env[name]
        except KeyError:
            raise self.error(f"{op.name} uses {name}, which is not defined here",
                             op.pos) from None

    def results(self, cb: ComputationBuilder, op: _Op, opcode: str, operands, **attrs) -> list:
        """One HLO instruction for `op`; several results come back through a tuple."""
        if len(op.out_types) == 1:
            return [cb.op(opcode, *operands, shape=op.out_types[0], **attrs)]
        whole = cb.op(opcode, *operands, shape=TupleShape(tuple(op.out_types)), **attrs)
        return [cb.op("get-tuple-element", whole, index=i, shape=s)
                for i, s in enumerate(op.out_types)]

    def instruction(self, cb: ComputationBuilder, op: _Op, operands: list) -> list:
        rule = _RULES.get(op.name)
        if rule is None and op.name in _SAME_OPS:
            rule = _same_op
        if rule is None:
            raise self.error(f"unsupported StableHLO operation '{op.name}'", op.pos)
        known = _KNOWN_ATTRS.get(op.name, frozenset())
        for key in op.attrs:
            if (key not in known and key not in _IGNORED_ATTRS
                    and not key.startswith(_IGNORED_PREFIXES)):
                raise self.error(f"unsupported attribute '{key}' of {op.name}", op.pos)
        try:
            return rule(self, cb, op, operands)
        except HloError as e:
            if e.line:
                raise
            raise self.error(f"{op.name}: {e.message}", op.pos) from None

    def captures(self, op: _Op) -> dict:
        """name -> value of what op's regions use from the enclosing scope (self.env)."""
        env = self.env
        return {name: self.value(env, name, op) for name in self.free_values(op.regions)}

    def free_values(self, regions: list[_Region]) -> list[str]:
        """Values the regions use but do not define, in order of first use."""
        defined, free = set(), []

        def walk(region):
            defined.update(n for n, _ in region.args)
            for op in region.ops:
                for name in op.operands:
                    if name not in defined and name not in free:
                        free.append(name)
                for inner in op.regions:
                    walk(inner)
                defined.update(op.results)
        for region in regions:
            walk(region)
        return free

    def closed(self, op: _Op, region: _Region, hint: str) -> str:
        """A computation of a region that may not capture values (reduce, sort, scatter)."""
        captured = self.free_values([region])
        if captured:
            raise self.error(f"the region of {op.name} uses {captured[0]} from outside",
                             op.pos)
        return self.computation(region, hint)

    def binary_computation(self, opcode: str, shape: ArrayShape, hint: str) -> str:
        cb = self.mb.computation(hint)
        a, b = cb.parameter(shape, "lhs"), cb.parameter(shape, "rhs")
        cb.build(cb.op(opcode, a, b))
        return cb.name


# ---------------------------------------------------------------- one rule per op

def _same_op(em, cb, op, operands):
    return em.results(cb, op, _SAME_OPS[op.name], operands)


def _constant(em, cb, op, operands):
    return [cb.constant(op.attrs["value"])]


def _traced_chlo(name: str, compute_in_f32: bool = False):
    """A chlo special function as hlox.lax's `name` (frontends/tracer/special.py and
    lax_api.py), traced into the computation; with compute_in_f32, f16 and bf16 operands
    are widened to f32 first (erf_inv's polynomial is single precision)."""
    def rule(em, cb, op, operands):
        from hlox.frontends.tracer import lax_api
        from hlox.frontends.tracer.lowering import build_traced
        out = op.out_types[0]
        allowed = ("f32", "f16", "bf16") if compute_in_f32 else ("f64", "f32", "f16", "bf16")
        if out.dtype not in allowed:
            raise em.error(f"{op.name} of {out.dtype} is not supported ({', '.join(allowed)} are)",
                           op.pos)
        if compute_in_f32 and out.dtype != "f32":
            wide = [cb.op("convert", v, shape=ArrayShape("f32", value_shape(v).dims))
                    for v in operands]
            (result,) = build_traced(em.mb, cb, lambda *xs: [getattr(lax_api, name)(*xs)], *wide)
            return [cb.op("convert", result, shape=out)]
        return build_traced(em.mb, cb, lambda *xs: [getattr(lax_api, name)(*xs)], *operands)
    return rule


def _square(em, cb, op, operands):
    return [cb.op("multiply", operands[0], operands[0], shape=op.out_types[0])]


def _attr_op(opcode, **renames):
    """An op whose attributes are HLO's under other names (`dims` -> `dimensions`)."""
    def rule(em, cb, op, operands):
        attrs = {}
        for key, value in op.attrs.items():
            if key in renames:
                target, convert = renames[key]
                attrs[target] = convert(value)
        return em.results(cb, op, opcode, operands, **attrs)
    return rule


def _ints(value):
    return tuple(int(v) for v in value)


def _dimension(value):
    return (int(value),)


def _broadcast_in_dim(em, cb, op, operands):
    """HLO's broadcast maps operand dimensions onto equal result dimensions; StableHLO's
    also stretches size-1 ones, which a reshape drops first."""
    dims = _ints(op.attrs.get("dims", op.attrs.get("broadcast_dimensions", ())))
    operand, out = op.in_types[0], op.out_types[0]
    kept = [i for i, d in enumerate(dims) if operand.dims[i] == out.dims[d]]
    x = operands[0]
    if len(kept) < len(dims):
        x = cb.op("reshape", x, shape=ArrayShape(operand.dtype,
                                                  tuple(operand.dims[i] for i in kept)))
    return [cb.op("broadcast", x, shape=out, dimensions=tuple(dims[i] for i in kept))]


def _compare(em, cb, op, operands):
    words = op.attrs.get("_words", [])
    direction = op.attrs.get("comparison_direction", words[0] if words else None)
    kind = op.attrs.get("compare_type", words[1] if len(words) > 1 else None)
    if direction is None:
        raise em.error("compare without a direction", op.pos)
    return [cb.op("compare", *operands, shape=op.out_types[0], direction=direction,
                  **({"type": kind} if kind else {}))]


def _pad(em, cb, op, operands):
    low = op.attrs.get("low", op.attrs.get("edge_padding_low"))
    high = op.attrs.get("high", op.attrs.get("edge_padding_high"))
    interior = op.attrs.get("interior", op.attrs.get("interior_padding"))
    padding = tuple(PadDim(int(lo), int(hi), int(i)) for lo, hi, i in zip(low, high, interior))
    return [cb.op("pad", *operands, shape=op.out_types[0], padding=padding)]


def _slice(em, cb, op, operands):
    dims = op.attrs.get("slice")
    if dims is None:
        dims = tuple(SliceDim(int(a), int(b), int(c)) for a, b, c in zip(
            op.attrs["start_indices"], op.attrs["limit_indices"], op.attrs["strides"]))
    return [cb.op("slice", *operands, shape=op.out_types[0], slice=dims)]


def _dot_general(em, cb, op, operands):
    attrs = op.attrs
    if "dot_dimension_numbers" in attrs:
        numbers = attrs["dot_dimension_numbers"]
        batch = (numbers.get("lhs_batching_dimensions", ()),
                 numbers.get("rhs_batching_dimensions", ()))
        contract = (numbers.get("lhs_contracting_dimensions", ()),
                    numbers.get("rhs_contracting_dimensions", ()))
    else:
        batch = attrs.get("batching_dims", ((), ()))
        contract = attrs.get("contracting_dims", ((), ()))
    return [cb.op("dot", *operands, shape=op.out_types[0],
                  lhs_batch_dims=_ints(batch[0]), rhs_batch_dims=_ints(batch[1]),
                  lhs_contracting_dims=_ints(contract[0]), rhs_contracting_dims=_ints(contract[1]))]


def _window(sizes, strides=None, padding=None, lhs=None, rhs=None, reverse=None) -> Window:
    n = len(sizes)
    strides = strides or [1] * n
    padding = padding if padding is not None else [(0, 0)] * n
    lhs, rhs, reverse = lhs or [1] * n, rhs or [1] * n, reverse or [False] * n
    return Window(tuple(
        WindowDim(int(sizes[i]), int(strides[i]), int(padding[i][0]), int(padding[i][1]),
                  int(lhs[i]), int(rhs[i]), bool(reverse[i])) for i in range(n)))


def _padding_pairs(value, n):
    if value is None:
        return None
    array = np.asarray(value).reshape(n, 2)
    return [tuple(row) for row in array.tolist()]


def _convolution(em, cb, op, operands):
    labels = op.attrs.get("dim_numbers") or op.attrs.get("dimension_numbers")
    rhs_labels = labels.split("_")[1].split("->")[0]
    kernel = op.in_types[1]
    spatial = sorted((int(ch), i) for i, ch in enumerate(rhs_labels) if ch.isdigit())
    sizes = [kernel.dims[i] for _, i in spatial]
    window = op.attrs.get("window", {})

    def field_(*names):
        for name in names:
            if name in window:
                return window[name]
            if name in op.attrs:
                return op.attrs[name]
        return None
    pad = field_("pad", "padding")
    window_attr = _window(sizes, field_("stride", "window_strides"),
                          _padding_pairs(pad, len(sizes)) if pad is not None else None,
                          field_("lhs_dilate", "lhs_dilation"),
                          field_("rhs_dilate", "rhs_dilation"),
                          field_("reverse", "window_reversal"))
    return [cb.op("convolution", *operands, shape=op.out_types[0], window=window_attr,
                  dim_labels=labels,
                  feature_group_count=int(op.attrs.get("feature_group_count", 1)),
                  batch_group_count=int(op.attrs.get("batch_group_count", 1)))]


def _reduce(em, cb, op, operands):
    n = len(operands) // 2
    if "_applies" in op.attrs:
        opcode = _SAME_OPS.get(op.attrs["_applies"])
        if opcode is None:
            raise em.error(f"unsupported reducer '{op.attrs['_applies']}'", op.pos)
        init = op.in_types[n]
        to_apply = em.binary_computation(opcode, ArrayShape(init.dtype, ()), "region")
    else:
        to_apply = em.closed(op, op.regions[0], "region")
    return em.results(cb, op, "reduce", operands, dimensions=_ints(op.attrs["dimensions"]),
                      to_apply=to_apply)


def _reduce_window(em, cb, op, operands):
    a = op.attrs
    sizes = a["window_dimensions"]
    window = _window(sizes, a.get("window_strides"), _padding_pairs(a.get("padding"), len(sizes)),
                     a.get("base_dilations"), a.get("window_dilations"))
    return em.results(cb, op, "reduce-window", operands, window=window,
                      to_apply=em.closed(op, op.regions[0], "region"))


def _select_and_scatter(em, cb, op, operands):
    a = op.attrs
    sizes = a["window_dimensions"]
    window = _window(sizes, a.get("window_strides"), _padding_pairs(a.get("padding"), len(sizes)))
    return [cb.op("select-and-scatter", *operands, shape=op.out_types[0], window=window,
                  select=em.closed(op, op.regions[0], "select"),
                  scatter=em.closed(op, op.regions[1], "scatter"))]


def _gather(em, cb, op, operands):
    numbers = op.attrs["dimension_numbers"]
    return [cb.op("gather", *operands, shape=op.out_types[0],
                  offset_dims=_ints(numbers.get("offset_dims", ())),
                  collapsed_slice_dims=_ints(numbers.get("collapsed_slice_dims", ())),
                  operand_batching_dims=_ints(numbers.get("operand_batching_dims", ())),
                  start_indices_batching_dims=_ints(
                      numbers.get("start_indices_batching_dims", ())),
                  start_index_map=_ints(numbers.get("start_index_map", ())),
                  index_vector_dim=int(numbers.get("index_vector_dim", 0)),
                  slice_sizes=_ints(op.attrs["slice_sizes"]),
                  indices_are_sorted=bool(op.attrs.get("indices_are_sorted", False)))]


def _scatter(em, cb, op, operands):
    numbers = op.attrs["scatter_dimension_numbers"]
    return em.results(
        cb, op, "scatter", operands,
        update_window_dims=_ints(numbers.get("update_window_dims", ())),
        inserted_window_dims=_ints(numbers.get("inserted_window_dims", ())),
        input_batching_dims=_ints(numbers.get("input_batching_dims", ())),
        scatter_indices_batching_dims=_ints(numbers.get("scatter_indices_batching_dims", ())),
        scatter_dims_to_operand_dims=_ints(numbers.get("scatter_dims_to_operand_dims", ())),
        index_vector_dim=int(numbers.get("index_vector_dim", 0)),
        indices_are_sorted=bool(op.attrs.get("indices_are_sorted", False)),
        unique_indices=bool(op.attrs.get("unique_indices", False)),
        to_apply=em.closed(op, op.regions[0], "region"))


def _sort(em, cb, op, operands):
    return em.results(cb, op, "sort", operands, dimensions=(int(op.attrs.get("dimension", -1)),),
                      is_stable=bool(op.attrs.get("is_stable", False)),
                      to_apply=em.closed(op, op.regions[0], "compare"))


def _rng_bit_generator(em, cb, op, operands):
    algorithm = op.attrs.get("rng_algorithm", op.attrs.get("algorithm", "DEFAULT"))
    return em.results(cb, op, "rng-bit-generator", operands,
                      algorithm=_RNG_ALGORITHMS[str(algorithm)])


def _optimization_barrier(em, cb, op, operands):
    barrier = cb.op("opt-barrier", cb.op("tuple", *operands))
    return [cb.op("get-tuple-element", barrier, index=i, shape=s)
            for i, s in enumerate(op.out_types)]


def _get_tuple_element(em, cb, op, operands):
    return [cb.op("get-tuple-element", operands[0], index=int(op.attrs["index"]),
                  shape=op.out_types[0])]


def _call(em, cb, op, operands):
    callee = op.attrs.get("callee") or op.attrs.get("decomposition", "").lstrip("@")
    try:
        to_apply = em.function(callee)
    except KeyError:
        raise em.error(f"{op.name} of @{callee}, which the module does not define",
                       op.pos) from None
    return em.results(cb, op, "call", operands, to_apply=to_apply)


def _while(em, cb, op, operands):
    cond, body = op.regions
    captured = em.captures(op)
    shapes = {name: value_shape(v) for name, v in captured.items()}
    state = TupleShape(tuple(op.out_types) + tuple(shapes.values()))
    # the captured values ride along as loop elements the body returns unchanged
    cond_name = em.computation(cond, "region", shapes, tupled=True)
    returned = body.ops[-1]
    passing = _Op(returned.name, returned.pos, operands=returned.operands + list(captured))
    body_name = em.computation(_Region(body.args, body.ops[:-1] + [passing]), "region", shapes,
                               tupled=True)
    loop = cb.op("while", cb.op("tuple", *operands, *captured.values()), shape=state,
                 condition=cond_name, body=body_name)
    return [cb.op("get-tuple-element", loop, index=i, shape=s)
            for i, s in enumerate(op.out_types)]


def _case(em, cb, op, operands):
    captured = em.captures(op)
    shapes = {name: value_shape(v) for name, v in captured.items()}
    carried = cb.op("tuple", *captured.values())
    branches = tuple(em.computation(region, "branch", shapes, tupled=True)
                     for region in op.regions)
    return em.results(cb, op, "conditional", [operands[0]] + [carried] * len(branches),
                      branch_computations=branches)


_RULES = {
    "stablehlo.constant": _constant,
    "chlo.square": _square,
    "chlo.erf_inv": _traced_chlo("erf_inv", compute_in_f32=True),
    "chlo.erfc": _traced_chlo("erfc"),
    "chlo.lgamma": _traced_chlo("lgamma"),
    "chlo.digamma": _traced_chlo("digamma"),
    "chlo.bessel_i1e": _traced_chlo("bessel_i1e"),
    "chlo.zeta": _traced_chlo("zeta"),
    "stablehlo.broadcast_in_dim": _broadcast_in_dim,
    "stablehlo.transpose": _attr_op("transpose", dims=("dimensions", _ints),
                                    permutation=("dimensions", _ints)),
    "stablehlo.reverse": _attr_op("reverse", dims=("dimensions", _ints),
                                  dimensions=("dimensions", _ints)),
    "stablehlo.iota": _attr_op("iota", dim=("iota_dimension", int),
                               iota_dimension=("iota_dimension", int)),
    "stablehlo.concatenate": _attr_op("concatenate", dim=("dimensions", _dimension),
                                      dimension=("dimensions", _dimension)),
    "stablehlo.dynamic_slice": _attr_op("dynamic-slice",
                                        sizes=("dynamic_slice_sizes", _ints),
                                        slice_sizes=("dynamic_slice_sizes", _ints)),
    "stablehlo.compare": _compare,
    "stablehlo.pad": _pad,
    "stablehlo.slice": _slice,
    "stablehlo.dot_general": _dot_general,
    "stablehlo.convolution": _convolution,
    "stablehlo.reduce": _reduce,
    "stablehlo.reduce_window": _reduce_window,
    "stablehlo.select_and_scatter": _select_and_scatter,
    "stablehlo.gather": _gather,
    "stablehlo.scatter": _scatter,
    "stablehlo.sort": _sort,
    "stablehlo.rng_bit_generator": _rng_bit_generator,
    "stablehlo.optimization_barrier": _optimization_barrier,
    "stablehlo.get_tuple_element": _get_tuple_element,
    "func.call": _call, "call": _call, "stablehlo.composite": _call,
    "stablehlo.while": _while,
    "stablehlo.case": _case,
}

# The attributes each op's rule reads (anything else is reported, unless ignored).
_KNOWN_ATTRS = {
    "stablehlo.constant": {"value"},
    "stablehlo.broadcast_in_dim": {"dims", "broadcast_dimensions"},
    "stablehlo.transpose": {"dims", "permutation"},
    "stablehlo.reverse": {"dims", "dimensions"},
    "stablehlo.iota": {"dim", "iota_dimension"},
    "stablehlo.concatenate": {"dim", "dimension"},
    "stablehlo.dynamic_slice": {"sizes", "slice_sizes"},
    "stablehlo.compare": {"_words", "comparison_direction", "compare_type"},
    "stablehlo.pad": {"low", "high", "interior", "edge_padding_low", "edge_padding_high",
                      "interior_padding"},
    "stablehlo.slice": {"slice", "start_indices", "limit_indices", "strides"},
    "stablehlo.dot_general": {"batching_dims", "contracting_dims", "dot_dimension_numbers"},
    "stablehlo.convolution": {"dim_numbers", "dimension_numbers", "window",
                              "feature_group_count", "batch_group_count", "window_strides",
                              "padding", "lhs_dilation", "rhs_dilation", "window_reversal"},
    "stablehlo.reduce": {"dimensions", "_applies"},
    "stablehlo.reduce_window": {"window_dimensions", "window_strides", "padding",
                                "base_dilations", "window_dilations"},
    "stablehlo.select_and_scatter": {"window_dimensions", "window_strides", "padding"},
    "stablehlo.gather": {"dimension_numbers", "slice_sizes", "indices_are_sorted"},
    "stablehlo.scatter": {"scatter_dimension_numbers", "indices_are_sorted",
                          "unique_indices"},
    "stablehlo.sort": {"dimension", "is_stable"},
    "stablehlo.rng_bit_generator": {"algorithm", "rng_algorithm"},
    "stablehlo.get_tuple_element": {"index"},
    "func.call": {"callee"}, "call": {"callee"},
    "stablehlo.composite": {"decomposition", "name", "composite_attributes", "version"},
}
