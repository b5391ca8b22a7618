package org.fusabi.bench;

import java.io.PrintStream;
import java.util.Optional;

/**
 * LuaJIT or Lua 5.4 inside this JVM, called through JNR-FFI: the same clock (System.nanoTime) and the same
 * process as Fusabi and LuaJ, so that their ratios carry no process or clock difference.
 */
final class NativeLuaEngine extends InProcessEngine {
    private static final String CAPTURE = Resources.text("capture.lua");

    private final String name;
    private final Optional<LuaLibrary> library;
    private final Optional<String> version;

    /** {@code versionExpression} is Lua that names the exact runtime, e.g. {@code jit.version}. */
    NativeLuaEngine(String name, Optional<LuaLibrary> library, String versionExpression) {
        this.name = name;
        this.library = library;
        this.version = library.map(lib -> probe(lib, versionExpression) + " (in-process, JNR-FFI)");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> version() {
        return version;
    }

    /** Evaluates Lua in a fresh state of this engine's library: what the tests use to see which Lua really runs. */
    String evaluate(String expression) throws BenchmarkFailure {
        try (LuaState state = library.orElseThrow(() -> new BenchmarkFailure(name + " is not installed")).open()) {
            return state.eval(expression);
        }
    }

    @Override
    protected Loaded load(Program program) throws BenchmarkFailure {
        LuaState state = library.orElseThrow(() -> new BenchmarkFailure(name + " is not installed")).open();
        state.load(CAPTURE, "capture.lua");
        state.call();
        String chunkName = program.name() + ".lua";
        return new Loaded() {
            @Override
            public void prepare() throws BenchmarkFailure {
                // A fresh chunk each run, as driver.lua does and for the same reason: LuaJIT's traces.
                state.load(program.luaSource(), chunkName);
            }

            @Override
            public void run(PrintStream out) throws BenchmarkFailure {
                state.call();
            }

            @Override
            public void finish(PrintStream out) throws BenchmarkFailure {
                out.print(state.eval("__bench_output()"));
            }

            @Override
            public void close() {
                state.close();
            }
        };
    }

    private static String probe(LuaLibrary library, String expression) {
        try (LuaState state = library.open()) {
            return state.eval(expression);
        } catch (BenchmarkFailure e) {
            throw new IllegalStateException("cannot read the version of a loaded Lua: " + e.getMessage());
        }
    }
}
