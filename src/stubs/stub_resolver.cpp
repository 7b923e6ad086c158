// TEMPORARY stub so the tree links while the resolver is written. Delete when src/resolver.cpp exists.
#include <cstdio>
#include <cstdlib>
#define STUB(name) do { std::fprintf(stderr, "pywalk: %s is not written yet\n", name); std::abort(); } while (0)
#include "pywalk/resolver.h"
namespace pywalk {
void Resolver::resolve() { STUB("Resolver::resolve"); }
std::string dump_scopes(const Module&) { STUB("dump_scopes"); }
}  // namespace pywalk
