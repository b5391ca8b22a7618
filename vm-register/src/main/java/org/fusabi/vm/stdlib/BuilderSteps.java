package org.fusabi.vm.stdlib;

import java.util.Map;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.Unit;

/**
 * The steps {@code async { }} and {@code task { }} share, as FSharp.Core's builders define them: each is a deferred
 * computation (AsyncModule.Computation) that runs its parts in order when it is run, on the script's one thread.
 * What the builders differ in, how a value of theirs is run and what Return makes, their modules give.
 */
final class BuilderSteps {
    private BuilderSteps() {}

    /** How a builder's value gives its result: runs a deferred computation, or reads a finished one. */
    @FunctionalInterface
    interface Runner {
        Object run(Interpreter vm, Object value);
    }

    /** Delay, Bind, Combine, For, While, TryWith, TryFinally and Using of builder type b over values of type t. */
    static void define(Library lib, String b, String t, Runner run) {
        lib.define(b + "#Delay", b + " -> (unit -> " + t + "<'a>) -> " + t + "<'a>",
                a -> (AsyncModule.Computation) vm -> run.run(vm, vm.apply(a[1], Unit.VALUE)));
        lib.define(b + "#Bind", b + " -> " + t + "<'a> -> ('a -> " + t + "<'b>) -> " + t + "<'b>",
                a -> (AsyncModule.Computation) vm -> run.run(vm, vm.apply(a[2], run.run(vm, a[1]))));
        lib.define(b + "#Combine", b + " -> " + t + "<unit> -> " + t + "<'a> -> " + t + "<'a>", a -> (AsyncModule.Computation) vm -> {
            run.run(vm, a[1]);
            return run.run(vm, a[2]);
        });
        lib.define(b + "#For", b + " -> seq<'a> -> ('a -> " + t + "<unit>) -> " + t + "<unit>", a -> (AsyncModule.Computation) vm -> {
            try (Enumerator e = Items.enumerate(a[1])) {
                while (e.moveNext()) run.run(vm, vm.apply(a[2], e.current()));
            }
            return Unit.VALUE;
        });
        lib.define(b + "#While", b + " -> (unit -> bool) -> " + t + "<unit> -> " + t + "<unit>", a -> (AsyncModule.Computation) vm -> {
            while ((Boolean) vm.apply(a[1], Unit.VALUE)) run.run(vm, a[2]);
            return Unit.VALUE;
        });
        lib.define(b + "#TryWith", b + " -> " + t + "<'a> -> (exn -> " + t + "<'a>) -> " + t + "<'a>", a -> (AsyncModule.Computation) vm -> {
            try {
                return run.run(vm, a[1]);
            } catch (ScriptError e) {
                if (e.isFatal()) throw e;
                return run.run(vm, vm.apply(a[2], e.exception()));
            }
        });
        lib.define(b + "#TryFinally", b + " -> " + t + "<'a> -> (unit -> unit) -> " + t + "<'a>", a -> (AsyncModule.Computation) vm -> {
            try {
                return run.run(vm, a[1]);
            } finally {
                vm.apply(a[2], Unit.VALUE);
            }
        });
        lib.define(b + "#Using", b + " -> 'a -> ('a -> " + t + "<'b>) -> " + t + "<'b>",
                a -> (AsyncModule.Computation) vm -> run.run(vm, vm.apply(a[2], a[1])));
    }

    /**
     * name's variants for a result the script reads as an int[], float[], bool[] or char[]: the array made into the
     * primitive one compiled code of that element type expects (vm.value.ArrayValues).
     */
    static void defineUnboxedResults(Library lib, String name, String signature, Runner run) {
        for (Map.Entry<String, Integer> kind : Map.of("int", (int) Kind.INT, "float", (int) Kind.FLOAT, "bool", (int) Kind.BOOL,
                "char", (int) Kind.CHAR).entrySet()) {
            lib.define(name + Library.unboxedSuffix(kind.getKey()), signature, (vm, a) -> ArrayValues.as(kind.getValue(), run.run(vm, a[0])));
        }
    }
}
