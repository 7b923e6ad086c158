// Fiber (fiber.h): the separate C++ stacks generator bodies run on. Control
// must go back and forth exactly at resume()/suspend(), locals on the fiber's
// stack must survive suspension, exceptions thrown and caught inside a fiber
// must not disturb the resumer, and finished stacks must be reusable.
#include "pywalk/fiber.h"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace pywalk {
namespace {

struct PingPong {
  std::unique_ptr<Fiber> fiber;
  std::vector<std::string>* log;
  int rounds;
};

void ping_pong_body(void* arg) {
  auto* p = static_cast<PingPong*>(arg);
  std::string local = "fiber-local";  // lives on the fiber's stack across suspends
  for (int i = 0; i < p->rounds; ++i) {
    p->log->push_back("in " + std::to_string(i) + " " + local);
    p->fiber->suspend();
  }
  p->log->push_back("done");
}

TEST(FiberTest, ControlAlternatesAtResumeAndSuspend) {
  std::vector<std::string> log;
  PingPong p{nullptr, &log, 3};
  p.fiber = std::make_unique<Fiber>(&ping_pong_body, &p);
  for (int i = 0; i < 3; ++i) {
    p.fiber->resume();
    log.push_back("out " + std::to_string(i));
  }
  p.fiber->resume();  // runs to the end
  EXPECT_EQ(log, (std::vector<std::string>{"in 0 fiber-local", "out 0", "in 1 fiber-local", "out 1",
                                           "in 2 fiber-local", "out 2", "done"}));
}

void deep_recursion(int n, int* reached) {
  char buffer[256];
  buffer[0] = static_cast<char>(n);
  if (n > 0) deep_recursion(n - 1, reached);
  *reached += buffer[0] == static_cast<char>(n) ? 1 : 0;
}

struct Thrower {
  std::unique_ptr<Fiber> fiber;
  std::string caught;
  int reached = 0;
};

void thrower_body(void* arg) {
  auto* t = static_cast<Thrower*>(arg);
  try {
    deep_recursion(2000, &t->reached);  // well over a page of stack
    throw std::runtime_error("inside the fiber");
  } catch (std::exception& e) {
    t->caught = e.what();
  }
  t->fiber->suspend();
  t->caught += " and resumed";
}

TEST(FiberTest, ExceptionsStayInsideTheFiberAndStacksAreReused) {
  for (int round = 0; round < 50; ++round) {  // more rounds than the pool keeps
    Thrower t;
    t.fiber = std::make_unique<Fiber>(&thrower_body, &t);
    t.fiber->resume();
    EXPECT_EQ(t.caught, "inside the fiber");
    EXPECT_EQ(t.reached, 2001);
    t.fiber->resume();
    EXPECT_EQ(t.caught, "inside the fiber and resumed");
  }
}

struct Nested {
  std::unique_ptr<Fiber> outer, inner;
  std::vector<int> order;
};

void inner_body(void* arg) {
  auto* n = static_cast<Nested*>(arg);
  n->order.push_back(2);
  n->inner->suspend();
  n->order.push_back(4);
}

void outer_body(void* arg) {
  auto* n = static_cast<Nested*>(arg);
  n->order.push_back(1);
  n->inner->resume();  // a fiber resumed from another fiber
  n->order.push_back(3);
  n->outer->suspend();
  n->inner->resume();
  n->order.push_back(5);
}

TEST(FiberTest, AFiberCanResumeAnother) {
  Nested n;
  n.outer = std::make_unique<Fiber>(&outer_body, &n);
  n.inner = std::make_unique<Fiber>(&inner_body, &n);
  n.outer->resume();
  EXPECT_EQ(n.order, (std::vector<int>{1, 2, 3}));
  n.outer->resume();
  EXPECT_EQ(n.order, (std::vector<int>{1, 2, 3, 4, 5}));
}

TEST(FiberTest, ValueWindowStartsUnbound) {
  Fiber f(+[](void*) {}, nullptr);
  EXPECT_TRUE(f.values_begin()[0].is_unbound());
  EXPECT_TRUE(f.values_end()[-1].is_unbound());
  f.resume();  // runs to the end at once
}

}  // namespace
}  // namespace pywalk
