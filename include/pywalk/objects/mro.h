// C3 linearisation: the method resolution order of a class.
//
// The MRO of class C with bases B1..Bn is C followed by the C3 merge of
// mro(B1), ..., mro(Bn) and the list [B1, ..., Bn] (CPython's
// mro_implementation / pmerge, same order of candidates): repeatedly take
// the first head, scanning the lists in order, that appears in no list's
// tail. When no head qualifies the order is inconsistent; the error names
// the remaining heads (deduplicated, in scan order), as CPython's
// set_mro_error does. Generic over the class representation so that the
// unit tests (tests/unit/mro_test.cpp) can run it on plain values.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace pywalk {

// Merges `to_merge` (each list a base's MRO, the last one the bases
// themselves) into `out`. Returns false when the order is inconsistent,
// with `conflict` holding the remaining heads.
template <class T>
bool c3_merge(const std::vector<std::vector<T>>& to_merge, std::vector<T>& out, std::vector<T>& conflict) {
  const size_t n = to_merge.size();
  std::vector<size_t> remain(n, 0);
  auto in_tail = [&](size_t j, const T& c) {
    const auto& l = to_merge[j];
    return std::find(l.begin() + static_cast<std::ptrdiff_t>(std::min(remain[j] + 1, l.size())), l.end(), c) !=
           l.end();
  };
  for (;;) {
    size_t empty = 0;
    bool found = false;
    for (size_t i = 0; i < n && !found; ++i) {
      if (remain[i] >= to_merge[i].size()) {
        ++empty;
        continue;
      }
      const T candidate = to_merge[i][remain[i]];
      bool ok = true;
      for (size_t j = 0; j < n && ok; ++j) ok = !in_tail(j, candidate);
      if (!ok) continue;
      out.push_back(candidate);
      for (size_t j = 0; j < n; ++j)
        if (remain[j] < to_merge[j].size() && to_merge[j][remain[j]] == candidate) ++remain[j];
      found = true;
    }
    if (found) continue;
    if (empty == n) return true;
    conflict.clear();
    for (size_t i = 0; i < n; ++i) {
      if (remain[i] >= to_merge[i].size()) continue;
      const T& c = to_merge[i][remain[i]];
      if (std::find(conflict.begin(), conflict.end(), c) == conflict.end()) conflict.push_back(c);
    }
    return false;
  }
}

// The MRO of `self` with bases `bases`, each base's MRO given by `mro_of`.
// Returns false (conflict filled) when inconsistent.
template <class T, class MroOf>
bool c3_linearize(const T& self, const std::vector<T>& bases, MroOf&& mro_of, std::vector<T>& out,
                  std::vector<T>& conflict) {
  out.clear();
  out.push_back(self);
  std::vector<std::vector<T>> to_merge;
  for (const T& b : bases) to_merge.push_back(mro_of(b));
  to_merge.push_back(bases);
  return c3_merge(to_merge, out, conflict);
}

}  // namespace pywalk
