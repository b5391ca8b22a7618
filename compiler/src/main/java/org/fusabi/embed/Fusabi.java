package org.fusabi.embed;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.Compiler;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Source;
import org.fusabi.compiler.load.FileAccess;
import org.fusabi.compiler.load.LoadedScript;
import org.fusabi.loader.ImageFiles;
import org.fusabi.vm.Library;
import org.fusabi.vm.capability.Grant;
import org.fusabi.vm.embed.HostFunction;
import org.fusabi.vm.embed.HostType;
import org.fusabi.vm.embed.Script;
import org.fusabi.vm.stdlib.StandardLibrary;

/**
 * The front door for a Java program that embeds Fusabi: host functions in, scripts out. Compile source or load a
 * precompiled image, then run it in a {@link org.fusabi.vm.embed.Session}. Define every host function before
 * compiling the scripts that call it; after that a Fusabi object may be shared by threads.
 */
public final class Fusabi {
    private final Library library;
    private FileAccess files = FileAccess.NONE;
    private Consumer<String> warnings = w -> { };

    private Fusabi(Library library) {
        this.library = library;
    }

    /**
     * Where the warnings of the scripts compiled from now on go, each as {@code file:line:col: warning: message}
     * (F#'s warnings, such as an incomplete match); they are dropped unless a host asks for them.
     */
    public Fusabi onWarning(Consumer<String> sink) {
        this.warnings = sink;
        return this;
    }

    /** The standard library of docs/LANGUAGE.md, no host functions and no capabilities: no console, file, environment or process access. */
    public static Fusabi create() {
        return new Fusabi(StandardLibrary.create());
    }

    /**
     * Grants scripts capabilities: the console, files (anywhere, or under a directory), the environment, exit, the
     * command-line arguments ({@link Grant}). Without a grant a script cannot name what it gives: such a script
     * does not compile, and an image that needs it does not load. Grant before compiling. A file grant is also
     * what {@code #load} reads through.
     */
    public Fusabi grant(Grant... grants) {
        for (Grant g : grants) {
            g.grantTo(library);
            if (g.files() != null) files = FileAccess.of(g.files());
        }
        return this;
    }

    /**
     * Exposes a Java class to scripts as the type {@code name}, with the members listed by the names scripts use
     * ({@code "new"}, {@code "Deposit"}, {@code "Balance"}), or all its public ones; see {@link HostType#define}.
     */
    public Fusabi defineType(String name, Class<?> type, String... members) {
        HostType.define(library, name, type, members);
        return this;
    }

    /** Grants scripts a host function; see {@link HostFunction#define}. */
    public Fusabi define(String name, String signature, HostFunction fn) {
        HostFunction.define(library, name, signature, fn);
        return this;
    }

    /**
     * Lets {@code #load} read script files through {@code files} rather than a file grant (paths as the directive
     * resolves them, relative to the loading script's name). With neither, a script that loads a file does not
     * compile: {@code #load is not available: this host does not grant file access}.
     */
    public Fusabi files(FileAccess files) {
        this.files = files;
        return this;
    }

    public Library library() {
        return library;
    }

    /** Compiles source text; {@code fileName} is what error messages name. */
    public Script compile(String fileName, String source) {
        return Script.load(compileToBytes(fileName, source), library);
    }

    public Script compile(Path sourceFile) throws IOException {
        return compile(sourceFile.getFileName().toString(), Files.readString(sourceFile));
    }

    /** The image bytes of a script, what {@code fus grind} writes: store them and {@link #load(byte[])} them later. */
    public byte[] compileToBytes(String fileName, String source) {
        return compileDeclarations(fileName, source, parse(fileName, source).program());
    }

    /** Compiles parsed declarations, which may have been rewritten (the REPL and the JSR-223 engine do). */
    public byte[] compileDeclarations(String fileName, String source, List<Decl> program) {
        try {
            return Compiler.compileToBytes(fileName, program, library, w -> warnings.accept(w.render(fileName)));
        } catch (CompileError e) {
            throw compileException(e, fileName, source);
        }
    }

    /** Parses a script and the files it loads, reporting mistakes as {@link ScriptCompileException}. */
    public LoadedScript parse(String fileName, String source) {
        try {
            return Compiler.load(new Source(fileName, source), files);
        } catch (CompileError e) {
            throw compileException(e, fileName, source);
        }
    }

    private static ScriptCompileException compileException(CompileError e, String fileName, String source) {
        return new ScriptCompileException(e.render(fileName, source), e.fileName(fileName), e.pos().line(), e.pos().col());
    }

    public Script load(byte[] image) {
        return Script.load(image, library);
    }

    /** Loads an image in place; give a segment of a shared or automatic arena if threads will share the script. */
    public Script load(MemorySegment image) {
        return Script.load(image, library);
    }

    /** Maps a .fzb file read-only; the mapping lasts as long as the script is reachable. */
    public Script load(Path imageFile) throws IOException {
        return load(ImageFiles.map(imageFile, Arena.ofAuto()));
    }
}
