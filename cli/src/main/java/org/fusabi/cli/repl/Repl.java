package org.fusabi.cli.repl;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.embed.Fusabi;
import org.fusabi.embed.Rewrite;
import org.fusabi.embed.ScriptCompileException;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.embed.FusabiType;
import org.fusabi.vm.embed.Script;
import org.fusabi.vm.embed.Session;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.image.Export;
import org.fusabi.vm.value.Unit;

/**
 * The read-eval-print loop. Each accepted input is kept as parsed declarations; a new input is compiled after all
 * of them, as one program, and the whole program runs again with the output of the earlier inputs silenced (a
 * script has no other side effects, so the re-run is invisible). Only the bindings the new input made are printed,
 * as F# Interactive prints them: {@code val x : int = 3}. An input that fails to compile or run is forgotten.
 */
public final class Repl {
    static final String FILE = "stdin";
    private static final String SHOW = "Repl.showOutput";

    private final PrintStream out;
    private final PrintStream err;
    private final SwitchedOutput scriptOut;
    private final Fusabi fusabi = Fusabi.create();
    private final List<Decl> accepted = new ArrayList<>();
    /** Global slots used by the accepted inputs: the new input's bindings get the slots from here on. */
    private int acceptedGlobals;

    public Repl(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.scriptOut = new SwitchedOutput(out);
        fusabi.define(SHOW, "unit -> unit", args -> {
            scriptOut.on(true);
            return null;
        });
    }

    /** Reads and evaluates inputs until {@code #quit} or the end of input. */
    public void run(LineSource in) {
        out.println("Fusabi interactive: end an indented block with an empty line; #quit to leave.");
        Chunks chunks = new Chunks(in);
        for (String input; (input = chunks.next()) != null; ) {
            String command = input.strip();
            if (command.equals("#quit")) return;
            if (command.isEmpty()) continue;
            String evaluated = input;
            if (!in.evaluate(() -> eval(evaluated))) return;
        }
    }

    void eval(String input) {
        List<Decl> decls;
        try {
            decls = Fusabi.parse(FILE, input);
        } catch (ScriptCompileException e) {
            err.println(e.getMessage());
            return;
        }
        List<Decl> program = new ArrayList<>(accepted);
        Pos start = new Pos(1, 1);
        program.add(new Decl.Do(start, new Expr.App(start, new Expr.Ident(start, List.of(SHOW.split("\\."))), new Expr.Const(start, Unit.VALUE))));
        List<Decl> mine = Rewrite.keepLastValue(decls);
        program.addAll(mine);
        Script script;
        try {
            script = fusabi.load(fusabi.compileDeclarations(FILE, input, program));
        } catch (ScriptCompileException e) {
            err.println(e.getMessage());
            return;
        }
        scriptOut.on(false);
        Session session = script.newSession(new PrintStream(scriptOut, true, StandardCharsets.UTF_8), err);
        try {
            session.run();
        } catch (ScriptError e) {
            out.flush();
            err.println(e.render());
            return;
        }
        for (Export e : script.exports()) {
            if (e.slot() >= acceptedGlobals) out.println(describe(e, session));
        }
        accepted.addAll(mine);
        acceptedGlobals = script.image().globals();
    }

    private static String describe(Export e, Session session) {
        String head = "val " + e.name() + " : " + e.type();
        if (!FusabiType.parse(e.type()).parameters().isEmpty()) return head;
        // Lines after the first of a long value line up under its start, as F# Interactive prints them.
        String value = Show.any(session.fusabiValue(e.name()));
        return head + " = " + value.replace("\n", "\n" + " ".repeat(head.length() + 3));
    }
}
