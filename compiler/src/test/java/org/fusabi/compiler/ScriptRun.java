package org.fusabi.compiler;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.fusabi.embed.Fusabi;
import org.fusabi.vm.ScriptError;

/** Runs a script named t.fsx with the standard library: what it printed, ended by "uncaught: …" if it failed. */
final class ScriptRun {
    private ScriptRun() {}

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
