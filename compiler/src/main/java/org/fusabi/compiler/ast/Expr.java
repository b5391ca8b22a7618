package org.fusabi.compiler.ast;

import java.util.List;

/** Expressions. Every node carries the position of its first token (operators: the operator token). */
public sealed interface Expr {
    Pos pos();

    /** A literal: value is a Long, Double, Boolean, Character, String, {@link org.fusabi.vm.value.Unit#VALUE} or {@link Const#NULL}. */
    record Const(Pos pos, Object value) implements Expr {
        /** The value of the literal {@code null} (in patterns too). */
        public static final Object NULL = new Object() {
            @Override
            public String toString() {
                return "null";
            }
        };
    }

    /** An identifier or a dotted chain of identifiers ({@code x}, {@code List.map}, {@code p.X}, {@code s.Length},
     *  {@code M.N.f}); the type checker decides which prefix names a module, a value, a field or a member.
     *  Operators used as values, {@code (+)}, are a single part "+". */
    record Ident(Pos pos, List<String> parts) implements Expr {}

    /** Member or field access on an arbitrary expression: {@code (f x).Length}, {@code xs.[0].Name}. */
    record Dot(Pos pos, Expr target, String member) implements Expr {}

    /** {@code a.[i]} and {@code a[i]} (no space before the bracket). */
    record Index(Pos pos, Expr target, Expr index) implements Expr {}

    /**
     * {@code a.[from..to]} and {@code a[from..to]}, one range a dimension; of a rectangular array also
     * {@code a.[i, 1..]}, where a dimension is a fixed index.
     */
    record Slice(Pos pos, Expr target, List<Range> dims) implements Expr {
        /**
         * A dimension of a slice: {@code from..to}, from or to null when omitted ({@code ..2}, {@code 1..}, both for
         * {@code *}); or, when fixed, the index {@code from}.
         */
        public record Range(Expr from, Expr to, boolean fixed) {}
    }

    /** Application by juxtaposition, one argument at a time: {@code f a b} is App(App(f, a), b).
     *  A method call {@code s.Substring(1, 2)} is App(Ident[s, Substring], Tuple[1, 2]). */
    record App(Pos pos, Expr fn, Expr arg) implements Expr {}

    /** A binary operator application, op as written: "+", "::", "|>", "&&", ":=" (a ref cell's update);
     *  "<-" is not one (see Assign). */
    record Binary(Pos pos, String op, Expr left, Expr right) implements Expr {}

    /** Prefix operators: "-" (negation), "~~~", "!" (a ref cell's contents); {@code not} is an ordinary function. */
    record Unary(Pos pos, String op, Expr operand) implements Expr {}

    /** {@code fun p1 p2 -> body}; also what {@code function | ...} is desugared into (one Var param and a Match). */
    record Lambda(Pos pos, List<Pattern> params, Expr body) implements Expr {}

    /** {@code let [rec] b1 and b2 in body}; body is never null (a block's trailing let gets a unit Const body). */
    record Let(Pos pos, boolean rec, List<Binding> bindings, Expr body) implements Expr {}

    /** {@code use x = e} then body: x is disposed when body ends. */
    record Use(Pos pos, Binding binding, Expr body) implements Expr {}

    /** One binding of a let. For {@code let f a b : t = e}: pattern is Var f, params [a, b], returnType t.
     *  For {@code let (a, b) = e}: pattern is the tuple pattern and params is empty. attributes are those written
     *  before the let or after it ({@code [<Literal>] let X = 1}). */
    record Binding(Pos pos, Pattern pattern, List<Pattern> params, TypeExpr returnType, Expr body, boolean mutable,
                   List<Attribute> attributes) {
        public Binding(Pos pos, Pattern pattern, List<Pattern> params, TypeExpr returnType, Expr body, boolean mutable) {
            this(pos, pattern, params, returnType, body, mutable, List.of());
        }

        public boolean has(String attribute) {
            return attributes.stream().anyMatch(a -> a.is(attribute));
        }
    }

    /** elseBranch is null when there is no else; elif chains nest in elseBranch. */
    record If(Pos pos, Expr cond, Expr thenBranch, Expr elseBranch) implements Expr {}

    record Match(Pos pos, Expr scrutinee, List<Case> cases) implements Expr {}

    /** guard is null when the case has no {@code when}. */
    record Case(Pos pos, Pattern pattern, Expr guard, Expr body) {}

    record Tuple(Pos pos, List<Expr> items) implements Expr {}

    record ListOf(Pos pos, List<Expr> items) implements Expr {}

    record ArrayOf(Pos pos, List<Expr> items) implements Expr {}

    /** {@code [a .. b]}, {@code [a .. s .. b]}, {@code [| a .. b |]}; step is null when absent. */
    record Range(Pos pos, boolean array, Expr from, Expr step, Expr to) implements Expr {}

    /** {@code [ for ... ]} / {@code [| for ... |]}: body is built of For/ForIn/If/Let/Seq/Yield nodes;
     *  {@code for x in xs -> e} is ForIn with a Yield body. */
    record Comprehension(Pos pos, boolean array, Expr body) implements Expr {}

