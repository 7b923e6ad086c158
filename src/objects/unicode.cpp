// Lookups in the generated Unicode tables (see objects/unicode.h).
#include "pywalk/objects/unicode.h"

#include <algorithm>

#include "pywalk/objects/str.h"

namespace pywalk::unicode {

using tables::CaseRange;
using tables::CaseSpecial;
using tables::FlagRun;

namespace {

// Flags of the ASCII range, read once from the table.
struct AsciiFlags {
  uint16_t f[128];
  AsciiFlags() {
    size_t r = 0;
    for (char32_t c = 0; c < 128; ++c) {
      while (r + 1 < tables::kFlagRunCount && tables::kFlagRuns[r + 1].first <= c) ++r;
      f[c] = tables::kFlagRuns[r].flags;
    }
  }
};

uint16_t lookup_flags(char32_t c) {
  const FlagRun* begin = tables::kFlagRuns;
  const FlagRun* end = begin + tables::kFlagRunCount;
  const FlagRun* it = std::upper_bound(begin, end, c, [](char32_t x, const FlagRun& r) { return x < r.first; });
  return it == begin ? 0 : (it - 1)->flags;
}

struct Table {
  const CaseRange* ranges;
  size_t nranges;
  const CaseSpecial* special;
  size_t nspecial;
};

Table table_for(Case kind) {
  switch (kind) {
    case Case::Upper:
      return {tables::kUpperRanges, tables::kUpperRangeCount, tables::kUpperSpecial, tables::kUpperSpecialCount};
    case Case::Lower:
      return {tables::kLowerRanges, tables::kLowerRangeCount, tables::kLowerSpecial, tables::kLowerSpecialCount};
    case Case::Title:
      return {tables::kTitleRanges, tables::kTitleRangeCount, tables::kTitleSpecial, tables::kTitleSpecialCount};
    case Case::Fold:
      return {tables::kFoldRanges, tables::kFoldRangeCount, tables::kFoldSpecial, tables::kFoldSpecialCount};
  }
  return {nullptr, 0, nullptr, 0};
}

}  // namespace

uint16_t flags(char32_t c) {
  static const AsciiFlags ascii;
  if (c < 128) return ascii.f[c];
  if (c > 0x10FFFF) return 0;
  return lookup_flags(c);
}

int decimal_value(char32_t c) {
  if (c < 128) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  if (!has(c, kDecimal)) return -1;
  const uint32_t* b = tables::kDecimalZeros;
  const uint32_t* e = b + tables::kDecimalZeroCount;
  const uint32_t* z = std::upper_bound(b, e, static_cast<uint32_t>(c));
  return z == b ? -1 : static_cast<int>(c - *(z - 1));
}

void append_case(std::string& out, char32_t c, Case kind) {
  if (c < 128) {
    char ch = static_cast<char>(c);
    switch (kind) {
      case Case::Upper:
      case Case::Title:
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
        break;
      case Case::Lower:
      case Case::Fold:
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
        break;
    }
    out += ch;
    return;
  }
  Table t = table_for(kind);
  const CaseSpecial* sb = t.special;
  const CaseSpecial* se = sb + t.nspecial;
  const CaseSpecial* s = std::lower_bound(sb, se, c, [](const CaseSpecial& e, char32_t x) { return e.cp < x; });
  if (s != se && s->cp == c) {
    out += s->utf8;
    return;
  }
  const CaseRange* rb = t.ranges;
  const CaseRange* re = rb + t.nranges;
  const CaseRange* r = std::upper_bound(rb, re, c, [](char32_t x, const CaseRange& e) { return x < e.first; });
  if (r != rb) {
    --r;
    if (c <= r->last && (c - r->first) % r->stride == 0) c = static_cast<char32_t>(static_cast<int64_t>(c) + r->delta);
  }
  utf8_append(out, c);
}

}  // namespace pywalk::unicode
