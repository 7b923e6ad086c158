// The Interpreter: walks the resolved AST.
//
// Frames. A call of a user function gets a Frame whose `slots` is a window
// of the interpreter's value stack holding the scope's plain locals
// (parameters first, in co_varnames order). If the scope has cell variables
// the call also creates an Env (objects/function.h) chained to the
// function's defining Env; free variables are read `hops` Envs up from
// `frame.env`. Nothing on this path allocates except that Env, and no name
// is looked up by string except globals and builtins.
//
// Control flow is in the types: exec() returns a [[nodiscard]] Completion
// (Normal, Return, Break, Continue); a return value travels in
// Frame::return_value. Python exceptions are C++ PyException throws; on the
// way out each eval() stamps the innermost failing expression's span on the
// exception, and each function call adds its traceback entry.
//
// Generators (a later issue) will need a frame that outlives one C++ call:
// see docs/architecture.md for how this design suspends one.
#pragma once

#include <csignal>
#include <memory>
#include <string>
#include <vector>

#include "pywalk/ast.h"
#include "pywalk/call.h"
#include "pywalk/errors.h"
#include "pywalk/object.h"
#include "pywalk/objects/dict.h"

namespace pywalk {

struct Env;
struct FunctionObject;
struct GenExprFrame;
struct GeneratorObject;
struct StrObject;

// How much C++ stack the evaluator may use before raising RecursionError
// (main.cpp runs it on a thread whose stack is larger than this).
constexpr size_t kCppStackBudget = size_t(200) << 20;
constexpr int kRecursionLimit = 1000;

enum class Completion : uint8_t { Normal, Return, Break, Continue };

// Records `span` as the failing position of the exception in flight unless
// an inner expression already did (the innermost one wins, as in CPython).
void stamp_position(PyException& e, const Span& span) noexcept;

struct Frame {
  Frame() = default;
  // A frame of `scope` over `slots`: its Env is a new one chained to
  // `parent` when the scope has cell variables, else `parent` itself.
  Frame(const Scope* scope, Value* slots, Env* parent, DictObject* globals, const Module* module);
  Value* slots = nullptr;         // borrowed: this call's window of the value stack
  Env* env = nullptr;             // borrowed: current Env (own_env, or the function's closure)
  Ref<Env> own_env;               // strong: the call's Env when the scope has cellvars
  const Scope* scope = nullptr;   // borrowed (AST)
  DictObject* globals = nullptr;  // borrowed: the module's globals
  const Module* module = nullptr; // borrowed
  // A class body's namespace (borrowed): its names are read there first,
  // then in globals and builtins, as CPython's LOAD_NAME; null elsewhere.
  DictObject* locals = nullptr;
  Value return_value;
};

class Interpreter {
 public:
  Interpreter();
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Runs a resolved module in the __main__ globals. Returns normally, or
  // throws PyException for an uncaught exception (the caller prints it).
  void run_module(const Module& module);
  // Runs one chunk typed at the REPL in the same globals: like run_module,
  // but an expression statement's value is echoed with repr() (unless None)
  // and stored in builtins `_`, as CPython's interactive mode does.
  void run_interactive(const Module& module);
  // exec()/eval() of a string (src/builtins_eval.cpp): runs `module` with
  // `globals`; names are stored in and read first from `locals` when it is
  // another dict (as a class body's). In eval mode the body is one
  // expression statement and its value is returned; exec returns None.
  Value run_code(const Module& module, DictObject* globals, DictObject* locals, bool eval_mode);

  // Ctrl-C: the signal handler only sets this flag; the evaluator checks it
  // at safe points (loop iterations, calls) and raises KeyboardInterrupt.
  static void request_interrupt() noexcept { interrupt_requested_ = 1; }
  static void clear_interrupt() noexcept { interrupt_requested_ = 0; }
  // The exception being handled (innermost except/finally/__exit__), or None:
  // sys.exception().
  Value handled_exception() const { return handled_.empty() ? Value::none() : handled_.back(); }
  // Raises KeyboardInterrupt if Ctrl-C was pressed since the last check: for
  // builtins that wait (time.sleep).
  static void poll_interrupt() {
    if (interrupt_requested_) {
      interrupt_requested_ = 0;
      throw_keyboard_interrupt();
    }
  }
  [[noreturn]] static void throw_keyboard_interrupt();

