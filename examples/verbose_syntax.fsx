// F#'s verbose and older syntax, and the places where the offside rule lets a line undent.

// begin ... end are parentheses spelled as words, also around a module's body
let sum = begin 1 + 2 end * 10
module Limits = begin
    let low = 1
    let high = 3
end

// done ends a loop; ;; ends a top-level declaration
let mutable total = 0;;
for i = Limits.low to Limits.high do
    total <- total + i
done
while total < 10 do total <- total * 2 done;;
printfn "sum %d total %d" sum total

// let ... in on continuation lines, in the style of the F# compiler's own tests
let arithmetic ( )
    = let x = 10 + 12 - 3
       in let y = x * 2 + 1 in
          let r1, r2 = x / 3, x % 3
           in printfn "x = %d, y = %d, x/3 = %d, x%%3 = %d"
                           x       y        r1         r2;;
arithmetic ()

// an else at the end of a line lets the rest of the block go on at the if's column
let classify n =
    if n < 0 then "negative" else
    if n = 0 then "zero" else
    let digits = string n
    sprintf "%d digits" digits.Length
printfn "%s, %s, %s" (classify -5) (classify 0) (classify 1234)

// the last case of a match may go on with another match at the same column
let add a b =
    match a with
    | None -> 0
    | Some x ->
    match b with
    | None -> x
    | Some y -> x + y
printfn "%d %d %d" (add None (Some 1)) (add (Some 1) None) (add (Some 1) (Some 2))

// inside brackets a line may undent to just right of the line the bracket opened on
let join (sep: string, parts: string list) = String.concat sep parts
let joined = join(", ",
    [ "a"
      "b" ])
let total2 = List.sum [
    1
    2
]
printfn "%s %d" joined total2

// an infix operator starting a line may stick out left of the block
let long =
      1 + 2
    + 3 + 4
printfn "%d" long

// The body of a try may be a match at the try's own column, as F#'s offside rule permits.
let safeDivide x =
    try
    match x with
    | 0 -> failwith "zero"
    | n -> 100 / n
    with Failure _ -> -1
printfn "safeDivide: %d %d" (safeDivide 0) (safeDivide 4)
