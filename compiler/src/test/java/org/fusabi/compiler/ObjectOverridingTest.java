package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Object expressions of {@code System.Object} overriding {@code ToString} and {@code GetHashCode}, called whatever the static type. */
class ObjectOverridingTest {
    @Test
    void overridesAreCalledThroughObj() {
        assertEquals("custom make 3 8 10 [make 1; make 2]\n", ScriptRun.output("""
                let o = { new System.Object() with override _.ToString() = "custom" }
                let make n = { new obj() with
                                 member this.ToString() = sprintf "make %d" n
                                 member this.GetHashCode() = n * 2 }
                let texts = [make 1; make 2] |> List.map string
                printfn "%s %s %d %d [%s]" (o.ToString()) (string (make 3)) (hash (make 4)) ((make 5).GetHashCode()) (String.concat "; " texts)
                """));
    }

    @Test
    void interpolationShowsTheOverride() {
        assertEquals("[custom] [  custom]\n", ScriptRun.output("""
                let o = { new System.Object() with override _.ToString() = "custom" }
                printfn "%s" $"[{o}] [{o,8}]"
                """));
    }

    @Test
    void anOverrideMayUseTheObjectItselfAndItsOwnBinding() {
        assertEquals("obj@1 5 10\n", ScriptRun.output("""
                let rec recObj = { new System.Object() with member __.GetHashCode() = (recObj.ToString()).Length }
                let twice = { new System.Object() with
                                member self.GetHashCode() = 10
                                member self.ToString() = string (self.GetHashCode()) }
                printfn "%s %d %s" (recObj.ToString()) (recObj.GetHashCode()) (twice.ToString())
                """));
    }

    @Test
    void otherMembersAreNotOverridable() {
        assertEquals("1:36 An object expression of System.Object may override only ToString() and GetHashCode()",
                ScriptRun.error("let o = { new System.Object() with member _.Equals(x) = true }"));
    }

    @Test
    void fsharpCoresTopLevelModulesQualifyTheirFunctions() {
        assertEquals("a 1\nb 2\n3\n", ScriptRun.output("""
                open Printf
                open Microsoft.FSharp.Core.Operators
                Printf.printf "a %d\\n" 1
                Microsoft.FSharp.Core.Printf.printfn "b %s" (Printf.sprintf "%d" 2)
                printfn "%d" (Operators.abs -3)
                """));
    }
}
