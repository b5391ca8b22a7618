package org.fusabi.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Source;
import org.fusabi.compiler.codegen.CodeGen;
import org.fusabi.compiler.core.Program;
import org.fusabi.compiler.load.FileAccess;
import org.fusabi.compiler.load.LoadedScript;
import org.fusabi.compiler.load.ScriptLoader;
import org.fusabi.compiler.typecheck.NamesInScope;
import org.fusabi.compiler.typecheck.TypeChecker;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;

/**
 * Source text in, image out: load (parse, and expand {@code #load}), type-check, generate (docs/ARCHITECTURE.md, the
 * path of a script). Reaches files only through the {@link FileAccess} it is given, and {@link #compileFile} reads
 * its script. Each entry runs on a {@link CompilerThread}, so the caller's stack does not limit how deeply a script
 * may nest.
 */
public final class Compiler {
    private Compiler() {}

    private static final Consumer<CompileWarning> IGNORED = w -> { };

    /** The image bytes of a script that loads no files. */
    public static byte[] compileToBytes(String fileName, String source, Library library) {
        return compileToBytes(fileName, source, library, IGNORED);
    }

    /** As {@link #compileToBytes(String, String, Library)}, handing each warning to warnings. */
    public static byte[] compileToBytes(String fileName, String source, Library library, Consumer<CompileWarning> warnings) {
        return compileToBytes(new Source(fileName, source), FileAccess.NONE, library, warnings);
    }

    /**
     * The image bytes of a script and the files it loads, exactly what {@code fus grind} writes: one self-contained
     * image. Each warning goes to warnings.
     */
    public static byte[] compileToBytes(Source script, FileAccess files, Library library, Consumer<CompileWarning> warnings) {
        return CompilerThread.call(() -> generate(script.name(), new ScriptLoader(files).load(script).program(), library, warnings));
    }

    /** The image bytes of a parsed script, for callers that add or rewrite declarations (the REPL, JSR-223). */
    public static byte[] compileToBytes(String fileName, List<Decl> program, Library library) {
        return compileToBytes(fileName, program, library, IGNORED);
    }

    public static byte[] compileToBytes(String fileName, List<Decl> program, Library library, Consumer<CompileWarning> warnings) {
        return CompilerThread.call(() -> generate(fileName, program, library, warnings));
    }

    private static byte[] generate(String fileName, List<Decl> program, Library library, Consumer<CompileWarning> warnings) {
        TypeChecker checker = new TypeChecker(library);
        Program checked = checker.check(program);
        checker.warnings().forEach(warnings);
        return new CodeGen(library).generate(checked, fileName);
    }

    /**
     * The image bytes of a script file and the files it loads, read from the script's folder and named from it, as
     * {@code fus grind} makes them: for hosts and tools that compile files of their own.
     */
    public static byte[] compileFile(Path script, Library library) throws IOException {
        Path folder = script.getParent() == null ? Path.of("") : script.getParent();
        Source source = new Source(script.getFileName().toString(), Files.readString(script));
        return compileToBytes(source, FileAccess.fileSystem(folder), library, IGNORED);
    }

    /** A script and the files it loads, parsed, for callers that rewrite the declarations before compiling. */
    public static LoadedScript load(Source script, FileAccess files) {
        return CompilerThread.call(() -> new ScriptLoader(files).load(script));
    }

    /**
     * Checks a script that loads no files as far as compiling it goes (type errors, and limits only code generation
     * meets), without running it.
     */
    public static void check(String source, Library library) {
        check(source, library, IGNORED);
    }

    /** As {@link #check(String, Library)}, handing each warning to warnings. */
    public static void check(String source, Library library, Consumer<CompileWarning> warnings) {
        check(new Source("script", source), FileAccess.NONE, library, warnings);
    }

    /**
     * Checks a script and the files it loads as {@code fus run} would compile them, so that check reports every error
     * run would before running; the image is dropped. Each warning goes to warnings.
     */
    public static void check(Source script, FileAccess files, Library library, Consumer<CompileWarning> warnings) {
        compileToBytes(script, files, library, warnings);
    }

    /** Type-checks declarations that compile (the REPL's accepted inputs) for the names they leave in scope. */
    public static NamesInScope namesInScope(List<Decl> program, Library library) {
        return CompilerThread.call(() -> {
            TypeChecker checker = new TypeChecker(library);
            checker.check(program);
            return checker.namesInScope();
        });
    }

    public static Image compile(String fileName, String source) {
        Library library = StandardLibrary.create();
        return Image.load(compileToBytes(fileName, source, library), library);
    }
}
