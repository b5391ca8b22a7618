package org.fusabi.compiler.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.Compiler;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Source;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/** {@code #load} as F# closes a script over the files it loads, with files in memory instead of on disk. */
class ScriptLoaderTest {
    private final Map<Path, String> files = new HashMap<>();
    private final List<Path> reads = new ArrayList<>();
    private final FileAccess access = path -> {
        reads.add(path);
        String text = files.get(path);
        if (text == null) throw new NoSuchFileException(path.toString());
        return text;
    };

    private void file(String path, String text) {
        files.put(Path.of(path), text);
    }

    private LoadedScript load(String script) {
        return new ScriptLoader(access).load(new Source("main.fsx", script));
    }

    private String error(String script) {
        CompileError e = assertThrows(CompileError.class, () -> load(script));
        return e.render("main.fsx", script);
    }

    @Test
    void eachFileBecomesTheModuleNamedAfterItBeforeTheFilesThatLoadIt() {
        file("b.fsx", "#load \"a.fsx\"\nlet b = A.a + 1\n");
        file("a.fsx", "let a = 1\n");
        LoadedScript s = load("#load \"b.fsx\" \"a.fsx\"\nprintfn \"%d\" B.b\n");
        assertEquals(List.of("A", "B"), s.loaded().stream().map(LoadedFile::module).toList());
        assertEquals(List.of(Path.of("a.fsx"), Path.of("b.fsx")), s.loaded().stream().map(LoadedFile::path).toList());
        assertEquals(List.of(Path.of("b.fsx"), Path.of("a.fsx")), reads, "a file loaded twice is read once");
        assertEquals("A", ((Decl.Module) s.program().get(0)).name());
        assertEquals("B", ((Decl.Module) s.program().get(1)).name());
        assertEquals(3, s.program().size());
        Compiler.compileToBytes(new Source("main.fsx", "#load \"b.fsx\"\nprintfn \"%d\" B.b\n"), access, StandardLibrary.create(), w -> { });
    }

    @Test
    void aFileHeadedByModuleNameIsThatModule() {
        file("helper.fsx", "module Tools\nlet greet name = \"Hello, \" + name\n");
        LoadedScript s = load("#load \"helper.fsx\"\nprintfn \"%s\" (Tools.greet \"x\")\n");
        assertEquals(List.of("Tools"), s.loaded().stream().map(LoadedFile::module).toList());
        assertEquals("Tools", ((Decl.Module) s.program().get(0)).name());
        Compiler.compileToBytes(new Source("main.fsx", "#load \"helper.fsx\"\nprintfn \"%s\" (Tools.greet \"x\")\n"), access, StandardLibrary.create(), w -> { });
    }

    @Test
    void pathsAreRelativeToTheLoadingFile() {
        file("lib/shapes.fsx", "#load \"../util/maths.fsx\"\nlet square x = Maths.twice x\n");
        file("util/maths.fsx", "let twice x = x * 2\n");
        LoadedScript s = load("#load \"lib/shapes.fsx\";;\n");
        assertEquals(List.of(Path.of("util/maths.fsx"), Path.of("lib/shapes.fsx")), s.loaded().stream().map(LoadedFile::path).toList());
        assertEquals("util/maths.fsx", s.loaded().getFirst().source().name());
    }

    @Test
    void theModuleIsTheFileNameCapitalised() {
        assertEquals("Geometry", ScriptLoader.moduleName(Path.of("lib/geometry.fsx")));
        assertEquals("My_lib", ScriptLoader.moduleName(Path.of("my_lib.fsx")));
        assertEquals("Notes", ScriptLoader.moduleName(Path.of("Notes")));
    }

    @Test
    void aCycleIsAnErrorNamingItsFiles() {
        file("a.fsx", "#load \"b.fsx\"\n");
        file("b.fsx", "let x = 1\n#load \"a.fsx\"\n");
        assertEquals("""
                b.fsx:2:7: error: #load cycle: a.fsx -> b.fsx -> a.fsx
                #load "a.fsx"
                      ^""", error("#load \"a.fsx\"\n"));
        file("self.fsx", "#load \"./self.fsx\"\n");
        assertEquals("self.fsx:1:7: error: #load cycle: self.fsx -> self.fsx", firstLine(error("#load \"self.fsx\"\n")));
        assertEquals("main.fsx:1:7: error: #load cycle: main.fsx -> main.fsx", firstLine(error("#load \"main.fsx\"\n")));
    }

    @Test
    void aMissingFileIsNamedWhereItIsLoaded() {
        file("lib.fsx", "let x = 1\n");
        file("broken.fsx", "#load \"gone.fsx\"\n");
        assertEquals("""
                main.fsx:2:17: error: could not load 'missing.fsx': no such file
                #load "lib.fsx" "missing.fsx"
                                ^""", error("\n#load \"lib.fsx\" \"missing.fsx\"\n"));
        assertEquals("broken.fsx:1:7: error: could not load 'gone.fsx': no such file", firstLine(error("#load \"broken.fsx\"\n")));
    }

    @Test
    void mistakesInALoadedFileAreReportedThere() {
        file("lib.fsx", "let ok = 1\nlet bad = 1 + \"a\"\n");
        assertEquals("""
                lib.fsx:2:15: error: This expression was expected to have type 'int' but here has type 'string'
                let bad = 1 + "a"
                              ^""", assertThrows(CompileError.class, () -> Compiler.check(
                        new Source("main.fsx", "#load \"lib.fsx\"\n"), access, StandardLibrary.create(), w -> { })).render("main.fsx", ""));
        file("partial.fsx", "let f x =\n    match x with\n    | 1 -> \"one\"\n");
        List<String> warnings = new ArrayList<>();
        Compiler.check(new Source("main.fsx", "#load \"partial.fsx\"\n"), access, StandardLibrary.create(), w -> warnings.add(w.render("main.fsx")));
        assertEquals(1, warnings.size());
        assertEquals("partial.fsx:2:11: warning: ", warnings.getFirst().substring(0, "partial.fsx:2:11: warning: ".length()));
    }

    @Test
    void withoutFileAccessLoadIsAnErrorNamingTheCapability() {
        CompileError e = assertThrows(CompileError.class,
                () -> new ScriptLoader(FileAccess.NONE).load(new Source("main.fsx", "let x = 1\n#load \"lib.fsx\"\n")));
        assertEquals("main.fsx:2:1: error: #load is not available: this host does not grant file access",
                firstLine(e.render("main.fsx", "")));
    }

    @Test
    void directivesAreCheckedWhereTheyAreWritten() {
        assertEquals("main.fsx:1:1: error: #load needs the files to load, such as #load \"lib.fsx\"", firstLine(error("#load\n")));
        assertEquals("main.fsx:1:15: error: expected a string in quotes or the end of the line after #load but found 'x'",
                firstLine(error("#load \"a.fsx\" x\n")));
        assertEquals("main.fsx:1:15: error: expected a string in quotes or the end of the line after #load but found ';'",
                firstLine(error("#load \"a.fsx\" ;\n")));
        LoadedScript s = load("#time \"on\";;\n#help\nlet x = 1\n#quit\n");
        assertEquals("[#time \"on\", #help, #quit]", s.directives().toString());
        assertEquals(1, s.program().size());
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElseThrow();
    }
}
