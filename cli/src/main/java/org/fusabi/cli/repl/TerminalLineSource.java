package org.fusabi.cli.repl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/** Lines from the terminal through JLine: editing, Tab completion, and history kept in ~/.fusabi_history. */
public final class TerminalLineSource implements LineSource, AutoCloseable {
    private final Terminal terminal;
    private final LineReader reader;
    private volatile Completer completer = (line, cursor) -> Completion.Candidates.NONE;

    public TerminalLineSource() throws IOException {
        terminal = TerminalBuilder.builder().system(true).build();
        reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("fus")
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".fusabi_history"))
                .completer((r, line, candidates) -> candidates.addAll(candidates(line)))
                .build();
    }

    @Override
    public void completeWith(Completer completer) {
        this.completer = completer;
    }

    /**
     * JLine replaces the word at the cursor, which it splits at spaces ({@code (List.ma}), with a candidate; the
     * completer names what replaces the text from a point inside that word, so each candidate keeps what comes
     * before that point. No space is added after a name, as a dot or an argument may follow.
     */
    private List<Candidate> candidates(ParsedLine line) {
        int wordStart = line.cursor() - line.wordCursor();
        Completion.Candidates found = completer.complete(line.line(), line.cursor());
        if (found.from() < wordStart) return List.of();
        String kept = line.line().substring(wordStart, found.from());
        return found.names().stream().map(n -> new Candidate(kept + n, n, null, null, null, null, false)).toList();
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

    /**
     * Ctrl-C stops the evaluation ({@link org.fusabi.vm.ScriptInterrupted}) and keeps the session; Ctrl-D stops it
     * and ends the session. The terminal is raw meanwhile, with signals still on: Ctrl-C arrives as SIGINT, and a
     * watcher sees Ctrl-D, which a cooked terminal would only hand to a reader that nobody is. Other keys typed
     * ahead are left for the next prompt.
     */
    @Override
    public boolean evaluate(Runnable evaluation) {
        Thread evaluating = Thread.currentThread();
        AtomicBoolean leave = new AtomicBoolean();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> evaluating.interrupt());
        Attributes cooked = terminal.enterRawMode();
        Thread watcher = new Thread(() -> watchForEnd(evaluating, leave), "fus-repl-keys");
        watcher.setDaemon(true);
        watcher.start();
        try {
            evaluation.run();
        } finally {
            watcher.interrupt();
            joinQuietly(watcher);
            terminal.setAttributes(cooked);
            terminal.handle(Terminal.Signal.INT, previous);
            // A Ctrl-C that came as the evaluation ended must not stop the next one.
            Thread.interrupted();
        }
        return !leave.get();
    }

    private void watchForEnd(Thread evaluating, AtomicBoolean leave) {
        NonBlockingReader keys = terminal.reader();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int c = keys.peek(KEY_WAIT_MS);
                if (c == NonBlockingReader.READ_EXPIRED) continue;
                if (c == CTRL_D || c == NonBlockingReader.EOF) {
                    if (c == CTRL_D) keys.read();
                    leave.set(true);
                    evaluating.interrupt();
                }
                return;
            }
        } catch (IOException e) {
            // interrupted as the evaluation ended, or the terminal went away: nothing to watch
        }
    }

    private static final int CTRL_D = 4;
    private static final long KEY_WAIT_MS = 50;

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
