package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Type extensions ({@code type T with member … end}), generic type abbreviations, types named through the modules
 * around them, and members' arguments checked against their parameters (F# 6's upcasts, lambdas' parameter types).
 */
class TypeExtensionTest {
    @Test
    void anExtensionAddsMembersAndOperatorsToADeclaredType() {
        assertEquals("3 10\n", ScriptRun.output("""
                type V = { X: int }
                let add a b = { X = a.X + b.X }
                type V with
                    static member (+) (a: V, b: V) = add a b
                    member v.Double = v + v
                printfn "%d %d" ({ X = 1 } + { X = 2 }).X { X = 5 }.Double.X
                """));
    }

    @Test
    void aGenericExtensionInTheVerboseSyntax() {
        assertEquals("[1; 2; 3]\n", ScriptRun.output("""
                type 'a Box = { Items: 'a list }
                type 'a Box
                  with
                    member b.Add x = { Items = b.Items @ [x] }
                  end
                printfn "%A" ({ Items = [1; 2] }.Add 3).Items
                """));
    }

    @Test
    void anExtendedTypeMayBeNamedThroughItsModule() {
        assertEquals("1\n", ScriptRun.output("""
                module X =
                    type A = A of string
                type X.A with
                    member x.P = 1
                printfn "%d" (X.A "a").P
                """));
    }

    @Test
    void anExtensionOfAnUndeclaredTypeIsAnError() {
        CompileError e = org.junit.jupiter.api.Assertions.assertThrows(CompileError.class, () -> Compiler.check(
                "type W with\n    member w.X = 1\n", org.fusabi.vm.stdlib.StandardLibrary.create()));
        assertEquals("The type 'W' is not defined.", e.getMessage());
        assertEquals("1:6", e.pos().toString());
    }

    @Test
    void aGenericAbbreviationIsInstantiatedAtEachUse() {
        assertEquals("1 [\"a\"]\n", ScriptRun.output("""
                type Table<'v> = Map<string, 'v>
                let t : Table<int> = Map.ofList ["a", 1]
                let keys (m: Table<_>) = m |> Map.toList |> List.map fst
                printfn "%d %A" t.["a"] (keys t)
                """));
    }

    @Test
    void aTypeIsNamedThroughTheModulesAroundIt() {
        assertEquals("3 4\n", ScriptRun.output("""
                module A =
                    module Inner =
                        type T = { N: int }
                    let make () : Inner.T = { N = 3 }
                module B =
                    module Inner =
                        type T = { N: int; M: int }
                    let make () : Inner.T = { N = 4; M = 0 }
                printfn "%d %d" (A.make ()).N (B.make ()).N
                """));
    }

    @Test
    void membersArgumentsAreUpcastAndInterfaceImplementationsKnowTheirParameters() {
        assertEquals("3.0 5\n", ScriptRun.output("""
                type I =
                    abstract D : I -> float
                type G(tau: float) =
                    member _.Tau = tau
                    interface I with
                        member x.D d =
                            match d with
                            | :? G as g -> g.Tau + tau
                            | _ -> 0.0
                type Base(n: int) =
                    member _.N = n
                type Derived() =
                    inherit Base(5)
                type Reader() =
                    member _.Read(b: Base) = b.N
                printfn "%.1f %d" ((G(1.0) :> I).D (G(2.0))) (Reader().Read(Derived()))
                """));
    }

    @Test
    void aTypeParameterIsUpcastToAnInterfaceByWhatTheValueIsWhenItRuns() {
        assertEquals("9.0 2\n", ScriptRun.output("""
                type IShape =
                    abstract Area : float
                type Sq(side: float) =
                    interface IShape with
                        member _.Area = side * side
                type Holder<'S when 'S :> IShape>(s: 'S) =
                    member _.Shape = s :> IShape
                let areas (xs: System.Collections.Generic.IEnumerable<IShape>) = Seq.length xs
                printfn "%.1f %d" (Holder(Sq 3.0)).Shape.Area (areas [Sq 1.0 :> IShape; Sq 2.0])
                """));
    }
}
