// Interfaces implemented by classes and records, object expressions, upcasts, downcasts and type tests.
type IShape =
    abstract Area: float
    abstract Name: string; // a ';' may end an abstract member, as older F# writes it
    abstract Scale: float -> IShape
    abstract Describe: prefix: string * width: int -> string

type Circle(r: float) =
    member _.Radius = r
    interface IShape with
        member _.Area = 3.0 * r * r
        member _.Name = "circle"
        member _.Scale k = Circle(r * k) :> IShape
        member this.Describe(prefix, width) = sprintf "%s%-8s|%d" prefix "circle" width

type Square =
    { Side: float }
    interface IShape with
        member s.Area = s.Side * s.Side
        member _.Name = "square"
        member s.Scale k = { Side = s.Side * k } :> IShape
        member _.Describe(prefix, width) = prefix + "square"

let shapes = [Circle 1.0 :> IShape; { Side = 2.0 } :> IShape; (Circle 2.0 :> IShape).Scale 0.5]
for s in shapes do
    printfn "%s %.2f" s.Name s.Area
printfn "%s" ((List.item 1 shapes).Describe("a ", 3))
printfn "%.2f" (shapes |> List.sumBy (fun s -> s.Area))

let describe (s: IShape) =
    match s with
    | :? Circle as c -> sprintf "circle of radius %.1f" c.Radius
    | :? Square as q -> sprintf "square of side %.1f" q.Side
    | _ -> "another shape"
for s in shapes do printfn "%s" (describe s)
let first = List.head shapes
printfn "%.1f %b %b" (first :?> Circle).Radius (first :? Circle) (first :? Square)

let unitShape =
    { new IShape with
        member _.Area = 1.0
        member this.Name = "unit of area " + string this.Area
        member this.Scale _ = this
        member _.Describe(prefix, _) = prefix + "unit" }
printfn "%s %.1f %s %s" unitShape.Name (unitShape.Scale 3.0).Area (unitShape.Describe("the ", 0)) (describe unitShape)

let counting () =
    let mutable reads = 0
    { new IShape with
        member _.Area =
            reads <- reads + 1
            float reads
        member _.Name = "counting"
        member this.Scale _ = this
        member _.Describe(prefix, _) = prefix }
let c = counting ()
printfn "%.0f %.0f %.0f" c.Area c.Area c.Area
