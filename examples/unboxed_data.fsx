// Arrays of ints, floats, bools and chars are primitive arrays where the element type is known, and arrays of boxes
// in generic code; both meet in one program, and every array operation takes either. A record's int, float, bool
// and char fields, ref cells and union case fields are stored unboxed too (docs/ARCHITECTURE.md, Values).
let floats = [| 1.5; 2.0; -0.25 |]
floats.[2] <- floats.[0] * 4.0
printfn "%A" floats

let squares = Array.init 6 (fun i -> i * i)
let flags = Array.create 4 false
flags.[2] <- true
let letters = "fusabi".ToCharArray()
letters.[0] <- 'F'
printfn "%A %A %A" squares flags letters
printfn "%s" (System.String(letters))

// Generic code boxes at its boundary: it reads, writes and makes arrays of any representation.
let first (xs: 'a[]) = xs.[0]
let swap (xs: 'a[]) i j =
    let t = xs.[i]
    xs.[i] <- xs.[j]
    xs.[j] <- t
let filled (x: 'a) n = Array.create n x
swap floats 0 2
printfn "%g %d %b %c" (first floats) (first squares) (first flags) (first letters)
let made = filled 0.5 3
made.[1] <- made.[0] + 1.0
printfn "%A %g" made (Array.sum made)

// The library takes and makes them too.
let halves = Array.map (fun x -> float x / 2.0) squares
printfn "%A" halves
printfn "%A %A" (Array.filter (fun x -> x % 2 = 0) squares) (Array.rev letters)
printfn "%A" halves.[1..3]
let copy = Array.copy halves
Array.blit made 0 copy 0 2
Array.sortInPlace copy
printfn "%A %A" copy halves
Array.fill flags 0 2 true
printfn "%A %d" flags (Array.length flags)
printfn "%A" (Array.append [| 1; 2 |] squares)
printfn "%A" (Array.zip [| 1; 2 |] [| 'a'; 'b' |])
printfn "%A" (List.ofArray halves, Seq.sum squares)
// A sequence over an array is a view of it, as F#'s Seq.ofArray is: it reads the elements when enumerated.
let view = Seq.ofArray halves
halves.[0] <- -1.0
printfn "%g %g" (Seq.head view) (Seq.sum (Array.toSeq flags |> Seq.map (fun b -> if b then 1.0 else 0.0)))
halves.[0] <- 0.0

// Equality, comparison and hashing look at the elements, whatever the representation.
printfn "%b %b" (made = [| 0.5; 1.5; 0.5 |]) (compare [| 1; 2 |] [| 1; 3 |] < 0)
printfn "%b" (Set.ofList [ [| 1; 2 |]; [| 1; 2 |] ] |> Set.count = 1)

// Arrays of arrays, in records and in closures.
let grid = Array.init 3 (fun i -> Array.create 2 (float i))
grid.[2].[1] <- 9.0
printfn "%A" grid
type Particle = { Position: float[]; Alive: bool[] }
let p = { Position = [| 0.0; 1.0 |]; Alive = [| true |] }
let move dx = p.Position.[0] <- p.Position.[0] + dx
move 2.5
move 0.5
printfn "%A" p
let mutable total = 0
for s in squares do total <- total + s
printfn "%d" total
match squares with
| [| a; b; _; _; _; f |] -> printfn "%d %d %d" a b f
| _ -> printfn "other"
try
    printfn "%g" floats.[3]
with :? System.IndexOutOfRangeException as e -> printfn "%s" e.Message

// Unboxed record fields: assigning one allocates nothing; equality, printing, patterns and copies see the values.
type Body = { mutable X: float; mutable Steps: int; Name: string; mutable Moving: bool; Tag: char }
let body = { X = 1.5; Steps = 0; Name = "probe"; Moving = true; Tag = 'p' }
for i in 1 .. 10 do
    body.X <- body.X + 0.25 * float i
    body.Steps <- body.Steps + 1
body.Moving <- body.X < 10.0
printfn "%A" body
let { X = x; Steps = steps } = body
let later = { body with X = x * 2.0 }
printfn "%g %d %b %b %d" later.X steps (body = later) (later = { later with Tag = 'p' }) (compare body later)
type Cell<'a> = { mutable Value: 'a; Weight: float }
let cell = { Value = 2.0; Weight = 0.5 }
cell.Value <- cell.Value * cell.Weight
printfn "%A" cell

// A ref cell made where its contents' type is primitive holds them unboxed; one made by generic code holds a box.
let counter = ref 0
for i in 1 .. 100 do counter.Value <- counter.Value + i
incr counter
let boxedCell (x: 'a) = ref x
let half = boxedCell 0.25
half.Value <- half.Value * 2.0
printfn "%d %A %b %b" counter.Value half (half = ref 0.5) (!half = 0.5)

// Union cases hold their primitive fields unboxed too (exceptions keep boxes).
type Shape = Circle of float | Rect of float * float | Label of string * int
let shapes = [ Circle 1.0; Rect (2.0, 0.5); Label ("l", 3) ]
let area shape = match shape with Circle r -> 3.0 * r * r | Rect (w, h) -> w * h | Label (_, n) -> float n
printfn "%A %g %b" shapes (List.sumBy area shapes) (Rect (2.0, 0.5) = List.item 1 shapes)
