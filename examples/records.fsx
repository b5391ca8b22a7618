// Records: construction, copy-and-update, structural equality.
type Point = { X: int; Y: int }
type Person = { Name: string; Age: int; Email: string }

let p1 = { X = 1; Y = 2 }
let p2 = { p1 with Y = 5 }
let p3 = { X = 1; Y = 2 }
printfn "p1 = (%d, %d)" p1.X p1.Y
printfn "p2 = (%d, %d)" p2.X p2.Y
printfn "p1 = p3: %b" (p1 = p3)
printfn "p1 = p2: %b" (p1 = p2)
printfn "p1 < p2: %b" (p1 < p2)

let move dx dy p = { p with X = p.X + dx; Y = p.Y + dy }
let moved = p1 |> move 3 4 |> move (-1) 0
printfn "moved = (%d, %d)" moved.X moved.Y

let alice = { Name = "Alice"; Age = 30; Email = "alice@example.com" }
let older = { alice with Age = alice.Age + 1 }
printfn "%s is %d, then %d" alice.Name alice.Age older.Age
printfn "same person? %b" (alice = older)

let people =
    [ alice
      { Name = "Bob"; Age = 25; Email = "bob@example.com" }
      { Name = "Carol"; Age = 35; Email = "carol@example.com" } ]
let youngest = people |> List.minBy (fun p -> p.Age)
printfn "youngest: %s" youngest.Name
let { Name = n; Age = a } = List.maxBy (fun p -> p.Age) people
printfn "oldest: %s (%d)" n a
