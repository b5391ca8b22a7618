// Classes as F# declares them: explicit fields and constructors, static members, and inheritance with
// virtual members. Run: fus run examples/classes.fsx

// Explicit fields (val) set by the constructors' object expressions; a second constructor calls the first.
type Point =
    val X : int
    val mutable Y : int
    new(x, y) = { X = x; Y = y }
    new(x) = Point(x, 0) then printfn "Point(%d) on the axis" x
    member p.Sum = p.X + p.Y

let p = Point(3, 4)
p.Y <- 10
printfn "sum %d, axis sum %d" p.Sum (Point(7)).Sum

// The verbose syntax: class … end, a generic class with overloaded constructors.
type 'a Tree =
    class
        val Leaf : 'a option
        val Children : 'a Tree list
        new(x : 'a) = { Leaf = Some x; Children = [] }
        new((_ : bool), children : 'a Tree list) = { Leaf = None; Children = children }
        static member Node(children) = new Tree<_>(true, children)
        member t.Count : int = if t.Leaf.IsSome then 1 else List.sumBy (fun (c: 'a Tree) -> c.Count) t.Children
    end

printfn "leaves %d" (Tree.Node [Tree "a"; Tree.Node [Tree "b"; Tree "c"]]).Count

// A primary constructor's parameters may go on over several lines; the body is indented past the type's line.
type Request(uri: string,
             timeout: int,
             retries: int) =
    member _.Text = sprintf "%s (%d ms, %d retries)" uri timeout retries

printfn "%s" (Request("/a", 100, 2)).Text

// Optional parameters (an option inside; left out, they are None) and named arguments; a constructor's named
// argument that names no parameter sets a property of the new object, after the constructor has run.
type Window(title: string, ?width: int, ?height: int) =
    member val Visible = false with get, set
    member _.Size = sprintf "%s %dx%d" title (defaultArg width 640) (defaultArg height 480)
    member w.Resize(factor: int, ?extra: int) = (defaultArg width 640) * factor + defaultArg extra 0

let w = Window("main", height = 200, Visible = true)
printfn "%s %b %d %d" w.Size w.Visible (w.Resize 2) (w.Resize(extra = 1, factor = 1))

// Static let, static member val and a zero-initialised field.
type Counter() =
    static let mutable made = 0
    [<DefaultValue>] val mutable Hits : int
    do made <- made + 1
    static member val Label = "counter" with get, set
    static member Made = made

let c = Counter()
c.Hits <- c.Hits + 2
Counter() |> ignore
Counter.Label <- "tally"
printfn "%s: %d made, %d hits" Counter.Label Counter.Made c.Hits

// Inheritance: abstract members with defaults, overrides run whatever the static type, base calls.
[<AbstractClass>]
type Shape(name: string) =
    abstract Area : float
    abstract Describe : unit -> string
    default s.Describe() = sprintf "%s of area %.2f" name s.Area
    member _.Name = name

type Circle(r: float) =
    inherit Shape("circle")
    override _.Area = 3.14159 * r * r

type Square(side: float) =
    inherit Shape("square")
    override _.Area = side * side
    override s.Describe() = "a " + base.Describe()

let shapes : Shape list = [Circle 1.0; Square 2.0]
for s in shapes do printfn "%s: %s" s.Name (s.Describe())
let total (xs: Shape list) = xs |> List.sumBy (fun s -> s.Area)
printfn "total %.3f" (total [Square 3.0 :> Shape; Circle 0.5])

// Indexed properties: Item is x.[i], x.[i, j]; a named one is called as a method, P(i) <- v.
type Grid(width: int, height: int) =
    let cells = Array.create (width * height) '.'
    member _.Item
        with get (x: int, y: int) = cells.[y * width + x]
        and set (x: int, y: int) (c: char) = cells.[y * width + x] <- c
    member _.Row with get (y: int) = System.String(Array.sub cells (y * width) width)
    member _.Cell with get (i: int) = cells.[i] and set (i: int) c = cells.[i] <- c

let g = Grid(3, 2)
g.[1, 1] <- '#'
g.Cell(0) <- '@'
printfn "%s/%s %c" (g.Row 0) (g.Row 1) g.[1, 1]

// A class naming its object (as self) may use it while constructing; using it before the last let has run
// raises InvalidOperationException, as in F#.
type Early() as self =
    do self.Show()
    let n = 1
    member _.Show() = printfn "n = %d" n

type Late() as self =
    let n = 2
    do self.Show()
    member _.Show() = printfn "n = %d" n

try Early() |> ignore with :? System.InvalidOperationException -> printfn "Early: used before initialisation"
Late() |> ignore

// Type tests on a class hierarchy: :? matches the class and the classes derived from it.
let describe (s: Shape) =
    match s with
    | :? Square as sq -> sprintf "a square (%s)" (sq.Describe())
    | :? Circle -> "a circle"
    | _ -> "some shape"

for s in shapes do printfn "%s; square? %b" (describe s) (s :? Square)