    /** {@code builder { body }}, a computation expression. A builder's body is made of LetBang, Return, YieldFrom and
     *  the nodes below. A {@code seq}'s body is built like a comprehension's (For/ForIn/While/If/Let/Match/TryFinally/
     *  Seq/Yield nodes, and expressions yielded implicitly), or is a Range for {@code seq { a .. b }}; there
     *  {@code yield! e} reaches the checker as {@code for x in e do yield x}. */
    record Computation(Pos pos, Expr builder, Expr body) implements Expr {
        /** Whether this is {@code seq { … }}, which the checker translates itself, not through a builder object. */
        public boolean isSeq() {
            return builder instanceof Ident id && id.parts().equals(List.of("seq"));
        }
    }

    /**
     * In a builder's computation expression: {@code let! p = value} then body (a Bind), {@code use! p = value} (use),
     * {@code do! value} (p the unit pattern; body null, the rest of the block following as a Seq).
     */
    record LetBang(Pos pos, Pattern pattern, Expr value, Expr body, boolean use) implements Expr {}

    /** {@code return e}, or {@code return! e} when bang, in a builder's computation expression. */
    record Return(Pos pos, Expr value, boolean bang) implements Expr {}

    /** {@code yield! e} in a builder's computation expression (elsewhere it is a for loop yielding each item). */
    record YieldFrom(Pos pos, Expr value) implements Expr {}

    /** {@code yield e} inside a comprehension (also the implicit yield of {@code -> e}). */
    record Yield(Pos pos, Expr value) implements Expr {}

    /** {@code first; second} or two lines of a block. */
    record Seq(Pos pos, Expr first, Expr second) implements Expr {}

    /** {@code { X = 1; Y = 2 }}. */
    record Record(Pos pos, List<FieldInit> fields) implements Expr {}

    /** {@code { src with X = 1 }}. */
    record RecordUpdate(Pos pos, Expr source, List<FieldInit> fields) implements Expr {}

    /** {@code {| X = 1; Y = 2 |}}, or {@code {| src with X = 1 |}} when source is not null. */
    record AnonymousRecord(Pos pos, Expr source, List<FieldInit> fields) implements Expr {}

    record FieldInit(Pos pos, String field, Expr value) {}

    /**
     * {@code {}} and {@code { inherit Base(args); field = e }}: an object construction expression, which only a
     * constructor may end with; base is the call of the base class's constructor, or null. A constructor's
     * {@code { field = e }} without inherit is parsed as a {@link Record}.
     */
    record ObjectInit(Pos pos, Expr base, List<FieldInit> fields) implements Expr {}

    /** {@code target <- value}: target is an Ident (mutable local or field path), Dot or Index. */
    record Assign(Pos pos, Expr target, Expr value) implements Expr {}

    record While(Pos pos, Expr cond, Expr body) implements Expr {}

    /** {@code for v = a to b do}, {@code for v = a downto b do}, {@code for v in a .. b do}, {@code for v in a .. s .. b do}.
     *  step is null unless written; down is true for downto. */
    record ForRange(Pos pos, String var, Expr from, Expr step, Expr to, boolean down, Expr body) implements Expr {}

    /** {@code for pat in seq do body}. */
    record ForIn(Pos pos, Pattern pattern, Expr seq, Expr body) implements Expr {}

    record TryWith(Pos pos, Expr body, List<Case> handlers) implements Expr {}

    record TryFinally(Pos pos, Expr body, Expr finalizer) implements Expr {}

    /** Explicit type arguments: {@code Array.zeroCreate<int>}, {@code Map.empty<string, int>}. */
    record TypeApp(Pos pos, Expr target, List<TypeExpr> args) implements Expr {}

    /** {@code (e : t)}. */
    record Typed(Pos pos, Expr expr, TypeExpr type) implements Expr {}

    /** {@code { new IShape with member … }}: an object implementing an interface, its members closing over the scope. */
    record ObjectExpr(Pos pos, TypeExpr type, List<Decl.TypeItem> items) implements Expr {}

    /** {@code e :> T} (upcast), and {@code e :?> T} (downcast, checked when it runs) when down is true. */
    record Cast(Pos pos, Expr expr, TypeExpr type, boolean down) implements Expr {}

    /** {@code e :? T}: whether the value is a T. */
    record TypeTest(Pos pos, Expr expr, TypeExpr type) implements Expr {}

    /** {@code $"a {x} b"}: parts as written, each a String (with {@code %%} already read as {@code %}) or a {@link Hole}. */
    record Interp(Pos pos, List<Object> parts) implements Expr {
        /**
         * One hole: {@code %5d{n}} has spec "%5d"; {@code {x,-7:N2}} has alignment "-7" and format "N2" (.NET's
         * composite formatting); each is null when absent.
         */
        public record Hole(Expr value, String spec, String alignment, String format) {}
    }
}
