package org.fusabi.vm.capability;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Capability;
import org.fusabi.vm.value.Enumerable;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.Enumerators;
import org.fusabi.vm.value.FSeq;
import org.fusabi.vm.value.Step;
import org.fusabi.vm.value.Unit;

/**
 * The file capability: .NET's {@code System.IO.File}, {@code Directory} and {@code Path} as F# scripts use them,
 * on the files a {@link FileRoot} reaches. Text is UTF-8 (a byte-order mark is skipped when read and never
 * written); failures are .NET's exceptions with .NET's messages ({@link IoErrors}).
 */
record FileModule(FileRoot root) implements Grant {
    @Override
    public Capability capability() {
        return Capability.FILES;
    }

    @Override
    public FileRoot files() {
        return root;
    }

    @Override
    public void grantTo(Library library) {
        library.grant(capability(), this::install, "File", "Directory", "Path", "StreamReader", "StreamWriter");
    }

    private void install(Library lib) {
        StreamModule.install(lib, root);
        // .NET's temporary directory ends with a separator: /tmp/
        lib.define("Path.GetTempPath", "unit -> string", (vm, a) -> Path.of(System.getProperty("java.io.tmpdir")) + java.io.File.separator);
        lib.define("File.ReadAllText", "string -> string", (vm, a) -> readAllText(root.reading(string(a, 0))));
        lib.define("File.ReadAllLines", "string -> string[]", (vm, a) -> lines(readAllText(root.reading(string(a, 0)))));
        lib.define("File.ReadLines", "string -> seq<string>", (vm, a) -> readLines(root.reading(string(a, 0))));
        lib.define("File.WriteAllText", "string -> string -> unit", (vm, a) -> write(root.writing(string(a, 0)), text(a[1]), false));
        lib.define("File.AppendAllText", "string -> string -> unit", (vm, a) -> write(root.writing(string(a, 0)), text(a[1]), true));
        lib.define("File.WriteAllLines", "string -> seq<string> -> unit", (vm, a) -> write(root.writing(string(a, 0)), joinLines(a[1]), false));
        lib.define("File.Exists", "string -> bool", (vm, a) -> a[0] != null && !string(a, 0).isEmpty()
                && Files.isRegularFile(root.reading(string(a, 0)).path()));
        lib.define("File.Delete", "string -> unit", (vm, a) -> delete(root.writing(string(a, 0))));
        lib.define("File.Copy", "string -> string -> unit", (vm, a) -> copy(a, false, false));
        lib.define("File.Copy~overwrite", "string -> string -> bool -> unit", (vm, a) -> copy(a, (Boolean) a[2], false));
        lib.define("File.Move", "string -> string -> unit", (vm, a) -> copy(a, false, true));
        lib.define("File.Move~overwrite", "string -> string -> bool -> unit", (vm, a) -> copy(a, (Boolean) a[2], true));
        lib.define("Directory.GetFiles", "string -> string[]", (vm, a) -> list(string(a, 0), "*", false));
        lib.define("Directory.GetFiles~pattern", "string -> string -> string[]", (vm, a) -> list(string(a, 0), string(a, 1), false));
        lib.define("Directory.GetDirectories", "string -> string[]", (vm, a) -> list(string(a, 0), "*", true));
        lib.define("Directory.GetDirectories~pattern", "string -> string -> string[]", (vm, a) -> list(string(a, 0), string(a, 1), true));
        lib.define("Directory.Exists", "string -> bool", (vm, a) -> a[0] != null && !string(a, 0).isEmpty()
                && Files.isDirectory(root.reading(string(a, 0)).path()));
        lib.define("Directory.CreateDirectory", "string -> unit", (vm, a) -> createDirectory(root.writing(string(a, 0))));
        lib.define("Path.Combine", "string -> string -> string", (vm, a) -> DotNetPaths.combine(string(a, 0), string(a, 1)));
        lib.define("Path.Combine~three", "string -> string -> string -> string",
                (vm, a) -> DotNetPaths.combine(string(a, 0), string(a, 1), string(a, 2)));
        lib.define("Path.GetFileName", "string -> string", (vm, a) -> DotNetPaths.fileName(string(a, 0)));
        lib.define("Path.GetFileNameWithoutExtension", "string -> string", (vm, a) -> DotNetPaths.fileNameWithoutExtension(string(a, 0)));
        lib.define("Path.GetExtension", "string -> string", (vm, a) -> DotNetPaths.extension(string(a, 0)));
        lib.define("Path.GetDirectoryName", "string -> string", (vm, a) -> DotNetPaths.directoryName(string(a, 0)));
        lib.define("Path.ChangeExtension", "string -> string -> string", (vm, a) -> DotNetPaths.changeExtension(string(a, 0), string(a, 1)));
    }

