package org.fusabi.compiler.core;

import java.util.List;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.Native;

/**
 * The typed, resolved and desugared program the type checker hands to the code generator: every name is bound
 * to its {@link Var}, native or constructor, and every node knows its type.
 */
public sealed interface Core {
    Type type();

    record Lit(Object value, Type type) implements Core {}

    record Ref(Var var, Type type, Pos pos) implements Core {}

    /** A native function used as a value or called; {@code name} may be an overload such as {@code List.sum@float}. */
    record NativeRef(Native fn, Type type, Pos pos) implements Core {}

    /** Application of a function to one or more arguments (curried applications flattened). */
    record App(Core fn, List<Core> args, Type type, Pos pos) implements Core {}

    record Lambda(List<Var> params, Core body, Type type, String name, Pos pos) implements Core {}

    record Let(Var var, Core value, Core body, Type type) implements Core {}

    record LetRec(List<Var> vars, List<Lambda> functions, Core body, Type type) implements Core {}

    record If(Core cond, Core then, Core otherwise, Type type) implements Core {}

    record Seq(Core first, Core second, Type type) implements Core {}

    record Op(Prim op, List<Core> args, Type type, Pos pos) implements Core {}

    record Tuple(List<Core> items, Type type) implements Core {}

    record Match(Core scrutinee, List<Clause> clauses, Type type, Pos pos) implements Core {}

    record Clause(CPat pattern, Core guard, Core body) {}

    record Record(TypeDecl.Record decl, List<Core> fields, Type type, Pos pos) implements Core {}

    record GetField(Core target, int index, Type type, Pos pos) implements Core {}

    record SetField(Core target, int index, Core value, Type type, Pos pos) implements Core {}

    /** A union case (Some, None, Ok, Error and exceptions included) applied to all its fields. */
    record Ctor(TypeDecl.Case ctor, List<Core> args, Type type, Pos pos) implements Core {}

    record Assign(Var var, Core value, Type type) implements Core {}

    record While(Core cond, Core body, Type type) implements Core {}

    /** {@code for var = from to/downto limit}, with an optional step (step may be any int expression). */
    record For(Var var, Core from, Core step, Core limit, boolean down, Core body, Type type, Pos pos) implements Core {}

    /** {@code for elem in seq do body} over a list or an array; the element is bound by a pattern. */
    record ForEach(Var element, boolean array, Core seq, Core body, Type type, Pos pos) implements Core {}

    /** printf-family output: {@code kind} is one of {@link #SPRINTF} ... */
    record Format(int kind, String format, List<Core> args, Type type, Pos pos) implements Core {}

    int SPRINTF = -1;
    int PRINTF = 0;
    int PRINTFN = 1;
    int EPRINTF = 2;
    int EPRINTFN = 3;
    int FAILWITHF = 4;

    record Fail(Core message, Type type, Pos pos) implements Core {}

    record MatchFail(Type type, Pos pos) implements Core {}

    record TryWith(Core body, Var exn, Core handler, Type type, Pos pos) implements Core {}

    record TryFinally(Core body, Core finalizer, Type type, Pos pos) implements Core {}

    /**
     * A member lookup whose target's type was not known where it was written ({@code fun s -> s.Length} before the
     * lambda's argument type is known): the checker fills in {@link #resolved} once the type is known, before the
     * end of the enclosing binding, so code generation only ever sees resolved ones.
     */
    final class Deferred implements Core {
        private final Type type;
        private Core resolved;

        public Deferred(Type type) {
            this.type = type;
        }

        @Override
        public Type type() {
            return type;
        }

        public Core resolved() {
            if (resolved == null) throw new IllegalStateException("member lookup never resolved");
            return resolved;
        }

        public boolean isResolved() {
            return resolved != null;
        }

        public void resolve(Core c) {
            resolved = c;
        }
    }
}
