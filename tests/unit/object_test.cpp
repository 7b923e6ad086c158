// Object model: inline values, reference counts, the cycle collector,
// Env chains and the suggestion algorithm.
#include <gtest/gtest.h>

#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/object.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/set.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/suggestions.h"

namespace pywalk {
namespace {

class ObjectTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (types::object) return;  // another suite already started the runtime
    types::init_builtin_types();
    init_type_methods();
  }
};

TEST_F(ObjectTest, SmallValuesAreInline) {
  Value i = Value::integer(42);
  Value f = Value::floating(0.5);
  EXPECT_TRUE(i.is_int());
  EXPECT_FALSE(i.is_obj());
  EXPECT_TRUE(f.is_float());
  EXPECT_EQ(sizeof(Value), 16u);
  EXPECT_EQ(repr(i), "42");
  EXPECT_EQ(repr(f), "0.5");
  EXPECT_EQ(repr(Value::none()), "None");
  EXPECT_EQ(repr(Value::boolean(true)), "True");
}

TEST_F(ObjectTest, ReferenceCountsFollowCopies) {
  Value s = make_str("hello there");
  Object* o = s.obj();
  EXPECT_EQ(o->refcount, 1u);
  {
    Value copy = s;
    EXPECT_EQ(o->refcount, 2u);
  }
  EXPECT_EQ(o->refcount, 1u);
}

TEST_F(ObjectTest, CollectorFreesSelfReferencingList) {
  gc_collect();
  int64_t before = gc_tracked_count();
  {
    Value l = make_list();
    l.as<ListObject>()->items.push_back(l);  // a = []; a.append(a)
    EXPECT_EQ(repr(l), "[[...]]");
    EXPECT_EQ(gc_tracked_count(), before + 1);
  }
  // Reference counting alone cannot free it...
  EXPECT_EQ(gc_tracked_count(), before + 1);
  // ...the collector does.
  EXPECT_GE(gc_collect(), 1);
  EXPECT_EQ(gc_tracked_count(), before);
}

TEST_F(ObjectTest, CollectorFreesClosureCycleThroughEnv) {
  gc_collect();
  int64_t before = gc_tracked_count();
  {
    // def outer(): def inner(): return inner  -- inner's Env holds inner.
    auto env = make<Env>(nullptr, 1);
    auto fn = make<FunctionObject>();
    fn->closure = env;
    env->slots[0] = fn.value();
  }
  EXPECT_GT(gc_tracked_count(), before);
  gc_collect();
  EXPECT_EQ(gc_tracked_count(), before);
}

TEST_F(ObjectTest, CollectorKeepsReachableObjects) {
  Value outer = make_list();
  {
    Value inner = make_list();
    inner.as<ListObject>()->items.push_back(inner);
    outer.as<ListObject>()->items.push_back(inner);
  }
  gc_collect();
  ASSERT_EQ(outer.as<ListObject>()->items.size(), 1u);
  EXPECT_EQ(repr(outer), "[[[...]]]");
}

TEST_F(ObjectTest, DroppingALongChainDoesNotOverflowTheStack) {
  Value head = make_list();
  for (int i = 0; i < 200000; ++i) {
    Value next = make_list();
    next.as<ListObject>()->items.push_back(head);
    head = next;
  }
  head = Value();  // frees 200,000 nested lists iteratively
  SUCCEED();
}

TEST_F(ObjectTest, DictKeepsInsertionOrderAndFindsEqualKeys) {
  Value d = make_dict();
  auto* dict = d.as<DictObject>();
  dict->set(make_str("b"), Value::integer(1));
  dict->set(Value::integer(1), Value::integer(2));
  dict->set(make_str("a"), Value::integer(3));
  EXPECT_EQ(repr(d), "{'b': 1, 1: 2, 'a': 3}");
  EXPECT_TRUE(dict->get(Value::floating(1.0)).is(Value::integer(2)));  // 1.0 == 1
  EXPECT_TRUE(dict->remove(make_str("b")));
  EXPECT_EQ(repr(d), "{1: 2, 'a': 3}");
}

TEST_F(ObjectTest, UnhashableTypesRaiseTypeError) {
  Value l = make_list();
  try {
    (void)hash(l);
    FAIL() << "hash(list) did not raise";
  } catch (PyException& e) {
    EXPECT_EQ(str(e.exc), "unhashable type: 'list'");
  }
}

TEST_F(ObjectTest, StrHashIsCPythonsWithHashSeedZero) {
  // Expected: PYTHONHASHSEED=0 python3 -c "print(hash('a'), hash('hello'), hash('é'), hash('日本'), hash('😀x'), hash(''))"
  EXPECT_EQ(hash(make_str("a")), 4644417185603328019);
  EXPECT_EQ(hash(make_str("hello")), -2096571579003691106);
  EXPECT_EQ(hash(make_str("é")), 6047309291227476195);
  EXPECT_EQ(hash(make_str("日本")), 6243316497235261705);
  EXPECT_EQ(hash(make_str("😀x")), -8926728262118538918);
  EXPECT_EQ(hash(make_str("")), 0);
}

TEST_F(ObjectTest, SetsOfStringsIterateAsCPythonWithHashSeedZero) {
  // Expected: PYTHONHASHSEED=0 python3 -c "s = set(); [s.add(w) for w in
  //   ['apple','banana','cherry','date','elderberry','fig']]; print(s)"
  Value s = make_set();
  for (const char* w : {"apple", "banana", "cherry", "date", "elderberry", "fig"}) s.as<SetObject>()->add(make_str(w));
  EXPECT_EQ(repr(s), "{'banana', 'apple', 'cherry', 'fig', 'date', 'elderberry'}");
}

TEST(Suggestions, MatchCPythonsChoices) {
  // Expected values from CPython 3.11's NameError/AttributeError suggestions.
  EXPECT_EQ(best_suggestion("pritn", {"print", "len", "repr"}), "print");
  EXPECT_EQ(best_suggestion("lenght", {"length", "len"}), "length");
  EXPECT_EQ(best_suggestion("xyz", {"print", "len"}), "");
  EXPECT_EQ(best_suggestion("Count", {"count"}), "count");
  EXPECT_EQ(best_suggestion("appendd", {"append", "extend"}), "append");
}

}  // namespace
}  // namespace pywalk