  Value call_function(FunctionObject* f, CallArgs args);
  // The next value of a generator expression, or Unbound when it is over.
  Value generator_next(GenExprFrame* g);
  // Runs generator g until it yields (returns the value) or its body ends
  // (returns Unbound; the return value is in g->transfer). `sent` is the
  // value of the pending yield; `thrown` (unless Unbound) is raised there
  // instead. The body's exception propagates (generator_run.cpp).
  Value resume_generator(GeneratorObject* g, const Value& sent, const Value& thrown);
  // The body of a generator, on its fiber.
  void run_generator_body(GeneratorObject* g) noexcept;
  DictObject* main_globals() const { return globals_.as<DictObject>(); }
  DictObject* builtins() const { return builtins_.as<DictObject>(); }
  Value current_globals() const;

  // The interpreter that is running (one per process).
  static Interpreter* current() { return current_; }
  // The innermost running Python frame (module, function, class body,
  // comprehension), for super() and dir()/vars() without arguments.
  const Frame* current_frame() const { return frame_; }

 private:
  [[nodiscard]] Completion exec(const Stmt& s, Frame& f);
  [[nodiscard]] Completion exec_block(const StmtList& body, Frame& f);
  [[nodiscard]] Completion exec_for(const ForStmt& s, Frame& f);
  [[nodiscard]] Completion exec_try(const TryStmt& s, Frame& f);
  void exec_function_def(const FunctionDefStmt& s, Frame& f);
  void exec_class_def(const ClassDefStmt& s, Frame& f);
  [[nodiscard]] Completion exec_with(const WithStmt& s, size_t item, Frame& f);
  Value load_class_name(const NameExpr& n, Frame& f);  // a name read in a class body
  void exec_raise(const RaiseStmt& s, Frame& f);
  void exec_import(const ImportStmt& s, Frame& f);
  void exec_import_from(const ImportFromStmt& s, Frame& f);
  void exec_delete(const Expr& target, Frame& f);

  Value eval(const Expr& e, Frame& f);
  // eval() for an operand: a bound local or a materialised constant is read
  // inline, anything else goes through eval().
  Value operand(const Expr& e, Frame& f) {
    if (e.kind == ExprKind::Name) {
      const auto& n = static_cast<const NameExpr&>(e);
      if (n.scope == NameScope::Local && f.slots) {
        const Value& v = f.slots[n.slot];
        if (!v.is_unbound()) return v;
      }
    } else if (e.kind == ExprKind::Constant) {
      const auto& c = static_cast<const ConstantExpr&>(e);
      if (!c.value.is_unbound()) return c.value;
    }
    return eval(e, f);
  }
  Value eval_binop(const BinOpExpr& e, Frame& f);
  Value eval_compare(const CompareExpr& e, Frame& f);
  Value eval_attribute(const AttributeExpr& e, Frame& f);
  Value eval_subscript(const SubscriptExpr& e, Frame& f);
  Value eval_other(const Expr& e, Frame& f);  // the less frequent kinds
  Value eval_name(const NameExpr& e, Frame& f);
  Value eval_call(const CallExpr& e, Frame& f);
  Value eval_call_args(const CallExpr& e, const Value& callee, const Value& self, Frame& f);
  Value eval_constant(const ConstantExpr& e);
  Value eval_joined_str(const JoinedStrExpr& e, Frame& f);
  void append_formatted(std::string& out, const FormattedValueExpr& e, Frame& f);
  Value eval_comprehension(const ComprehensionBase& e, Frame& f);
  void comprehension_loop(const ComprehensionBase& e, size_t level, Frame& f, const Value& result);
  bool comprehension_accepts(const Comprehension& g, const Value& item, Frame& f);
  Value eval_subscript_key(const Expr& slice, Frame& f);
  Value make_function(const Scope* scope, const Arguments& args, const FunctionDefStmt* def, const LambdaExpr* lambda,
                      Frame& f);
  std::vector<Value> eval_sequence_items(const ExprList& elts, Frame& f);

  void assign(const Expr& target, const Value& v, Frame& f);
  void assign_compound(const Expr& target, const Value& v, Frame& f);  // attribute, subscript, tuple/list
  bool assign_parallel(const Expr& target, const Expr& value, Frame& f);  // a, b = x, y
  void unpack(const ExprList& targets, const Value& v, Frame& f);
  void store_name(const std::string& id, NameScope scope, int32_t slot, int32_t hops, const Value& v, Frame& f,
                  const NameExpr* cached = nullptr);
  // Storing to a NameExpr target: its interned name, and for a global its
  // load_global cache (an existing global is overwritten without hashing).
  void store_name(const NameExpr& n, const Value& v, Frame& f) { store_name(n.id, n.scope, n.slot, n.hops, v, f, &n); }
  Value load_global(const NameExpr& e, Frame& f);
  [[noreturn]] void raise_name_error(const std::string& id, Frame& f);
  [[noreturn]] void raise_name_error(TypeObject* type, std::string message, const std::string& id, Frame& f);
  [[noreturn]] void raise_unbound(const NameExpr& n, Frame& f);  // UnboundLocalError / free-variable NameError

