// Enums: named integer constants of a type of their own. %A and string show a case's name (a [<Flags>]
// enum's combination as the names of its cases), int gives the number, enum<T> makes a value from one.
open System.Reflection

type Color = Red = 0 | Green = 1 | Blue = 2

[<System.Flags>]
type Access =
    | Read = 1
    | Write = 2
    | Execute = 4

let c = Color.Green
printfn "%A %O %s %d" c c (string Color.Blue) (int c)
printfn "%b %b %A" (Color.Red < Color.Blue) (c = enum<Color> 1) (enum<Color> 7)
let readWrite = Access.Read ||| Access.Write
printfn "%A %A %d" readWrite (readWrite &&& Access.Write) (int (readWrite ||| Access.Execute))
printfn "%A" (List.sort [ Color.Blue; Color.Red; Color.Green ])

// An enum's cases are its public static fields, as reflection sees them.
let publicStatic = BindingFlags.Static ||| BindingFlags.Public
let t = typeof<Color>
printfn "%s: Red %b, Purple %b" t.Name (not (isNull (t.GetField("Red", publicStatic)))) (isNull (t.GetField("Purple", publicStatic)))
printfn "value__ public: %b" (t.GetField("value__", BindingFlags.Instance ||| BindingFlags.Public).IsPublic)
