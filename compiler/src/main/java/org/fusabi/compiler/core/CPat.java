package org.fusabi.compiler.core;

import java.util.List;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;

/** Resolved patterns: constructors point at their declarations, variables at their {@link Var}s. */
public sealed interface CPat {
    record Wild() implements CPat {}

    /** Binds the matched value to var after the inner pattern matched (a plain variable has a Wild inner). */
    record Bind(Var var, CPat inner) implements CPat {}

    record Lit(Object value, Type type) implements CPat {}

    record Tuple(List<CPat> items) implements CPat {}

    record Nil() implements CPat {}

    record Cons(CPat head, CPat tail) implements CPat {}

    record Case(TypeDecl.Case ctor, List<CPat> args) implements CPat {}

    record Record(List<Integer> indexes, List<CPat> fields) implements CPat {}

    record Array(List<CPat> items) implements CPat {}

    record Or(CPat left, CPat right) implements CPat {}

    /** An active pattern: applies {@code function} (of type {@code input -> result}) to the matched value and
     *  matches what it returns against {@code result}. */
    record View(Core function, Type input, CPat result, Type resultType) implements CPat {}
    /** A type test on an exception: the native Exn.isType says whether the value is of the named class. */
    record TypeTest(String type) implements CPat {}
}
