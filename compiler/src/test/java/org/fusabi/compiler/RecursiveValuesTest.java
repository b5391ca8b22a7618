package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Values of a {@code let rec} group or a {@code module rec} that refer to themselves or to later ones, initialised
 * as F# does it (spec 14.6.6): cyclic records, values computed early when needed, and
 * {@code InvalidOperationException} for one that needs itself.
 */
class RecursiveValuesTest {
    private static final String NODE = "type Node = { id: int; next: Node }\n";

    @Test
    void aRecordThatHoldsItselfIsCyclic() {
        assertEquals("3 3 3\n", ScriptRun.output(NODE + """
                let rec x = { id = 3; next = x }
                printfn "%d %d %d" x.id x.next.id x.next.next.next.id
                """));
    }

    @Test
    void recordsOfOneGroupHoldEachOtherAlsoThroughARefCell() {
        assertEquals("2 1 2\n4 3\n", ScriptRun.output(NODE + """
                let rec a = { id = 1; next = b }
                and b = { id = 2; next = a }
                printfn "%d %d %d" a.next.id b.next.id a.next.next.next.id
                type Cell = { n: int; other: Cell ref }
                let make () =
                    let rec c = { n = 3; other = { contents = d } }
                    and d = { n = 4; other = ref c }
                    c
                let c = make ()
                printfn "%d %d" c.other.Value.n c.other.Value.other.Value.n
                """));
    }

    @Test
    void aValueNeededEarlyIsComputedThen() {
        assertEquals("a2 = 3\n4 1 2 3\n", ScriptRun.output("""
                module rec M =
                    let a2 = b2 + 1
                    let b2 = 2
                    let a1 = a4 + 1
                    let a2b = 1
                    let a3 = a2b + 1
                    let a4 = a3 + 1
                printfn "a2 = %d" M.a2
                printfn "%d %d %d %d" M.a1 M.a2b M.a3 M.a4
                """));
    }

    @Test
    void aValueThatNeedsItselfRaisesInvalidOperation() {
        assertEquals("a2arg\na2app\ncaught: ValueFactory attempted to access the Value property of this instance.\n", ScriptRun.output("""
                let test () =
                    let rec a2 = (fun x -> printfn "a2app"; a2 + 2) (printfn "a2arg"; 1)
                    a2
                try test () |> ignore with :? System.InvalidOperationException as e -> printfn "caught: %s" e.Message
                """));
    }

    @Test
    void aModuleRecsFunctionsAndTypesReferToLaterOnes() {
        assertEquals("4 neg!\n", ScriptRun.output("""
                module rec Shapes =
                    let total xs = List.sumBy size xs
                    let size s = match s with Leaf -> 1 | Pair (a, b) -> size a + size b
                    let describe () = (op : IOp).Name + "!"
                    type Tree = Leaf | Pair of Tree * Tree
                    let op = { new IOp with member _.Name = "neg" }
                    type IOp = abstract Name : string
                printfn "%d %s" (Shapes.total [Shapes.Leaf; Shapes.Pair (Shapes.Leaf, Shapes.Leaf); Shapes.Leaf]) (Shapes.describe ())
                """));
    }

    @Test
    void aModuleRecsFunctionMayBeUsedAsAValueBeforeItsDefinition() {
        assertEquals("42 22 1000000\n", ScriptRun.output("""
                module rec Handlers =
                    let table = [ "a", handleA; "b", handleB ]
                    let run name = (table |> List.find (fun (n, _) -> n = name) |> snd) 21
                    let handleA x = x * 2
                    let handleB x = x + 1
                    let loop n acc = if n = 0 then acc else loop (n - 1) (acc + 1)
                printfn "%d %d %d" (Handlers.run "a") (Handlers.run "b") (Handlers.loop 1000000 0)
                """));
    }

    @Test
    void valuesAndDoStatementsOfAModuleRecRunInOrder() {
        assertEquals("first 1\nthen 2\n", ScriptRun.output("""
                module rec M =
                    let a = 1
                    do printfn "first %d" a
                    let b = a + 1
                    do printfn "then %d" b
                """));
    }

    @Test
    void objectExpressionsOfAnInterfaceAreGeneric() {
        assertEquals("[1] [\"a\"]\n", ScriptRun.output("""
                type IMake<'a, 'b> = abstract Make : ('a -> 'b)
                let Single = { new IMake<'a, 'a list> with member _.Make = fun x -> [x] }
                let rec Twice = { new IMake<'a, 'a list> with member _.Make = fun x -> [x; x] }
                printfn "%A %A" ((Single : IMake<int, int list>).Make 1) ((Single : IMake<string, string list>).Make "a")
                """));
    }

    @Test
    void aValueComputedFromItselfIsRejected() {
        assertEquals("1:9 The value 'x' will be evaluated as part of its own definition",
                ScriptRun.error("let rec x = x + 1"));
    }

    @Test
    void valuesComputedFromEachOtherAreRejected() {
        assertEquals("1:9 This value will be eventually evaluated as part of its own definition. You may need to make the value lazy "
                + "or a function. Value 'a' will evaluate 'b' will evaluate 'a'.", ScriptRun.error("let rec a = b + 1\nand b = a + 1"));
    }

    @Test
    void lazyValuesAndCyclicDataInOneGroupAreRejected() {
        assertEquals("2:9 This recursive binding uses an invalid mixture of recursive forms", ScriptRun.error(NODE + """
                let rec x = { id = y + 0; next = x }
                and y = 1
                """));
    }
}
