// Arrays, for and while loops: an in-place bubble sort.
let bubbleSort (a: int[]) =
    let mutable swapped = true
    let mutable passes = 0
    while swapped do
        swapped <- false
        passes <- passes + 1
        for i in 0 .. a.Length - 2 do
            if a.[i] > a.[i + 1] then
                let tmp = a.[i]
                a.[i] <- a.[i + 1]
                a.[i + 1] <- tmp
                swapped <- true
    passes

let data = [| 64; 34; 25; 12; 22; 11; 90; 5 |]
printfn "before: %A" data
let passes = bubbleSort data
printfn "after:  %A" data
printfn "passes: %d" passes

let squares = Array.init 6 (fun i -> i * i)
printfn "squares: %A (length %d)" squares squares.Length
let total = Array.fold (+) 0 squares
printfn "sum: %d, max: %d" total (Array.max squares)

let grid = Array.create 3 0
for i = 0 to 2 do
    grid.[i] <- (i + 1) * 100
for i = 2 downto 0 do
    printf "%d " grid.[i]
printfn ""
for i in 0 .. 3 .. 12 do
    printf "%d " i
printfn ""
let copy = Array.copy data
Array.sortInPlaceBy (fun x -> -x) copy
printfn "descending: %A" copy
printfn "original still: %A" data
