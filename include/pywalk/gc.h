// The cycle collector.
//
// Reference counting frees everything that is not part of a cycle at once.
// Cycles (a recursive inner function whose Env holds the function, a list
// containing itself, a frame's Env captured by a closure stored in that
// Env) are found by gc_collect(), CPython's algorithm: for every tracked
// container, gc_refs = refcount minus the references other tracked
// containers hold (via traverse()); containers left with gc_refs > 0 are
// referenced from outside (the C++ stack, frames, globals) and everything
// reachable from them survives; the rest is garbage, and clear_refs() on
// each breaks its cycles so reference counting frees them.
//
// A collection runs automatically when the number of tracked containers
// has grown by `threshold` since the last one (amortised O(1) per
// allocation), at safe points only: gc_maybe_collect() is called by the
// evaluator between statements, never in the middle of a C++ operation
// that holds raw pointers.
#pragma once

#include <cstdint>

#include "pywalk/object.h"

namespace pywalk {

void gc_track(Object* o) noexcept;
void gc_untrack(Object* o) noexcept;
// Runs a full collection; returns the number of objects found unreachable.
int64_t gc_collect();
// Collects if enough containers were allocated since the last collection.
void gc_maybe_collect();
int64_t gc_tracked_count() noexcept;

}  // namespace pywalk
