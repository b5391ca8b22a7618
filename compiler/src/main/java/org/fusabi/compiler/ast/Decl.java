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

    /**
     * A type definition: its attributes, and its items, what its body declares besides fields and cases (members;
     * for classes also lets and dos).
     */
    record TypeDef(Pos pos, String name, List<String> typeParams, TypeBody body, List<Attribute> attributes, List<TypeItem> items) {
        public TypeDef(Pos pos, String name, List<String> typeParams, TypeBody body) {
            this(pos, name, typeParams, body, List.of(), List.of());
        }

        public TypeDef(Pos pos, String name, List<String> typeParams, TypeBody body, List<Attribute> attributes) {
            this(pos, name, typeParams, body, attributes, List.of());
        }

        public boolean has(String attribute) {
            return attributes.stream().anyMatch(a -> a.is(attribute));
        }
    }

    sealed interface TypeBody {}

    /** A class: its primary constructor's parameters ({@code type Counter(start: int) =}), or null when it has none. */
    record ClassBody(Pattern constructor) implements TypeBody {}

    /** An interface: a type whose items are all {@code abstract} members. */
    record InterfaceBody() implements TypeBody {}

    /** What a type's body declares besides its fields or cases. */
    sealed interface TypeItem {
        Pos pos();
    }

    /** {@code let} bindings of a class, run by its constructor and seen by its members. */
    record LetItem(Pos pos, boolean rec, List<Expr.Binding> bindings) implements TypeItem {}

    /** {@code do e} in a class: run by its constructor. */
    record DoItem(Pos pos, Expr body) implements TypeItem {}

    /**
     * {@code member self.Name params : type = body} (self is null for a static member, "_" for {@code member _.M}).
     * A property has no params; {@code member x.M() = …} has one, the unit pattern; {@code member x.M(a, b)} one
     * tuple pattern; a curried member several. An operator member ({@code static member (+) (a, b)}) is named by its
     * symbol, a prefix one as F# spells it ({@code ~-}). setter is the {@code and set v = …} of a property, or null.
     */
    record Member(Pos pos, boolean isStatic, boolean override, String self, String name, List<Pattern> params,
                  TypeExpr returnType, Expr body, Setter setter) implements TypeItem {}

    record Setter(Pos pos, Pattern param, Expr body) {}

    /** {@code member val Name = init with get, set}: a property with a field of its own. */
    record AutoProperty(Pos pos, String name, TypeExpr type, Expr init, boolean settable) implements TypeItem {}

    /** {@code abstract Name: type} in an interface. */
    record AbstractMember(Pos pos, String name, TypeExpr type) implements TypeItem {}

    /** {@code interface I with member …}: the members implementing interface I. */
    record InterfaceImpl(Pos pos, TypeExpr type, List<Member> members) implements TypeItem {}

    record RecordBody(List<Field> fields) implements TypeBody {}

    record Field(Pos pos, String name, TypeExpr type, boolean mutable) {}

    record UnionBody(List<UnionCase> cases) implements TypeBody {}

    /** A case's fields; fieldNames holds null where a field is unnamed ({@code Rect of w: float * h: float} names both). */
    record UnionCase(Pos pos, String name, List<TypeExpr> fields, List<String> fieldNames) {}

    record AliasBody(TypeExpr type) implements TypeBody {}
}
