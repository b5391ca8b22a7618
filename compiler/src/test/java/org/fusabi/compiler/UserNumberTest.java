package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Integer literals with a script's suffix (Q R Z N G) call the module NumericLiteralX, as the F# spec maps them by
 * value: FromZero, FromOne, FromInt32, FromInt64, FromString; the minus against one is part of it.
 */
class UserNumberTest {
    @Test
    void literalsCallTheirModuleByValue() {
        assertEquals("""
                0 1 -1 2 2147483647
                -2147483648 2147483647 -2 -2
                true
                zero one 42 10000000000000000000000
                """, ScriptRun.output("""
                module NumericLiteralN =
                    let FromZero () = 0
                    let FromOne () = 1
                    let FromInt32 (x: int32) = x
                    let FromInt64 (x: int64) = int32 x
                    let FromString (s: string) = -2
                printfn "%d %d %d %d %d" 0N 1N -1N 2N 2147483647N
                printfn "%d %d %d %d" 2147483648N -2147483649N 9223372036854775808N -9223372036854775809N
                printfn "%b" (-2147483648N = System.Int32.MinValue)
                (*
                let a3 = (*)
                *)
                module NumericLiteralZ =
                    let FromZero () = "zero"
                    let FromOne () = "one"
                    let FromInt32 (x: int32) = string x
                    let FromInt64 (x: int64) = string x + "L"
                    let FromString (s: string) = s
                printfn "%s %s %s %s" 0Z 1Z 42Z 10000000000000000000000Z
                """));
    }

    @Test
    void theModuleMustBeInScopeAndPatternsCannotMatchOne() {
        assertEquals("1:9 This numeric literal requires that a module 'NumericLiteralQ' defining functions FromZero, FromOne, FromInt32, FromInt64 and FromString be in scope",
                ScriptRun.error("let x = 3Q"));
        assertEquals("3:24 A numeric literal with a suffix of the script's ('2N') calls NumericLiteralN: it is not a constant a pattern can match",
                ScriptRun.error("module NumericLiteralN =\n    let FromInt32 (x: int) = x\nlet f x = match x with 2N -> true | _ -> false"));
    }
}
