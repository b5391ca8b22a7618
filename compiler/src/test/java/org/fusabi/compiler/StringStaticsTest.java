package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** String's statics as F# scripts call them, piped into or applied to any sequence. */
class StringStaticsTest {
    /** Regression: String.Concat took only a seq<string>, so the idiom of gluing chars back together failed. */
    @Test
    void concatGluesAnySequencesElements() {
        assertEquals("hell wrld 123 ab\n", ScriptRun.output("""
                let s = "hello world"
                printfn "%s %s %s" (s |> Seq.filter (fun c -> c <> 'o') |> System.String.Concat) (System.String.Concat [1; 2; 3]) (System.String.Concat("a", "b"))
                """));
    }
}
