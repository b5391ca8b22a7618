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

    /**
     * {@code module M =}; rec for {@code module rec M}, whose declarations may all refer to each other; header when
     * it is a file's first line {@code module M} over the rest of the file.
     */
    record Module(Pos pos, String name, List<Decl> body, List<Attribute> attributes, boolean rec, boolean header) implements Decl {
        public Module(Pos pos, String name, List<Decl> body) {
            this(pos, name, body, List.of(), false, false);
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

    /**
     * A class: its primary constructor's parameters ({@code type Counter(start: int) =}), or null when it has none;
     * self is the name {@code type C() as self =} gives the object in the constructor and members, or null.
     */
    record ClassBody(Pattern constructor, String self) implements TypeBody {}

    /** An interface: a type whose items are all {@code abstract} members. */
    record InterfaceBody() implements TypeBody {}

    /** What a type's body declares besides its fields or cases. */
    sealed interface TypeItem {
        Pos pos();
    }

    /** {@code let} bindings of a class, run by its constructor and seen by its members; {@code static let} once, where the type is declared. */
    record LetItem(Pos pos, boolean rec, List<Expr.Binding> bindings, boolean isStatic) implements TypeItem {}

    /** {@code do e} in a class: run by its constructor; {@code static do} once, where the type is declared. */
    record DoItem(Pos pos, Expr body, boolean isStatic) implements TypeItem {}

    /**
     * {@code val [mutable] name : type}, a field of a class that its constructors set ({@code { name = e }}), or with
     * {@code [<DefaultValue>]} starting at the type's zero; a {@code static val} is one value of the type.
     */
    record ValField(Pos pos, String name, TypeExpr type, boolean mutable, boolean isStatic, boolean defaultValue) implements TypeItem {}

    /**
     * {@code new(params) [as self] = body [then after]}: a constructor besides the primary one, whose body calls
     * another ({@code MyClass(x, 0)}), or in a class without a primary one ends in {@code { field = e; … }}.
     */
    record Constructor(Pos pos, Pattern params, String self, Expr body, Expr then) implements TypeItem {}

    /** {@code inherit Base(args)}: the base class and, when the class has a primary constructor, its arguments (else null). */
    record Inherit(Pos pos, TypeExpr base, Expr args) implements TypeItem {}

    /**
     * {@code member self.Name params : type = body} (self is null for a static member, "_" for {@code member _.M}).
     * A property has no params; {@code member x.M() = …} has one, the unit pattern; {@code member x.M(a, b)} one
     * tuple pattern; a curried member several. An operator member ({@code static member (+) (a, b)}) is named by its
     * symbol, a prefix one as F# spells it ({@code ~-}). setter is the {@code and set v = …} of a property, or null;
     * an indexed property ({@code with get(i) = …}) has its getter's parameters as params.
     */
    record Member(Pos pos, boolean isStatic, boolean override, String self, String name, List<Pattern> params,
                  TypeExpr returnType, Expr body, Setter setter) implements TypeItem {}

    /** {@code and set v = …}, or for an indexed property {@code set i v = …}: index holds its parameters before the value. */
    record Setter(Pos pos, List<Pattern> index, Pattern param, Expr body) {}

    /** {@code member val Name = init with get, set}: a property with a field of its own; a static one is one value of the type. */
    record AutoProperty(Pos pos, String name, TypeExpr type, Expr init, boolean settable, boolean isStatic) implements TypeItem {}

    /** {@code abstract Name: type} in an interface, or a class's virtual member (its {@code default} implements it). */
    record AbstractMember(Pos pos, String name, TypeExpr type) implements TypeItem {}

    /** {@code interface I with member …}: the members implementing interface I. */
    record InterfaceImpl(Pos pos, TypeExpr type, List<Member> members) implements TypeItem {}

    record RecordBody(List<Field> fields) implements TypeBody {}

    record Field(Pos pos, String name, TypeExpr type, boolean mutable) {}

    record UnionBody(List<UnionCase> cases) implements TypeBody {}

    /** A case's fields; fieldNames holds null where a field is unnamed ({@code Rect of w: float * h: float} names both). */
    record UnionCase(Pos pos, String name, List<TypeExpr> fields, List<String> fieldNames) {}

    record AliasBody(TypeExpr type) implements TypeBody {}

    /** An enum, {@code Red = 0 | Green = 1}: its cases and their constants. */
    record EnumBody(List<EnumCase> cases) implements TypeBody {}

    record EnumCase(Pos pos, String name, Object value) {}

    /** {@code type T with member … end}: members added to a type declared before (an intrinsic or optional extension). */
    record ExtensionBody() implements TypeBody {}
}
