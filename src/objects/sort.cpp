// sort_values: CPython's list sort (timsort with the powersort merge
// policy of listobject.c), so that the same comparisons happen in the same
// order: which pair of mismatched types raises "'<' not supported ..." and
// what a key function or __lt__ observes match CPython.
//
// The algorithm permutes an array of indices into `items` (and into the
// key array), so moving an element is moving an int64; the values are
// rearranged once at the end. A comparison that raises leaves the index
// array a permutation (the merge routines copy their temporary run back
// before rethrowing, as CPython's do), so the list keeps every item.
#include <algorithm>
#include <cstring>
#include <numeric>

#include "pywalk/call.h"
#include "pywalk/objects/list.h"
#include "pywalk/ops.h"

namespace pywalk {

namespace {

constexpr int64_t kMinGallop = 7;

class MergeSort {
 public:
  MergeSort(const std::vector<Value>& keys, int64_t* base, int64_t n) : keys_(keys), base_(base), n_(n) {}
  void sort();

 private:
  struct Run {
    int64_t* base;  // borrowed: into the index array
    int64_t len;
    int power;
  };

  bool lt(int64_t x, int64_t y) const { return less_than(keys_[x], keys_[y]); }
  void binarysort(int64_t* lo, int64_t* hi, int64_t* start);
  int64_t count_run(int64_t* lo, int64_t* hi, bool& descending);
  int64_t gallop_left(int64_t key, const int64_t* a, int64_t n, int64_t hint);
  int64_t gallop_right(int64_t key, const int64_t* a, int64_t n, int64_t hint);
  bool merge_lo_loop(int64_t*& dest, int64_t*& a, int64_t& na, int64_t*& b, int64_t& nb);
  bool merge_hi_loop(int64_t*& dest, int64_t*& a, int64_t& na, int64_t*& b, int64_t& nb, int64_t* basea,
                     int64_t* baseb);
  void merge_lo(int64_t* pa, int64_t na, int64_t* pb, int64_t nb);
  void merge_hi(int64_t* pa, int64_t na, int64_t* pb, int64_t nb);
  void merge_at(size_t i);
  void found_new_run(int64_t n2);
  void merge_force_collapse();

