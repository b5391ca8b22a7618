// Map and Set: immutable, ordered collections.
let text = "the quick brown fox jumps over the lazy dog the end"
let words = text.Split ' ' |> Array.toList

let counts =
    words
    |> List.fold (fun (m: Map<string, int>) w ->
        match Map.tryFind w m with
        | Some n -> Map.add w (n + 1) m
        | None -> Map.add w 1 m) Map.empty

printfn "distinct words: %d" (Map.count counts)
printfn "count of 'the': %d" (Map.find "the" counts)
printfn "has 'cat': %b, has 'fox': %b" (Map.containsKey "cat" counts) (Map.containsKey "fox" counts)
printfn "tryFind 'dog': %A, tryFind 'cat': %A" (Map.tryFind "dog" counts) (Map.tryFind "cat" counts)
let longWords = Map.filter (fun (k: string) _ -> k.Length > 4) (Map.remove "the" counts)
for (w, n) in Map.toList longWords do
    printfn "  %s -> %d" w n

let m = Map.ofList [ (3, "three"); (1, "one"); (2, "two") ]
printfn "ordered: %A" (Map.toList m)
printfn "keys total: %d" (Map.fold (fun acc k _ -> acc + k) 0 m)

let a = Set.ofList [ 1; 2; 3; 4; 5 ]
let b = Set.ofList [ 4; 5; 6; 7 ]
printfn "union: %A" (Set.toList (Set.union a b))
printfn "intersect: %A" (Set.toList (Set.intersect a b))
printfn "difference: %A" (Set.toList (Set.difference a b))
printfn "contains 3: %b, count: %d" (Set.contains 3 a) (Set.count a)
let letters = Set.ofList [ 'c'; 'a'; 'b'; 'a'; 'c' ]
printfn "letters: %A" (Set.toList letters)
printfn "evens squared: %A" (a |> Set.filter (fun x -> x % 2 = 0) |> Set.map (fun x -> x * x) |> Set.toList)

// .NET's out arguments: the address of a mutable, or left off for a tuple; a key not found gives the default.
let mutable found = ""
printfn "TryGetValue(2, &found): %b %s" (m.TryGetValue(2, &found)) found
let ok, missing = m.TryGetValue 9
printfn "TryGetValue 9: %b %A" ok missing
let counts = System.Collections.Generic.Dictionary<string, int>()
counts.["x"] <- 4
let mutable n = -1
printfn "%b %d %A" (counts.TryGetValue("y", &n)) n (counts.TryGetValue "x")
printfn "hash: %b" (a.GetHashCode() = hash a)
let token = obj ()
printfn "obj: %b %b" (token = token) (token = obj ())
printfn "typeof: %s %O" typeof<global.System.Int32>.Name (typeof<string>)
