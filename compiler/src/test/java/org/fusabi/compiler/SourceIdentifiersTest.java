package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.Source;
import org.junit.jupiter.api.Test;

/** __SOURCE_DIRECTORY__, __SOURCE_FILE__ and __LINE__ are string literals of where they are written. */
class SourceIdentifiersTest {
    @Test
    void aFilesDirectoryNameAndLine() {
        Source source = new Source("scripts/tool.fsx", "");
        assertEquals(Path.of("scripts").toAbsolutePath().toString(), SourceIdentifiers.value("__SOURCE_DIRECTORY__", source, new Pos(3, 1, source)));
        assertEquals("tool.fsx", SourceIdentifiers.value("__SOURCE_FILE__", source, new Pos(3, 1, source)));
        assertEquals("3", SourceIdentifiers.value("__LINE__", source, new Pos(3, 1, source)));
        assertEquals(null, SourceIdentifiers.value("__FILE__", source, new Pos(3, 1, source)));
    }

    @Test
    void theReplsSourceIsTheWorkingDirectory() {
        Source stdin = new Source("stdin", "");
        assertEquals(Path.of("").toAbsolutePath().toString(), SourceIdentifiers.value("__SOURCE_DIRECTORY__", stdin, new Pos(1, 1, stdin)));
        assertEquals("stdin", SourceIdentifiers.value("__SOURCE_FILE__", stdin, new Pos(1, 1, stdin)));
    }

    @Test
    void theyAreStringsInAScript() {
        assertEquals("t.fsx 2 true\n", ScriptRun.output("""
                let here = __SOURCE_DIRECTORY__ + "/data.txt"
                printfn "%s %s %b" __SOURCE_FILE__ __LINE__ (here.StartsWith "/")
                """));
    }
}
