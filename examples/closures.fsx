// Closures, currying and partial application.
let add a b = a + b
let add5 = add 5
printfn "add5 10 = %d" (add5 10)

let makeCounter () =
    let count = ref 0
    fun () ->
        count.Value <- count.Value + 1
        count.Value

let c1 = makeCounter ()
let c2 = makeCounter ()
c1 () |> ignore
c1 () |> ignore
printfn "c1 = %d, c2 = %d" (c1 ()) (c2 ())

let adders = [ for i in 1 .. 3 -> fun x -> x + i * 10 ]
printfn "%A" (List.map (fun f -> f 1) adders)

let compose3 f g h = f >> g >> h
let pipeline = compose3 (fun x -> x + 1) (fun x -> x * 2) string
printfn "pipeline 4 = %s" (pipeline 4)

let applyTwice f = f >> f
printfn "applyTwice (mul 3) 7 = %d" (applyTwice (( * ) 3) 7)

let flip f a b = f b a
printfn "flip (-) 1 10 = %d" (flip (-) 1 10)

// Evaluation order: in `f a b` both arguments are evaluated before f is called; in `(f a) b` and `id (f a) b`
// f a is called first, as F# does it.
let log = ResizeArray<string>()
let note s v = log.Add s; v
let curried x = log.Add "called"; fun y -> x + y
curried (note "a" 1) (note "b" 2) |> ignore
(curried (note "a" 1)) (note "b" 2) |> ignore
id (curried (note "a" 1)) (note "b" 2) |> ignore
printfn "%s" (String.concat " " log)
