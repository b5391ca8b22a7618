// Closures that read and assign `let mutable` locals (F# makes each such local a ref cell implicitly).
let makeCounter () =
    let mutable count = 0
    fun () ->
        count <- count + 1
        count
let c1 = makeCounter ()
let c2 = makeCounter ()
c1 () |> ignore
c1 () |> ignore
printfn "c1=%d c2=%d" (c1 ()) (c2 ())

// int, float, string and list locals; the closure and the declaring function see each other's writes.
let stats xs =
    let mutable n = 0
    let mutable sum = 0.0
    let mutable longest = ""
    let mutable seen = []
    xs |> List.iter (fun (s: string) ->
        n <- n + 1
        sum <- sum + float s.Length
        if s.Length > longest.Length then longest <- s
        seen <- s :: seen)
    n <- n * 10
    (n, sum / float (List.length xs), longest, List.rev seen)
printfn "%A" (stats ["a"; "abc"; "ab"])

// Read after a later assignment, through closures nested two deep, and by a recursive local function.
let late () =
    let mutable x = 1
    let show () = x * 100
    x <- 5
    show ()
let nested () =
    let mutable total = 0
    let outer k =
        let inner () = total <- total + k
        inner ()
        inner ()
    outer 3
    outer 4
    total
let countdown start =
    let mutable steps = []
    let rec go n =
        steps <- n :: steps
        if n > 0 then go (n - 1)
    go start
    steps
printfn "late=%d nested=%d countdown=%A" (late ()) (nested ()) (countdown 3)

// Two closures share one cell; a cell per call of the function that declares it.
let makeAccumulator () =
    let mutable acc = 0
    (fun x -> acc <- acc + x), (fun () -> acc)
let add, get = makeAccumulator ()
let add2, get2 = makeAccumulator ()
add 10
add 32
add2 1
printfn "acc=%d acc2=%d" (get ()) (get2 ())

// In a loop body, a closure made each turn captures the same local.
let sumSquares n =
    let mutable s = 0
    for i in 1 .. n do
        let addSquare () = s <- s + i * i
        addSquare ()
    s
printfn "sumSquares 10 = %d" (sumSquares 10)

// A hot closure over a captured int and float: the cell keeps them unboxed.
let mutable calls = 0
let spin n =
    let mutable hits = 0
    let mutable weight = 0.0
    let hit i =
        calls <- calls + 1
        if i % 3 = 0 then
            hits <- hits + 1
            weight <- weight + 0.5
    for i in 1 .. n do hit i
    hits, weight
printfn "%A calls=%d" (spin 30000) calls
