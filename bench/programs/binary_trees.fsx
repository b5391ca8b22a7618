// Binary trees (Benchmarks Game algorithm) of depth 14, or the argument: allocation-heavy.
type Tree =
    | Leaf
    | Node of Tree * Tree

let rec make depth =
    if depth = 0 then Node (Leaf, Leaf)
    else Node (make (depth - 1), make (depth - 1))

let rec check tree =
    match tree with
    | Leaf -> 0
    | Node (l, r) -> 1 + check l + check r

let maxDepth = match Env.args with n :: _ -> int n | [] -> 14
let minDepth = 4
let stretch = maxDepth + 1
printfn "stretch tree of depth %d\t check: %d" stretch (check (make stretch))
let longLived = make maxDepth
for d in minDepth .. 2 .. maxDepth do
    let iterations = 1 <<< (maxDepth - d + minDepth)
    let mutable total = 0
    for i in 1 .. iterations do
        total <- total + check (make d)
    printfn "%d\t trees of depth %d\t check: %d" iterations d total
printfn "long lived tree of depth %d\t check: %d" maxDepth (check longLived)
