package org.fusabi.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.capability.FileRoot;
import org.fusabi.vm.capability.Grant;
import org.fusabi.vm.embed.Script;
import org.fusabi.vm.embed.Session;
import org.fusabi.vm.image.Export;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FusabiTest {
    private static final String SHAPES = """
            type Point = { X: float; Y: float }
            let origin = { X = 0.0; Y = 0.0 }
            let add a b = a + b
            let dist (p: Point) (q: Point) = sqrt ((p.X - q.X) ** 2.0 + (p.Y - q.Y) ** 2.0)
            let total (xs: int list) = List.sum xs
            let doubled (xs: int[]) = Array.map (fun x -> x * 2) xs
            let pair (n: int) = (n, string n)
            let tryHead (xs: string list) = List.tryHead xs
            let greeting () = "hello"
            let count = 42
            module Geometry =
                let unit = 1.0
            let fail (s: string) : int = failwith s
            """;

    private final Fusabi fusabi = Fusabi.create();

    @Test
    void warningsGoWhereTheHostAsks() {
        List<String> warnings = new java.util.ArrayList<>();
        Fusabi.create().onWarning(warnings::add).compile("w.fsx", "let f x = match x with Some y -> y\n");
        assertEquals(List.of("w.fsx:1:17: warning: Incomplete pattern matches on this expression. For example, the value 'None' "
                + "may indicate a case not covered by the pattern(s)."), warnings);
    }

    private Session session(String source) {
        return fusabi.compile("shapes.fsx", source).newSession().run();
    }

    @Test
    void exportsNamesTypesInOrder() {
        Script script = fusabi.compile("shapes.fsx", SHAPES);
        assertEquals(List.of("origin", "add", "dist", "total", "doubled", "pair", "tryHead", "greeting", "count",
                "Geometry.unit", "fail"), script.exports().stream().map(Export::name).toList());
        assertEquals("int -> int -> int", script.export("add").type());
        assertEquals("Point -> Point -> float", script.export("dist").type());
        assertEquals("int * string", script.export("pair").type().replace("int -> ", ""));
    }

    @Test
    void callsWithJavaValuesBothWays() {
        Session s = session(SHAPES);
        assertEquals(7L, s.call("add", 3, 4L));
        assertEquals(5.0, s.call("dist", Map.of("X", 0.0, "Y", 0.0), new Point(3.0, 4.0)));
        assertEquals(6L, s.call("total", List.of(1, 2, 3)));
        assertArrayEquals(new Object[] {2L, 4L}, (Object[]) s.call("doubled", new long[] {1, 2}));
        assertArrayEquals(new Object[] {5L, "5"}, (Object[]) s.call("pair", 5));
        assertEquals(Optional.of("a"), s.call("tryHead", List.of("a", "b")));
        assertEquals(Optional.empty(), s.call("tryHead", List.of()));
        assertEquals("hello", s.call("greeting"));
        assertEquals(42L, s.get("count"));
        assertEquals(1.0, s.get("Geometry.unit"));
        assertEquals(Map.of("X", 0.0, "Y", 0.0), s.get("origin"));
    }

    record Point(double X, double Y) {}

    @Test
    void misuseIsReportedInFusabiTerms() {
        Session s = session(SHAPES);
        assertEquals("add: argument 2: expected int, got a java.lang.String",
                assertThrows(IllegalArgumentException.class, () -> s.call("add", 1, "x")).getMessage());
        assertEquals("add : int -> int -> int takes 2 arguments, got 1",
                assertThrows(IllegalArgumentException.class, () -> s.call("add", 1)).getMessage());
        assertEquals("'count' is not a function: its type is int",
                assertThrows(IllegalArgumentException.class, () -> s.function("count")).getMessage());
        assertEquals("dist: argument 1: expected a Point with the fields [X, Y], got [X]",
                assertThrows(IllegalArgumentException.class, () -> s.call("dist", Map.of("X", 1.0), Map.of("X", 1.0, "Y", 1.0))).getMessage());
        assertThrows(NoSuchElementException.class, () -> s.call("nope"));
        Session fresh = fusabi.compile("shapes.fsx", SHAPES).newSession();
        assertEquals("run() the script before reading 'count': its top level sets it",
                assertThrows(IllegalStateException.class, () -> fresh.get("count")).getMessage());
    }

    @Test
    void scriptErrorsNameTheLineAndLeaveTheSessionUsable() {
        Session s = session(SHAPES);
        ScriptError e = assertThrows(ScriptError.class, () -> s.call("fail", "boom"));
        assertEquals("shapes.fsx:13:39: error: boom\n  at fail (shapes.fsx:13:39)", e.render());
        assertEquals(3L, s.call("add", 1, 2));
    }

    @Test
    void compileErrorsCarryTheDiagnostic() {
        ScriptCompileException e = assertThrows(ScriptCompileException.class, () -> fusabi.compile("bad.fsx", "let x = 1 + \"a\""));
        assertEquals(1, e.line());
        assertEquals("bad.fsx:1:13: error:", e.getMessage().substring(0, 20));
    }

    @Test
    void hostFunctionsAreTypedAndOutputIsRedirected() {
        Fusabi f = Fusabi.create()
                .define("Host.lookup", "string -> int", args -> ((String) args[0]).length())
                .define("Host.names", "unit -> string list", args -> List.of("ann", "bob"))
                .define("Host.check", "int -> unit", args -> {
                    if ((Long) args[0] < 0) throw new IllegalStateException("negative");
                    return null;
                });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Session s = f.compile("host.fsx", """
                for n in Host.names () do printfn "%s %d" n (Host.lookup n)
                let check n = Host.check n
                printfn "%s" (try Host.check -1; "ok" with Failure m -> "caught " + m)
                """).newSession(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run();
        assertEquals("ann 3\nbob 3\ncaught Host.check: negative\n", out.toString(StandardCharsets.UTF_8));
        ScriptError failed = assertThrows(ScriptError.class, () -> s.call("check", -1));
        assertEquals("host.fsx:2:15: error: Host.check: negative\n  at check (host.fsx:2:15)", failed.render());
        ScriptCompileException e = assertThrows(ScriptCompileException.class, () -> f.compile("bad.fsx", "Host.lookup 3"));
        assertEquals("bad.fsx:1:13: error:", e.getMessage().substring(0, 20));
    }

    @Test
    void imagesLoadFromBytesAndFiles(@TempDir Path dir) throws Exception {
        byte[] bytes = fusabi.compileToBytes("shapes.fsx", SHAPES);
        assertEquals(7L, fusabi.load(bytes).newSession().run().call("add", 3, 4));
        Path file = dir.resolve("shapes.fzb");
        Files.write(file, bytes);
        assertEquals(7L, fusabi.load(file).newSession().run().call("add", 3, 4));
    }

    @Test
    void loadReadsThroughTheHostsFileGrantOnly(@TempDir Path dir) throws Exception {
        String main = "#load \"lib.fsx\"\nprintfn \"%d\" Lib.x\n";
        ScriptCompileException e = assertThrows(ScriptCompileException.class, () -> fusabi.compile("main.fsx", main));
        assertEquals("main.fsx:1:1: error: #load is not available: this host does not grant file access\n#load \"lib.fsx\"\n^",
                e.getMessage());
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("lib.fsx"), "let x = 41\n");
        Files.writeString(dir.resolve("secret.fsx"), "let x = 0\n");
        Fusabi granted = Fusabi.create().grant(Grant.files(FileRoot.readOnly(scripts)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        granted.compile("main.fsx", main).newSession(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run();
        assertEquals("41\n", out.toString(StandardCharsets.UTF_8));
        ScriptCompileException outside = assertThrows(ScriptCompileException.class,
                () -> granted.compile("main.fsx", "#load \"../secret.fsx\"\n"));
        assertEquals("main.fsx:1:7: error: could not load '../secret.fsx': Access to the path '../secret.fsx' is denied.",
                outside.getMessage().lines().findFirst().orElseThrow());
        Files.writeString(scripts.resolve("lib.fsx"), "let x = 41\nlet y = x + \"1\"\n");
        ScriptCompileException inLib = assertThrows(ScriptCompileException.class, () -> granted.compile("main.fsx", main));
        assertEquals("lib.fsx", inLib.file());
        assertEquals(2, inLib.line());
        assertEquals(13, inLib.column());
    }

    @Test
    void aHostMayServeLoadedFilesItself() {
        Map<String, String> files = Map.of("scripts/lib.fsx", "let x = 41\n");
        Fusabi served = Fusabi.create().files(path -> {
            String text = files.get(path.toString());
            if (text == null) throw new java.nio.file.NoSuchFileException(path.toString());
            return text;
        });
        assertEquals(41L, served.compile("scripts/main.fsx", "#load \"lib.fsx\"\nlet y = Lib.x\n").newSession().run().get("y"));
        assertEquals("scripts/main.fsx:1:7: error: could not load 'scripts/gone.fsx': no such file",
                assertThrows(ScriptCompileException.class, () -> served.compile("scripts/main.fsx", "#load \"gone.fsx\"\n"))
                        .getMessage().lines().findFirst().orElseThrow());
    }
}
