package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/** {@code use} disposes at the end of its scope, however the scope ends, what has a Dispose method. */
class UseBindingTest {
    private static final String RESOURCE = """
            open System
            type Resource(name: string) =
                member _.Name = name
                interface IDisposable with
                    member _.Dispose() = printfn "disposing %s" name
            """;

    private static String run(String source) {
        return ScriptRun.output(RESOURCE + source);
    }

    @Test
    void disposesInReverseOrderAfterTheBody() {
        assertEquals("body a b\ndisposed\ndisposing a\n42\n", run("""
                type Plain() =
                    member _.Dispose() = printfn "disposed"
                let work () =
                    use a = new Resource("a")
                    use _ = Plain()
                    printfn "body %s %s" a.Name (Resource "b").Name
                    42
                printfn "%d" (work ())
                """));
    }

    @Test
    void disposesWhenTheBodyRaises() {
        assertEquals("disposing f\ncaught boom\n", run("""
                let failing () =
                    use r = new Resource("f")
                    failwith "boom"
                try failing () with Failure m -> printfn "caught %s" m
                """));
    }

    @Test
    void inASequenceDisposesWhenTheEnumerationEnds() {
        assertEquals("1\n2\ndisposing s\n", run("""
                let s = seq {
                    use r = new Resource("s")
                    yield 1
                    yield 2 }
                s |> Seq.iter (printfn "%d")
                """));
    }

    @Test
    void valuesWithoutDisposeAndTopLevelUseAreBound() {
        assertEquals("3 x\n", run("""
                use top = new Resource("top")
                let f () =
                    use sb = System.Text.StringBuilder("x")
                    sb.ToString()
                printfn "%d %s" 3 (f ())
                """));
    }

    @Test
    void useBindsOneValue() {
        CompileError e = org.junit.jupiter.api.Assertions.assertThrows(CompileError.class,
                () -> Compiler.check("let f () =\n    use a = 1 and b = 2\n    a\n", StandardLibrary.create()));
        assertEquals("'use' binds one value: use x = e", e.getMessage());
    }
}
