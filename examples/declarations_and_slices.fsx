// Attributes, modifiers, explicit type arguments and slices, as ordinary F# scripts write them.

[<Literal>]
let MaxLevel = 3
[<Literal>]
let Greeting = "hello" + ", "

let describe level =
    match level with
    | 0 -> "off"
    | MaxLevel -> "max"
    | _ -> "some"

[<RequireQualifiedAccess>]
type Light =
    | [<CompiledName("RedLight")>] Red
    | Green

[<Struct>]
type Point = { X: int; Y: int }

[<AutoOpen>]
module Geometry =
    let inline square x = x * x
    let private half x = x / 2
    let internal manhattan (p: Point, q: Point) = abs (p.X - q.X) + abs (p.Y - q.Y)
    let public halfOf x = half x

printfn "%s%s" Greeting "world"
printfn "%s %s %s" (describe 0) (describe 2) (describe MaxLevel)
printfn "%A %A" Light.Red Light.Green
printfn "%d %d %d" (square 7) (halfOf 9) (manhattan ({ X = 1; Y = 2 }, { X = 4; Y = -2 }))

// explicit type arguments
let zeros = Array.zeroCreate<int> 3
let names = Set.empty<string> |> Set.add "b" |> Set.add "a"
let nothing = List.empty<float>
printfn "%A %A %A %d" zeros (Set.toList names) nothing (Unchecked.defaultof<int>)
printfn "%A %b %A %A" (Unchecked.defaultof<string>) (isNull Unchecked.defaultof<System.Text.StringBuilder>) Unchecked.defaultof<byte> Unchecked.defaultof<decimal>

// slices of lists, arrays and strings; out-of-range bounds give what lies in range
let xs = [ 10; 20; 30; 40; 50 ]
let arr = [| 'a'; 'b'; 'c'; 'd'; 'e'; 'f' |]
let word = "slicing"
printfn "%A %A %A" xs.[1..3] xs[..1] xs[3..]
printfn "%A %A" arr.[2..4] arr[4..10]
printfn "%s %s %s [%s]" word.[..2] word[3..] (word.[2..4].ToUpper()) word[5..2]
