package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** System.IComparable: values F# compares structurally passed where one is expected, compared, and cast back down. */
class ComparableTest {
    @Test
    void numbersStringsRecordsAndTuplesAreComparables() {
        assertEquals("""
                1 2 -1 -1
                "b" "a" 1 1
                { A = 2 } { A = 1 } 1
                5 true false
                [1; 2; (3, "a")]
                """, ScriptRun.output("""
                type R = { A: int }
                let show (x: System.IComparable) (y: System.IComparable) = printfn "%A %A %d %d" x y (compare x y) (x.CompareTo y)
                show 1 2
                show "b" "a"
                let r (x: System.IComparable) (y: System.IComparable) = printfn "%A %A %d" x y (x.CompareTo y)
                r { A = 2 } { A = 1 }
                let asInt (x: System.IComparable) = x :?> int
                let c : System.IComparable = "s" :> System.IComparable
                printfn "%d %b %b" (asInt 5) (c :? string) (c :? int)
                let xs : System.IComparable list = [1; 2; (3, "a") :> System.IComparable]
                printfn "%A" xs
                """));
    }

    @Test
    void anObjIsTestedAndCastToComparable() {
        assertEquals("comparable -1\ntrue true false false\n0\n", ScriptRun.output("""
                type U = A | B
                match box 3 with
                | :? System.IComparable as c -> printfn "comparable %d" (c.CompareTo (box 4))
                | _ -> printfn "not"
                let isComparable (o: obj) = o :? System.IComparable
                printfn "%b %b %b %b" (isComparable "s") (isComparable (box B)) (isComparable (box (fun x -> x + 1))) (isComparable (box (System.Exception "e")))
                let self (x: 'a) = (box x :?> System.IComparable).CompareTo(box x)
                printfn "%d" (self [1])
                """));
    }

    @Test
    void enumsAndDatesAreComparables() {
        assertEquals("-1 1\n", ScriptRun.output("""
                type Color = Red = 1 | Green = 2
                let order (x: System.IComparable) (y: obj) = x.CompareTo y
                printfn "%d %d" (order Color.Red (box Color.Green)) (order (System.DateTime(2020, 1, 2)) (box (System.DateTime(2020, 1, 1))))
                """));
    }

    @Test
    void aDowncastToAnotherTypeIsAnInvalidCast() {
        assertEquals("uncaught: Unable to cast object to type 'int'.\n", ScriptRun.output("""
                let c : System.IComparable = "s" :> System.IComparable
                printfn "%d" (c :?> int)
                """));
    }

    @Test
    void functionsAreNotComparables() {
        assertEquals("2:4 Type constraint mismatch. The type 'int -> int' is not compatible with type 'IComparable'", ScriptRun.error("""
                let f (x: System.IComparable) = x
                f (fun (x: int) -> x + 1)
                """));
    }

    @Test
    void anIntegerLiteralPassesAsAnObjOrAComparable() {
        assertEquals("1 2\n", ScriptRun.output("""
                let f (x: obj) (y: System.IComparable) = printfn "%O %O" x y
                f 1 2
                """));
    }
}
