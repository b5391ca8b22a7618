package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * .NET types of the library named as F# names them: constructed with explicit type arguments
 * ({@code Dictionary<string, int>()}, {@code new Stack<string>()}), and written in annotations, qualified or not;
 * {@code List<T>} is .NET's list once {@code System.Collections.Generic} is open.
 */
class DotNetTypeNamesTest {
    @Test
    void constructorsTakeExplicitTypeArguments() {
        assertEquals("2 1 0 1\n", ScriptRun.output("""
                open System.Collections.Generic
                let d = Dictionary<string, int>()
                d.["a"] <- 1
                d.["b"] <- 2
                let s = new Stack<string>()
                s.Push "x"
                let l = List<int>()
                printfn "%d %d %d %d" d.Count s.Count l.Count (HashSet<int>([1; 1])).Count
                """));
    }

    @Test
    void annotationsNameLibraryTypes() {
        assertEquals("a=2\nhi 2\n1\n", ScriptRun.output("""
                open System.Collections.Generic
                let count (d: Dictionary<string, int>) (w: string) =
                    match d.TryGetValue w with
                    | true, n -> d.[w] <- n + 1
                    | _ -> d.Add(w, 1)
                let d = Dictionary()
                ["a"; "a"] |> List.iter (count d)
                for kv in d do printfn "%s=%d" kv.Key kv.Value
                let build (sb: System.Text.StringBuilder) = sb.Append("hi").Length
                printfn "hi %d" (build (System.Text.StringBuilder()))
                let xs : List<int> = ResizeArray [1]
                printfn "%d" xs.Count
                """));
    }

    @Test
    void lazyIsNamedAsFSharpAndDotNetNameIt() {
        assertEquals("3 3 4 true\n", ScriptRun.output("""
                let force (x: Microsoft.FSharp.Control.Lazy<'T>) = x.Force()
                let value (x: int lazy) = x.Value
                let create f = Microsoft.FSharp.Control.Lazy.Create(f)
                let l : System.Lazy<int> = lazy 3
                let none : Lazy<int> = null
                printfn "%d %d %d %b" (force l) (value l) (create (fun () -> 4)).Value (isNull none)
                """));
    }

    @Test
    void observablesAndObserversAreNamed() {
        assertEquals("true true 2\n", ScriptRun.output("""
                let none : System.IObservable<int> = null
                let nobody : System.IObserver<int> = null
                let e = Event<int>()
                let o : System.IObservable<int> = e.Publish
                o |> Observable.subscribe (fun x -> printfn "%b %b %d" (isNull none) (isNull nobody) x) |> ignore
                e.Trigger 2
                """));
    }

    @Test
    void listIsFSharpsListUnlessGenericCollectionsAreOpen() {
        assertEquals("[1; 2] Some \"s\"\n", ScriptRun.output("let xs : List<int> = [1; 2]\nlet o : Option<String> = Some \"s\"\nprintfn \"%A %A\" xs o\n"));
        assertEquals("script:2:22: error: This expression was expected to have type 'ResizeArray<int>' but here has type 'int list'",
                ScriptRun.firstErrorLine("open System.Collections.Generic\nlet xs : List<int> = [1; 2]\n"));
    }

    @Test
    void wildcardTypeArgumentsAreInferred() {
        assertEquals("16 1\n", ScriptRun.output("""
                let memoize f =
                    let cache = System.Collections.Generic.Dictionary<_, _>()
                    fun x ->
                        match cache.TryGetValue x with
                        | true, v -> v
                        | _ -> let v = f x in cache.[x] <- v; v
                let square = memoize (fun x -> x * x)
                let xs : _ list = [1]
                printfn "%d %d" (square 4) xs.Head
                """));
    }

    @Test
    void aConstructorOfOneParameterIsAFunction() {
        assertEquals("\"olleh\"\n", ScriptRun.output("printfn \"%A\" (\"hello\" |> Seq.rev |> Seq.toArray |> System.String)\n"));
    }

    @Test
    void aWrongNumberOfTypeArgumentsIsAnError() {
        assertEquals("script:1:9: error: The type 'Dictionary' expects 2 type argument(s) but is given 1",
                ScriptRun.firstErrorLine("let d : Dictionary<int> = failwith \"\"\n"));
        assertEquals("script:1:9: error: The type 'Dictionary<'a,'b>' expects 2 type argument(s) but is given 1",
                ScriptRun.firstErrorLine("let d = Dictionary<int>()\n"));
    }

    @Test
    void namespacesMayBeNamedFromSystemOnceItIsOpen() {
        assertEquals("1 x1 3\n", ScriptRun.output("""
                open System
                open Collections.Generic
                let d = Collections.Generic.Dictionary<string, int>()
                d.["a"] <- 1
                let sb = Text.StringBuilder()
                sb.Append("x").Append(1) |> ignore
                let xs = List<int>([1; 2; 3])
                printfn "%d %s %d" d.Count (sb.ToString()) xs.Count
                """));
    }
}
