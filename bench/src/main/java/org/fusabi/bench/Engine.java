package org.fusabi.bench;

import java.util.Optional;

/** One runtime under comparison (Fusabi, LuaJ, a native Lua), able to run the benchmark programs. */
interface Engine {

    /** The column name, as given to {@code --runtimes}. */
    String name();

    /** The version for the report header; empty when the runtime is not installed on this machine. */
    Optional<String> version();

    /** Runs the program once, outside any timing, and returns what it printed. */
    String output(Program program) throws Exception;

    /**
     * Runs the program {@code plan.total()} times in one process, so that the measured runs are warm,
     * and returns the times of the measured ones. Fails if any run prints other than the expected output.
     */
    Measurement time(Program program, Plan plan, Progress progress) throws Exception;
}
