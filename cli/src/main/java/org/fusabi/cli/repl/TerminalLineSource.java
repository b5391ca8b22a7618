package org.fusabi.cli.repl;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Lines from the terminal through JLine: editing, and history kept in ~/.fusabi_history. */
public final class TerminalLineSource implements LineSource, AutoCloseable {
    private final Terminal terminal;
    private final LineReader reader;

    public TerminalLineSource() throws IOException {
        terminal = TerminalBuilder.builder().system(true).build();
        reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("fus")
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".fusabi_history"))
                .build();
    }

    public java.io.PrintStream output() {
        return new java.io.PrintStream(terminal.output(), true, terminal.encoding());
    }

    /** Ctrl-C abandons the line being typed (an empty line); Ctrl-D ends the session. */
    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            return "";
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
