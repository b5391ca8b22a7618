package org.fusabi.compiler.ast;

import java.util.List;

/** Top-level and module-level declarations of a script. */
public sealed interface Decl {
    Pos pos();

    record Let(Pos pos, boolean rec, List<Expr.Binding> bindings) implements Decl {}

    /** A top-level expression statement, including {@code do e}. */
    record Do(Pos pos, Expr expr) implements Decl {}

    /** {@code type A = ... and B = ...}. */
    record Types(Pos pos, List<TypeDef> defs) implements Decl {}

    /** {@code exception E of string * int}; fields is empty for {@code exception E}. */
    record Exception(Pos pos, String name, List<TypeExpr> fields) implements Decl {}

    record Module(Pos pos, String name, List<Decl> body, List<Attribute> attributes) implements Decl {
        public Module(Pos pos, String name, List<Decl> body) {
            this(pos, name, body, List.of());
        }

        public boolean has(String attribute) {
            return attributes.stream().anyMatch(a -> a.is(attribute));
        }
    }

    record Open(Pos pos, List<String> path) implements Decl {}

    record TypeDef(Pos pos, String name, List<String> typeParams, TypeBody body, List<Attribute> attributes) {
        public TypeDef(Pos pos, String name, List<String> typeParams, TypeBody body) {
            this(pos, name, typeParams, body, List.of());
        }

        public boolean has(String attribute) {
            return attributes.stream().anyMatch(a -> a.is(attribute));
        }
    }

    sealed interface TypeBody {}

    record RecordBody(List<Field> fields) implements TypeBody {}

    record Field(Pos pos, String name, TypeExpr type, boolean mutable) {}

    record UnionBody(List<UnionCase> cases) implements TypeBody {}

    /** A case's fields; fieldNames holds null where a field is unnamed ({@code Rect of w: float * h: float} names both). */
    record UnionCase(Pos pos, String name, List<TypeExpr> fields, List<String> fieldNames) {}

    record AliasBody(TypeExpr type) implements TypeBody {}
}
