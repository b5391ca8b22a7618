package org.fusabi.compiler;

import java.util.List;
import java.util.function.Consumer;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.codegen.CodeGen;
import org.fusabi.compiler.core.Program;
import org.fusabi.compiler.typecheck.TypeChecker;
import org.fusabi.vm.Library;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.stdlib.StandardLibrary;

/**
 * Source text in, image out: parse, type-check, generate (docs/ARCHITECTURE.md, the path of a script). Knows nothing
 * of files on disk. Each entry runs on a {@link CompilerThread}, so the caller's stack does not limit how deeply a
 * script may nest.
 */
public final class Compiler {
    private Compiler() {}

    private static final Consumer<CompileWarning> IGNORED = w -> { };

    /** The image bytes of a script, exactly what {@code fus grind} writes. */
    public static byte[] compileToBytes(String fileName, String source, Library library) {
        return compileToBytes(fileName, source, library, IGNORED);
    }

    /** As {@link #compileToBytes(String, String, Library)}, handing each warning to warnings. */
    public static byte[] compileToBytes(String fileName, String source, Library library, Consumer<CompileWarning> warnings) {
        return CompilerThread.call(() -> generate(fileName, Parser.parseProgram(source), library, warnings));
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

    /** The declarations of a script, for callers that rewrite them before compiling. */
    public static List<Decl> parse(String source) {
        return CompilerThread.call(() -> Parser.parseProgram(source));
    }

    /** Type-checks a script without generating code. */
    public static void check(String source, Library library) {
        check(source, library, IGNORED);
    }

    /** As {@link #check(String, Library)}, handing each warning to warnings. */
    public static void check(String source, Library library, Consumer<CompileWarning> warnings) {
        CompilerThread.call(() -> {
            TypeChecker checker = new TypeChecker(library);
            checker.check(Parser.parseProgram(source));
            checker.warnings().forEach(warnings);
            return null;
        });
    }

    public static Image compile(String fileName, String source) {
        Library library = StandardLibrary.create();
        return Image.load(compileToBytes(fileName, source, library), library);
    }
}