  // A call f(a, b) of a user function with exactly its positional
  // parameters: the arguments are evaluated straight into the new frame's
  // slots on the value stack (no argument vector, no binding).
  Value call_simple(FunctionObject* fn, const ExprList& args, Frame& caller);
  // The same for a method: `self` in slot 0, the arguments after it.
  Value call_simple_self(FunctionObject* fn, const Value& self, const ExprList& args, Frame& caller);
  // Whether call e can pass its arguments straight into fn's slots (after
  // `extra` leading ones: 1 for a method's self).
  bool simple_call_shape(const CallExpr& e, const FunctionObject* fn, size_t extra) const;
  // obj.name(args) for an instance of a class whose class defines function
  // `name` (no bound method is made); Unbound when the fast path does not apply.
  Value call_method_fast(const CallExpr& e, const Value& obj, StrObject* name, Frame& f);
  // A(args) for a class with object.__new__ and a plain __init__.
  Value construct_fast(const CallExpr& e, TypeObject* cls, Frame& f);
  // Runs fn's body in a frame whose slots are already bound.
  Value run_frame(FunctionObject* fn, Value* slots);
  // `yield v` in the running generator: suspends it; returns the sent value.
  // `in_handler`: the yield is inside a try/with of its function.
  Value yield_value(Value v, bool in_handler);
  // `yield from src`: delegates to src's iterator; returns its return value.
  Value yield_from(const Value& src, bool in_handler);
  // Suspends the running generator with y as the yielded value; back here at
  // its next resume (an exception to throw is left in running_gen_->thrown;
  // a close() that needs no Python code throws GeneratorUnwind from here).
  void suspend_generator(Value y, bool in_handler);
  // Releases a frame's slots on the value stack: clears them (the value
  // stack above stack_top_ is always all Unbound) and pops them.
  struct SlotGuard {
    Interpreter* in;
    Value* slots;
    size_t n;
    bool on_stack;
    ~SlotGuard() {
      for (size_t i = 0; i < n; ++i) slots[i] = Value();
      if (on_stack) in->stack_top_ = slots;
    }
  };
  void enter_call();  // recursion and C++ stack checks
  // Makes `fr` the current frame for a C++ scope.
  struct FrameScope {
    Interpreter* in;
    Frame* saved;
    FrameScope(Interpreter* i, Frame* fr) : in(i), saved(i->frame_) { in->frame_ = fr; }
    ~FrameScope() { in->frame_ = saved; }
  };
  // One more Python frame for the recursion limit, for a C++ scope.
  struct CallDepth {
    Interpreter* in;
    explicit CallDepth(Interpreter* i) : in(i) { in->enter_call(); }
    ~CallDepth() { in->leave_call(); }
  };
  // Adds frame f's traceback entry to the exception in flight, once per frame
  // (an exception caught in f already has it; a bare `raise` adds none).
  static void add_traceback_entry(PyException& e, const Frame& f);
  // The same, for an exception leaving f.
  static void leave_frame(PyException& e, const Frame& f);
  // Sets the __context__ of an exception that began while handled_.back()
  // was being handled (unless it has one).
  void chain_to_handled(PyException& e);
  // Runs body() (returning its result) with `caught` pushed on handled_;
  // an exception leaving it is chained to `caught`.
  template <typename Body>
  auto while_handling(const Value& caught, Body&& body);
  void check_interrupt() {
    if (interrupt_requested_) raise_keyboard_interrupt();
  }
  [[noreturn]] void raise_keyboard_interrupt();
  void run_body(const Module& module, bool interactive);
  void leave_call() { --depth_; }

  Value globals_;   // strong: __main__'s dict
  Value builtins_;  // strong
  std::unique_ptr<Value[]> stack_;
  Value* stack_top_ = nullptr;
  Value* stack_end_ = nullptr;
  int depth_ = 0;
  char* stack_limit_ = nullptr;  // lowest C++ stack address we allow
  const Module* main_module_ = nullptr;
  Frame* frame_ = nullptr;  // borrowed: the innermost running frame
  GeneratorObject* running_gen_ = nullptr;  // borrowed: the generator whose body runs, if any

  std::vector<Value> handled_;  // exceptions being handled (innermost last), for bare raise and __context__

  static Interpreter* current_;
  static volatile int interrupt_requested_;
  friend Value call_function(FunctionObject* f, CallArgs args);
};

// call() reaches user functions through this.
Value call_function(FunctionObject* f, CallArgs args);
// iter_next() reaches generator expressions through this.
Value generator_next(GenExprFrame* g);

}  // namespace pywalk
