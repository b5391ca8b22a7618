package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SeqModuleTest {
    @Test
    void isAnEagerAliasOverLists() {
        same(list(2L, 3L), call("Seq.map", fn(x -> (Long) x + 1), list(1L, 2L)));
        same(list(2L), call("Seq.filter", fn(x -> x.equals(2L)), list(1L, 2L)));
        same(3L, call("Seq.sum", list(1L, 2L)));
        same(0.0, call("Seq.sum@float", list()));
        same(3L, call("Seq.fold", fn2((s, x) -> (Long) s + (Long) x), 0L, list(1L, 2L)));
        same(2L, call("Seq.length", list(1L, 2L)));
        same(list(1L, 2L), call("Seq.toList", list(1L, 2L)));
        same(new Object[] {1L}, call("Seq.toArray", list(1L)));
        same(list(1L), call("Seq.ofArray", (Object) new Object[] {1L}));
        same(list(1L), call("Seq.ofList", list(1L)));
    }

    @Test
    void speaksOfSequences() {
        assertEquals("Seq.head: the input sequence is empty", failure("Seq.head", list()));
    }

    @Test
    void zipsToTheShorterAsFSharpDoes() {
        same(list(tuple(1L, "a")), call("Seq.zip", list(1L, 2L), list("a")));
        same(list(11L), call("Seq.map2", fn2((a, b) -> (Long) a + (Long) b), list(1L), list(10L, 20L)));
    }

    @Test
    void hasNoFunctionsFSharpsSeqLacks() {
        assertNull(LIB.lookup("Seq.partition"));
        assertNull(LIB.lookup("Seq.unzip"));
    }
}
