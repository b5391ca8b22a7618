package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Members overloaded by their parameters' types, resolved as F# resolves a method application: the most specific that fits. */
class OverloadResolutionTest {
    @Test
    void theArgumentsTypesChooseTheOverload() {
        assertEquals("""
                int 1
                float 1.5
                string a
                shape 4
                obj [1]
                is si
                int string list
                6 s
                """, ScriptRun.output("""
                type IShape = abstract Area: float
                type Sq(s: float) =
                    interface IShape with member _.Area = s * s
                type P =
                    static member Show (x: int) = sprintf "int %d" x
                    static member Show (x: float) = sprintf "float %g" x
                    static member Show (x: string) = sprintf "string %s" x
                    static member Show (x: obj) = sprintf "obj %O" x
                    static member Show (x: IShape) = sprintf "shape %g" x.Area
                    static member Two (x: int, y: string) = "is"
                    static member Two (x: string, y: int) = "si"
                type C() =
                    member _.M(x: int) = "int"
                    member _.M(x: string) = "string"
                    member _.M(x: 'a list) = "list"
                type D(x: string) =
                    new (n: int) = D(string (n * 2))
                    member _.X = x
                printfn "%s" (P.Show 1)
                printfn "%s" (P.Show 1.5)
                printfn "%s" (P.Show "a")
                printfn "%s" (P.Show (Sq 2.0))
                printfn "%s" (P.Show [1])
                printfn "%s %s" (P.Two(1, "a")) (P.Two("a", 1))
                let c = C()
                printfn "%s %s %s" (c.M 1) (c.M "s") (c.M [1.0])
                printfn "%s %s" (D(3).X) (D("s").X)
                """));
    }

    /** Parameter types inferred from the members' bodies (F# issue 5246): an interface's value takes its own overload, not obj's. */
    @Test
    void inferredParameterTypesChooseToo() {
        assertEquals("Some(A) Some(B)\n", ScriptRun.output("""
                type [<AllowNullLiteral>] I = interface end
                type K() = interface I
                type Tag =
                    | A of I
                    | B of obj
                    static member Of t = Option.ofObj t |> Option.map A
                    static member Of t = Option.ofObj t |> Option.map B
                    static member Convert (x: obj) =
                        match x with
                        | :? I as i -> Tag.Of i
                        | _ -> Tag.Of x
                let name t = match t with Some (A _) -> "Some(A)" | Some (B _) -> "Some(B)" | None -> "None"
                printfn "%s %s" (name (Tag.Convert (K() :> I))) (name (Tag.Convert (box 1)))
                """));
    }

    /** A lambda is checked against the overload chosen; of those it fits, one taking a function of its arity is preferred. */
    @Test
    void lambdasChooseByTheirNumberOfParameters() {
        assertEquals("value 1\nfunction 21\ntwo2 three3\n8 3\n", ScriptRun.output("""
                type P =
                    static member Run (x: int) = sprintf "value %d" x
                    static member Run (f: int -> int) = sprintf "function %d" (f 20)
                    static member Run (f: string -> int -> string) = f "two" 2
                type Q() =
                    member _.Map(f: string -> int) = f "four"
                    member _.Map(x: string) = x.Length
                printfn "%s" (P.Run 1)
                printfn "%s" (P.Run (fun x -> x + 1))
                printfn "%s %s" (P.Run (fun s n -> s + string n)) (P.Run (fun s -> fun n -> "three" + string (n + 1)))
                printfn "%d %d" (Q().Map(fun s -> s.Length * 2)) (Q().Map "abc")
                """));
    }

    /** An operator's overloads are its declarations in either operand's type, chosen by the operands' types. */
    @Test
    void operatorsOverloadedByTheirOperandsTypes() {
        assertEquals("(2, 4) (20, 40) 5\n", ScriptRun.output("""
                type V = { X: float; Y: float }
                         static member (*) (a: V, k: float) = { X = a.X * k; Y = a.Y * k }
                         static member (*) (k: float, a: V) = { X = a.X * k * 10.0; Y = a.Y * k * 10.0 }
                         static member (*) (a: V, b: V) = a.X * b.X + a.Y * b.Y
                let v = { X = 1.0; Y = 2.0 }
                let show (p: V) = sprintf "(%g, %g)" p.X p.Y
                printfn "%s %s %g" (show (v * 2.0)) (show (2.0 * v)) (v * v)
                """));
    }

    /** Regression: a call waiting for its object's type, x.M(), was ambiguous between M() and M(x: int). */
    @Test
    void aCallWaitingForItsObjectsTypeChoosesByUnit() {
        assertEquals("[\"unit\"] [\"int\"]\n", ScriptRun.output("""
                type C() =
                    member _.M() = "unit"
                    member _.M(x: int) = "int"
                printfn "%A %A" (List.map (fun c -> c.M()) [C()]) (List.map (fun c -> c.M(1)) [C()])
                """));
    }

    @Test
    void noOverloadFitsTheArguments() {
        assertEquals("4:15 No overloads match for method 'Show'. Known type of argument: float. Known overloads: Show(int), Show(string).", ScriptRun.error("""
                type P =
                    static member Show (x: int) = "i"
                    static member Show (x: string) = "s"
                printfn "%s" (P.Show 1.5)
                """));
    }

    @Test
    void anArgumentOfUnknownTypeFitsSeveral() {
        assertEquals("4:11 A unique overload for method 'Show' could not be determined based on type information prior to this program point."
                + " A type annotation may be needed. Candidates: Show(int), Show(string).", ScriptRun.error("""
                type P =
                    static member Show (x: int) = "i"
                    static member Show (x: string) = "s"
                let f y = P.Show y
                """));
    }
}
