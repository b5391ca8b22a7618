package org.fusabi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares Fusabi with LuaJ, Lua 5.4 and LuaJIT on the programs in bench/programs: a Markdown table
 * on stdout, results.json in the output folder, progress on stderr. Exits 1 if any runtime failed.
 */
public final class Compare {
    private Compare() {
    }

    public static void main(String[] args) throws IOException {
        if (List.of(args).contains("--help")) {
            System.out.print(Options.USAGE);
            return;
        }
        Options options;
        List<Program> programs;
        List<Engine> engines;
        try {
            options = Options.parse(args);
            programs = options.programs().stream().map(name -> Program.load(options.programsDir(), name)).toList();
            engines = options.runtimes().stream().map(Engines::create).toList();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        Environment env = Environment.probe(engines);

        Results results = new Comparison(options.plan(),
                (engine, program, step) -> System.err.println("[" + engine + "] " + program + ": " + step))
                .run(programs, engines);

        System.out.print(MarkdownReport.render(env, options.plan(), results));
        Files.createDirectories(options.outDir());
        Path json = options.outDir().resolve("results.json");
        Files.writeString(json, JsonReport.render(env, options.plan(), results));
        System.err.println("wrote " + json);
        System.exit(results.anyFailed() ? 1 : 0);
    }
}
