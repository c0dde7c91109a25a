"""Buffer assignment: offsets of all temporaries in one arena, reusing dead buffers.

Live ranges are positions of hlox_main statements (filled in while the C code is
emitted, loops extended over their whole body). Offsets are chosen as XLA's
`GlobalDecreasingSizeBestFitHeap` does: buffers by decreasing size, each placed at the
lowest-waste gap among the buffers whose live ranges overlap it.

Alignment: buffers of at least `alignment` (64) bytes start on a 64-byte boundary (whole
cache lines, aligned vector loads); smaller ones on a 16-byte boundary, which is more than
any element type needs. Every buffer reserves its size rounded up to 16 bytes.
"""
from __future__ import annotations

SMALL_ALIGN = 16


def _align(n: int, alignment: int) -> int:
    return (n + alignment - 1) // alignment * alignment


def buffer_alignment(nbytes: int, alignment: int = 64) -> int:
    return alignment if nbytes >= alignment else min(SMALL_ALIGN, alignment)


def reserved_size(nbytes: int) -> int:
    return _align(max(nbytes, 1), SMALL_ALIGN)


def assign_offsets(bufs, alignment: int = 64) -> int:
    """Set `.offset` on every buffer (objects with nbytes, first, last); returns arena size."""
    placed: list = []
    arena = 0
    for buf in sorted(bufs, key=lambda b: (-b.nbytes, b.first, b.id)):
        size = reserved_size(buf.nbytes)
        align = buffer_alignment(buf.nbytes, alignment)
        busy = sorted((p.offset, p.offset + reserved_size(p.nbytes)) for p in placed
                      if not (p.last < buf.first or buf.last < p.first))
        best, best_waste, cursor = None, None, 0
        for start, end in busy:
            at = _align(cursor, align)
            gap = start - at
            if gap >= size and (best_waste is None or gap - size < best_waste):
                best, best_waste = at, gap - size
            cursor = max(cursor, end)
        buf.offset = best if best is not None else _align(cursor, align)
        placed.append(buf)
        arena = max(arena, buf.offset + size)
    return _align(arena, SMALL_ALIGN) if arena else 0


def describe(bufs, arena: int) -> str:
    """Human-readable assignment: one line per buffer."""
    lines = [f"arena: {arena} bytes"]
    for b in bufs:
        where = {"temp": f"arena offset {b.offset}", "param": f"parameter {b.index}",
                 "result": f"result {b.index}", "const": f"constant {b.index}"}[b.kind]
        if getattr(b, "base", None) is not None:
            where = f"view of buffer {b.base.id}"
        live = f"live [{b.first}, {b.last}]" if b.first >= 0 else "unused"
        lines.append(f"buffer {b.id}: {b.label} {b.shape} {b.nbytes} bytes, {where}, {live}")
    return "\n".join(lines) + "\n"
