package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** .NET's SortedDictionary: a Dictionary enumerated in its keys' order. */
class SortedDictionaryTest {
    /** SortedDictionary keeps its keys in .NET's default order (strings by culture: "a" before "B"). */
    @Test
    void sortedDictionaryEnumeratesByKey() {
        assertEquals("""
                a 1
                B 2
                c 3
                ["a"; "B"; "c"] [1; 2; 3] 3 seq [[a, 1]; [B, 2]; [c, 3]]
                true ["B"; "c"]
                """, ScriptRun.output("""
                open System.Collections.Generic
                let sorted = SortedDictionary<string, int>()
                sorted.["c"] <- 3; sorted.["a"] <- 1; sorted.Add("B", 2)
                for KeyValue(k, v) in sorted do printfn "%s %d" k v
                printfn "%A %A %d %A" (List.ofSeq sorted.Keys) (List.ofSeq sorted.Values) sorted.Count sorted
                printfn "%b %A" (sorted.Remove "a") (sorted |> Seq.map (fun kv -> kv.Key) |> List.ofSeq)
                """));
    }
}
