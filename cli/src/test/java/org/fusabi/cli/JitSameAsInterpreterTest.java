package org.fusabi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.fusabi.compiler.Compiler;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.Translations;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/**
 * The second tier must not be visible to a script: each program here runs once with it (hot functions and loops
 * translated) and once with the interpreter alone ({@link Translations#interpreted}), and both runs must print the
 * same and end with the same error report: message, file:line:col and trace. (Limits: {@link JitLimitsTest}.)
 */
class JitSameAsInterpreterTest {
    private static final int DEFAULT_DEPTH = 1_000_000;

    private static String run(Image image, boolean translated, int depth) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Interpreter vm = new Interpreter(image, out, out).maxDepth(depth);
        if (!translated) Translations.interpreted(vm);
        try {
            vm.run();
        } catch (ScriptError e) {
            out.println(e.render());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Runs source both ways; the functions named must have been translated (so the test tests something). */
    private static String same(String source, String... translated) {
        return same(DEFAULT_DEPTH, source, translated);
    }

    private static String same(int depth, String source, String... translated) {
        String interpreted = run(Compiler.compile("t.fsx", source), false, depth);
        Image image = Compiler.compile("t.fsx", source);
        assertEquals(interpreted, run(image, true, depth));
        for (String f : translated) assertTrue(Translations.translated(image, f), f + " was not translated");
        return interpreted;
    }

    @Test
    void errorsInNestedTranslatedCallsHaveTheInterpretersLocationAndTrace() {
        String out = same("""
                let h x = if x = 4999 then failwith "boom" else x + 1
                let g x = h x * 2
                let f x = g (x - 1) + 1
                let mutable total = 0
                for i in 1 .. 6000 do
                    total <- total + f i
                printfn "%d" total
                """, "f", "g", "h");
        assertTrue(out.contains("t.fsx:1:28: error: boom\n  at h (t.fsx:1:28)\n  at g (t.fsx:2:11)\n  at f (t.fsx:3:11)\n  at <main>"), out);
    }

    @Test
    void narrowIntegersFloat32DecimalAndBigintComputeAlike() {
        String out = same("""
                let bytes (x: byte) (n: int) = x * byte n + 7uy
                let shorts (x: int16) = (x <<< 9) >>> 3
                let words (x: uint32) (y: uint32) = (x * y) / 3u + (x % 7u)
                let longs (x: uint64) = if x / 3UL > 5UL then x >>> 1 else ~~~x
                let singles (x: float32) = x * 1.1f + float32 (int32 x)
                let money (x: decimal) = x * 1.5m
                let huge (x: bigint) = x * x + 1I
                let mutable acc = 0UL
                let mutable f = 0.0f
                let mutable m = 0m
                let mutable h = 0I
                for i in 1 .. 3000 do
                    acc <- acc + uint64 (bytes (byte i) i) + uint64 (shorts (int16 i)) + uint64 (words (uint32 i) 4000000000u) + longs (uint64 i)
                    f <- singles (float32 i) - f
                    m <- money (decimal (i % 10))
                    h <- huge (bigint i)
                printfn "%d %A %A %A %A" acc f m h [for i in 250uy .. 255uy -> i + 10uy]
                printfn "%d" (1uy / byte (acc % 1UL))
                """, "bytes", "shorts", "words", "longs", "singles");
        assertTrue(out.contains("Attempted to divide by zero."), out);
    }

    @Test
    void nativesTuplesListsRecordsUnionsAndStringsBehaveAlike() {
        String out = same("""
                type Shape = Circle of float | Rect of float * float | Dot
                type P = { mutable X: int; Name: string }
                let area s = match s with Circle r -> 3.0 * r * r | Rect (w, h) -> w * h | Dot -> 0.0
                let rec build n acc = if n = 0 then acc else build (n - 1) ((n, string n) :: acc)
                let describe (p: P) = sprintf "%s=%d" p.Name p.X
                let step i =
                    let p = { X = i; Name = "p" + string (i % 3) }
                    p.X <- p.X * 2
                    let shapes = [| Circle (float i); Rect (1.0, float i); Dot |]
                    let total = Array.fold (fun acc s -> acc + area s) 0.0 shapes
                    let pairs = build (i % 5) []
                    let names = List.map snd pairs |> String.concat ","
                    (describe p).Length + int total % 7 + names.Length + (if compare (i, "a") (i - 1, "b") > 0 then 1 else 0)
                let mutable sum = 0
                for i in 1 .. 5000 do sum <- sum + step i
                printfn "%d" sum
                printfn "%A" (build 3 [])
                printfn "%d" (List.head (build (sum % 1) []) |> fst)
                """, "step", "build", "describe", "area");
        assertTrue(out.contains("error: The input list was empty. (Parameter 'list')"), out);
    }

    @Test
    void recursiveValuesLazyAndCyclicBehaveAlike() {
        String out = same("""
                type Node = { id: int; next: Node }
                let count i =
                    let rec ring = { id = i; next = { id = i + 1; next = ring } }
                    let rec total = List.sum (List.map step [1 .. 10])
                    and step k = k * scale + ring.next.next.id
                    and scale = i % 4
                    total
                let cyclic i =
                    let rec x = { id = i; next = y }
                    and y = { id = i * 2; next = x }
                    x.next.next.next.id
                let selfish i =
                    let rec v = (fun () -> if i > 0 then v + 1 else 0) ()
                    v
                let mutable sum = 0
                for i in 1 .. 4000 do sum <- sum + count i + cyclic i
                printfn "%d" sum
                printfn "%d" (selfish 1)
                """, "count", "cyclic");
        assertTrue(out.contains("ValueFactory attempted to access the Value property of this instance."), out);
    }

    @Test
    void objectExpressionOverridesAreCalledAlike() {
        String out = same("""
                let make n = { new System.Object() with
                                 override _.ToString() = "o" + string n
                                 override _.GetHashCode() = n % 7 }
                let measure i = let o = make i in (string o).Length + hash o + o.GetHashCode()
                let mutable sum = 0
                for i in 1 .. 4000 do sum <- sum + measure i
                printfn "%d" sum
                """, "measure");
        assertEquals("42887\n", out);
    }

    @Test
    void aGenericDefaultValueReadAsAPrimitiveIsZeroAlike() {
        // Unchecked.defaultof<'a> in generic code is null (the type is erased); typed code unboxes it to its zero.
        String out = same("""
                let zero () : 'a = Unchecked.defaultof<'a>
                let ints i = (zero () : int) + i
                let floats i = (zero () : float) + float i
                let bools i = (zero () : bool) || i % 2 = 0
                let chars i = if (zero () : char) = char 0 then i else 0
                let mutable total = 0.0
                for i in 1 .. 5000 do total <- total + float (ints i) + floats i + (if bools i then 1.0 else 0.0) + float (chars i)
                printfn "%g" total
                """, "ints", "floats", "bools", "chars");
        assertEquals("3.751e+07\n", out);
    }

    @Test
    void unboxedAndBoxedArraysOfEveryElementTypeBehaveAlike() {
        // Typed code meets arrays generic code made (of boxes) and generic code meets primitive arrays.
        String out = same("""
                let make (x: 'a) n = Array.create n x
                let get (xs: 'a[]) i = xs.[i]
                let put (xs: 'a[]) i x = xs.[i] <- x
                let floats (a: float[]) i = a.[i] <- a.[i - 1] * 0.5 + float i; a.[i]
                let ints (a: int[]) i = a.[i] <- a.[i - 1] + i; a.[i]
                let bools (a: bool[]) i = a.[i] <- not a.[i - 1]; if a.[i] then 1 else 0
                let chars (a: char[]) i = a.[i] <- char (int 'a' + i % 26); int a.[i]
                let fs, fs2 = Array.create 100 1.0, make 1.0 100
                let is, is2 = [| for i in 0 .. 99 -> i |], make 0 100
                let bs, bs2 = Array.zeroCreate 100 |> Array.map (fun x -> x > 0), make false 100
                let cs, cs2 = "abc".ToCharArray() |> Array.append (Array.create 97 'z'), make 'z' 100
                let mutable total = 0.0
                for round in 1 .. 40 do
                    for i in 1 .. 99 do
                        total <- total + floats fs i + floats fs2 i + float (ints is i + ints is2 i + bools bs i + bools bs2 i + chars cs i + chars cs2 i)
                        put fs i (get fs2 i)
                        put is2 i (get is (i - 1))
                printfn "%.6f %A %A %A %A" total fs.[1..3] is2.[1..3] bs.[1..3] cs.[1..3]
                printfn "%b %d" (fs = fs2) (compare is is2)
                printfn "%g" (floats fs 100)
                """, "floats", "ints", "bools", "chars", "get", "put");
        assertTrue(out.contains("t.fsx:4:56: error: Index was outside the bounds of the array.\n  at floats (t.fsx:4:56)"), out);
    }

    @Test
    void unboxedRecordFieldsAndRefCellsBehaveAlike() {
        String out = same("""
                type Body = { mutable X: float; mutable N: int; mutable On: bool; mutable C: char; Name: string }
                type Box<'a> = { mutable V: 'a; W: float }
                let step (b: Body) i =
                    b.X <- b.X * 0.5 + float i
                    b.N <- b.N + i % 7
                    b.On <- not b.On
                    b.C <- char (int 'a' + b.N % 26)
                    if b.On then b.N else int b.X
                let boxed (b: Box<float>) = b.V <- b.V + b.W; b.V
                let copy (b: Body) = { b with X = b.X + 1.0 }
                let cell (x: 'a) = ref x
                let count (c: int ref) (f: float ref) = incr c; f.Value <- f.Value + 0.5; c.Value + int f.Value
                let body = { X = 0.0; N = 0; On = false; C = 'a'; Name = "b" }
                let box = { V = 0.0; W = 0.25 }
                let typed, generic = ref 0, cell 0.0
                let mutable total = 0
                for i in 1 .. 5000 do
                    total <- total + step body i + int (boxed box) + (copy body).N + count typed generic
                printfn "%d %A %A %b %A %A" total body box (copy body = body) typed generic
                """, "step", "boxed", "copy", "count");
        assertTrue(out.contains("C = "), out);
    }

    @Test
    void unboxedUnionFieldsBehaveAlike() {
        String out = same("""
                type Shape = Circle of float | Rect of float * float | Label of string * int * bool | Dot
                type Pair<'a> = Pair of 'a * float
                let make i = match i % 4 with 0 -> Circle (float i) | 1 -> Rect (float i, 0.5) | 2 -> Label ("l", i, i % 3 = 0) | _ -> Dot
                let area s = match s with Circle r -> r * r | Rect (w, h) -> w * h | Label (_, n, b) -> (if b then float n else 1.0) | Dot -> 0.0
                let second (Pair (_, x)) = x
                let mutable total = 0.0
                for i in 1 .. 5000 do total <- total + area (make i) + second (Pair (i, 0.25))
                printfn "%g %A %b" total [ for i in 0 .. 4 -> make i ] (make 1 = Rect (1.0, 0.5))
                """, "make", "area", "second");
        assertTrue(out.contains("Label (\"l\", 2, false)"), out);
    }

    @Test
    void exceptionsCrossTranslatedFramesToTheHandlersThatCatchThem() {
        same("""
                exception Odd of int
                let check x = if x % 1000 = 999 then raise (Odd x) else x
                let twice f x = f (f x)
                let safe x = try twice check x with Odd n -> -n
                let div a b = a / b
                let mutable total = 0
                for i in 1 .. 5000 do
                    total <- total + safe i
                    total <- total + (try div i (i % 7) with _ -> 1)
                printfn "%d" total
                let rec deep n = if n = 0 then check 999 else 1 + deep (n - 1)
                printfn "%d" (try deep 3000 with Odd n -> n)
                let classify (e: exn) = match e with Odd n -> n | Failure m -> m.Length | _ -> -1
                let mutable c = 0
                for i in 1 .. 3000 do c <- c + classify (if i % 2 = 0 then Odd i else Failure "abc")
                printfn "%d" c
                eprintfn "to stderr %d" c
                printfn "%d" (deep 10)
                """, "check", "twice", "div", "deep", "classify");
    }

    @Test
    void errorsPassingThroughFinallyInFunctionsTranslatedCodeCallsKeepTheWholeTrace() {
        String out = same("""
                exception Other of int
                let mutable cleanups = 0
                let guarded x =
                    try
                        if x = 2999 then failwith "late" else x
                    finally
                        cleanups <- cleanups + 1
                let unmatched x = try guarded x with Other _ -> 0
                let rec outer n x = if n = 0 then unmatched x else 1 + outer (n - 1) x
                let mutable total = 0
                for i in 1 .. 3000 do total <- total + outer 3 i
                printfn "%d" total
                """, "outer");
        assertTrue(out.contains("error: late\n  at guarded (t.fsx:5:26)\n  at unmatched (t.fsx:8:23)\n  at outer (t.fsx:9:56)\n  ... repeated 2 more times\n  at <main>"), out);
    }

    @Test
    void activePatternsBehaveAlike() {
        same("""
                let (|Even|Odd|) n = if n % 2 = 0 then Even else Odd
                let (|DivisibleBy|_|) d n = if n % d = 0 then Some (n / d) else None
                let (|Twice|) x = 2 * x
                let score n =
                    match n with
                    | DivisibleBy 15 q -> q
                    | Twice t when t % 4 = 0 -> t
                    | Even -> 0
                    | Odd -> 1
                let mutable total = 0
                for i in 1 .. 5000 do total <- total + score i
                printfn "%d" total
                """, "score");
    }

    @Test
    void capturedMutablesBehaveAlike() {
        same("""
                let tally n =
                    let mutable count = 0
                    let mutable weight = 0.0
                    let mutable names = []
                    let record i =
                        count <- count + 1
                        weight <- weight + float i / 2.0
                        if i % 1000 = 0 then names <- string i :: names
                    for i in 1 .. n do record i
                    count, weight, names
                let mutable sum = 0
                for k in 1 .. 50 do
                    let c, w, ns = tally (k * 100)
                    sum <- sum + c + int w + List.length ns
                printfn "%d %A" sum (tally 3000)
                """, "tally");
    }

    @Test
    void membersClassesAndInterfacesBehaveAlike() {
        same("""
                type IShape =
                    abstract Area: float
                    abstract Grow: float -> IShape
                type Circle(r: float) =
                    let mutable grown = 0
                    member _.Radius = r
                    member _.Grown = grown
                    interface IShape with
                        member _.Area = 3.0 * r * r
                        member this.Grow k =
                            grown <- grown + 1
                            Circle(r * k) :> IShape
                type Square =
                    { Side: float }
                    static member (+) (a: Square, b: Square) = { Side = a.Side + b.Side }
                    interface IShape with
                        member s.Area = s.Side * s.Side
                        member s.Grow k = { Side = s.Side * k } :> IShape
                let measure (shapes: IShape list) =
                    let mutable total = 0.0
                    for s in shapes do
                        total <- total + (s.Grow 1.5).Area
                        match s with
                        | :? Circle as c -> total <- total + c.Radius
                        | _ -> ()
                    total
                let mutable sum = 0.0
                for i in 1 .. 3000 do
                    let sq = { Side = float (i % 7) } + { Side = 1.0 }
                    sum <- sum + measure [Circle (float (i % 5)) :> IShape; sq :> IShape]
                printfn "%.3f" sum
                """, "measure");
    }

    @Test
    void closuresRefCellsAndKnotsBehaveAlike() {
        same("""
                let counter () =
                    let n = ref 0
                    let bump k = n.Value <- n.Value + k
                    let rec even k = if k = 0 then true else odd (k - 1)
                    and odd k = if k = 0 then false else even (k - 1)
                    for i in 1 .. 100 do if even i then bump i
                    n.Value
                let adders = [| for i in 1 .. 4 -> (fun x -> x + i) |]
                let apply2 f g x = f (g x)
                let add a b = a + b
                let letter i = char (65 + i % 26)
                let partial i = List.map (add i) [1; 2; 3] |> List.sum
                let mutable total = 0
                let mutable word = ""
                for i in 1 .. 3000 do
                    total <- total + counter () + apply2 adders.[i % 4] adders.[(i + 1) % 4] i + partial i
                    let l = letter i
                    if i % 500 = 0 then word <- word + string l
                printfn "%d %s" total word
                let a = [| 1; 2; 3 |]
                let rec get i last = if i < 10 then a.[i % 3] + get (i + 1) last else a.[last]
                for _ in 1 .. 3000 do get 5 2 |> ignore
                printfn "%d" (get 0 2)
                printfn "%d" (get 0 3)
                """, "counter", "even", "odd", "bump", "apply2", "get", "partial", "letter");
    }

    @Test
    void deepRecursionWithSideEffectsFinishesOrStopsAtTheDepthLimitAlike() {
        String out = same("""
                let mutable calls = 0
                let rec sum n = calls <- calls + 1; if n = 0 then 0 else n + sum (n - 1)
                for _ in 1 .. 3000 do sum 10 |> ignore
                printfn "%d %d" (sum 200000) calls
                let rec count n (xs: int list) = if n = 0 then xs else count (n - 1) (n :: xs)
                let rec len (xs: int list) = match xs with [] -> 0 | _ :: t -> 1 + len t
                printfn "%d" (len (count 300000 []))
                printfn "%d" (sum 2000000)
                """, "sum", "count", "len");
        assertTrue(out.contains("error: stack overflow: more than 1000000 nested calls"), out);
    }

    @Test
    void tailCallsDoNotCountAgainstASmallDepthLimitButNestedCallsDo() {
        String out = same(300, """
                let rec ping n acc = if n = 0 then acc else pong (n - 1) (acc + 1)
                and pong n acc = if n = 0 then acc else ping (n - 1) (acc + 2)
                let rec nest n = if n = 0 then ping 2000 0 else 1 + nest (n - 1)
                for _ in 1 .. 3000 do nest 3 |> ignore
                printfn "%d" (nest 290)
                printfn "%d" (nest 299)
                """, "ping", "pong", "nest");
        assertTrue(out.contains("error: stack overflow: more than 300 nested calls"), out);
    }

    @Test
    void deepRecursionOfLargeFunctionsOnASmallThreadStackFinishesAsInterpreted() throws InterruptedException {
        // 120 locals make a large JVM frame: translated code must leave the Java stack of a 256 KB thread to the
        // interpreter's heap frames well before it runs out.
        StringBuilder source = new StringBuilder("let rec f n (xs: int list) =\n    if n = 0 then List.length xs\n    else\n");
        for (int i = 0; i < 120; i++) source.append("        let v").append(i).append(" = ").append(i == 0 ? "n" : "v" + (i - 1)).append(" * 3 + ").append(i).append(" - n\n");
        source.append("        let r = f (n - 1) ((v0 + v60 + v119) :: xs)\n        r + v5 % 2 + v77 % 3\n");
        source.append("for _ in 1 .. 3000 do f 3 [] |> ignore\nprintfn \"%d\" (f 100000 [])\n");
        String out = sameOnThread(256 * 1024, source.toString(), "f");
        assertTrue(out.matches("\\d+\n"), out);
    }

    @Test
    void theJavaStackRunningOutInANativeIsTheSameErrorAtTheSameCall() throws InterruptedException {
        String out = sameOnThread(1024 * 1024, """
                type L = Nil | Cons of int * L
                let rec build n acc = if n = 0 then acc else build (n - 1) (Cons (n, acc))
                let deepA = build 300000 Nil
                let deepB = build 300000 Nil
                let same i = if i = 2999 then deepA = deepB else Cons (i, Nil) = Cons (i, Nil)
                let mutable c = 0
                for i in 1 .. 3000 do if same i then c <- c + 1
                printfn "%d" c
                """, "same");
        assertTrue(out.startsWith("t.fsx:5:39: error: stack overflow: the Java stack is exhausted\n  at same (t.fsx:5:39)\n"), out);
    }

    /** {@link #same}, each run on a thread of its own with the given stack size. */
    private static String sameOnThread(int stackBytes, String source, String... translated) throws InterruptedException {
        String[] outs = new String[2];
        for (int on = 0; on < 2; on++) {
            Image image = Compiler.compile("t.fsx", source);
            boolean translate = on == 1;
            Thread t = new Thread(null, () -> outs[translate ? 1 : 0] = run(image, translate, DEFAULT_DEPTH), "run", stackBytes);
            t.start();
            t.join();
            for (String f : translated) if (translate) assertTrue(Translations.translated(image, f), f + " was not translated");
        }
        assertEquals(outs[0], outs[1]);
        return outs[0];
    }

    @Test
    void aJavaExceptionFromANativeIsTheSameInternalErrorAtTheSameCall() {
        String source = """
                let f x = if x = 2999 then broken x else x + 1
                let mutable total = 0
                for i in 1 .. 3000 do total <- total + f i
                printfn "%d" total
                """;
        String[] outs = new String[2];
        for (int translated = 0; translated < 2; translated++) {
            Library library = StandardLibrary.create().define("broken", "int -> int", (vm, args) -> {
                throw new IllegalStateException("a bug in a native");
            });
            Image image = Image.load(Compiler.compileToBytes("t.fsx", source, library), library);
            outs[translated] = run(image, translated == 1, DEFAULT_DEPTH);
            if (translated == 1) assertTrue(Translations.translated(image, "f"), "f was not translated");
        }
        assertEquals("t.fsx:1:28: error: internal error: java.lang.IllegalStateException: a bug in a native\n"
                + "  at f (t.fsx:1:28)\n  at <main> (t.fsx:3:40)\n", outs[0]);
        assertEquals(outs[0], outs[1]);
    }

    @Test
    void mutualTailCallsRunInConstantStack() {
        same("""
                let rec ping n acc = if n = 0 then acc else pong (n - 1) (acc + 1)
                and pong n acc = if n = 0 then acc else ping (n - 1) (acc + 2)
                printfn "%d" (ping 3000000 0)
                """, "ping", "pong");
    }

    @Test
    void hotLoopsOfFunctionsCalledOnceRunTranslatedAndFailAlike() {
        String out = same("""
                let fill n =
                    let a = Array.create n 0
                    let mutable i = 0
                    while i < n do
                        a.[i] <- i * i % 17
                        i <- i + 1
                    a
                let a = fill 200000
                let mutable s = 0
                for i in 0 .. a.Length - 1 do s <- s + a.[i]
                printfn "%d" s
                for i in 0 .. 300000 do s <- s + a.[i]
                """, "fill", "<main>");
        assertTrue(out.contains("t.fsx:12:34: error: Index was outside the bounds of the array.\n  at <main>"), out);
    }

    /** A let takes the register of the let before it once that one is dead, whatever the kinds of the two. */
    @Test
    void letChainsSharingRegistersAcrossKindsComputeAlike() {
        String out = same("""
                let step (seed: int) =
                    let x = seed * 3
                    let s = string x
                    let x = s.Length + x
                    let f = float x / 2.0
                    let x = int f + 1
                    let xs = [ x; x + 1 ]
                    let x = List.sum xs
                    let b = x % 2 = 0
                    if b then x else -x
                let mutable total = 0
                for i in 1 .. 20000 do total <- total + step i
                printfn "%d" total
                """, "step");
        assertEquals("-600176298\n", out);
    }

    @Test
    void slicesOfRectangularArraysComputeAlike() {
        String out = same("""
                let rowSum (a: int[,]) i = Array.sum a.[i, *]
                let colFill (a: float[,]) j = a.[1.., j] <- [| 1.5; 2.5 |]
                let a = Array2D.init 3 4 (fun i j -> i + j)
                let mutable t = 0
                for k in 1 .. 3000 do t <- t + rowSum a (k % 3)
                let b = Array2D.create 3 2 0.0
                for k in 1 .. 3000 do colFill b (k % 2)
                printfn "%d %A %g" t b (Array.average b.[*, 0])
                """, "rowSum", "colFill");
        assertEquals("30000 [[0.0; 0.0]\n [1.5; 1.5]\n [2.5; 2.5]] 1.33333\n", out);
    }
}
