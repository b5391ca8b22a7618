package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.junit.jupiter.api.Test;

class OptionModuleTest {
    private static final UnionValue NONE = UnionValue.NONE;
    private static final Native INC = fn(x -> (Long) x + 1);

    @Test
    void option() {
        same(some(2L), call("Option.map", INC, some(1L)));
        same(NONE, call("Option.map", INC, NONE));
        same(NONE, call("Option.bind", fn(x -> NONE), some(1L)));
        same(some(5L), call("Option.bind", fn(x -> some(5L)), some(1L)));
        same(NONE, call("Option.bind", fn(x -> some(5L)), NONE));
        same(some(3L), call("Option.map2", fn2((a, b) -> (Long) a + (Long) b), some(1L), some(2L)));
        same(NONE, call("Option.map2", fn2((a, b) -> a), some(1L), NONE));
        same(1L, call("Option.defaultValue", 0L, some(1L)));
        same(0L, call("Option.defaultValue", 0L, NONE));
        same(7L, call("Option.defaultWith", fn(u -> { assertSame(Unit.VALUE, u); return 7L; }), NONE));
        same(1L, call("Option.defaultWith", fn(u -> { throw new AssertionError("not called"); }), some(1L)));
        same(some(1L), call("Option.orElse", some(2L), some(1L)));
        same(some(2L), call("Option.orElse", some(2L), NONE));
        same(true, call("Option.isSome", some(1L)));
        same(true, call("Option.isNone", NONE));
        same(4L, call("Option.get", some(4L)));
        assertEquals("System.ArgumentException: The option value was None (Parameter 'option')", raised("Option.get", NONE));
        same(list(4L), call("Option.toList", some(4L)));
        same(list(), call("Option.toList", NONE));
        List<Object> seen = new ArrayList<>();
        call("Option.iter", fn(x -> { seen.add(x); return Unit.VALUE; }), some(4L));
        call("Option.iter", fn(x -> { seen.add(x); return Unit.VALUE; }), NONE);
        assertEquals(List.of(4L), seen);
    }

    @Test
    void optionBreadth() {
        Native even = fn(x -> (Long) x % 2 == 0);
        same(some(4L), call("Option.filter", even, some(4L)));
        same(NONE, call("Option.filter", even, some(3L)));
        same(NONE, call("Option.filter", even, NONE));
        same(some(1L), call("Option.flatten", some(some(1L))));
        same(NONE, call("Option.flatten", NONE));
        same(1L, call("Option.count", some(9L)));
        same(0L, call("Option.count", NONE));
        same(true, call("Option.contains", 2L, some(2L)));
        same(false, call("Option.contains", 2L, NONE));
        same(true, call("Option.exists", even, some(2L)));
        same(true, call("Option.forall", even, NONE));
        same(false, call("Option.forall", even, some(1L)));
        same(15L, call("Option.fold", fn2((s, x) -> (Long) s + (Long) x), 10L, some(5L)));
        same(10L, call("Option.foldBack", fn2((x, s) -> (Long) s + (Long) x), NONE, 10L));
        same(some(6L), call("Option.map3", fn3((a, b, c) -> (Long) a + (Long) b + (Long) c), some(1L), some(2L), some(3L)));
        same(NONE, call("Option.map3", fn3((a, b, c) -> a), some(1L), NONE, some(3L)));
        same(some(7L), call("Option.orElseWith", fn(u -> some(7L)), NONE));
        same(new Object[] {1L}, call("Option.toArray", some(1L)));
        same(new Object[0], call("Option.toArray", NONE));
    }

    @Test
    void topLevelHelpers() {
        same(7L, call("defaultArg", NONE, 7L));
        same(2L, call("defaultArg", some(2L), 7L));
        same(-1L, call("sign", -3L));
        same(0L, call("sign", 0L));
        same(1L, call("sign", 2.5));
        assertEquals("System.ArithmeticException: Function does not accept floating point Not-a-Number values.",
                raised("sign", Double.NaN));
        assertEquals("System.ArgumentException: must be non-negative (Parameter 'age')", raised("invalidArg", "age", "must be non-negative"));
        assertEquals("System.InvalidOperationException: stack is empty", raised("invalidOp", "stack is empty"));
        assertEquals("System.ArgumentNullException: Value cannot be null. (Parameter 'x')", raised("nullArg", "x"));
        same(call("Set.ofList", list(1L, 3L, 5L)), call("set", list(5L, 1L, 3L, 1L)));
    }

    @Test
    void result() {
        same(ok(2L), call("Result.map", INC, ok(1L)));
        same(error("e"), call("Result.map", INC, error("e")));
        same(error("E"), call("Result.mapError", fn(e -> ((String) e).toUpperCase()), error("e")));
        same(ok(1L), call("Result.mapError", fn(e -> e), ok(1L)));
        same(error("no"), call("Result.bind", fn(x -> error("no")), ok(1L)));
        same(ok(2L), call("Result.bind", fn(x -> ok(2L)), ok(1L)));
        same(error("e"), call("Result.bind", fn(x -> ok(2L)), error("e")));
        same(true, call("Result.isOk", ok(1L)));
        same(true, call("Result.isError", error(1L)));
        same(1L, call("Result.defaultValue", 0L, ok(1L)));
        same(0L, call("Result.defaultValue", 0L, error("e")));
        same(2L, call("Result.defaultWith", fn(e -> (long) ((String) e).length()), error("ab")));
        same(1L, call("Result.count", ok(5L)));
        same(0L, call("Result.count", error(5L)));
        same(15L, call("Result.fold", fn2((s, x) -> (Long) s + (Long) x), 10L, ok(5L)));
        same(10L, call("Result.foldBack", fn2((x, s) -> (Long) s + (Long) x), error("e"), 10L));
        same(true, call("Result.exists", fn(x -> true), ok(1L)));
        same(true, call("Result.forall", fn(x -> false), error(1L)));
        same(true, call("Result.contains", 1L, ok(1L)));
        same(new Object[] {1L}, call("Result.toArray", ok(1L)));
        same(list(), call("Result.toList", error(1L)));
        same(some(1L), call("Result.toOption", ok(1L)));
        same(NONE, call("Result.toOption", error(1L)));
        List<Object> seen = new ArrayList<>();
        call("Result.iter", fn(x -> { seen.add(x); return Unit.VALUE; }), ok(3L));
        call("Result.iter", fn(x -> { seen.add(x); return Unit.VALUE; }), error(4L));
        assertEquals(List.of(3L), seen);
    }
}
