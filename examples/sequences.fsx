// Sequence expressions are lazy: an element is computed when it is taken.
let numbers =
    seq {
        for i in 1 .. 5 do
            printfn "making %d" i
            yield i * i
    }
printfn "defined"
numbers |> Seq.take 2 |> Seq.toList |> printfn "%A"

let rec countdown n =
    seq {
        if n > 0 then
            yield n
            yield! countdown (n - 1)
    }
printfn "%A" (countdown 5 |> Seq.toList)

let naturals = seq { let mutable i = 0 in while true do yield i; i <- i + 1 }
printfn "%A" (naturals |> Seq.skip 10 |> Seq.head)

let pairs = seq { for x in [1; 2] do for y in "ab" -> (x, y) }
printfn "%A" (List.ofSeq pairs)

let guarded =
    seq {
        try
            yield 1
            yield 2
        finally
            printfn "cleaned up"
    }
guarded |> Seq.iter (printfn "got %d")
printfn "%A" (guarded |> Seq.head)

let implicitYields = seq { for w in ["a"; "bb"; "ccc"] do if w.Length > 1 then w.ToUpper() }
printfn "%A" (Seq.toList implicitYields)
let big = seq { for i in 1 .. 1000000000 -> i } |> Seq.filter (fun i -> i % 7 = 0) |> Seq.take 3 |> Seq.toList
printfn "%A" big
printfn "%d" (seq { 1 .. 2 .. 9 } |> Seq.sum)
