package org.fusabi.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fusabi.cli.repl.StreamLineSource;
import org.fusabi.cli.repl.TerminalLineSource;
import org.fusabi.loader.ImageFiles;
import org.fusabi.loader.ImageMapper;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.ScriptExit;
import org.fusabi.vm.image.Disassembler;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.image.ImageChangedException;
import org.fusabi.vm.image.InvalidImageException;
import org.fusabi.vm.image.NotGrantedException;

/**
 * The {@code fus} command: run, grind, check and disassemble scripts, or talk to the REPL. Exit status 0 on success,
 * 1 when the script fails (it does not compile, fails at run time, runs out of memory, or the image is invalid), 2
 * on misuse or a file that cannot be read or written, 3 on an internal error of fus, 141 (as a process killed by
 * SIGPIPE) when standard output is a pipe whose reader has gone. Every failure is reported in one line (with the
 * script's call trace for a run-time error), never as a Java stack trace. The compiler is reached only through
 * {@link Sources} (and the REPL), for source files, so running an image never loads it; picocli only through
 * {@link Commands}, for a command line that {@link FastRun} leaves to it, so the usual {@code fus run} never loads it.
 */
public final class Main {
    static final int INTERNAL_ERROR = 3;
    static final int PIPE_CLOSED = 141;
    /** The script's standard input (the console capability reads it). */
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    Main(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws InterruptedException {
        // The first MemorySegment.asByteBuffer initialises the JDK's FFM support, which generates method-handle
        // classes that no AOT cache holds (4 ms); started here, it overlaps with everything before the image is read.
        Thread ffm = new Thread(() -> MemorySegment.ofArray(new byte[8]).asByteBuffer(), "fus-warm-up");
        ffm.setDaemon(true);
        ffm.start();
        // On a terminal (bin/fus tells), each line shows when it is printed; elsewhere output is buffered.
        boolean terminal = Boolean.getBoolean("fus.stdout.terminal");
        PrintStream out = new PrintStream(new BufferedOutputStream(new StandardOutput(), 64 * 1024), terminal, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // Ended by a signal (SIGTERM, Ctrl-C), the JVM runs shutdown hooks: what the script printed still comes out.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> flush(out)));
        int[] status = {INTERNAL_ERROR};
        // Deep but bounded script recursion through natives needs a deep Java stack; the VM's own calls do not.
        Thread t = new Thread(null, () -> status[0] = new Main(System.in, out, err).execute(args), "fus", 1L << 29);
        t.setUncaughtExceptionHandler((thread, e) -> err.println("fus: internal error: " + e));
        t.start();
        t.join();
        flush(out);
        // halt, not exit: System.exit logs through System.Logger, whose set-up costs a hello-world run 7 ms; the
        // shutdown hook has nothing left to do and both streams are flushed.
        Runtime.getRuntime().halt(status[0]);
    }

    /** Flushes what the script printed, unless standard output has gone (the failure is already reported). */
    private static void flush(PrintStream out) {
        try {
            out.flush();
        } catch (StandardOutput.Gone e) {
            // nothing more can be written there
        }
    }

    /** Runs a command; reports any failure, however deep in the JVM, in one line. */
    int execute(String[] args) {
        try {
            return command(args);
        } catch (StandardOutput.Gone e) {
            if (e.pipeClosed()) return PIPE_CLOSED;
            err.println("fus: cannot write to standard output: " + e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            flush(out);
            err.println("fus: out of memory (" + e.getMessage() + ")");
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            flush(out);
            err.println("fus: internal error: " + e);
            return INTERNAL_ERROR;
        }
    }

    /*
     * The requests are told apart with instanceof, not a switch over their types: such a switch's bootstrap
     * generates a class at run time (with the ClassFile API), which no AOT cache holds: a cost on every start.
     */
    private int command(String[] args) {
        Request request = FastRun.parse(args);
        if (request == null) request = new Commands(out, err).parse(args);
        if (request instanceof Request.Done done) return done.status();
        if (request instanceof Request.Repl) return repl();
        return onFile((Request.OnFile) request);
    }

    private int onFile(Request.OnFile request) {
        Path file = request.file();
        try {
            if (request instanceof Request.Run run) return run(run);
            if (request instanceof Request.Grind grind) return grind(file, grind.output());
            if (request instanceof Request.Check) return check(file);
            return disasm(file);
        } catch (IOException e) {
            err.println("fus: " + Problems.describe(e, file));
            return 2;
        } catch (OutOfMemoryError e) {
            flush(out);
            err.println("fus: " + file + ": out of memory (" + e.getMessage() + ")");
            return 1;
        }
    }

    /** On a terminal, JLine edits lines and keeps history; from a pipe, lines are read as they come. */
    private int repl() {
        if (System.console() == null) {
            return Sources.repl(out, err).run(new StreamLineSource(System.in, out));
        }
        try (TerminalLineSource terminal = new TerminalLineSource()) {
            PrintStream screen = terminal.output();
            int status = Sources.repl(screen, err).run(terminal);
            screen.flush();
            return status;
        } catch (IOException e) {
            err.println("fus: cannot open the terminal: " + e.getMessage());
            return 2;
        }
    }

    private int run(Request.Run run) throws IOException {
        Library library = HostLibrary.create(run.sandbox(), in, run.file().toString(), run.args());
        return withImage(run.file(), run.mapper().orElse(null), library, image -> {
            try {
                new Interpreter(image, out, err).run();
                return 0;
            } catch (ScriptExit e) {
                out.flush();
                return e.status();
            } catch (ScriptError e) {
                out.flush();
                err.println(e.render());
                return 1;
            }
        });
    }

    private int disasm(Path file) throws IOException {
        return withImage(file, null, compileLibrary(file), image -> {
            Disassembler.print(image, out);
            return 0;
        });
    }

    private interface ImageAction {
        int apply(Image image);
    }

    /**
     * Maps an image file (with the mapper, or the FFM mapping when it is null), or compiles a source file into an
     * image in memory, and hands it to the action. An invalid image is reported in one line whether the loader or
     * the verifier (when a function is first used) finds it.
     */
    private int withImage(Path file, ImageMapper mapper, Library library, ImageAction action) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            Image image;
            if (Files.isRegularFile(file) && ImageFiles.isImage(file)) {
                image = Image.load(mapper == null ? ImageFiles.map(file, arena) : mapper.map(file, arena), library);
            } else {
                // Read once: a pipe (`fus run <(…)`) cannot be opened a second time, nor an image in it mapped.
                byte[] content = Input.readAll(file);
                if (ImageFiles.isImage(content)) {
                    image = Image.load(content, library);
                } else {
                    byte[] bytes = Sources.compile(file, Path.of(""), content, library, err);
                    if (bytes == null) return 1;
                    image = Image.load(bytes, library);
                }
            }
            return action.apply(image);
        } catch (ImageChangedException e) {
            flush(out);
            err.println("fus: " + file + ": " + e.getMessage());
            return 1;
        } catch (InvalidImageException e) {
            flush(out);
            err.println("fus: " + file + ": invalid image: " + e.getMessage());
            return 1;
        } catch (NotGrantedException e) {
            err.println("fus: " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private int grind(Path file, Optional<Path> output) throws IOException {
        Path target = output.orElseGet(() -> {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".fzb");
        });
        if (Files.exists(target) && !ImageFiles.isImage(target)) {
            err.println("fus: refusing to overwrite " + target + ": it is not an image (a source file?)");
            return 2;
        }
        Path folder = file.getParent() == null ? Path.of("") : file.getParent();
        byte[] bytes = Sources.compile(file, folder, Input.readAll(file), compileLibrary(file), err);
        if (bytes == null) return 1;
        ImageFiles.writeAtomically(target, bytes);
        out.println("wrote " + target + " (" + bytes.length + " bytes)");
        return 0;
    }

    private int check(Path file) throws IOException {
        return Sources.check(file, Input.readAll(file), compileLibrary(file), err) ? 0 : 1;
    }

    /** What grind, check and disasm compile against: what run grants, so that they accept what it runs. */
    private Library compileLibrary(Path file) {
        return HostLibrary.create(false, in, file.toString(), List.of());
    }
}
