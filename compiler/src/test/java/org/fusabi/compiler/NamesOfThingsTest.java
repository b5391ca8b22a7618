package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** nameof, x.GetType() and obj's statics: what a script asks of its own names and values. */
class NamesOfThingsTest {
    @Test
    void nameofGivesTheLastPartOfADefinedName() {
        assertEquals("x Length amount\n", ScriptRun.output("""
                let x = 42
                let check amount = if amount < 0 then invalidArg (nameof amount) "negative" else nameof amount
                printfn "%s %s %s" (nameof x) (nameof System.String.Length) (check 1)
                """));
        assertEquals("1:16 The value or constructor 'y' is not defined.", ScriptRun.error("let n = nameof y\n"));
    }

    @Test
    void getTypeIsTheTypeOfTheValue() {
        assertEquals("Int32 System.String Color\n", ScriptRun.output("""
                type Color = Red | Green
                printfn "%s %s %s" ((1).GetType().Name) ("s".GetType().FullName) (Red.GetType().Name)
                """));
    }

    @Test
    void objNamesObjectsStatics() {
        assertEquals("true false true true\n", ScriptRun.output("""
                let s = "a"
                let t = System.String('a', 1)
                printfn "%b %b %b %b" (obj.ReferenceEquals(s, s)) (obj.ReferenceEquals(s, t)) (obj.Equals(s, t)) (System.Object.Equals(null, null))
                """));
    }
}
