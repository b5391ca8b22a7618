package org.fusabi.compiler.ast;

import java.util.List;

/** A type as written in the source: annotations, type definitions, exception fields. */
public sealed interface TypeExpr {
    Pos pos();

    /** A named type with its arguments: {@code int}, {@code int list} (name "list"), {@code Map<string, int>},
     *  {@code int[]} (name "array"), {@code M.T} (name "M.T"). */
    record Named(Pos pos, String name, List<TypeExpr> args) implements TypeExpr {}

    /** A type variable such as {@code 'a}; the name excludes the quote. */
    record Var(Pos pos, String name) implements TypeExpr {}

    record Fun(Pos pos, TypeExpr from, TypeExpr to) implements TypeExpr {}

    record Tuple(Pos pos, List<TypeExpr> items) implements TypeExpr {}

    /**
     * A flexible type: {@code #seq<int>} (var null), or {@code 'r :> IDisposable}, a type variable bounded by a
     * type it must be a subtype of.
     */
    record Flexible(Pos pos, Var var, TypeExpr bound) implements TypeExpr {}

    /** {@code {| Name: string; Age: int |}}. */
    record AnonymousRecord(Pos pos, List<String> fields, List<TypeExpr> types) implements TypeExpr {}
}
