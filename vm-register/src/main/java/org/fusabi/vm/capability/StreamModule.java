package org.fusabi.vm.capability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.Unit;

/**
 * .NET's {@code StreamReader} and {@code StreamWriter} on a file, UTF-8, under the file capability's root: a reader
 * reads as a console {@code TextReader} does (ReadLine null at the end, EndOfStream); a writer buffers until
 * {@code Flush}, {@code Close} or {@code Dispose} (a {@code use} binding's end). {@code File.OpenText},
 * {@code CreateText} and {@code AppendText} make the same.
 */
final class StreamModule {
    private StreamModule() {}

    static void install(Library lib, FileRoot root) {
        lib.define("StreamReader.new", "string -> StreamReader", (vm, a) -> open(root.reading((String) a[0])));
        lib.define("StreamReader#ReadLine", "StreamReader -> unit -> string", (vm, a) -> reader(a).readLine());
        lib.define("StreamReader#ReadToEnd", "StreamReader -> unit -> string", (vm, a) -> reader(a).readToEnd());
        lib.define("StreamReader#Read", "StreamReader -> unit -> int", (vm, a) -> reader(a).read());
        lib.define("StreamReader#Peek", "StreamReader -> unit -> int", (vm, a) -> reader(a).peek());
        lib.define("StreamReader#EndOfStream", "StreamReader -> bool", (vm, a) -> reader(a).peek() < 0);
        for (String close : new String[] {"Close", "Dispose"}) {
            lib.define("StreamReader#" + close, "StreamReader -> unit -> unit", (vm, a) -> reader(a).close());
            lib.define("StreamWriter#" + close, "StreamWriter -> unit -> unit", (vm, a) -> writer(a).close());
        }
        lib.define("StreamWriter.new", "string -> StreamWriter", (vm, a) -> create(root.writing((String) a[0]), false));
        // File's shorthands for the same readers and writers.
        lib.define("File.OpenText", "string -> StreamReader", (vm, a) -> open(root.reading((String) a[0])));
        lib.define("File.CreateText", "string -> StreamWriter", (vm, a) -> create(root.writing((String) a[0]), false));
        lib.define("File.AppendText", "string -> StreamWriter", (vm, a) -> create(root.writing((String) a[0]), true));
        lib.define("StreamWriter.new~append", "string -> bool -> StreamWriter", (vm, a) -> create(root.writing((String) a[0]), (Boolean) a[1]));
        lib.define("StreamWriter#WriteLine", "StreamWriter -> unit -> unit", (vm, a) -> writer(a).write("\n"));
        lib.define("StreamWriter#WriteLine~value", "StreamWriter -> 'a -> unit", (vm, a) -> writer(a).write(Show.string(a[1]) + "\n"));
        lib.define("StreamWriter#Write", "StreamWriter -> 'a -> unit", (vm, a) -> writer(a).write(Show.string(a[1])));
        lib.define("StreamWriter#Flush", "StreamWriter -> unit -> unit", (vm, a) -> writer(a).flush());
    }

    private static FileReader open(FileRoot.Target file) {
        try {
            BufferedReader in = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8);
            return new FileReader(in);
        } catch (IOException e) {
            throw IoErrors.of(e, file);
        }
    }

    private static FileWriter create(FileRoot.Target file, boolean append) {
        try {
            return new FileWriter(append
                    ? Files.newBufferedWriter(file.path(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newBufferedWriter(file.path(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw IoErrors.of(e, file);
        }
    }

    private static FileReader reader(Object[] a) {
        return (FileReader) a[0];
    }

    private static FileWriter writer(Object[] a) {
        return (FileWriter) a[0];
    }

    /** An I/O step of a reader or writer. */
    private interface Io {
        void run() throws IOException;
    }

    /** Runs an I/O step, a failure being .NET's IOException. */
    private static Unit io(Io step) {
        try {
            step.run();
        } catch (IOException e) {
            throw IoErrors.of(e);
        }
        return Unit.VALUE;
    }

    /** A StreamReader: a TextReader over the file, which it closes. */
    static final class FileReader {
        private final BufferedReader in;
        private final ScriptReader text;

        FileReader(BufferedReader in) {
            this.in = in;
            this.text = new ScriptReader(in);
        }

        String readLine() {
            return text.readLine();
        }

        String readToEnd() {
            return text.readToEnd();
        }

        long read() {
            return text.read();
        }

        long peek() {
            return text.peek();
        }

        Unit close() {
            return io(in::close);
        }

        @Override
        public String toString() {
            return "System.IO.StreamReader";
        }
    }

    /** A StreamWriter; writing after Close is .NET's ObjectDisposedException, an IOException here. */
    static final class FileWriter {
        private final Writer out;

        FileWriter(Writer out) {
            this.out = out;
        }

        Unit write(String text) {
            return io(() -> out.write(text));
        }

        Unit flush() {
            return io(out::flush);
        }

        Unit close() {
            return io(out::close);
        }

        @Override
        public String toString() {
            return "System.IO.StreamWriter";
        }
    }
}
