package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.fusabi.vm.image.Disassembler;
import org.junit.jupiter.api.Test;

/**
 * A function whose body is a lambda ({@code let f a = function ...}, {@code fun a -> fun b -> ...}) takes all its
 * arguments at once, as F# compiles it: a saturated call in tail position is then a tail call (c19's 2,000,000-deep
 * {@code count}), not a call that returns a closure to apply afterwards.
 */
class CurriedLambdaTest {
    private static String listing(String source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Disassembler.print(Compiler.compile("t.fsx", source), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void functionAfterAParameterAddsAParameter() {
        String out = listing("""
                let rec count acc = function
                    | [] -> acc
                    | _ :: t -> count (acc + 1) t
                """);
        assertTrue(out.contains("count (10 words, params [int ref]"), out);
        assertTrue(out.contains("TCALLG   \t4 1\t; #1 count"), out);
    }

    @Test
    void nestedFunsAreOneFunction() {
        String out = listing("let rec loop = fun n -> fun acc -> if n = 0 then acc else loop (n - 1) (acc + 1)\n");
        assertTrue(out.contains("loop (") && out.contains("params [int int]"), out);
        assertTrue(out.contains("; #1 loop") && out.contains("TCALLG"), out);
    }

    @Test
    void anAnnotatedReturnKeepsTheClosure() {
        // let f a : int -> int = fun b -> ... is a function of one argument returning a function, as written.
        String out = listing("let f (a: int) : int -> int = fun b -> a + b\n");
        assertTrue(out.contains("params [int]"), out);
    }
}
