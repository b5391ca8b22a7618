// Pattern matching: lists, tuples, options, guards, or-patterns and `as`.
let describeList xs =
    match xs with
    | [] -> "empty"
    | [x] -> sprintf "one element: %d" x
    | [x; y] when x = y -> "two equal elements"
    | x :: (y :: _ as rest) when x > y -> sprintf "starts descending, rest has %d" (List.length rest)
    | _ -> "something else"

for xs in [ []; [7]; [3; 3]; [9; 4; 1]; [1; 2; 3] ] do
    printfn "%A -> %s" xs (describeList xs)

let classify p =
    match p with
    | (0, 0) -> "origin"
    | (0, _) | (_, 0) -> "on an axis"
    | (x, y) when x = y -> "diagonal"
    | _ -> "elsewhere"

for p in [ (0, 0); (0, 5); (3, 0); (2, 2); (1, 4) ] do
    printfn "%A is %s" p (classify p)

let describeOpt o =
    match o with
    | Some (1 | 2 | 3 as n) -> sprintf "small %d" n
    | Some n when n < 0 -> "negative"
    | Some n -> sprintf "big %d" n
    | None -> "nothing"

[ Some 2; Some (-4); Some 100; None ] |> List.iter (fun o -> printfn "%s" (describeOpt o))

let isVowel = function
    | 'a' | 'e' | 'i' | 'o' | 'u' -> true
    | _ -> false
let countVowels (s: string) =
    let mutable n = 0
    for i in 0 .. s.Length - 1 do
        if isVowel s.[i] then n <- n + 1
    n
printfn "vowels in 'functional': %d" (countVowels "functional")

// null: a value of .NET's reference types, matched by the null pattern.
let firstLine (text: string) =
    match text with
    | null -> "(no text)"
    | t -> t.Split('\n').[0]
printfn "%s / %s / %A" (firstLine null) (firstLine "one\ntwo") (Option.ofObj (null: string))
