package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code let f<'T when 'T : comparison> (x: 'T) = …}: type parameters written out on a function or value. */
class ExplicitTypeParametersTest {
    @Test
    void functionsAndValuesDeclareTheirTypeParameters() {
        assertEquals("9 z (1, \"x\") [] [1]\n", ScriptRun.output("""
                let maxOf<'T when 'T : comparison> (xs: 'T list) = List.max xs
                let pairUp<'a, 'b> (x: 'a) (y: 'b) = (x, y)
                let empty<'T> : 'T list = []
                printfn "%d %s %A %A %A" (maxOf [3; 9; 1]) (maxOf ["b"; "z"]) (pairUp 1 "x") (empty<int>) (1 :: empty)
                """));
    }

    @Test
    void anUnclosedListIsAnError() {
        assertEquals("1:14 expected '>' to close the type parameters opened at 1:6",
                ScriptRun.error("let f<'T, 'U x = x\n"));
    }

    @Test
    void aGenericTypesStaticMemberTakesTheTypesArguments() {
        assertEquals("{ items = [1] } []\n", ScriptRun.output("""
                type Stack<'a> = { items: 'a list } with
                    static member Empty : Stack<'a> = { items = [] }
                    member s.Push x = { items = x :: s.items }
                let empty = Stack<string>.Empty
                printfn "%A %A" (Stack<int>.Empty.Push(1)) empty.items
                """));
    }

    @Test
    void staticallyResolvedParametersAndConstraintsAfterTheResultType() {
        assertEquals("3 4 true 1 7\n", ScriptRun.output("""
                let inline f (a: ^t) = a
                let inline g< ^t when ^t : (static member Sin : ^t -> ^t)
                             and ^t : (static member Cos : ^t -> ^t)> (a: ^t) =
                    a
                let h (x: int) : 'T when 'T : null = Unchecked.defaultof<'T>
                let e (x: 'T) : 'T when 'T : enum<int32> = x
                let add (a: int)
                        (b: int) =
                    a + b
                printfn "%d %d %b %d %d" (f 3) (g 4) (isNull (h 1 : string)) (int System.DayOfWeek.Monday) (add 3 4)
                """));
    }
}
