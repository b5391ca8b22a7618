package org.fusabi.compiler;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.fusabi.embed.Fusabi;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.fusabi.vm.ScriptError;

/** Scripts named t.fsx with the standard library: what one prints (ended by "uncaught: …" if it fails), or the compile error it gives. */
final class ScriptRun {
    private ScriptRun() {}

    /** The compile error a script t.fsx gives with the standard library, as "line:col message"; fails if it compiles. */
    static String error(String source) {
        CompileError e = org.junit.jupiter.api.Assertions.assertThrows(CompileError.class,
                () -> Compiler.check(source, StandardLibrary.create()));
        return e.pos() + " " + e.getMessage();
    }

    /** The first line of the error a script's compilation reports, as a user sees it ({@code t.fsx:1:5: error: …}). */
    static String firstErrorLine(String source) {
        try {
            Compiler.check(source, StandardLibrary.create());
            return "no error";
        } catch (CompileError e) {
            return e.render("t.fsx", source).lines().findFirst().orElseThrow();
        }
    }

    static String output(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        try {
            Fusabi.create().compile("t.fsx", source).newSession(print, print).run();
        } catch (ScriptError e) {
            print.println("uncaught: " + e.getMessage());
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
