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
        assertEquals("System.ArgumentException: The input must be non-negative.\ncount = -1 (Parameter 'count')",
                raised("String.replicate", -1L, "x"));
        assertEquals("The input must be non-negative.\ncount = -1 (Parameter 'count')", failure("String.init", -1L, fn(i -> "")));
        same("a1b2", call("String.filter", fn(c -> true), "a1b2"));
        same("ab", call("String.filter", fn(c -> Character.isLetter((Character) c)), "a1b2"));
        same("aC", call("String.mapi", fn2((i, c) -> (Long) i == 1 ? Character.toUpperCase((Character) c) : c), "ac"));
        StringBuilder seen = new StringBuilder();
        call("String.iter", fn(c -> { seen.append(c); return org.fusabi.vm.value.Unit.VALUE; }), "ab");
        call("String.iteri", fn2((i, c) -> { seen.append(i); return org.fusabi.vm.value.Unit.VALUE; }), "ab");
        assertEquals("ab01", seen.toString());
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