  const std::vector<Value>& keys_;  // borrowed: compared by index
  int64_t* base_;                   // borrowed: the index array being sorted
  int64_t n_;
  int64_t min_gallop_ = kMinGallop;
  std::vector<int64_t> tmp_;
  std::vector<Run> pending_;
};

// Binary insertion sort of [lo, hi), of which [lo, start) is sorted.
void MergeSort::binarysort(int64_t* lo, int64_t* hi, int64_t* start) {
  if (lo == start) ++start;
  for (; start < hi; ++start) {
    int64_t* l = lo;
    int64_t* r = start;
    int64_t pivot = *r;
    do {
      int64_t* p = l + ((r - l) >> 1);
      if (lt(pivot, *p)) r = p;
      else l = p + 1;
    } while (l < r);
    for (int64_t* p = start; p > l; --p) *p = *(p - 1);
    *l = pivot;
  }
}

// Length of the run starting at lo: non-descending, or strictly descending.
int64_t MergeSort::count_run(int64_t* lo, int64_t* hi, bool& descending) {
  descending = false;
  ++lo;
  if (lo == hi) return 1;
  int64_t n = 2;
  if (lt(*lo, *(lo - 1))) {
    descending = true;
    for (lo = lo + 1; lo < hi; ++lo, ++n)
      if (!lt(*lo, *(lo - 1))) break;
  } else {
    for (lo = lo + 1; lo < hi; ++lo, ++n)
      if (lt(*lo, *(lo - 1))) break;
  }
  return n;
}

// k such that a[k-1] < key <= a[k].
int64_t MergeSort::gallop_left(int64_t key, const int64_t* a, int64_t n, int64_t hint) {
  a += hint;
  int64_t lastofs = 0, ofs = 1;
  if (lt(*a, key)) {
    const int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else {
        break;
      }
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(*(a - ofs), key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

// k such that a[k-1] <= key < a[k].
int64_t MergeSort::gallop_right(int64_t key, const int64_t* a, int64_t n, int64_t hint) {
  a += hint;
  int64_t lastofs = 0, ofs = 1;
  if (lt(key, *a)) {
    const int64_t maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, *(a - ofs))) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else {
        break;
      }
    }
    if (ofs > maxofs) ofs = maxofs;
    int64_t k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const int64_t maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    int64_t m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

// The body of merge_lo; returns true when it ends in CPython's "CopyB"
// state (one element of a left), false for "Succeed".
bool MergeSort::merge_lo_loop(int64_t*& dest, int64_t*& a, int64_t& na, int64_t*& b, int64_t& nb) {
  *dest++ = *b++;
  --nb;
  if (nb == 0) return false;
  if (na == 1) return true;
  int64_t min_gallop = min_gallop_;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      if (lt(*b, *a)) {
        *dest++ = *b++;
        ++bcount;
        acount = 0;
        if (--nb == 0) return false;
        if (bcount >= min_gallop) break;
      } else {
        *dest++ = *a++;
        ++acount;
        bcount = 0;
        if (--na == 1) return true;
        if (acount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      int64_t k = gallop_right(*b, a, na, 0);
      acount = k;
      if (k) {
        std::memcpy(dest, a, static_cast<size_t>(k) * sizeof(int64_t));
        dest += k;
        a += k;
        na -= k;
        if (na == 1) return true;
        if (na == 0) return false;
      }
      *dest++ = *b++;
      if (--nb == 0) return false;
      k = gallop_left(*a, b, nb, 0);
      bcount = k;
      if (k) {
        std::memmove(dest, b, static_cast<size_t>(k) * sizeof(int64_t));
        dest += k;
        b += k;
        nb -= k;
        if (nb == 0) return false;
      }
      *dest++ = *a++;
      if (--na == 1) return true;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    min_gallop_ = min_gallop;
  }
}

// Merges the adjacent runs [pa, pa+na) and [pb, pb+nb), na <= nb, using a
// temporary copy of the first.
void MergeSort::merge_lo(int64_t* pa, int64_t na, int64_t* pb, int64_t nb) {
  tmp_.assign(pa, pa + na);
  int64_t* dest = pa;
  int64_t* a = tmp_.data();
  int64_t* b = pb;
  bool copy_b;
  try {
    copy_b = merge_lo_loop(dest, a, na, b, nb);
  } catch (...) {
    if (na) std::memcpy(dest, a, static_cast<size_t>(na) * sizeof(int64_t));
    throw;
  }
  if (copy_b) {  // the last element of a belongs at the end
    std::memmove(dest, b, static_cast<size_t>(nb) * sizeof(int64_t));
    dest[nb] = *a;
  } else if (na) {
    std::memcpy(dest, a, static_cast<size_t>(na) * sizeof(int64_t));
  }
}

// The body of merge_hi; returns true for CPython's "CopyA" state.
bool MergeSort::merge_hi_loop(int64_t*& dest, int64_t*& a, int64_t& na, int64_t*& b, int64_t& nb, int64_t* basea,
                              int64_t* baseb) {
  *dest-- = *a--;
  --na;
  if (na == 0) return false;
  if (nb == 1) return true;
  int64_t min_gallop = min_gallop_;
  for (;;) {
    int64_t acount = 0, bcount = 0;
    for (;;) {
      if (lt(*b, *a)) {
        *dest-- = *a--;
        ++acount;
        bcount = 0;
        if (--na == 0) return false;
        if (acount >= min_gallop) break;
      } else {
        *dest-- = *b--;
        ++bcount;
        acount = 0;
        if (--nb == 1) return true;
        if (bcount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      int64_t k = na - gallop_right(*b, basea, na, na - 1);
      acount = k;
      if (k) {
        dest -= k;
        a -= k;
        std::memmove(dest + 1, a + 1, static_cast<size_t>(k) * sizeof(int64_t));
        na -= k;
        if (na == 0) return false;
      }
      *dest-- = *b--;
      if (--nb == 1) return true;
      k = nb - gallop_left(*a, baseb, nb, nb - 1);
      bcount = k;
      if (k) {
        dest -= k;
        b -= k;
        std::memcpy(dest + 1, b + 1, static_cast<size_t>(k) * sizeof(int64_t));
        nb -= k;
        if (nb == 1) return true;
        if (nb == 0) return false;
      }
      *dest-- = *a--;
      if (--na == 0) return false;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    min_gallop_ = min_gallop;
  }
}

// Merges the adjacent runs, na >= nb, using a temporary copy of the second.
void MergeSort::merge_hi(int64_t* pa, int64_t na, int64_t* pb, int64_t nb) {
  tmp_.assign(pb, pb + nb);
  int64_t* dest = pb + nb - 1;
  int64_t* basea = pa;
  int64_t* baseb = tmp_.data();
  int64_t* b = baseb + nb - 1;
  int64_t* a = pa + na - 1;
  bool copy_a;
  try {
    copy_a = merge_hi_loop(dest, a, na, b, nb, basea, baseb);
  } catch (...) {
    if (nb) std::memcpy(dest - (nb - 1), baseb, static_cast<size_t>(nb) * sizeof(int64_t));
    throw;
  }
  if (copy_a) {  // the first element of b belongs at the front
    std::memmove(dest + 1 - na, a + 1 - na, static_cast<size_t>(na) * sizeof(int64_t));
    dest -= na;
    *dest = *b;
  } else if (nb) {
    std::memcpy(dest - (nb - 1), baseb, static_cast<size_t>(nb) * sizeof(int64_t));
  }
}

// Merges pending runs i and i+1.
void MergeSort::merge_at(size_t i) {
  int64_t* pa = pending_[i].base;
  int64_t na = pending_[i].len;
  int64_t* pb = pending_[i + 1].base;
  int64_t nb = pending_[i + 1].len;
  pending_[i].len = na + nb;
  if (i + 3 == pending_.size()) pending_[i + 1] = pending_[i + 2];
  pending_.pop_back();
  int64_t k = gallop_right(*pb, pa, na, 0);
  pa += k;
  na -= k;
  if (na == 0) return;
  nb = gallop_left(pa[na - 1], pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) merge_lo(pa, na, pb, nb);
  else merge_hi(pa, na, pb, nb);
}

// The "power" of the run boundary between two adjacent runs (powersort).
int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
  int result = 0;
  int64_t a = 2 * s1 + n1;
  int64_t b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

void MergeSort::found_new_run(int64_t n2) {
  if (pending_.empty()) return;
  int64_t s1 = pending_.back().base - base_;
  int64_t n1 = pending_.back().len;
  int power = powerloop(s1, n1, n2, n_);
  while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power) merge_at(pending_.size() - 2);
  pending_.back().power = power;
}

void MergeSort::merge_force_collapse() {
  while (pending_.size() > 1) {
    size_t n = pending_.size() - 2;
    if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
    merge_at(n);
  }
}

int64_t compute_minrun(int64_t n) {
  int64_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

void MergeSort::sort() {
  int64_t* lo = base_;
  int64_t remaining = n_;
  int64_t minrun = compute_minrun(remaining);
  do {
    bool descending;
    int64_t n = count_run(lo, lo + remaining, descending);
    if (descending) std::reverse(lo, lo + n);
    if (n < minrun) {
      int64_t force = remaining <= minrun ? remaining : minrun;
      binarysort(lo, lo + force, lo + n);
      n = force;
    }
    found_new_run(n);
    pending_.push_back(Run{lo, n, 0});
    lo += n;
    remaining -= n;
  } while (remaining);
  merge_force_collapse();
}

}  // namespace

void sort_values(std::vector<Value>& items, const Value& key, bool reverse) {
  size_t n = items.size();
  bool has_key = !key.is_unbound() && !key.is_none();
  std::vector<Value> keys;
  if (has_key) {
    keys.reserve(n);
    for (size_t i = 0; i < n; ++i) keys.push_back(call1(key, items[i]));
  }
  if (n < 2) return;
  // Reversing before and after a stable sort keeps equal items in their
  // original order under reverse=True.
  if (reverse) {
    std::reverse(items.begin(), items.end());
    std::reverse(keys.begin(), keys.end());
  }
  std::vector<int64_t> perm(n);
  std::iota(perm.begin(), perm.end(), int64_t{0});
  auto finish = [&] {
    std::vector<Value> out;
    out.reserve(n);
    for (int64_t i : perm) out.push_back(std::move(items[static_cast<size_t>(i)]));
    items.swap(out);
    if (reverse) std::reverse(items.begin(), items.end());
  };
  try {
    MergeSort(has_key ? keys : items, perm.data(), static_cast<int64_t>(n)).sort();
  } catch (...) {
    finish();
    throw;
  }
  finish();
}

}  // namespace pywalk
