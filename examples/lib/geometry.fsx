// Loaded by examples/load_shapes.fsx: the definitions of a loaded file live in the module named after it (Geometry).
type Shape =
    | Circle of float
    | Rect of float * float

let area shape =
    match shape with
    | Circle r -> 3.14159 * r * r
    | Rect (w, h) -> w * h

let name shape =
    match shape with
    | Circle _ -> "circle"
    | Rect _ -> "rectangle"
