// Towers of Hanoi: print the moves for 3 discs, count them for 20.
let rec hanoi n from target via (moves: (int * string * string) list) =
    if n = 0 then moves
    else
        let moves = hanoi (n - 1) from via target moves
        let moves = (n, from, target) :: moves
        hanoi (n - 1) via target from moves

for (disc, a, b) in List.rev (hanoi 3 "A" "C" "B" []) do
    printfn "move disc %d from %s to %s" disc a b

let rec countMoves n = if n = 0 then 0 else 2 * countMoves (n - 1) + 1

let mutable counter = 0
let rec solve n from target via =
    if n > 0 then
        solve (n - 1) from via target
        counter <- counter + 1
        solve (n - 1) via target from

solve 20 1 3 2
printfn "moves for 20 discs: %d (formula %d)" counter (countMoves 20)
