// Value: the unit every part of the evaluator passes around.
//
// A Value is 16 bytes: a tag and a payload. None, booleans, small integers
// (anything that fits in int64) and floats live inline and are never
// heap-allocated; everything else is a pointer to an Object with an
// intrusive reference count. Integers that overflow int64 become IntObject
// (GMP-backed) transparently: `Value::integer` is only ever called with a
// value that fits, and arithmetic promotes on overflow, so an Int-tagged
// value and an IntObject never hold the same number (the canonical form of a
// number that fits in int64 is always the inline one).
//
// `Unbound` marks an empty local or cell slot (a variable that has not been
// assigned yet, or was deleted); it never escapes into Python-visible values.
//
// Ownership: a Value holding an Obj owns one strong reference; copying
// increments, destruction decrements. `Ref<T>` is the same for a typed
// object pointer.
#pragma once

#include <cstdint>
#include <cstring>
#include <utility>

namespace pywalk {

struct Object;
struct TypeObject;

// Frees an object whose count reached zero (object.cpp). Deallocation is
// iterative past a small depth, so dropping a million-deep chain cannot
// overflow the C++ stack.
void object_release(Object* o) noexcept;

struct ObjectHeader {
  uint32_t refcount = 0;
};

enum class Tag : uint8_t { Unbound, None, Bool, Int, Float, Obj };

class Value {
 public:
  Value() noexcept : tag_(Tag::Unbound), i_(0) {}
  static Value none() noexcept { Value v; v.tag_ = Tag::None; return v; }
  static Value boolean(bool b) noexcept { Value v; v.tag_ = Tag::Bool; v.i_ = b ? 1 : 0; return v; }
  static Value integer(int64_t i) noexcept { Value v; v.tag_ = Tag::Int; v.i_ = i; return v; }
  static Value floating(double d) noexcept { Value v; v.tag_ = Tag::Float; v.f_ = d; return v; }
  // Takes a new strong reference to o (o may have count 0, fresh from new).
  explicit Value(Object* o) noexcept;

  Value(const Value& other) noexcept : tag_(other.tag_), i_(other.i_) { incref(); }
  Value(Value&& other) noexcept : tag_(other.tag_), i_(other.i_) { other.tag_ = Tag::Unbound; }
  Value& operator=(const Value& other) noexcept {
    Value tmp(other);
    swap(tmp);
    return *this;
  }
  Value& operator=(Value&& other) noexcept {
    Value tmp(std::move(other));
    swap(tmp);
    return *this;
  }
  ~Value() { decref(); }
  void swap(Value& other) noexcept {
    std::swap(tag_, other.tag_);
    std::swap(i_, other.i_);
  }

  Tag tag() const noexcept { return tag_; }
  bool is_unbound() const noexcept { return tag_ == Tag::Unbound; }
  bool is_none() const noexcept { return tag_ == Tag::None; }
  bool is_bool() const noexcept { return tag_ == Tag::Bool; }
  bool is_int() const noexcept { return tag_ == Tag::Int; }      // small (inline) int only
  bool is_float() const noexcept { return tag_ == Tag::Float; }
  bool is_obj() const noexcept { return tag_ == Tag::Obj; }

  bool as_bool() const noexcept { return i_ != 0; }
  int64_t as_int() const noexcept { return i_; }
  double as_float() const noexcept { return f_; }
  Object* obj() const noexcept { return o_; }  // borrowed
  template <class T>
  T* as() const noexcept { return static_cast<T*>(o_); }  // caller checked the type

  // Identity, as Python's `is` (inline values compare by tag and payload).
  bool is(const Value& other) const noexcept { return tag_ == other.tag_ && i_ == other.i_; }
  // Raw payload bits, for id() and identity hashing.
  uint64_t bits() const noexcept { return static_cast<uint64_t>(i_); }

 private:
  void incref() const noexcept;
  void decref() noexcept;

  Tag tag_;
  union {
    int64_t i_;
    double f_;
    Object* o_;
  };
};

// Strong typed reference to an object (nullptr allowed).
template <class T>
class Ref {
 public:
  Ref() noexcept = default;
  Ref(std::nullptr_t) noexcept {}
  explicit Ref(T* p) noexcept : p_(p) { if (p_) inc(p_); }
  Ref(const Ref& o) noexcept : p_(o.p_) { if (p_) inc(p_); }
  Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  template <class U>
  Ref(const Ref<U>& o) noexcept : p_(o.get()) { if (p_) inc(p_); }
  Ref& operator=(Ref o) noexcept { std::swap(p_, o.p_); return *this; }
  ~Ref() { if (p_) dec(p_); }
  T* get() const noexcept { return p_; }
  T* operator->() const noexcept { return p_; }
  T& operator*() const noexcept { return *p_; }
  explicit operator bool() const noexcept { return p_ != nullptr; }
  Value value() const noexcept { return Value(static_cast<Object*>(p_)); }

 private:
  static void inc(T* p) noexcept;
  static void dec(T* p) noexcept;
  T* p_ = nullptr;
};

}  // namespace pywalk

// Value's inline reference counting needs the full Object (object.h), so
// every file that uses a Value sees those definitions.
#include "pywalk/object.h"  // IWYU pragma: keep
