// Tokens: what the Lexer produces and the Parser consumes.
//
// A Token is a kind, its exact source text (UTF-8) and its Span (1-based
// lines, 0-based columns counted in code points, end exclusive), the same
// positions CPython's tokenizer reports. Keywords are NAME tokens (the
// parser tells them apart, as CPython's soft keywords need); every operator
// and delimiter has its own kind so the parser never compares text.
//
// String tokens keep the whole literal, prefix and quotes included
// (`rb'x'`, `f"{a!r}"`, `'''doc'''`); the parser decodes them with
// string_literal.h. f-strings are single STRING tokens as in CPython 3.11;
// the parser splits them into literal parts and replacement fields.
//
// NL (a newline that ends no logical line), COMMENT and the leading
// ENCODING-free layout tokens exist only for --dump-tokens (Lexer option
// `keep_trivia`); the parser's token stream never contains them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pywalk/ast.h"

namespace pywalk {

#define PYWALK_TOKEN_KINDS(X)                    \
  X(EndMarker, "ENDMARKER", "")                  \
  X(Name, "NAME", "")                            \
  X(Number, "NUMBER", "")                        \
  X(String, "STRING", "")                        \
  X(Newline, "NEWLINE", "")                      \
  X(Indent, "INDENT", "")                        \
  X(Dedent, "DEDENT", "")                        \
  X(NL, "NL", "")                                \
  X(Comment, "COMMENT", "")                      \
  X(LPar, "LPAR", "(")                           \
  X(RPar, "RPAR", ")")                           \
  X(LSqb, "LSQB", "[")                           \
  X(RSqb, "RSQB", "]")                           \
  X(Colon, "COLON", ":")                         \
  X(Comma, "COMMA", ",")                         \
  X(Semi, "SEMI", ";")                           \
  X(Plus, "PLUS", "+")                           \
  X(Minus, "MINUS", "-")                         \
  X(Star, "STAR", "*")                           \
  X(Slash, "SLASH", "/")                         \
  X(VBar, "VBAR", "|")                           \
  X(Amper, "AMPER", "&")                         \
  X(Less, "LESS", "<")                           \
  X(Greater, "GREATER", ">")                     \
  X(Equal, "EQUAL", "=")                         \
  X(Dot, "DOT", ".")                             \
  X(Percent, "PERCENT", "%")                     \
  X(LBrace, "LBRACE", "{")                       \
  X(RBrace, "RBRACE", "}")                       \
  X(EqEqual, "EQEQUAL", "==")                    \
  X(NotEqual, "NOTEQUAL", "!=")                  \
  X(LessEqual, "LESSEQUAL", "<=")                \
  X(GreaterEqual, "GREATEREQUAL", ">=")          \
  X(Tilde, "TILDE", "~")                         \
  X(Circumflex, "CIRCUMFLEX", "^")               \
  X(LeftShift, "LEFTSHIFT", "<<")                \
  X(RightShift, "RIGHTSHIFT", ">>")              \
  X(DoubleStar, "DOUBLESTAR", "**")              \
  X(PlusEqual, "PLUSEQUAL", "+=")                \
  X(MinEqual, "MINEQUAL", "-=")                  \
  X(StarEqual, "STAREQUAL", "*=")                \
  X(SlashEqual, "SLASHEQUAL", "/=")              \
  X(PercentEqual, "PERCENTEQUAL", "%=")          \
  X(AmperEqual, "AMPEREQUAL", "&=")              \
  X(VBarEqual, "VBAREQUAL", "|=")                \
  X(CircumflexEqual, "CIRCUMFLEXEQUAL", "^=")    \
  X(LeftShiftEqual, "LEFTSHIFTEQUAL", "<<=")     \
  X(RightShiftEqual, "RIGHTSHIFTEQUAL", ">>=")   \
  X(DoubleStarEqual, "DOUBLESTAREQUAL", "**=")   \
  X(DoubleSlash, "DOUBLESLASH", "//")            \
  X(DoubleSlashEqual, "DOUBLESLASHEQUAL", "//=") \
  X(At, "AT", "@")                               \
  X(AtEqual, "ATEQUAL", "@=")                    \
  X(RArrow, "RARROW", "->")                      \
  X(Ellipsis, "ELLIPSIS", "...")                 \
  X(ColonEqual, "COLONEQUAL", ":=")              \
  X(Exclamation, "EXCLAMATION", "!")

// Exclamation: Python 3.11 has no `!` token (f-strings are whole STRING
// tokens). The lexer gives this kind to every token CPython 3.11's tokenizer
// passes to its parser but no grammar rule accepts: a lone `!`, `$`, `?`,
// `` ` `` and `<>` (tokenized as NOTEQUAL, then rejected); its text is the
// source text, so the parser reports "invalid syntax" there as CPython does.
enum class TokenKind : uint8_t {
#define X(kind, name, text) kind,
  PYWALK_TOKEN_KINDS(X)
#undef X
};

// CPython's token name ("NAME", "LPAR", ...), as token.tok_name.
const char* token_kind_name(TokenKind k);
// True for every operator/delimiter kind (CPython's generic OP).
bool is_operator(TokenKind k);

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  std::string text;  // exact source text, UTF-8 (empty for INDENT's... see dump)
  Span span;
};

}  // namespace pywalk
