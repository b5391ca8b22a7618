package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * F# that the F# compiler's own core tests (tests/fsharp/core) write and scripts rarely do: struct tuples,
 * {@code ToString()} on any value, record literals whose labels several record types declare, ML's type parameters
 * before the type's name, {@code new System.Object()}, unary plus, {@code let x = e : t}, {@code Checked.(+)},
 * {@code sizeof<T>}.
 */
class CoreTestsSyntaxTest {
    @Test
    void structTuplesAreTuplesInExpressionsPatternsAndTypes() {
        assertEquals("1 2 x3 true\n", ScriptRun.output("""
                let struct (a, b) = struct (1, 2)
                let f (t: struct (int * string)) = match t with struct (n, s) -> s + string n
                printfn "%d %d %s %b" a b (f (struct (3, "x"))) (struct (1, 2) = struct (1, 2))
                """));
    }

    @Test
    void everyValueHasToString() {
        assertEquals("5|2.5|[1; 2]|System.Exception: boom\n", ScriptRun.output("""
                let e = try failwith "boom" with ex -> ex.ToString()
                printfn "%s|%s|%s|%s" ((5).ToString()) ((2.5).ToString()) ([1; 2].ToString()) e
                """));
    }

    @Test
    void aRecordLiteralIsTheLatestTypeWithExactlyItsLabels() {
        assertEquals("{ FA = 1 } { FA = 1\n  FB = 2 } 3 { FA = 4 }\n", ScriptRun.output("""
                type A = { FA: int }
                type AB = { FA: int; FB: int }
                type C = { FC: int; FA: int }
                let a = { FA = 1 }
                let ab = { FA = 1; FB = 2 }
                let c: C = { FA = 1; FC = 2 }
                let a2 = { a with FA = 4 }
                let show (x: A) = sprintf "%A" x
                printfn "%s %A %d %s" (show a) ab (c.FA + c.FC) (show a2)
                """));
    }

    @Test
    void aModuleIndentedLessThanTheModuleBeforeItsBodyIsItsSibling() {
        assertEquals("1 2\n", ScriptRun.output("""
                module Ex3 =
                  let a = 1
                 module Ex4 =
                  let b = 2
                printfn "%d %d" Ex3.a Ex4.b
                """));
    }

    @Test
    void typeParametersMayComeBeforeTheTypesName() {
        assertEquals("Node (Leaf 1, Leaf 2) (\"a\", 1)\n", ScriptRun.output("""
                type 'a tree = Leaf of 'a | Node of 'a tree * 'a tree
                type ('k, 'v) pair = { K: 'k; V: 'v }
                let t : int tree = Node (Leaf 1, Leaf 2)
                let p : (string, int) pair = { K = "a"; V = 1 }
                printfn "%A %A" t (p.K, p.V)
                """));
    }

    @Test
    void aNewObjectEqualsOnlyItself() {
        assertEquals("true false System.Object\n", ScriptRun.output("""
                let a = new System.Object()
                let b = System.Object()
                printfn "%b %b %s" (a = a) (a = b) (a.ToString())
                """));
    }

    @Test
    void unaryPlusGivesItsNumberBack() {
        assertEquals("[0; 2; 4] 3 2.5\n", ScriptRun.output("""
                let x = 3
                printfn "%A %d %g" [ 0 .. +2 .. 4 ] (+x) (+2.5)
                """));
    }

    @Test
    void aLetsValueMayEndInATypeAnnotation() {
        assertEquals("[] 2\n", ScriptRun.output("""
                let xs = [] : int list
                let n = 1 + 1 : int
                printfn "%A %d" xs n
                """));
    }

    @Test
    void checkedOperatorsAreNamedThroughTheirModuleAndSizeofGivesBytes() {
        assertEquals("3 true true | 8 4 1 2 16 8\n", ScriptRun.output("""
                let fails f = try f () |> ignore; false with :? System.OverflowException -> true
                printfn "%d %b %b | %d %d %d %d %d %d" (Checked.(+) 1 2) (fails (fun () -> Checked.( * ) System.Int32.MaxValue 2))
                    (fails (fun () -> List.map Checked.byte [ 255; 256 ]))
                    sizeof<nativeint> sizeof<int32> sizeof<byte> sizeof<char> sizeof<decimal> sizeof<string>
                """));
    }
}
