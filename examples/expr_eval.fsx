// A recursive union: a small expression evaluator and simplifier.
type Expr =
    | Num of int
    | Var of string
    | Add of Expr * Expr
    | Mul of Expr * Expr
    | Neg of Expr

let rec eval env expr =
    match expr with
    | Num n -> n
    | Var v -> Map.find v env
    | Add (a, b) -> eval env a + eval env b
    | Mul (a, b) -> eval env a * eval env b
    | Neg e -> - (eval env e)

let rec show expr =
    match expr with
    | Num n -> string n
    | Var v -> v
    | Add (a, b) -> sprintf "(%s + %s)" (show a) (show b)
    | Mul (a, b) -> sprintf "%s * %s" (show a) (show b)
    | Neg e -> sprintf "-%s" (show e)

let rec simplify expr =
    match expr with
    | Add (Num 0, e) | Add (e, Num 0) -> simplify e
    | Mul (Num 1, e) | Mul (e, Num 1) -> simplify e
    | Mul (Num 0, _) | Mul (_, Num 0) -> Num 0
    | Add (a, b) -> Add (simplify a, simplify b)
    | Mul (a, b) -> Mul (simplify a, simplify b)
    | Neg (Neg e) -> simplify e
    | Neg e -> Neg (simplify e)
    | e -> e

let env = Map.ofList [ ("x", 5); ("y", 7) ]
let e = Add (Mul (Num 1, Var "x"), Mul (Add (Var "y", Num 0), Neg (Neg (Num 3))))
printfn "%s = %d" (show e) (eval env e)
let s = simplify e
printfn "%s = %d" (show s) (eval env s)
printfn "%A" (simplify (Mul (Num 0, Var "z")))
printfn "%A" (simplify (Add (Num 0, Var "z")))
printfn "equal after simplify: %b" (simplify e = Add (Var "x", Mul (Var "y", Num 3)))
