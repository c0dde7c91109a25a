"""The operators and methods of `hlox.Array` and of tracers, defined once through hlox.numpy."""
from __future__ import annotations


def _hnp():
    from . import numpy_api
    return numpy_api


def _binary(name, reflected=False):
    def method(self, other):
        fn = getattr(_hnp(), name)
        return fn(other, self) if reflected else fn(self, other)
    return method


def _unary(name):
    return lambda self: getattr(_hnp(), name)(self)


def _method(name):
    return lambda self, *args, **kwargs: getattr(_hnp(), name)(self, *args, **kwargs)


_BINARY = {
    "add": "add", "sub": "subtract", "mul": "multiply", "truediv": "true_divide",
    "floordiv": "floor_divide", "mod": "remainder", "pow": "power", "matmul": "matmul",
    "and": "bitwise_and", "or": "bitwise_or", "xor": "bitwise_xor",
    "lshift": "left_shift", "rshift": "right_shift",
}
_COMPARE = {"eq": "equal", "ne": "not_equal", "lt": "less", "le": "less_equal",
            "gt": "greater", "ge": "greater_equal"}
_METHODS = ["astype", "sum", "mean", "max", "min", "prod", "argmax", "argmin",
            "var", "std", "squeeze", "swapaxes", "ravel", "flatten", "any", "all",
            "cumsum", "cumprod", "clip", "round", "dot", "conj", "conjugate", "repeat", "take",
            "sort", "argsort", "nonzero", "diagonal", "trace", "ptp", "searchsorted"]


def _shape_args(args):
    """NumPy's methods take a shape or axes as one tuple or as varargs."""
    return args[0] if len(args) == 1 and not isinstance(args[0], int) else args


def _reshape(self, *shape, order="C", copy=None):
    return _hnp().reshape(self, _shape_args(shape), order, copy=copy)


def _transpose(self, *axes):
    return _hnp().transpose(self, _shape_args(axes) if axes and axes != (None,) else None)


def _array_namespace(self, /, *, api_version=None):
    import importlib
    return importlib.import_module("hlox.numpy")


def _to_device(self, device, /, *, stream=None):
    _hnp()._check_device(device)
    return self


def _dlpack(self, *, stream=None, max_version=None, dl_device=None, copy=None):
    import numpy as np
    value = np.asarray(self)
    if copy:
        value = value.copy()
    if max_version is None:
        return value.__dlpack__()
    return value.__dlpack__(max_version=max_version, copy=copy)


class _AtIndexer:
    """`x.at[idx].set(v)` / `.add(v)` / `.get()` / `.multiply` / `.min` / `.max`."""

    def __init__(self, array):
        self.array = array

    def __getitem__(self, index):
        return _AtRef(self.array, index)


class _AtRef:
    def __init__(self, array, index):
        self.array, self.index = array, index

    def set(self, values):
        return _hnp().index_update(self.array, self.index, values, "set")

    def add(self, values):
        return _hnp().index_update(self.array, self.index, values, "add")

    def multiply(self, values):
        return self.set(self.get() * values)

    def min(self, values):
        return self.set(_hnp().minimum(self.get(), values))

    def max(self, values):
        return self.set(_hnp().maximum(self.get(), values))

    def get(self):
        return self.array[self.index]


def install(cls) -> None:
    for dunder, name in _BINARY.items():
        setattr(cls, f"__{dunder}__", _binary(name))
        setattr(cls, f"__r{dunder}__", _binary(name, reflected=True))
    for dunder, name in _COMPARE.items():
        setattr(cls, f"__{dunder}__", _binary(name))
    cls.__neg__ = _unary("negative")
    cls.__pos__ = lambda self: self
    cls.__abs__ = _unary("abs")
    cls.__invert__ = _unary("invert")
    cls.__getitem__ = lambda self, index: _hnp().getitem(self, index)
    cls.at = property(_AtIndexer)
    cls.T = property(lambda self: _hnp().transpose(self))
    cls.mT = property(lambda self: _hnp().swapaxes(self, -1, -2))
    for name in _METHODS:
        setattr(cls, name, _method(name))
    cls.reshape, cls.transpose = _reshape, _transpose
    cls.real = property(_unary("real"))
    cls.imag = property(_unary("imag"))
    # the Array API's protocol: namespace, device, DLPack
    cls.__array_namespace__ = _array_namespace
    cls.device = property(lambda self: _hnp().CPU)
    cls.to_device = _to_device
    cls.__dlpack__ = _dlpack
    cls.__dlpack_device__ = lambda self: (1, 0)   # kDLCPU, device 0
    if not hasattr(cls, "shape"):  # tracers: from their abstract value
        cls.shape = property(lambda self: self.aval.shape)
        cls.dtype = property(lambda self: self.aval.dtype)
        cls.ndim = property(lambda self: self.aval.ndim)
        cls.size = property(lambda self: self.aval.size)
        cls.__len__ = _tracer_len
        cls.__iter__ = lambda self: (self[i] for i in range(_tracer_len(self)))


def _tracer_len(self):
    if not self.aval.shape:
        raise TypeError("len() of unsized object")
    return self.aval.shape[0]
