package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** .NET's out parameters as F# passes them: {@code &v} of a mutable as the last argument, or the tuple form. */
class OutArgumentTest {
    @Test
    void theAddressOfAMutableIsAssignedTheValueAndTheCallGivesTheResult() {
        assertEquals("true 20\nfalse 0\nfalse 0\n", ScriptRun.output("""
                let d = System.Collections.Generic.Dictionary<int, int>()
                d.Add(1, 20)
                let mutable v = 5
                printfn "%b %d" (d.TryGetValue(1, &v)) v
                printfn "%b %d" (d.TryGetValue(2, &v)) v
                let q = System.Collections.Generic.Queue<int>()
                let mutable head = 7
                printfn "%b %d" (q.TryDequeue(&head)) head
                """));
    }

    @Test
    void theTupleFormGivesTheValueTypesDefaultWhenNothingIsFound() {
        assertEquals("(false, 0) (false, 0.0) (false, <null>)\n", ScriptRun.output("""
                let m = Map.ofList [ 1, 2 ]
                let f = Map.ofList [ 1, 2.5 ]
                let s = Map.ofList [ 1, "a" ]
                printfn "%A %A %A" (m.TryGetValue 3) (f.TryGetValue 3) (s.TryGetValue 3)
                """));
    }

    @Test
    void anAddressElsewhereIsAnError() {
        assertEquals("2:9 The address of a value ('&v') may only be a method's last argument, an out argument (d.TryGetValue(k, &v))",
                ScriptRun.error("let mutable v = 1\nlet r = &v"));
        assertEquals("3:23 Only the last argument of a method may be an out argument ('&v')",
                ScriptRun.error("let d = System.Collections.Generic.Dictionary<int, int>()\nlet mutable v = 1\nlet r = d.TryGetValue(&v, &v)"));
    }

    @Test
    void theVariableMustBeMutable() {
        assertEquals("3:26 This value is not mutable. Consider using the mutable keyword, e.g. 'let mutable v = expression'.",
                ScriptRun.error("let d = System.Collections.Generic.Dictionary<int, int>()\nlet v = 1\nlet r = d.TryGetValue(1, &v)"));
    }
}
