package org.fusabi.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.ScriptExit;
import org.fusabi.vm.capability.FileRoot;
import org.fusabi.vm.capability.Grant;
import org.fusabi.vm.image.NotGrantedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Capabilities granted by a host: what each gives a script, and that nothing ungranted is reachable. */
class CapabilitiesTest {
    @TempDir
    Path dir;

    /** What the script printed, its error report appended when it failed. */
    private static String run(Fusabi fusabi, String source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try {
            fusabi.compile("script.fsx", source).newSession(out, out).run();
        } catch (ScriptError e) {
            out.print(e.render());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String compileError(Fusabi fusabi, String source) {
        return assertThrows(ScriptCompileException.class, () -> fusabi.compile("script.fsx", source)).getMessage().lines().findFirst().orElseThrow();
    }

    @Test
    void ungrantedNamesAreCompileErrorsNamingTheCapability() {
        Fusabi none = Fusabi.create();
        assertEquals("script.fsx:3:9: error: System.IO.File is not available: this host does not grant file access",
                compileError(none, "let a = 1\nlet b = 2\nlet s = System.IO.File.ReadAllText \"x\""));
        assertEquals("script.fsx:2:9: error: System.IO.Directory is not available: this host does not grant file access",
                compileError(none, "open System.IO\nlet d = Directory.GetFiles \".\""));
        assertEquals("script.fsx:1:9: error: stdin is not available: this host does not grant console access",
                compileError(none, "let l = stdin.ReadLine()"));
        assertEquals("script.fsx:1:9: error: System.Console.ReadLine is not available: this host does not grant console access",
                compileError(none, "let l = System.Console.ReadLine()"));
        assertEquals("script.fsx:1:1: error: stdout is not available: this host does not grant console access",
                compileError(none, "stdout.WriteLine \"x\""));
        assertEquals("script.fsx:1:9: error: System.Environment.GetEnvironmentVariable is not available: this host does not grant environment access",
                compileError(none, "let v = System.Environment.GetEnvironmentVariable \"HOME\""));
        assertEquals("script.fsx:1:1: error: exit is not available: this host does not grant process exit",
                compileError(none, "exit 2"));
        assertEquals("script.fsx:1:9: error: fsi.CommandLineArgs is not available: this host does not grant command-line arguments",
                compileError(none, "let a = fsi.CommandLineArgs"));
        assertEquals("script.fsx:1:9: error: Env.args is not available: this host does not grant command-line arguments",
                compileError(none, "let a = Env.args"));
        assertEquals("script.fsx:1:9: error: System.Environment.GetCommandLineArgs is not available: this host does not grant command-line arguments",
                compileError(none, "let a = System.Environment.GetCommandLineArgs()"));
    }

    @Test
    void aNameMissingFromAGrantedCapabilityIsUndefined() {
        Fusabi files = Fusabi.create().grant(Grant.files(FileRoot.readOnly(dir)));
        assertEquals("script.fsx:1:9: error: The value, constructor, namespace or type 'Frobnicate' is not defined in 'File'.",
                compileError(files, "let x = System.IO.File.Frobnicate 1"));
    }

    @Test
    void anImageRecordsTheCapabilitiesItNeeds() {
        Fusabi granting = Fusabi.create().grant(Grant.files(FileRoot.readOnly(dir)), Grant.console(noInput()));
        byte[] image = granting.compileToBytes("script.fsx", "printfn \"%b\" (System.IO.File.Exists \"a\")\nlet l = stdin.ReadLine()");
        assertEquals("the script needs console access and file access, which this host does not grant",
                assertThrows(NotGrantedException.class, () -> Fusabi.create().load(image)).getMessage());
        assertEquals("the script needs console access, which this host does not grant",
                assertThrows(NotGrantedException.class, () -> Fusabi.create().grant(Grant.files(FileRoot.readOnly(dir))).load(image)).getMessage());
        assertEquals(2, granting.load(image).image().capabilities().size());
        assertEquals(List.of(), Fusabi.create().load(Fusabi.create().compileToBytes("s.fsx", "printfn \"hi\"")).image().capabilities());
    }

    private static ByteArrayInputStream noInput() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Test
    void consoleReadsTheGrantedInputAndWritesToTheSessionStreams() {
        Fusabi fusabi = Fusabi.create().grant(Grant.console(new ByteArrayInputStream("one\ntwo\r\nthree\nrest\nof it".getBytes(StandardCharsets.UTF_8))));
        assertEquals("one|two|three|114|rest\nof it|<null>|-1\nout\nerr\nvalue 42\n\n", run(fusabi, """
                let a = stdin.ReadLine()
                let b = System.Console.ReadLine()
                let c = System.Console.In.ReadLine()
                let p = stdin.Peek()
                printf "%s|%s|%s|%d|" a b c p
                printf "%s|%A|%d\\n" (stdin.ReadToEnd()) (stdin.ReadLine()) (stdin.Read())
                stdout.WriteLine "out"
                stderr.WriteLine "err"
                stdout.Write "value "
                stdout.WriteLine 42
                stdout.WriteLine()
                """));
    }

    @Test
    void filesUnderAReadWriteRoot() throws IOException {
        Files.writeString(dir.resolve("in.txt"), "\uFEFFalpha\nbeta\r\ngamma\n");
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.writeString(dir.resolve("sub/b.csv"), "");
        Files.writeString(dir.resolve("sub/a.txt"), "");
        Fusabi fusabi = Fusabi.create().grant(Grant.files(FileRoot.readWrite(dir)));
        assertEquals("""
                [|"alpha"; "beta"; "gamma"|]
                ["alpha"; "beta"; "gamma"]
                true false true false
                [|"sub/a.txt"; "sub/b.csv"|] [|"sub/a.txt"|] [|"sub/deeper"|]
                ALPHA
                BETA
                GAMMA
                ALPHA
                BETA
                GAMMA
                more
                false true
                """, run(fusabi, """
                open System.IO
                printfn "%A" (File.ReadAllLines "in.txt")
                printfn "%A" (File.ReadLines "in.txt" |> Seq.toList)
                printfn "%b %b %b %b" (File.Exists "in.txt") (File.Exists "sub") (Directory.Exists "sub") (Directory.Exists "in.txt")
                printfn "%A %A %A" (Directory.GetFiles "sub") (Directory.GetFiles("sub", "*.txt")) (Directory.GetDirectories "sub")
                File.WriteAllLines("up.txt", File.ReadAllLines "in.txt" |> Array.map (fun l -> l.ToUpper()))
                Directory.CreateDirectory "out"
                File.Copy("up.txt", "out/copy.txt")
                File.Move("out/copy.txt", "out/moved.txt")
                File.AppendAllText("out/moved.txt", File.ReadAllText "up.txt")
                File.AppendAllText("out/moved.txt", "more\\n")
                printf "%s" (File.ReadAllText "out/moved.txt")
                File.Delete "up.txt"
                File.Delete "never-there.txt"
                printfn "%b %b" (File.Exists "up.txt") (File.Exists "out/moved.txt")
                """));
        assertEquals("ALPHA\nBETA\nGAMMA\nALPHA\nBETA\nGAMMA\nmore\n", Files.readString(dir.resolve("out/moved.txt")));
    }

    @Test
    void ioFailuresAreDotNetExceptionsWithDotNetMessages() throws IOException {
        Files.writeString(dir.resolve("here.txt"), "x");
        Files.writeString(dir.resolve("there.txt"), "y");
        Fusabi fusabi = Fusabi.create().grant(Grant.files(FileRoot.readWrite(dir)));
        assertEquals("""
                FileNotFoundException: Could not find file 'missing.txt'.
                DirectoryNotFoundException: Could not find a part of the path 'no/such/file.txt'.
                DirectoryNotFoundException: Could not find a part of the path 'nowhere'.
                IOException: The file 'there.txt' already exists.
                IOException: Could not find file 'missing.txt'.
                """, run(fusabi, """
                open System.IO
                let attempt f =
                    try f () |> ignore
                    with
                    | :? FileNotFoundException as e -> printfn "FileNotFoundException: %s" e.Message
                    | :? DirectoryNotFoundException as e -> printfn "DirectoryNotFoundException: %s" e.Message
                    | :? IOException as e -> printfn "IOException: %s" e.Message
                attempt (fun () -> File.ReadAllText "missing.txt")
                attempt (fun () -> File.ReadAllText "no/such/file.txt")
                attempt (fun () -> Directory.GetFiles "nowhere")
                attempt (fun () -> File.Copy("here.txt", "there.txt"))
                try File.ReadAllLines "missing.txt" |> ignore with :? IOException as e -> printfn "IOException: %s" e.Message
                """));
        assertEquals("script.fsx:2:9: error: Could not find file 'gone.txt'.\n  at <main> (script.fsx:2:9)",
                run(fusabi, "printfn \"start\"\nlet t = System.IO.File.ReadAllText \"gone.txt\"").replace("start\n", ""));
    }

    @Test
    void aConfinedRootRefusesEveryWayOut() throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.writeString(root.resolve("inside.txt"), "inside");
        Files.createSymbolicLink(root.resolve("link.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("up"), dir);
        Files.createSymbolicLink(root.resolve("inner.txt"), root.resolve("inside.txt"));
        Fusabi fusabi = Fusabi.create().grant(Grant.files(FileRoot.readWrite(root)));
        String secret = dir.resolve("secret.txt").toString();
        String attempts = String.join("\n",
                "let attempt f = try f () |> ignore; printfn \"allowed\" with :? System.UnauthorizedAccessException as e -> printfn \"%s\" e.Message",
                "attempt (fun () -> System.IO.File.ReadAllText \"../secret.txt\")",
                "attempt (fun () -> System.IO.File.ReadAllText \"a/../../secret.txt\")",
                "attempt (fun () -> System.IO.File.ReadAllText \"" + secret + "\")",
                "attempt (fun () -> System.IO.File.ReadAllText \"link.txt\")",
                "attempt (fun () -> System.IO.File.ReadAllText \"up/secret.txt\")",
                "attempt (fun () -> System.IO.File.WriteAllText(\"up/new.txt\", \"x\"))",
                "attempt (fun () -> System.IO.File.Exists \"../secret.txt\")",
                "attempt (fun () -> System.IO.Directory.GetFiles \"..\")",
                "attempt (fun () -> System.IO.File.Copy(\"inside.txt\", \"../copy.txt\"))",
                "attempt (fun () -> System.IO.File.ReadAllText \"inner.txt\")",
                "attempt (fun () -> System.IO.File.ReadAllText \"sub/../inside.txt\")",
                "attempt (fun () -> System.IO.File.ReadAllText \"" + root.resolve("inside.txt") + "\")");
        assertEquals(String.join("\n",
                "Access to the path '../secret.txt' is denied.",
                "Access to the path 'a/../../secret.txt' is denied.",
                "Access to the path '" + secret + "' is denied.",
                "Access to the path 'link.txt' is denied.",
                "Access to the path 'up/secret.txt' is denied.",
                "Access to the path 'up/new.txt' is denied.",
                "Access to the path '../secret.txt' is denied.",
                "Access to the path '..' is denied.",
                "Access to the path '../copy.txt' is denied.",
                "allowed", "allowed", "allowed", ""), run(fusabi, attempts));
        assertTrue(Files.notExists(dir.resolve("new.txt")) && Files.notExists(dir.resolve("copy.txt")));
    }

    @Test
    void aReadOnlyRootRefusesChanges() throws IOException {
        Files.writeString(dir.resolve("data.txt"), "data");
        Fusabi fusabi = Fusabi.create().grant(Grant.files(FileRoot.readOnly(dir)));
        assertEquals("""
                data
                Access to the path 'data.txt' is denied.
                Access to the path 'new.txt' is denied.
                Access to the path 'data.txt' is denied.
                Access to the path 'sub' is denied.
                """, run(fusabi, """
                open System.IO
                let attempt f = try f () with :? System.UnauthorizedAccessException as e -> printfn "%s" e.Message
                printfn "%s" (File.ReadAllText "data.txt")
                attempt (fun () -> File.WriteAllText("data.txt", "changed"))
                attempt (fun () -> File.AppendAllText("new.txt", "x"))
                attempt (fun () -> File.Delete "data.txt")
                attempt (fun () -> Directory.CreateDirectory "sub")
                """));
        assertEquals("data", Files.readString(dir.resolve("data.txt")));
    }

    @Test
    void streamsReadAndWriteFilesUnderTheRoot() {
        Fusabi fusabi = Fusabi.create().grant(Grant.files(FileRoot.readWrite(dir)));
        assertEquals("""
                first|second|true
                first
                second
                third
                Access to the path '../out.txt' is denied.
                """, run(fusabi, """
                open System.IO
                let write () =
                    use w = new StreamWriter("out.txt")
                    w.WriteLine "first"
                    w.Write "sec"
                    w.WriteLine("ond")
                write ()
                use r = new StreamReader("out.txt")
                let a = r.ReadLine()
                let b = r.ReadLine()
                printfn "%s|%s|%b" a b r.EndOfStream
                r.Close()
                let append () =
                    use w = new StreamWriter("out.txt", true)
                    w.WriteLine "third"
                append ()
                printf "%s" (File.ReadAllText "out.txt")
                try new StreamWriter("../out.txt") |> ignore with :? System.UnauthorizedAccessException as e -> printfn "%s" e.Message
                """));
    }

    @Test
    void fileMakesTheSameReadersAndWriters() {
        Fusabi fusabi = Fusabi.create().grant(Grant.files(FileRoot.readWrite(dir)));
        assertEquals("one|two|true\n", run(fusabi, """
                open System.IO
                do
                    use w = File.CreateText "made.txt"
                    w.WriteLine "one"
                do
                    use w = File.AppendText "made.txt"
                    w.WriteLine "two"
                use r = File.OpenText "made.txt"
                let first = r.ReadLine()
                printfn "%s|%s|%b" first (r.ReadLine()) r.EndOfStream
                """));
    }

    @Test
    void theEnvironmentAllowListHidesTheRest() {
        String name = System.getenv().keySet().stream().findFirst().orElseThrow();
        Fusabi fusabi = Fusabi.create().grant(Grant.environment(Set.of("FUSABI_NOT_SET")));
        assertEquals("true true\n", run(fusabi, "let e = System.Environment.GetEnvironmentVariable\nprintfn \"%b %b\" (isNull (e \""
                + name + "\")) (isNull (e \"FUSABI_NOT_SET\"))"));
        assertEquals(System.getenv(name) + "|\n\n", run(Fusabi.create().grant(Grant.environment()),
                "printfn \"%s|%s\" (System.Environment.GetEnvironmentVariable \"" + name + "\") System.Environment.NewLine"));
    }

    @Test
    void exitEndsTheRunWithItsStatusAndCannotBeCaught() {
        Fusabi fusabi = Fusabi.create().grant(Grant.exit());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        ScriptExit e = assertThrows(ScriptExit.class, () -> fusabi.compile("s.fsx",
                "printf \"before\"\ntry exit 3 with _ -> printfn \"caught\"\nprintfn \"after\"").newSession(out, out).run());
        assertEquals(3, e.status());
        assertEquals("before", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void argumentsStartWithTheScriptPath() {
        Fusabi fusabi = Fusabi.create().grant(Grant.arguments("tool.fsx", List.of("a", "b c")));
        assertEquals("[|\"tool.fsx\"; \"a\"; \"b c\"|] [\"a\"; \"b c\"]\n", run(fusabi, "printfn \"%A %A\" fsi.CommandLineArgs Env.args"));
        assertEquals("[|\"fus\"; \"tool.fsx\"; \"a\"; \"b c\"|]\n", run(fusabi, "printfn \"%A\" (System.Environment.GetCommandLineArgs())"));
    }

    @Test
    void aCapabilityIsGrantedOnce() {
        Fusabi fusabi = Fusabi.create().grant(Grant.exit());
        assertEquals("EXIT is granted twice", assertThrows(IllegalStateException.class, () -> fusabi.grant(Grant.exit())).getMessage());
    }
}
