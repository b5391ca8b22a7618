package org.fusabi.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.Op;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.image.ImageWriter;
import org.fusabi.vm.image.ProtoSpec;
import org.fusabi.vm.value.Enumerable;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Values;

/** Calls standard-library natives directly, with Java lambdas standing in for script functions. */
final class Natives {
    private Natives() {}

    static final Library LIB = StandardLibrary.create();
    /** Natives only need an interpreter to call back into function values; one over an empty script will do. */
    static final Interpreter VM = new Interpreter(Image.load(emptyImage(), LIB), System.out);

    private static byte[] emptyImage() {
        ProtoSpec main = new ProtoSpec("main", 1, new byte[0], Kind.REF, new int[0],
                new int[] {Op.abc(Op.LOADU, 0, 0, 0), Op.abc(Op.RET, 0, 0, 0)}, new int[] {0, 0});
        return new ImageWriter(List.of("test.fsx", "main"), new long[0], List.of(main), List.of(), List.of(), 0, 0)
                .write();
    }

    static Object call(String name, Object... args) {
        Native n = LIB.lookup(name);
        assertNotNull(n, name + " is not defined");
        assertEquals(n.arity(), args.length, name + " takes " + n.arity() + " arguments");
        return n.body().call(VM, args);
    }

    /** Asserts that the call fails as a script error, and returns its message. */
    static String failure(String name, Object... args) {
        return assertThrows(ScriptError.class, () -> call(name, args)).getMessage();
    }

    /** Asserts that the call raises a .NET exception, and returns it as .NET's ToString starts: {@code Type: message}. */
    static String raised(String name, Object... args) {
        return assertThrows(ScriptError.class, () -> call(name, args)).exception().toString();
    }

    /** The elements of any collection value (a lazy sequence included), as a list to compare with {@link #same}. */
    static FList items(Object collection) {
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        try (Enumerator e = ((Enumerable) collection).enumerator()) {
            while (e.moveNext()) out.add(e.current());
        }
        return FList.of(out.toArray());
    }

    static Native fn(Function<Object, Object> f) {
        return new Native("f", "'a -> 'b", 1, (vm, a) -> f.apply(a[0]));
    }

    static Native fn2(BiFunction<Object, Object, Object> f) {
        return new Native("f", "'a -> 'b -> 'c", 2, (vm, a) -> f.apply(a[0], a[1]));
    }

    static Native fn3(Function3 f) {
        return new Native("f", "'a -> 'b -> 'c -> 'd", 3, (vm, a) -> f.apply(a[0], a[1], a[2]));
    }

    @FunctionalInterface
    interface Function3 {
        Object apply(Object a, Object b, Object c);
    }

    static FList list(Object... items) {
        return FList.of(items);
    }

    static Tuple tuple(Object... items) {
        return new Tuple(items);
    }

    static UnionValue some(Object x) {
        return UnionValue.some(x);
    }

    static UnionValue ok(Object x) {
        return new UnionValue(UnionType.RESULT, 0, new Object[] {x});
    }

    static UnionValue error(Object x) {
        return new UnionValue(UnionType.RESULT, 1, new Object[] {x});
    }

    /** Structural equality of script values, failing with a readable rendering of both. */
    static void same(Object expected, Object actual) {
        assertTrue(Values.equal(expected, actual), () -> "expected " + render(expected) + " but got " + render(actual));
    }

    static String render(Object v) {
        return switch (v) {
            case FList l -> join("[", l.toArray(), "]");
            case Object[] a -> join("[|", a, "|]");
            case Tuple t -> join("(", t.items, ")");
            case UnionValue u -> u.caseName() + (u.fields.length == 0 ? "" : " " + join("(", u.fields, ")"));
            case String s -> '"' + s + '"';
            case null -> "null";
            default -> v.toString();
        };
    }

    private static String join(String open, Object[] items, String close) {
        StringJoiner out = new StringJoiner("; ", open, close);
        for (Object x : items) out.add(render(x));
        return out.toString();
    }
}
