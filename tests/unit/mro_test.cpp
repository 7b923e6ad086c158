// C3 linearisation (objects/mro.h), on plain class names. Expected orders
// and conflicts come from python3 (class statements with the same bases).
#include "pywalk/objects/mro.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace pywalk {
namespace {

using Names = std::vector<std::string>;

// A tiny class table: name -> MRO, filled as classes are "defined".
class Hierarchy {
 public:
  Hierarchy() { mros_["object"] = {"object"}; }
  // Defines `name` with `bases`; returns false on an MRO conflict.
  bool define(const std::string& name, const Names& bases, Names* conflict = nullptr) {
    Names out, bad;
    Names b = bases.empty() ? Names{"object"} : bases;
    bool ok = c3_linearize<std::string>(name, b, [&](const std::string& k) { return mros_.at(k); }, out, bad);
    if (ok) mros_[name] = out;
    if (conflict) *conflict = bad;
    return ok;
  }
  const Names& mro(const std::string& name) const { return mros_.at(name); }

 private:
  std::map<std::string, Names> mros_;
};

TEST(MroC3, SingleInheritanceChain) {
  Hierarchy h;
  ASSERT_TRUE(h.define("A", {}));
  ASSERT_TRUE(h.define("B", {"A"}));
  ASSERT_TRUE(h.define("C", {"B"}));
  EXPECT_EQ(h.mro("C"), (Names{"C", "B", "A", "object"}));
}

TEST(MroC3, Diamond) {
  Hierarchy h;
  ASSERT_TRUE(h.define("A", {}));
  ASSERT_TRUE(h.define("B", {"A"}));
  ASSERT_TRUE(h.define("C", {"A"}));
  ASSERT_TRUE(h.define("D", {"B", "C"}));
  EXPECT_EQ(h.mro("D"), (Names{"D", "B", "C", "A", "object"}));
}

// The example of the C3 paper (and Python's MRO documentation).
TEST(MroC3, PaperExample) {
  Hierarchy h;
  ASSERT_TRUE(h.define("O", {}));
  ASSERT_TRUE(h.define("F", {"O"}));
  ASSERT_TRUE(h.define("E", {"O"}));
  ASSERT_TRUE(h.define("D", {"O"}));
  ASSERT_TRUE(h.define("C", {"D", "F"}));
  ASSERT_TRUE(h.define("B", {"D", "E"}));
  ASSERT_TRUE(h.define("A", {"B", "C"}));
  EXPECT_EQ(h.mro("A"), (Names{"A", "B", "C", "D", "E", "F", "O", "object"}));
}

TEST(MroC3, ThreeLevelMixins) {
  Hierarchy h;
  ASSERT_TRUE(h.define("O", {}));
  ASSERT_TRUE(h.define("K1", {"O"}));
  ASSERT_TRUE(h.define("K2", {"O"}));
  ASSERT_TRUE(h.define("K3", {"O"}));
  ASSERT_TRUE(h.define("Z1", {"K1", "K2"}));
  ASSERT_TRUE(h.define("Z2", {"K2", "K3"}));
  ASSERT_TRUE(h.define("Z3", {"Z1", "Z2", "K3"}));
  EXPECT_EQ(h.mro("Z3"), (Names{"Z3", "Z1", "K1", "Z2", "K2", "K3", "O", "object"}));
}

// "Cannot create a consistent method resolution order (MRO) for bases X, Y"
TEST(MroC3, OrderDisagreementNamesRemainingHeads) {
  Hierarchy h;
  ASSERT_TRUE(h.define("O", {}));
  ASSERT_TRUE(h.define("X", {"O"}));
  ASSERT_TRUE(h.define("Y", {"O"}));
  ASSERT_TRUE(h.define("P", {"X", "Y"}));
  ASSERT_TRUE(h.define("Q", {"Y", "X"}));
  Names conflict;
  EXPECT_FALSE(h.define("Z", {"P", "Q"}, &conflict));
  EXPECT_EQ(conflict, (Names{"X", "Y"}));
}

// class W(O, X) where X derives from O: "... for bases O, X"
TEST(MroC3, BaseBeforeItsSubclass) {
  Hierarchy h;
  ASSERT_TRUE(h.define("O", {}));
  ASSERT_TRUE(h.define("X", {"O"}));
  Names conflict;
  EXPECT_FALSE(h.define("W", {"O", "X"}, &conflict));
  EXPECT_EQ(conflict, (Names{"O", "X"}));
}

TEST(MroC3, MergeKeepsLocalPrecedence) {
  std::vector<Names> to_merge = {{"B", "object"}, {"C", "object"}, {"B", "C"}};
  Names out{"D"}, conflict;
  ASSERT_TRUE(c3_merge(to_merge, out, conflict));
  EXPECT_EQ(out, (Names{"D", "B", "C", "object"}));
}

}  // namespace
}  // namespace pywalk
