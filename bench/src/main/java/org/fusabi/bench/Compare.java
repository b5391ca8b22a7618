package org.fusabi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares Fusabi with LuaJ, Lua 5.4, LuaJIT, Rhai and Rune on the programs in bench/programs: warm in-process
 * times and whole-process times. A Markdown report on stdout; results.json and one chart per table in the output
 * folder; progress on stderr. Exits 1 if any runtime failed, 3 if a ratio regressed beyond the baseline's
 * tolerance, 2 on a bad command line.
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
        List<Engine> inProcess;
        List<ProcessEngine> processes;
        try {
            options = Options.parse(args);
            programs = options.programs().stream().map(name -> Program.load(options.programsDir(), name)).toList();
            inProcess = options.runtimes().stream().map(spec -> {
                Engine engine = Engines.inProcess(spec);
                return options.fork() ? new ForkedEngine(engine, spec, options.programsDir()) : engine;
            }).toList();
            Path fus = Options.home().resolve("../bin/fus").normalize();
            processes = new ArrayList<>(options.processes().stream().map(spec -> Engines.process(spec, fus)).toList());
            if (!processes.isEmpty()) {
                processes.add(ProcessEngine.bareJvm(Path.of(System.getProperty("java.home"))));
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        Environment env = Environment.probe(inProcess, processes);
        Progress progress = (engine, program, step) -> System.err.println("[" + engine + "] " + program + ": " + step);
        Comparison comparison = new Comparison(options.plan(), progress);

        List<Section> sections = new ArrayList<>();
        if (!inProcess.isEmpty()) {
            sections.add(Section.inProcess(comparison.run(programs, inProcess), options.fork()));
        }
        if (!processes.isEmpty()) {
            sections.add(Section.wholeProcess(new InterleavedRuns(options.plan(), progress, PeakRss.find()).run(programs, processes)));
        }

        System.out.print(MarkdownReport.render(env, options.plan(), sections));
        Files.createDirectories(options.outDir());
        Path json = options.outDir().resolve("results.json");
        Files.writeString(json, JsonReport.render(env, options.plan(), sections));
        System.err.println("wrote " + json);
        for (Section section : sections) {
            Path png = options.outDir().resolve(section.key() + ".png");
            if (RatioChart.write(section.results(), section.title() + ": time ÷ Lua 5.4 time", png)) {
                System.err.println("wrote " + png);
            }
        }

        boolean failed = sections.stream().anyMatch(s -> s.results().anyFailed());
        int exit = failed ? 1 : 0;
        if (!inProcess.isEmpty()) {
            Results warm = sections.getFirst().results();
            if (options.writeBaseline().isPresent()) {
                Baseline.of(warm).write(options.writeBaseline().get(), "Fusabi ÷ runtime, in-process medians of one run of:\n"
                        + "bench/run.sh " + String.join(" ", args));
                System.err.println("wrote " + options.writeBaseline().get());
            }
            if (options.checkBaseline().isPresent() && !BaselineReport.passes(
                    Baseline.read(options.checkBaseline().get()), warm, options.tolerance())) {
                exit = Math.max(exit, 3);
            }
        }
        System.exit(exit);
    }
}
