package org.fusabi.cli.repl;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.Compiler;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Directive;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.load.FileAccess;
import org.fusabi.compiler.load.LoadedFile;
import org.fusabi.compiler.load.LoadedScript;
import org.fusabi.compiler.typecheck.NamesInScope;
import org.fusabi.embed.Fusabi;
import org.fusabi.embed.Rewrite;
import org.fusabi.embed.ScriptCompileException;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.ScriptExit;
import org.fusabi.vm.capability.Grant;
import org.fusabi.vm.embed.Script;
import org.fusabi.vm.embed.Session;
import org.fusabi.vm.image.Export;
import org.fusabi.vm.value.Unit;

/**
 * The read-eval-print loop. Each accepted input is kept as parsed declarations; a new input is compiled after all
 * of them, as one program, and the whole program runs again with the output of the earlier inputs silenced (a
 * script has no other side effects, so the re-run is invisible). Only the bindings the new input made are printed,
 * as F# Interactive prints them ({@link Bindings}). An input that fails to compile or run is forgotten. Inputs may
 * hold F# Interactive's directives: {@code #load}, {@code #time}, {@code #help} and {@code #quit}. Tab completes
 * from the names the accepted inputs leave in scope ({@link Completion}).
 */
public final class Repl {
    static final String FILE = "stdin";
    /** The host function that turns the output on before the new input; no name a script could type or complete. */
    private static final String SHOW = "<repl>.showOutput";
    static final String BANNER = "Fusabi interactive: F# as dotnet fsi takes it. For help type #help;;";

    private final PrintStream out;
    private final PrintStream err;
    private final SwitchedOutput scriptOut;
    private final SwitchedOutput scriptErr;
    private final Fusabi fusabi = Fusabi.create();
    private final Bindings bindings;
    private final Timing timing = new Timing();
    private final List<Decl> accepted = new ArrayList<>();
    /** Global slots used by the accepted inputs: the new input's bindings get the slots from here on. */
    private int acceptedGlobals;
    /** What the accepted inputs leave in scope, found when Tab first needs it after they change. */
    private NamesInScope names;
    /** The status an input's {@code exit n} asked the session to end with, or null while it goes on. */
    private Integer exitStatus;

    /** {@code files} is what {@code #load} may read. */
    public Repl(PrintStream out, PrintStream err, FileAccess files) {
        this.out = out;
        this.err = err;
        this.scriptOut = new SwitchedOutput(out);
        this.scriptErr = new SwitchedOutput(err);
        this.bindings = new Bindings(out);
        // Only capabilities whose use the re-run of earlier inputs cannot repeat: reading the environment, and exit,
        // which ends the session. Console input and files would be read or written again by every later input.
        fusabi.files(files).grant(Grant.environment(), Grant.exit()).define(SHOW, "unit -> unit", args -> {
            scriptOut.on(true);
            scriptErr.on(true);
            return null;
        });
    }

    /** Reads and evaluates inputs until {@code #quit}, {@code exit n} or the end of input; the status to leave with. */
    public int run(LineSource in) {
        out.println(BANNER);
        in.completeWith(this::complete);
        Chunks chunks = new Chunks(in);
        for (String input; (input = chunks.next()) != null; ) {
            if (!interact(input, in)) break;
        }
        return exitStatus == null ? 0 : exitStatus;
    }

    /** What Tab offers at the cursor of a partial line. */
    Completion.Candidates complete(String line, int cursor) {
        return Completion.complete(line, cursor, () -> {
            if (names == null) names = Compiler.namesInScope(accepted, fusabi.library());
            return names;
        });
    }

    /** Runs an input's directives, then its code; false when it asks to leave (#quit, or Ctrl-D while it runs). */
    private boolean interact(String input, LineSource in) {
        LoadedScript script;
        try {
            script = fusabi.parse(FILE, input);
        } catch (ScriptCompileException e) {
            err.println(e.getMessage());
            return true;
        }
        for (Directive d : script.directives()) {
            switch (d.name()) {
                case "quit" -> {
                    return false;
                }
                case "help" -> out.print(Help.TEXT);
                case "time" -> {
                    timing.on(d.args().isEmpty() ? !timing.on() : d.args().getFirst().value().equals("on"));
                    out.print("\n--> Timing now " + (timing.on() ? "on" : "off") + "\n\n");
                }
                default -> throw new IllegalStateException("directive #" + d.name() + " passed the parser");
            }
        }
        if (!script.loaded().isEmpty()) out.println(loading(script.loaded()));
        return script.program().isEmpty() || in.evaluate(() -> eval(script.program(), input)) && exitStatus == null;
    }

    /** fsi's {@code [Loading /abs/a.fsx]}, a line per file. */
    private static String loading(List<LoadedFile> files) {
        StringBuilder sb = new StringBuilder("[");
        for (LoadedFile f : files) {
            sb.append(sb.length() == 1 ? "" : "\n ").append("Loading ").append(f.path().toAbsolutePath());
        }
        return sb.append(']').toString();
    }

    private void eval(List<Decl> decls, String input) {
        Timing.Start start = timing.on() ? timing.start() : null;
        List<Decl> program = new ArrayList<>(accepted);
        Pos pos = new Pos(1, 1);
        program.add(new Decl.Do(pos, new Expr.App(pos, new Expr.Ident(pos, List.of(SHOW.split("\\."))), new Expr.Const(pos, Unit.VALUE))));
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
        scriptErr.on(false);
        Session session = script.newSession(new PrintStream(scriptOut, true, StandardCharsets.UTF_8),
                new PrintStream(scriptErr, true, StandardCharsets.UTF_8));
        try {
            session.run();
        } catch (ScriptExit e) {
            exitStatus = e.status();
            return;
        } catch (ScriptError e) {
            out.flush();
            err.println(e.render());
            return;
        }
        if (start != null) out.println(timing.since(start));
        bindings.print(script.exports().stream().filter(e -> e.slot() >= acceptedGlobals).toList(), session);
        accepted.addAll(mine);
        names = null;
        acceptedGlobals = script.image().globals();
    }
}