    private static String string(Object[] a, int i) {
        return (String) a[i];
    }

    /** A null string writes nothing, as in .NET. */
    private static String text(Object s) {
        return s == null ? "" : (String) s;
    }

    static String readAllText(FileRoot.Target file) {
        try {
            return withoutByteOrderMark(new String(Files.readAllBytes(file.path()), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw IoErrors.of(e, file);
        }
    }

    private static String withoutByteOrderMark(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The lines of a text as ReadAllLines splits them: at \n, \r\n or \r, with no empty line after a last break. */
    private static Object[] lines(String text) {
        return text.lines().toArray();
    }

    /** File.ReadLines: the file is read a line at a time as the sequence is enumerated, and closed at its end. */
    private static FSeq readLines(FileRoot.Target file) {
        return FSeq.of(() -> {
            BufferedReader in;
            try {
                in = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw IoErrors.of(e, file);
            }
            return new Step() {
                private boolean first = true;

                @Override
                public boolean moveNext() {
                    try {
                        String line = in.readLine();
                        if (line == null) return false;
                        if (first) line = withoutByteOrderMark(line);
                        first = false;
                        return emit(line);
                    } catch (IOException e) {
                        throw IoErrors.of(e, file);
                    }
                }

                @Override
                public void close() {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw IoErrors.of(e, file);
                    }
                }
            };
        });
    }

    private static String joinLines(Object lines) {
        StringBuilder out = new StringBuilder();
        Enumerator e = lines instanceof Enumerable en ? en.enumerator() : Enumerators.ofArray(lines);
        try (e) {
            while (e.moveNext()) out.append(text(e.current())).append('\n');
        }
        return out.toString();
    }

    private static Unit write(FileRoot.Target file, String text, boolean append) {
        try {
            if (append) {
                Files.writeString(file.path(), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.writeString(file.path(), text, StandardCharsets.UTF_8);
            }
            return Unit.VALUE;
        } catch (IOException e) {
            throw IoErrors.of(e, file);
        }
    }

    /** File.Delete: a file that is not there is no error, a directory that is not there is. */
    private static Unit delete(FileRoot.Target file) {
        try {
            if (Files.isDirectory(file.path(), LinkOption.NOFOLLOW_LINKS)) throw IoErrors.denied(file.shown());
            Path parent = file.path().getParent();
            if (parent != null && !Files.isDirectory(parent)) throw IoErrors.directoryNotFound(file.shown());
            Files.deleteIfExists(file.path());
            return Unit.VALUE;
        } catch (IOException e) {
            throw IoErrors.of(e, file);
        }
    }

    private Unit copy(Object[] a, boolean overwrite, boolean move) {
        FileRoot.Target from = move ? root.writing(string(a, 0)) : root.reading(string(a, 0));
        FileRoot.Target to = root.writing(string(a, 1));
        if (!Files.isRegularFile(from.path())) throw IoErrors.notFound(from);
        try {
            StandardCopyOption[] options = overwrite ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING} : new StandardCopyOption[0];
            if (move) Files.move(from.path(), to.path(), options);
            else Files.copy(from.path(), to.path(), options);
            return Unit.VALUE;
        } catch (IOException e) {
            throw IoErrors.of(e, to);
        }
    }

    private static Unit createDirectory(FileRoot.Target dir) {
        try {
            Files.createDirectories(dir.path());
            return Unit.VALUE;
        } catch (IOException e) {
            throw IoErrors.of(e, dir);
        }
    }

    /**
     * Directory.GetFiles and GetDirectories: the entries whose names match the pattern ({@code *} and {@code ?}),
     * each joined to the directory as the script gave it, in ordinal order (.NET leaves the order to the file system).
     */
    private Object[] list(String dir, String pattern, boolean directories) {
        FileRoot.Target target = root.reading(dir);
        if (!Files.isDirectory(target.path())) throw IoErrors.directoryNotFound(target.shown());
        Pattern glob = glob(pattern);
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.path())) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p) == directories && glob.matcher(name).matches()) out.add(DotNetPaths.combine(dir, name));
            }
        } catch (IOException e) {
            throw IoErrors.of(e, target);
        }
        out.sort(null);
        return out.toArray();
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
