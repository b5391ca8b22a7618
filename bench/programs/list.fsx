// List (Are We Fast Yet): Takeuchi-style recursion over linked lists, 300 times or as many as the argument says.
let times = match Env.args with n :: _ -> int n | [] -> 300

let rec makeList n = if n = 0 then [] else n :: makeList (n - 1)

let rec isShorterThan x y =
    match x, y with
    | _, [] -> false
    | [], _ -> true
    | _ :: xs, _ :: ys -> isShorterThan xs ys

let rec tail x y z =
    if isShorterThan y x then
        tail (tail (List.tail x) y z) (tail (List.tail y) z x) (tail (List.tail z) x y)
    else z

let mutable total = 0
for _ in 1 .. times do
    total <- total + List.length (tail (makeList 15) (makeList 10) (makeList 6))
printfn "list: %d" total
