// Storage (Are We Fast Yet): a tree of arrays, four children per node, leaves of pseudo-random size; 100 times or as
// many as the argument says.
let times = match Env.args with n :: _ -> int n | [] -> 100

type Node =
    | Leaf of int[]
    | Inner of Node[]

let mutable seed = 74755
let nextRandom () =
    seed <- (seed * 1309 + 13849) &&& 65535
    seed

let mutable count = 0
let rec build depth =
    count <- count + 1
    if depth = 1 then Leaf (Array.create (nextRandom () % 10 + 1) 0)
    else Inner (Array.init 4 (fun _ -> build (depth - 1)))

let rec leafCells node =
    match node with
    | Leaf cells -> cells.Length
    | Inner children -> Array.fold (fun total child -> total + leafCells child) 0 children

let mutable cells = 0
for _ in 1 .. times do
    cells <- cells + leafCells (build 7)
printfn "storage: %d nodes, %d leaf cells" count cells
