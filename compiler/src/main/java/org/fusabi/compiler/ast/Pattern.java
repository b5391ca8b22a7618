package org.fusabi.compiler.ast;

import java.util.List;

/** Patterns of match cases, lambda and let parameters, let bindings and for loops. */
public sealed interface Pattern {
    Pos pos();

    record Wild(Pos pos) implements Pattern {}

    /** A variable binding (a lower-case identifier not naming a union case in scope). */
    record Var(Pos pos, String name) implements Pattern {}

    /** A literal: value is a Long, Double, Boolean, Character, String, or {@link org.fusabi.vm.value.Unit#VALUE}. */
    record Const(Pos pos, Object value) implements Pattern {}

    record Tuple(Pos pos, List<Pattern> items) implements Pattern {}

    /** {@code [a; b; c]}, and {@code []} when items is empty. */
    record ListOf(Pos pos, List<Pattern> items) implements Pattern {}

    record Cons(Pos pos, Pattern head, Pattern tail) implements Pattern {}

    /** {@code [| a; b |]}. */
    record ArrayOf(Pos pos, List<Pattern> items) implements Pattern {}

    /** A union case, exception or {@code Some/None/Ok/Error}, possibly qualified ({@code Shape.Circle});
     *  arg is null for a case without arguments, a {@link Tuple} when several are written. */
    record Ctor(Pos pos, String name, Pattern arg) implements Pattern {}

    /** A name applied to several patterns, {@code Prefix "cmd:" rest}: a parameterised active pattern, its
     *  arguments (patterns read as expressions) and then its result pattern. */
    record Apply(Pos pos, String name, List<Pattern> args) implements Pattern {}
    /** A union case's fields by name, {@code Rect (w = 2.0; h = h)}: only ever the arg of a {@link Ctor}. */
    record NamedFields(Pos pos, List<FieldPat> fields) implements Pattern {}

    /** {@code { X = p; Y = q }}. */
    record Record(Pos pos, List<FieldPat> fields) implements Pattern {}

    record FieldPat(Pos pos, String field, Pattern pattern) {}

    record As(Pos pos, Pattern pattern, String name) implements Pattern {}

    record Or(Pos pos, Pattern left, Pattern right) implements Pattern {}

    /** {@code p1 & p2}: the value matches both. */
    record And(Pos pos, Pattern left, Pattern right) implements Pattern {}

    /** {@code :? Type}: the value is an exception of that .NET type, or of a type derived from it. */
    record TypeTest(Pos pos, String type) implements Pattern {}

    /** {@code ?name}, an optional parameter of a member or constructor: an option inside, omitted or given by callers. */
    record Optional(Pos pos, String name) implements Pattern {}

    /** {@code (p : type)}. */
    record Typed(Pos pos, Pattern pattern, TypeExpr type) implements Pattern {}
}
