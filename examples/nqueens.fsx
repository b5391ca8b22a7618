// N-Queens: count all solutions on an 8x8 board by backtracking over lists.
let safe col placed =
    placed
    |> List.mapi (fun dist c -> (dist + 1, c))
    |> List.forall (fun (dist, c) -> c <> col && abs (c - col) <> dist)

let rec solve n row placed =
    if row = n then [ List.rev placed ]
    else
        [ 0 .. n - 1 ]
        |> List.filter (fun col -> safe col placed)
        |> List.collect (fun col -> solve n (row + 1) (col :: placed))

let solutions = solve 8 0 []
printfn "8 queens: %d solutions" (List.length solutions)
printfn "first: %A" (List.head solutions)

for n in 4 .. 7 do
    printfn "%d queens: %d" n (List.length (solve n 0 []))

let first = List.head solutions
for r in 0 .. 7 do
    let row = [ for c in 0 .. 7 -> if List.item r first = c then "Q" else "." ]
    printfn "%s" (String.concat " " row)
