package org.fusabi.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Modules are installed on the first lookup in one of their namespaces, once, and never override a host. */
class LibraryTest {
    private final List<String> installed = new ArrayList<>();

    private Library library() {
        return new Library()
                .module(lib -> {
                    installed.add("A");
                    lib.define("A.f", "int -> int", (vm, a) -> a[0]);
                    lib.define("top", "int -> int", (vm, a) -> a[0]);
                }, "A", "")
                .module(lib -> {
                    installed.add("B");
                    lib.define("B.g", "int -> int -> int", (vm, a) -> a[1]);
                }, "B");
    }

    @Test
    void installsOnlyTheModuleOfTheNameLookedUp() {
        Library lib = library();
        assertEquals(List.of(), installed);
        assertEquals(2, lib.lookup("B.g").arity());
        assertNull(lib.lookup("B.missing"));
        assertEquals(List.of("B"), installed);
        assertEquals("top", lib.lookup("top").name());
        assertEquals(List.of("B", "A"), installed);
    }

    @Test
    void allInstallsEverythingOnce() {
        Library lib = library();
        lib.lookup("A.f");
        assertEquals(3, lib.all().size());
        assertEquals(3, lib.all().size());
        assertEquals(List.of("A", "B"), installed);
    }

    @Test
    void aHostDefinitionWinsOverALaterInstalledModule() {
        Library lib = library().define("A.f", "string -> string", (vm, a) -> a[0]);
        assertEquals("string -> string", lib.lookup("A.f").signature());
        assertTrue(installed.isEmpty());
        assertEquals("string -> string", lib.all().stream().filter(n -> n.name().equals("A.f")).findFirst().orElseThrow().signature());
    }

    @Test
    void refusesAModuleDefiningOutsideItsNamespaces() {
        Library lib = new Library().module(l -> l.define("Other.h", "int -> int", (vm, a) -> a[0]), "Mine");
        IllegalStateException e = assertThrows(IllegalStateException.class, lib::all);
        assertTrue(e.getMessage().contains("Other.h"), e.getMessage());
    }

    @Test
    void refusesTwoModulesDefiningOneName() {
        Library lib = new Library()
                .module(l -> l.define("M.h", "int -> int", (vm, a) -> a[0]), "M")
                .module(l -> l.define("M.h", "int -> int", (vm, a) -> a[0]), "M");
        assertThrows(IllegalStateException.class, () -> lib.lookup("M.h"));
    }
}
