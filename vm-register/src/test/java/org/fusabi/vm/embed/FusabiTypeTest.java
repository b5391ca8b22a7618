package org.fusabi.vm.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FusabiTypeTest {
    private static FusabiType named(String name, FusabiType... args) {
        return new FusabiType.Named(name, List.of(args));
    }

    @Test
    void parsesWhatTheCompilerPrints() {
        FusabiType t = FusabiType.parse("int -> string list -> (int * float) option -> Map<string,int list>");
        assertEquals(List.of(named("int"), named("list", named("string")),
                named("option", new FusabiType.Tuple(List.of(named("int"), named("float"))))), t.parameters());
        assertEquals(named("Map", named("string"), named("list", named("int"))), t.result());
        assertEquals(new FusabiType.Fun(new FusabiType.Fun(new FusabiType.Var("'a"), new FusabiType.Var("'b")),
                        named("array", new FusabiType.Var("'a"))),
                FusabiType.parse("('a -> 'b) -> 'a[]"));
        assertEquals(named("list", named("array", named("Point"))), FusabiType.parse("Point[] list"));
        assertEquals(new FusabiType.Var("^a"), FusabiType.parse("^a"));
    }

    @Test
    void printsBackInTheSameForm() {
        for (String s : List.of("int -> int -> int", "string list", "int[]", "Map<string,int>", "(int -> int) -> int")) {
            assertEquals(s, FusabiType.parse(s).toString());
        }
    }

    @Test
    void rejectsMalformedTypes() {
        assertEquals("bad type 'int ->' at column 7: expected a type",
                assertThrows(IllegalArgumentException.class, () -> FusabiType.parse("int ->")).getMessage());
        assertEquals("bad type '(int' at column 5: expected ')'",
                assertThrows(IllegalArgumentException.class, () -> FusabiType.parse("(int")).getMessage());
        assertEquals("bad type 'int )' at column 5: unexpected ')'",
                assertThrows(IllegalArgumentException.class, () -> FusabiType.parse("int )")).getMessage());
    }
}
