package org.fusabi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fusabi.loader.ImageFiles;

/**
 * Makes runtimes from their names: in-process ones for {@code --runtimes}, whole-process ones for {@code --processes}.
 * A runtime started as a command may name it: {@code lua5.4=/opt/lua/bin/lua}, {@code rhai=/opt/rhai/bin/rhai-run};
 * Rhai's and Rune's commands may also come from the environment ({@code RHAI_RUN}, {@code RUNE}).
 */
final class Engines {
    static final String FUSABI = "fusabi";
    static final String FUSABI_FZB = "fusabi-fzb";
    static final String LUAJ = "luaj";
    static final String LUA54 = "lua5.4";
    static final String LUAJIT = "luajit";
    static final List<String> IN_PROCESS = List.of(FUSABI, FUSABI_FZB, LUAJ, "luaj-luajc", LUA54, LUAJIT);
    static final List<String> PROCESSES = List.of(FUSABI, FUSABI_FZB, LUA54, LUAJIT, "rhai", "rune");

    /** Fusabi's medians are divided by these runtimes': the reference native Lua and the Lua on the JVM. */
    record Baseline(String engine, String label) {
    }

    static final List<Baseline> BASELINES = List.of(new Baseline(LUA54, "Lua 5.4"), new Baseline(LUAJ, "LuaJ"));

    private Engines() {
    }

    /**
     * A runtime in this JVM. lua5.4 and luajit are their shared libraries called through JNR-FFI; where the
     * library is missing (or a command is named), the Lua executable runs the program under driver.lua instead.
     */
    static Engine inProcess(String spec) {
        Spec s = Spec.parse(spec);
        return switch (s.name) {
            case FUSABI -> FusabiEngine.fromSource();
            case FUSABI_FZB -> FusabiEngine.fromMappedFile();
            case LUAJ -> new LuajEngine(false);
            case "luaj-luajc" -> new LuajEngine(true);
            case LUA54 -> nativeLua(s, LuaLibrary.lua54(), "_VERSION");
            case LUAJIT -> nativeLua(s, LuaLibrary.luajit(), "jit.version");
            default -> throw unknown(s.name, IN_PROCESS);
        };
    }

    /** A runtime started as a fresh process for every run; {@code fus} is the launcher of this build. */
    static ProcessEngine process(String spec, Path fus) {
        return process(spec, fus, System.getenv());
    }

    /** The same, with the environment to look for RHAI_RUN and RUNE in; a command in the spec comes first. */
    static ProcessEngine process(String spec, Path fus, Map<String, String> env) {
        Spec s = Spec.parse(spec);
        return switch (s.name) {
            case FUSABI -> new ProcessEngine(s.name, Executables.locate(s.commandOr(fus.toString())), List.of("run"),
                    ProcessEngine.source(".fsx"), null);
            case FUSABI_FZB -> new ProcessEngine(s.name, Executables.locate(s.commandOr(fus.toString())), List.of("run"),
                    program -> List.of(grind(program).toString()), null);
            case LUA54, LUAJIT -> new ProcessEngine(s.name, Executables.locate(s.commandOr(s.name)), List.of(),
                    ProcessEngine.source(".lua"), "-v");
            case "rhai" -> new ProcessEngine(s.name, Executables.locate(s.commandOr(env.getOrDefault("RHAI_RUN", "rhai-run"))), List.of(),
                    ProcessEngine.source(".rhai"), null);
            case "rune" -> new ProcessEngine(s.name, Executables.locate(s.commandOr(env.getOrDefault("RUNE", "rune"))), List.of("run"),
                    ProcessEngine.source(".rn"), null);
            default -> throw unknown(s.name, PROCESSES);
        };
    }

    private static Engine nativeLua(Spec spec, Optional<LuaLibrary> library, String versionExpression) {
        if (spec.command == null && library.isPresent()) {
            return new NativeLuaEngine(spec.name, library, versionExpression);
        }
        return new ExternalLuaEngine(spec.name, spec.commandOr(spec.name));
    }

    /** Writes the program's image as {@code fus grind} would, to a temporary .fzb, outside timing. */
    private static Path grind(Program program) throws Exception {
        Path file = Files.createTempFile("fusabi-bench-" + program.name(), ".fzb");
        file.toFile().deleteOnExit();
        ImageFiles.writeAtomically(file, FusabiEngine.compile(program, FusabiEngine.library(program)));
        return file;
    }

    private static IllegalArgumentException unknown(String name, List<String> known) {
        return new IllegalArgumentException("unknown runtime " + name + "; known: " + String.join(", ", known));
    }

    /** NAME or NAME=COMMAND. */
    private record Spec(String name, String command) {
        static Spec parse(String spec) {
            int eq = spec.indexOf('=');
            return eq < 0 ? new Spec(spec, null) : new Spec(spec.substring(0, eq), spec.substring(eq + 1));
        }

        /** The command given, or else the runtime's usual command. */
        String commandOr(String usual) {
            return command != null ? command : usual;
        }
    }
}
