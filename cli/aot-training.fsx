// What bin/fus trains its JDK AOT caches on: hello's path, enough calls and loop turns for the second tier to
// translate a function and a loop, and a call into every module of the standard library with the kinds of values
// scripts use, so that the classes (and lambdas) an image run installs come from the cache as a source run's do.
type Point = { X: float; mutable Y: float }
type Shape =
    | Circle of float
    | Square of float
let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)
let mutable total = 0
for i in 1 .. 30000 do
    total <- total + i % 7
let area s =
    match s with
    | Circle r -> Math.PI * r * r
    | Square a -> a * a
let p = { X = sqrt 2.0; Y = abs -1.5 }
p.Y <- p.Y + 1.0
let xs = List.map (fun i -> i * 2) [ 1 .. 10 ]
let arr = Array.init 10 (fun i -> i * i)
// A function hot enough to be translated that reads and writes what the bench programs do (float fields, arrays of
// floats, ints and options), calls a script function and a native, and makes a closure with a capture: the classes
// and lambdas the translator makes for each of those come from the cache.
let piles : int option[] = Array.create 3 None
let vs = Array.create 4 1.5
let rec depth n = if n = 0 then 0 else 1 + depth (n - 1)
let work i =
    piles.[i % 3] <- Some i
    let d = match piles.[(i + 1) % 3] with Some v -> v | None -> 0
    p.Y <- p.Y + vs.[i % 4] * 0.5
    let add = fun x -> x + d
    add arr.[i % 10] + depth 3 + List.length xs
for i in 1 .. 3000 do
    total <- total + work i % 7
Array.sortInPlace arr
let squares = Seq.toList (Seq.map (fun x -> x * x) [ 1 .. 5 ])
let m = Map.add "a" 1 Map.empty
let s = Set.ofList [ 3; 1; 2 ]
let o = Option.map (fun x -> x + 1) (Some 1)
let words = String.concat "," [ "a"; "b" ]
let safe = try failwith "boom" with e -> e.Message
// The bench programs' size argument: Env.args, and a string converted with int (the Convert natives).
let times = match Env.args with n :: _ -> int n | [] -> int "3"
printfn "Hello from Fusabi! %d %d %.2f %A %A %d %A %A %A %A %s %s %s" (fib 20) total (area (Circle 1.0) + area (Square 2.0))
    p (List.sum xs) arr.[9] squares (Map.tryFind "a" m) (Set.toList s) o words (string (1, 'c', true)) safe
printfn "%5d %-4s|" times "ab"
