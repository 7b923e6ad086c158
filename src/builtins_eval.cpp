// eval() and exec() of source strings, and SyntaxError exceptions made from
// compile errors (see builtins_eval.h).
//
// The source is parsed with the file name "<string>" (eval: one expression;
// exec: statements), resolved as a module, and run in a frame whose globals
// are the given dict (default: the caller's), with `locals` as a class
// body's namespace when it is another dict. Compiled modules are kept for
// the rest of the run (functions, tracebacks and generator expressions
// point into their AST), one per distinct (mode, source), so eval() in a
// loop compiles once.
#include "pywalk/builtins_eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>

#include "pywalk/builtins.h"
#include "pywalk/diagnostics.h"
#include "pywalk/errors.h"
#include "pywalk/gc.h"
#include "pywalk/interpreter.h"
#include "pywalk/objects/dict.h"
#include "pywalk/objects/exception.h"
#include "pywalk/objects/function.h"
#include "pywalk/objects/list.h"
#include "pywalk/objects/str.h"
#include "pywalk/ops.h"
#include "pywalk/parser.h"
#include "pywalk/pywalk.h"
#include "pywalk/resolver.h"
#include "pywalk/traceback.h"

namespace pywalk {

Value Interpreter::run_code(const Module& module, DictObject* globals, DictObject* locals, bool eval_mode) {
  CallDepth depth(this);
  Frame frame;
  frame.scope = module.scope.get();
  frame.globals = globals;
  frame.locals = locals == globals ? nullptr : locals;
  frame.module = &module;
  FrameScope current(this, &frame);
  try {
    if (eval_mode) {
      const Stmt& s = *module.body[0];
      try {
        return eval(*as<ExprStmt>(s).value, frame);
      } catch (PyException& e) {
        stamp_position(e, s.span);
        throw;
      }
    }
    for (const StmtPtr& s : module.body) {
      Completion c = exec(*s, frame);
      (void)c;  // the resolver rejects return/break/continue at module level
      gc_maybe_collect();
    }
  } catch (PyException& e) {
    leave_frame(e, frame);
    throw;
  }
  return Value::none();
}

Value syntax_error_from(const CompileError& e, bool newline_in_text) {
  if (e.type == "RecursionError") return make_exception(exc::RecursionError, e.msg);
  if (e.type == "MemoryError") return make_exception_args(exc::MemoryError, empty_tuple());
  if (e.type == "NotImplementedError") return make_exception(exc::NotImplementedError, e.msg);
  TypeObject* t = e.type == "IndentationError" ? exc::IndentationError
                  : e.type == "TabError"       ? exc::TabError
                                               : exc::SyntaxError;
  std::string text = e.text;
  if (newline_in_text && e.line > 0) text += '\n';
  Value details = make_tuple({make_str(e.filename), Value::integer(e.line), Value::integer(e.offset), make_str(text),
                              Value::integer(e.end_line), Value::integer(e.end_offset)});
  Value exc = make_exception_args(t, make_tuple({make_str(e.msg), details}));
  set_exception_attr(exc, "msg", make_str(e.msg));
  set_exception_attr(exc, "filename", make_str(e.filename));
  set_exception_attr(exc, "lineno", Value::integer(e.line));
  set_exception_attr(exc, "offset", Value::integer(e.offset));
  set_exception_attr(exc, "text", make_str(text));
  set_exception_attr(exc, "end_lineno", Value::integer(e.end_line));
  set_exception_attr(exc, "end_offset", Value::integer(e.end_offset));
  set_exception_attr(exc, "print_file_and_line", Value::none());
  return exc;
}

namespace {

// An attribute syntax_error_from() stored, or Unbound.
Value stored_attr(const Value& exc, const char* name) {
  auto* e = exc.as<ExceptionObject>();
  if (!is_dict(e->dict)) return Value();
  return as_dict(e->dict)->get_str(intern(name));
}

int int_attr(const Value& exc, const char* name) {
  Value v = stored_attr(exc, name);
  return v.is_int() ? static_cast<int>(v.as_int()) : 0;
}

}  // namespace

bool syntax_error_str(const Value& exc, std::string& out) {
  Value msg = stored_attr(exc, "msg");
  Value filename = stored_attr(exc, "filename");
  Value lineno = stored_attr(exc, "lineno");
  if (!is_str(msg) || !is_str(filename) || !lineno.is_int()) return false;
  std::string_view f = as_str(filename)->view();
  size_t slash = f.rfind('/');
  if (slash != std::string_view::npos) f.remove_prefix(slash + 1);
  out = fmt::format("{} ({}, line {})", as_str(msg)->view(), f, lineno.as_int());
  return true;
}

bool syntax_error_display(const Value& exc, std::string& location, std::string& msg) {
  Value m = stored_attr(exc, "msg");
  Value filename = stored_attr(exc, "filename");
  Value text = stored_attr(exc, "text");
  if (!is_str(m) || !is_str(filename) || !stored_attr(exc, "lineno").is_int()) return false;
  CompileError ce("SyntaxError", as_str(m)->data, as_str(filename)->data, int_attr(exc, "lineno"),
                  int_attr(exc, "offset"), int_attr(exc, "end_lineno"), int_attr(exc, "end_offset"),
                  is_str(text) ? as_str(text)->data : std::string());
  if (exc.obj()->type->is_subtype_of(exc::IndentationError)) ce.type = "IndentationError";
  std::string full = format_syntax_error(ce);
  // Everything but the last line ("SyntaxError: msg\n").
  size_t cut = full.rfind('\n', full.size() - 2);
  location = cut == std::string::npos ? std::string() : full.substr(0, cut + 1);
  msg = ce.msg;
  return true;
}

namespace {

std::map<std::string, std::unique_ptr<Module>>& compiled_modules() {
  static auto* modules = new std::map<std::string, std::unique_ptr<Module>>();  // never freed: see the top
  return *modules;
}

const Module& compile_string(std::string source, bool eval_mode) {
  if (eval_mode) {  // eval() ignores leading spaces and tabs
    size_t i = source.find_first_not_of(" \t");
    source.erase(0, i == std::string::npos ? source.size() : i);
  }
  std::string key = (eval_mode ? "e" : "x") + source;
  auto& cache = compiled_modules();
  auto it = cache.find(key);
  if (it != cache.end()) return *it->second;
  std::unique_ptr<Module> module;
  try {
    std::vector<std::string> warnings;
    module = parse_source_mode(source, "<string>", &warnings, eval_mode);
    for (const std::string& w : warnings) write_stderr(w);
    Resolver resolver(*module);
    resolver.resolve();
    for (const std::string& w : resolver.warnings()) write_stderr(w);
  } catch (const CompileError& e) {
    // exec compiles the text as a file (each line keeps its newline); eval keeps the newline of a line that has one.
    bool newline = !eval_mode || e.line < static_cast<int>(std::count(source.begin(), source.end(), '\n')) + 1 ||
                   (!source.empty() && source.back() == '\n');
    if (source.empty()) {  // CPython reports the empty input at line 0
      CompileError at_zero = e;
      at_zero.line = at_zero.end_line = 0;
      raise_value(syntax_error_from(at_zero, false));
    }
    raise_value(syntax_error_from(e, newline));
  }
  return *cache.emplace(std::move(key), std::move(module)).first->second;
}

Value run_string(const char* fname, CallArgs args, bool eval_mode) {
  static constexpr std::array<const char*, 3> kNames = {"source", "globals", "locals"};
  Value a[3];
  if (eval_mode) {  // eval(source, globals=None, locals=None, /): _PyArg_CheckPositional's wording
    ArgParser("eval", args).no_keywords();
    check_positional("eval", args.positional.size(), 1, 3);
  }
  unpack_args(fname, args, kNames, 3, 1, 3, a);
  const Value& source = a[0];
  if (!is_str(source))
    raise_type_error(fmt::format("{}() arg 1 must be a string, bytes or code object", fname));
  Interpreter* in = Interpreter::current();
  Value globals = a[1].is_unbound() ? Value::none() : a[1];
  Value locals = a[2].is_unbound() ? Value::none() : a[2];
  if (!globals.is_none() && !is_dict(globals))
    raise_type_error(eval_mode ? "globals must be a real dict; try eval(expr, {}, mapping)"
                               : fmt::format("exec() globals must be a dict, not {}", type_name(globals)));
  if (!locals.is_none() && !is_dict(locals) && getattr_or_unbound(locals, intern("__getitem__")).is_unbound())
    raise_type_error("locals must be a mapping");
  if (!locals.is_none() && !is_dict(locals))
    raise(exc::NotImplementedError, fmt::format("{}(): pywalk supports only a dict as locals", fname));
  if (globals.is_none()) {
    const Frame* f = in->current_frame();
    globals = Value(static_cast<Object*>(f ? f->globals : in->main_globals()));
    if (locals.is_none()) locals = call0(in->builtins()->get_str(intern("locals")));
  } else if (locals.is_none()) {
    locals = globals;
  }
  DictObject* g = as_dict(globals);
  if (g->get_str(intern("__builtins__")).is_unbound())
    g->set_str(intern("__builtins__"), Value(static_cast<Object*>(in->builtins())));
  const Module& module = compile_string(as_str(source)->data, eval_mode);
  return in->run_code(module, g, as_dict(locals), eval_mode);
}

Value builtin_eval(const Value&, CallArgs args) { return run_string("eval", args, true); }

Value builtin_exec(const Value&, CallArgs args) { return run_string("exec", args, false); }

}  // namespace

void register_builtins_eval(DictObject* b) {
  add_builtin(b, "eval", &builtin_eval);
  add_builtin(b, "exec", &builtin_exec);
}

}  // namespace pywalk
