package org.fusabi.cli.repl;

/** Where the REPL's lines come from: a terminal with line editing, or any input stream. */
public interface LineSource {
    /** The next line without its terminator, or null at the end of input. */
    String readLine(String prompt);
}
