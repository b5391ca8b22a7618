// Values that refer to themselves or to later ones: a `let rec` group and a `module rec`, as F# initialises them.

// Cyclic data: the record is made, then its field set to the value it refers to.
type Node = { id: int; next: Node }
let rec ring = { id = 1; next = two }
and two = { id = 2; next = three }
and three = { id = 3; next = ring }

let rec walk (n: Node) steps = if steps = 0 then [] else n.id :: walk n.next (steps - 1)
printfn "ring: %A" (walk ring 7)

// In a module rec every name is in scope from its start; a value needed before its definition runs is computed
// then (a Lazy forced where it is defined and where it is used), and functions and types refer to later ones.
module rec Settings =
    let greeting = sprintf "%s, %s" salutation name
    let salutation = "Hello"
    let name = capitalise "world"
    let capitalise (s: string) = string (System.Char.ToUpper s.[0]) + s.Substring 1
    let shapes = [ Circle 1.0; Square 2.0 ]
    type Shape = Circle of float | Square of float

printfn "%s (%d shapes)" Settings.greeting Settings.shapes.Length

// A value whose computation needs itself raises InvalidOperationException when it runs.
let selfish () =
    let rec x = (fun () -> x + 1) ()
    x
try selfish () |> ignore with :? System.InvalidOperationException as e -> printfn "selfish: %s" e.Message

// The check happens as often as the code runs: a hot loop reads a lazily made value of its group.
let counter () =
    let rec total = List.sum (List.map step [1 .. 10])
    and step i = i * scale
    and scale = 3
    total
let mutable sum = 0
for _ in 1 .. 2000 do sum <- sum + counter ()
printfn "sum: %d" sum

// An object expression of System.Object that refers to itself: its overrides run whatever its static type (obj).
let rec named = { new System.Object() with
                    override _.ToString() = "named"
                    override _.GetHashCode() = (named.ToString()).Length }
printfn "%s %d %d" (string named) (hash named) (named.GetHashCode())
