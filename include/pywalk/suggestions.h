// "Did you mean" suggestions for NameError and AttributeError, computed with
// CPython 3.11's algorithm (Python/suggestions.c): a Levenshtein distance
// where a case flip costs 1 and any other edit 2, a candidate accepted when
// at most about a third of the characters change, the first best one wins,
// and nothing is suggested from a list of 750 names or more.
#pragma once

#include <string>
#include <vector>

namespace pywalk {

struct DictObject;

// The best candidate for `name`, or "" when none is close enough.
std::string best_suggestion(const std::string& name, const std::vector<std::string>& candidates);
// The str keys of a dict, in order (candidates for globals/builtins).
std::vector<std::string> dict_key_names(const DictObject* d);

}  // namespace pywalk
