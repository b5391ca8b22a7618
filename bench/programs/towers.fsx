// Towers of Hanoi (Are We Fast Yet): 13 disks moved between three piles of linked disks, 20 times or as many as the
// argument says.
let times = match Env.args with n :: _ -> int n | [] -> 20

type Disk = { Size: int; Next: Disk option }

let run () =
    let piles : Disk option[] = Array.create 3 None
    let moves = ref 0
    let push size pile =
        match piles.[pile] with
        | Some top when top.Size <= size -> failwith "cannot put a big disk on a smaller one"
        | top -> piles.[pile] <- Some { Size = size; Next = top }
    let pop pile =
        match piles.[pile] with
        | Some top ->
            piles.[pile] <- top.Next
            top.Size
        | None -> failwith "attempt to remove a disk from an empty pile"
    let moveTop from dest =
        push (pop from) dest
        moves.Value <- moves.Value + 1
    let rec moveDisks disks from dest =
        if disks = 1 then moveTop from dest
        else
            let other = 3 - from - dest
            moveDisks (disks - 1) from other
            moveTop from dest
            moveDisks (disks - 1) other dest
    for size in 12 .. -1 .. 0 do
        push size 0
    moveDisks 13 0 1
    moves.Value

let mutable total = 0
for _ in 1 .. times do
    total <- total + run ()
printfn "towers: %d moves" total
