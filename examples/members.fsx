// Members on records and unions, operators, ToString, classes (constructor, let and do bindings, mutable state,
// properties with getters and setters, auto-properties, static members), generic classes.
type Point =
    { X: float; Y: float }
    member p.Norm = sqrt (p.X * p.X + p.Y * p.Y)
    member p.Add(o: Point) = { X = p.X + o.X; Y = p.Y + o.Y }
    member p.Scale k = { X = p.X * k; Y = p.Y * k }
    static member Origin = { X = 0.0; Y = 0.0 }
    static member (*) (k: float, p: Point) = p.Scale k
    static member (-) (a: Point, b: Point) = { X = a.X - b.X; Y = a.Y - b.Y }
    override p.ToString() = sprintf "(%g, %g)" p.X p.Y

let a = { X = 3.0; Y = 4.0 }
printfn "%.1f %O %O" a.Norm (a.Add { X = 1.0; Y = 1.0 }) (2.0 * a)
printfn "%s %s %s" (string Point.Origin) (string (a - a)) (a.ToString())
printfn "%s" $"interpolated {a}"
printfn "%A" a
printfn "%A" ([a; Point.Origin] |> List.map (fun p -> p.Norm))
printfn "%A" ([a; Point.Origin] |> List.map string)
let describe x = "<" + string x + ">"
printfn "%s %s" (describe 1) (describe "one")

type Suit =
    | Hearts
    | Spades
    member s.Color = match s with Hearts -> "red" | Spades -> "black"
    static member All = [Hearts; Spades]
for s in Suit.All do printfn "%A is %s" s s.Color

type Account(owner: string, initial: float) =
    let mutable balance = initial
    let mutable history = []
    let record amount = history <- amount :: history
    do printfn "opened for %s" owner
    member _.Owner = owner
    member _.Balance = balance
    member this.Deposit(amount) =
        balance <- balance + amount
        record amount
        this
    member _.Withdraw amount =
        if amount > balance then failwith "insufficient funds"
        balance <- balance - amount
        record (-amount)
    member _.History = List.rev history
    member val Tag = "none" with get, set
    override _.ToString() = sprintf "%s: %.2f" owner balance

let acc = Account("Ada", 10.0)
acc.Deposit(5.0).Deposit(2.5) |> ignore
acc.Withdraw 4.0
acc.Tag <- "vip"
printfn "%s %.2f %A %s" acc.Owner acc.Balance acc.History acc.Tag
printfn "%O" acc
let bob = new Account("Bob", 0.0)
printfn "%s" (string bob)
try bob.Withdraw 1.0 with Failure m -> printfn "refused: %s" m

type Temperature(celsius: float) =
    let mutable c = celsius
    member _.Celsius
        with get () = c
        and set v = c <- v
    member t.Fahrenheit = t.Celsius * 9.0 / 5.0 + 32.0
let t = Temperature(100.0)
printfn "%.1f" t.Fahrenheit
t.Celsius <- -40.0
printfn "%.1f %.1f" t.Celsius t.Fahrenheit

type Stack<'T>() =
    let mutable items: 'T list = []
    member _.Push(x: 'T) = items <- x :: items
    member _.Pop() =
        match items with
        | x :: rest ->
            items <- rest
            Some x
        | [] -> None
    member _.Count = List.length items
    static member Of(xs: 'T list) =
        let s = Stack()
        for x in xs do s.Push x
        s
let ints = Stack.Of [1; 2; 3]
let words = Stack.Of ["a"; "b"]
printfn "%d %A %A %d" ints.Count (ints.Pop()) (words.Pop()) words.Count

type Util =
    static member Twice x = 2 * x
    static member Greeting = "hi"
printfn "%d %s" (Util.Twice 21) Util.Greeting
