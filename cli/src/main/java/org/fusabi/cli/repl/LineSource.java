package org.fusabi.cli.repl;

/** Where the REPL's lines come from: a terminal with line editing, or any input stream. */
public interface LineSource {
    /** The next line without its terminator, or null at the end of input. */
    String readLine(String prompt);

    /** Where Tab asks what completes the line being typed: (line, cursor) to candidates. A plain stream has no Tab. */
    default void completeWith(Completer completer) {}

    @FunctionalInterface
    interface Completer {
        Completion.Candidates complete(String line, int cursor);
    }

    /**
     * Runs the evaluation of what was read, which the user may stop by interrupting the thread; false when they
     * asked to leave during it. A plain stream has no one to ask.
     */
    default boolean evaluate(Runnable evaluation) {
        evaluation.run();
        return true;
    }
}
