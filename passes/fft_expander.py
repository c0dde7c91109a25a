"""FFT expander: `fft` as complex dots with constant DFT matrices (the compiled path's FFT).

An FFT over the trailing axes n1..nk is one DFT per axis, and the DFTs of different axes
commute. Each axis becomes `dot(x, W)` contracting that axis with W's first dimension; a
dot puts the new axis last, so going through the FFT axes in order brings them back in
their order with no transpose:

    [B, n1, n2] -> dot(., W1) -> [B, n2, n1'] -> dot(., W2) -> [B, n1', n2']

W[j, k] = exp(-2 pi i jk / n) (FFT), exp(+2 pi i jk / n) / n (IFFT), with jk taken mod n
before the angle so that large products stay exact. RFFT converts the real input to
complex and keeps the first n//2 + 1 columns of the last W. IRFFT transforms the leading
axes as IFFT, then the last axis with the Hermitian C2R matrix
V[k, j] = w_k exp(2 pi i kj / n) / n (w_k = 2, or 1 for k = 0 and the Nyquist k = n/2) and
takes the real part: the imaginary parts of the zero and Nyquist frequencies are ignored,
as XLA's (pocketfft's) C2R does. The DFT costs O(n^2) per axis instead of O(n log n):
the sizes XLA's FFT tests and models use are small, and the dot kernels do the rest.
"""
from __future__ import annotations

import numpy as np

from hlox.ir import ModuleOp
from hlox.ir.attributes import Literal
from hlox.ir.shapes import COMPLEX_OF, COMPLEX_PARTS, ArrayShape

from .pass_base import HloPass, NameTable, all_instructions, build_before, replace_with


def _dft_matrix(n: int, columns: int, inverse: bool, dtype) -> np.ndarray:
    j, k = np.meshgrid(np.arange(n), np.arange(columns), indexing="ij")
    angle = 2 * np.pi * ((j * k) % max(n, 1)) / max(n, 1)
    w = np.exp(1j * angle) / n if inverse else np.exp(-1j * angle)
    return w.astype(dtype)


def _c2r_matrix(n: int, dtype) -> np.ndarray:
    m = n // 2 + 1
    k, j = np.meshgrid(np.arange(m), np.arange(n), indexing="ij")
    weight = np.where((k == 0) | ((n % 2 == 0) & (k == n // 2)), 1.0, 2.0)
    angle = 2 * np.pi * ((k * j) % n) / n
    return (weight * np.exp(1j * angle) / n).astype(dtype)


class FftExpander(HloPass):
    """Rewrite fft as dots with constant DFT matrices (the compiled path has no FFT kernel)."""

    name = "fft-expander"

    def run(self, module: ModuleOp) -> bool:
        names = NameTable(module)
        changed = False
        for _, op in all_instructions(module):
            if op.opcode != "fft":
                continue
            if op.shape.size and op.operand_shapes[0].size:
                replace_with(op, self._expand(op, names))
            else:  # nothing to transform: the (zero-filled) result of the shape
                zero = build_before(op, names, "constant", [], ArrayShape(op.shape.dtype, ()),
                                    f"{op.hlo_name}.zero",
                                    {"literal": Literal(np.zeros((), op.shape.np_dtype))})
                replace_with(op, build_before(op, names, "broadcast", [zero.result], op.shape,
                                              f"{op.hlo_name}.empty", {"dimensions": ()}).result)
            changed = True
        return changed

    @staticmethod
    def _expand(op, names: NameTable):
        kind, lengths = op.attr("fft_type"), list(op.attr("fft_length"))
        value, shape = op.operands[0], op.operand_shapes[0]
        if kind == "RFFT":
            complex_type = COMPLEX_OF[shape.dtype]
            shape = ArrayShape(complex_type, shape.dims)
            value = build_before(op, names, "convert", [value], shape, f"{op.hlo_name}.c").result
        ctype = shape.dtype
        dtype = shape.np_dtype
        first = shape.rank - len(lengths)
        for axis, n in enumerate(lengths):
            last = axis == len(lengths) - 1
            if kind == "IRFFT" and last:
                matrix = _c2r_matrix(n, dtype)
            else:
                columns = n // 2 + 1 if kind == "RFFT" and last else n
                matrix = _dft_matrix(n, columns, kind in ("IFFT", "IRFFT"), dtype)
            w = build_before(op, names, "constant", [], ArrayShape(ctype, matrix.shape),
                             f"{op.hlo_name}.dft", {"literal": Literal(matrix)})
            dims = shape.dims
            contracted = first  # the next FFT axis is always at `first` (see the docstring)
            out_dims = dims[:contracted] + dims[contracted + 1:] + (matrix.shape[1],)
            shape = ArrayShape(ctype, out_dims)
            value = build_before(op, names, "dot", [value, w.result], shape,
                                 f"{op.hlo_name}.axis{axis}",
                                 {"lhs_contracting_dims": (contracted,),
                                  "rhs_contracting_dims": (0,)}).result
        if kind == "IRFFT":
            value = build_before(op, names, "real", [value], ArrayShape(
                COMPLEX_PARTS[ctype], shape.dims), f"{op.hlo_name}.real").result
        return value
