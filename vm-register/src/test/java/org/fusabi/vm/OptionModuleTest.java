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
        assertEquals("Option.get: the option value is None", failure("Option.get", NONE));
        same(list(4L), call("Option.toList", some(4L)));
        same(list(), call("Option.toList", NONE));
        List<Object> seen = new ArrayList<>();
        call("Option.iter", fn(x -> { seen.add(x); return Unit.VALUE; }), some(4L));
        call("Option.iter", fn(x -> { seen.add(x); return Unit.VALUE; }), NONE);
        assertEquals(List.of(4L), seen);
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
    }
}
