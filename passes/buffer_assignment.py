"""Buffer assignment: offsets of all temporaries in one arena, reusing dead buffers.

Live ranges are positions of hlox_main statements (filled in while the C code is
emitted, loops extended over their whole body). Offsets are chosen as XLA's
`GlobalDecreasingSizeBestFitHeap` does: buffers by decreasing size, each placed at the
lowest-waste gap among the buffers whose live ranges overlap it.

Alignment: buffers of at least `alignment` (64) bytes start on a 64-byte boundary (whole
cache lines, aligned vector loads); buffers of 16 to 63 bytes on a 16-byte boundary; smaller
ones (scalars, tiny vectors) only on their element size, as a C local would be. Sizes are
rounded up to that alignment (16 at most).
"""
from __future__ import annotations

SMALL_ALIGN = 16


def _align(n: int, alignment: int) -> int:
    return (n + alignment - 1) // alignment * alignment


def _itemsize(buf) -> int:
    shape = getattr(buf, "shape", None)
    et = getattr(shape, "element_type", None)
    size = getattr(et, "itemsize", None)
    return size if isinstance(size, int) and size > 0 else SMALL_ALIGN


def buffer_alignment(buf, alignment: int = 64) -> int:
    nbytes = buf.nbytes
    if nbytes >= alignment:
        return alignment
    if nbytes >= SMALL_ALIGN:
        return min(SMALL_ALIGN, alignment)
    item = _itemsize(buf)
    return item if item & (item - 1) == 0 and item <= SMALL_ALIGN else SMALL_ALIGN


def reserved_size(buf, alignment: int = 64) -> int:
    return _align(max(buf.nbytes, 1), min(buffer_alignment(buf, alignment), SMALL_ALIGN))


def _best_gap(buf, placed, size: int, align: int, capacity: int | None):
    """Lowest-waste offset for `buf` among the `placed` buffers live at the same time, and
    its waste (None, None if it does not fit under `capacity`)."""
    busy = sorted((p.offset, p.offset + p._reserved) for p in placed
                  if not (p.last < buf.first or buf.last < p.first))
    best, best_waste, cursor = None, None, 0
    for start, end in busy:
        at = _align(cursor, align)
        gap = start - at
        if gap >= size and (best_waste is None or gap - size < best_waste):
            best, best_waste = at, gap - size
        cursor = max(cursor, end)
    if best is None:
        best = _align(cursor, align)
        if capacity is not None:
            best_waste = capacity - best - size
            if best_waste < 0:
                return None, None
    return best, best_waste


def assign_offsets(bufs, alignment: int = 64, regions=()) -> int:
    """Set `.offset` on every buffer (objects with nbytes, first, last); returns arena size.

    `regions` are (buffer, free_until) pairs: memory outside the arena (entry results) that
    nothing reads or writes before position `free_until`. A buffer whose live range ends
    before that may be placed there instead (`.region` set to the result, `.offset` inside
    it, 16-byte alignment at most: results are only that aligned).
    """
    placed: list = []
    in_region: dict[int, list] = {id(r): [] for r, _ in regions}
    arena = 0
    for buf in sorted(bufs, key=lambda b: (-b.nbytes, b.first, b.id)):
        size = reserved_size(buf, alignment)
        align = buffer_alignment(buf, alignment)
        buf._reserved = size
        choice = None
        for region, free_until in regions:
            if buf.last >= free_until or size > region.nbytes:
                continue
            at, waste = _best_gap(buf, in_region[id(region)], size, min(align, SMALL_ALIGN),
                                  region.nbytes)
            if at is not None and (choice is None or waste < choice[2]):
                choice = (region, at, waste)
        if choice is not None:
            region, buf.offset, _ = choice
            buf.region = region
            in_region[id(region)].append(buf)
            continue
        buf.offset, _ = _best_gap(buf, placed, size, align, None)
        placed.append(buf)
        arena = max(arena, buf.offset + size)
    return arena


def describe(bufs, arena: int) -> str:
    """Human-readable assignment: one line per buffer."""
    lines = [f"arena: {arena} bytes"]
    for b in bufs:
        where = {"temp": f"arena offset {b.offset}", "param": f"parameter {b.index}",
                 "result": f"result {b.index}", "const": f"constant {b.index}"}[b.kind]
        if b.kind == "temp" and getattr(b, "region", None) is not None:
            where = f"scratch in result {b.region.index} offset {b.offset}"
        if getattr(b, "base", None) is not None:
            where = f"view of buffer {b.base.id}"
        live = f"live [{b.first}, {b.last}]" if b.first >= 0 else "unused"
        lines.append(f"buffer {b.id}: {b.label} {b.shape} {b.nbytes} bytes, {where}, {live}")
    return "\n".join(lines) + "\n"
