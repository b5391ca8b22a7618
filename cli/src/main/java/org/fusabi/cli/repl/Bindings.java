package org.fusabi.cli.repl;

import java.io.PrintStream;
import java.util.List;
import org.fusabi.vm.embed.FusabiType;
import org.fusabi.vm.embed.Session;
import org.fusabi.vm.image.Export;
import org.fusabi.vm.value.Show;

/**
 * Prints the bindings an input made as F# Interactive (F# 8) prints them: {@code val x: int = 3}, a function with its
 * type only, and the members of a module (one a {@code #load} made, or {@code module M = ...}) indented under
 * {@code module M =}.
 */
final class Bindings {
    private final PrintStream out;

    Bindings(PrintStream out) {
        this.out = out;
    }

    void print(List<Export> made, Session session) {
        String module = "";
        for (Export e : made) {
            int dot = e.name().lastIndexOf('.');
            String home = dot < 0 ? "" : e.name().substring(0, dot);
            if (!home.equals(module) && !home.isEmpty()) out.println("module " + home + " =");
            module = home;
            String indent = home.isEmpty() ? "" : "  ";
            out.println(indent + describe(e, e.name().substring(dot + 1), session, indent.length()));
        }
    }

    private static String describe(Export e, String name, Session session, int indent) {
        String head = "val " + name + ": " + e.type();
        if (!FusabiType.parse(e.type()).parameters().isEmpty()) return head;
        // Lines after the first of a long value line up under its start, as F# Interactive prints them.
        String value = Show.interactive(session.fusabiValue(e.name()));
        return head + " = " + value.replace("\n", "\n" + " ".repeat(indent + head.length() + 3));
    }
}
