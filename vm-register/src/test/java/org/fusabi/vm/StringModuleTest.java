package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StringModuleTest {
    @Test
    void followsFSharpsStringModule() {
        same(5L, call("String.length", "hello"));
        same("a/b/c", call("String.concat", "/", list("a", "b", "c")));
        same("", call("String.concat", ", ", list()));
        same("ababab", call("String.replicate", 3L, "ab"));
        same("", call("String.replicate", 0L, "ab"));
        assertEquals("String.replicate: the count must be non-negative (got -1)", failure("String.replicate", -1L, "x"));
        same("HELLO", call("String.map", fn(c -> Character.toUpperCase((Character) c)), "hello"));
        same("012", call("String.init", 3L, fn(i -> i.toString())));
        same(true, call("String.exists", fn(c -> c.equals('l')), "hello"));
        same(false, call("String.forall", fn(c -> c.equals('l')), "hello"));
        same(true, call("String.forall", fn(c -> false), ""));
        same("hheelloo", call("String.collect", fn(c -> "" + c + c), "helo"));
        same(true, call("String.isNullOrEmpty", ""));
        same(false, call("String.isNullOrEmpty", " "));
    }

    @Test
    void offersTheStringMembersAsFunctions() {
        same(new Object[] {"a", "", "b", ""}, call("String.split", ',', "a,,b,"));
        same(new Object[] {""}, call("String.split", ',', ""));
        same("a-b", call("String.join", "-", list("a", "b")));
        same(true, call("String.startsWith", "he", "hello"));
        same(false, call("String.endsWith", "he", "hello"));
        same(true, call("String.contains", "ll", "hello"));
        same("STRASSE ß", call("String.toUpper", "strasse ß"));
        same("abc", call("String.toLower", "AbC"));
        same("a b", call("String.trim", "\u00a0\t a b \n"));
        same("", call("String.trim", "   "));
    }
}
