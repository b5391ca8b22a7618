package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** average and averageBy of float, float32 and decimal, each in its own type, as FSharp.Core's DivideByInt divides. */
class AverageTest {
    @Test
    void averagesInTheElementsType() {
        assertEquals("""
                1.5 2.33333
                1.5f 1.75M
                1.5f
                The input array was empty. (Parameter 'array')
                3.5M
                """, ScriptRun.output("""
                printfn "%g %g" (Array.average [| 1.0; 2.0 |]) (List.averageBy float [1; 2; 4])
                printfn "%A %A" (Array.average [| 1.0f; 2.0f |]) (List.average [1.5M; 2.0M])
                printfn "%A" (Seq.averageBy (fun (s: string) -> float32 s.Length) ["ab"; "c"])
                try Array.average ([||]: float32 array) |> ignore with :? System.ArgumentException as e -> printfn "%s" (e.Message.Split('\\n').[0])
                printfn "%A" (Array.averageBy id ([| 3M; 4M |]: decimal array))
                """));
    }

    @Test
    void anIntHasNoAverage() {
        assertEquals("1:29 This expression was expected to have type 'float[]' but here has type 'int[]'",
                ScriptRun.error("printfn \"%A\" (Array.average [| 1; 2 |])"));
    }
}
