package org.fusabi.compiler.types;

import java.util.List;

/** Types during and after inference. Type variables are mutable cells bound by unification; see {@link #prune}. */
public sealed interface Type permits Type.Var, Type.Con, Type.Fun, Type.Tuple {

    /** A type variable. Bound variables point at their instance; {@code level} drives let-generalisation. */
    final class Var implements Type {
        private static int counter;
        public final int id = ++counter;
        public Type instance;
        public int level;
        /** Overloaded operators restrict a variable to a few types and default it to int when left open. */
        public Constraint constraint = Constraint.NONE;

        public Var(int level) {
            this.level = level;
        }

        @Override
        public String toString() {
            return TypePrinter.print(this);
        }
    }

    /** A named type with arguments: int, string, 'a list, Map<'k,'v>, and the script's records and unions. */
    record Con(String name, List<Type> args, TypeDecl decl) implements Type {
        public Con(String name, List<Type> args) {
            this(name, args, null);
        }

        @Override
        public String toString() {
            return TypePrinter.print(this);
        }
    }

    record Fun(Type from, Type to) implements Type {
        @Override
        public String toString() {
            return TypePrinter.print(this);
        }
    }

    record Tuple(List<Type> items) implements Type {
        @Override
        public String toString() {
            return TypePrinter.print(this);
        }
    }

    /** The type classes of F#'s overloaded operators and format holes: each admits a few types, and defaults to one. */
    enum Constraint {
        NONE,
        /** Any numeric type: - * / % and unary minus. */
        NUMERIC,
        /** A numeric type, string or char: the + operator. */
        ADDABLE,
        /** An integer type or char: the bitwise operators. */
        INTEGER,
        /** An integer type of .NET's own (not bigint): {@code %d}, {@code %x} and the other integer holes. */
        BASIC_INTEGER,
        /** float, float32 or decimal: {@code %f}, {@code %e}, {@code %g}; float by default. */
        FLOATING,
        /**
         * An integer literal without a suffix: an int, or an int32 where one is expected, so that F# code written for
         * a 32-bit int ({@code int32 x = 0}, {@code Int32.MaxValue - 1}) means what it means in F#.
         */
        INT_LITERAL,
        /** A type that has null as a proper value (F#'s {@code 'T : null}): the type of {@code null}. */
        NULL,
        /**
         * Any type, int if still open: the element type of {@code Array.zeroCreate}'s array, whose zero the native's
         * variant for that type gives.
         */
        ANY_INT_DEFAULT;

        /** Whether a type meets the constraint: a numeric one only types without arguments, null a reference type. */
        public boolean admits(Type t) {
            if (this == NULL) return Nullness.admits(t);
            if (this == ANY_INT_DEFAULT) return true;
            return t instanceof Con c && c.args().isEmpty() && admits(c.name());
        }

        public boolean admits(String con) {
            return switch (this) {
                case NONE -> true;
                case NUMERIC -> NumericTypes.isNumeric(con);
                case ADDABLE -> NumericTypes.isNumeric(con) || con.equals("string") || con.equals("char");
                case INTEGER -> NumericTypes.INTEGERS.contains(con) || con.equals("char");
                case BASIC_INTEGER -> NumericTypes.INTEGERS.contains(con) && !con.equals("bigint");
                case FLOATING -> NumericTypes.FLOATS.contains(con);
                case INT_LITERAL -> con.equals("int") || con.equals("int32");
                case NULL -> Nullness.admits(con);
                case ANY_INT_DEFAULT -> true;
            };
        }

        /** The constraint of a variable that must meet both, or null when no type does. */
        public Constraint meet(Constraint other) {
            if (within(other)) return this;
            if (other.within(this)) return other;
            if (this == INTEGER && other == NUMERIC || this == NUMERIC && other == INTEGER) return INTEGER;
            return null;
        }

        /** Whether every type this admits the other admits too. */
        private boolean within(Constraint other) {
            if (this == NONE) return other == NONE;
            if (this == ANY_INT_DEFAULT || other == ANY_INT_DEFAULT) return other == NONE || other == ANY_INT_DEFAULT;
            return other == NONE || other == this || other == ADDABLE
                    || other == NUMERIC && (this == BASIC_INTEGER || this == FLOATING || this == INT_LITERAL)
                    || (other == INTEGER || other == BASIC_INTEGER) && (this == BASIC_INTEGER || this == INT_LITERAL);
        }

        /** The type an open variable of this constraint becomes. */
        public Type defaultType() {
            return this == FLOATING ? FLOAT : this == NULL ? OBJECT : INT;
        }
    }

    Type INT = new Con("int", List.of());
    Type FLOAT = new Con("float", List.of());
    Type BOOL = new Con("bool", List.of());
    Type CHAR = new Con("char", List.of());
    Type STRING = new Con("string", List.of());
    Type UNIT = new Con("unit", List.of());
    Type EXN = new Con("exn", List.of());
    /** obj, .NET's System.Object. */
    Type OBJECT = new Con("Object", List.of());

    static Type list(Type t) {
        return new Con("list", List.of(t));
    }

    static Type array(Type t) {
        return new Con("array", List.of(t));
    }

    static Type option(Type t) {
        return new Con("option", List.of(t));
    }

    static Type ref(Type t) {
        return new Con("ref", List.of(t));
    }

    static Type fun(Type... types) {
        Type t = types[types.length - 1];
        for (int i = types.length - 2; i >= 0; i--) t = new Fun(types[i], t);
        return t;
    }

    /** Follows bound variables to the representative type (with path compression). */
    static Type prune(Type t) {
        if (t instanceof Var v && v.instance != null) {
            v.instance = prune(v.instance);
            return v.instance;
        }
        return t;
    }

    /** The type with every bound variable replaced by its instance, for code generation and printing. */
    static Type resolve(Type t) {
        t = prune(t);
        return switch (t) {
            case Var v -> v;
            case Con c -> c.args().isEmpty() ? c : new Con(c.name(), c.args().stream().map(Type::resolve).toList(), c.decl());
            case Fun f -> new Fun(resolve(f.from()), resolve(f.to()));
            case Tuple tu -> new Tuple(tu.items().stream().map(Type::resolve).toList());
        };
    }
}
