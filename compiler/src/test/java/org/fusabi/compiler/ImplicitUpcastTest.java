package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/**
 * F# 6's type-directed upcasts: where the expected type is a known interface, a value of a type implementing it
 * passes without {@code :>}: as an argument, in an annotated binding, and as an element of an annotated list or array.
 */
class ImplicitUpcastTest {
    private static final String SHAPES = """
            type IShape =
                abstract Area: float
            type Square(side: float) =
                interface IShape with
                    member _.Area = side * side
            type Circle(r: float) =
                interface IShape with
                    member _.Area = 3.0 * r * r
            """;

    private static String run(String source) {
        return ScriptRun.output(SHAPES + source);
    }

    @Test
    void annotatedListsAndArraysTakeImplementations() {
        assertEquals("7.0 4.0\n", run("""
                let shapes: IShape list = [ Square 2.0; Circle 1.0 ]
                let array: IShape[] = [| Square 2.0 |]
                printfn "%.1f %.1f" (shapes |> List.sumBy (fun s -> s.Area)) array.[0].Area
                """));
    }

    @Test
    void argumentsAndBindingsTakeImplementations() {
        assertEquals("4.0 3.0\n", run("""
                let area (s: IShape) = s.Area
                let one: IShape = Circle 1.0
                printfn "%.1f %.1f" (area (Square 2.0)) one.Area
                """));
    }

    @Test
    void aTypeThatDoesNotImplementTheInterfaceIsStillAnError() {
        String source = SHAPES + "type Plain(x: int) =\n    member _.X = x\nlet s: IShape = Plain 1\n";
        CompileError e = org.junit.jupiter.api.Assertions.assertThrows(CompileError.class,
                () -> Compiler.check(source, StandardLibrary.create()));
        assertEquals("This expression was expected to have type 'IShape' but here has type 'Plain'", e.getMessage());
    }
}
