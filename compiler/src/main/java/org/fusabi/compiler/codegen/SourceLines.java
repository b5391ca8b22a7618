package org.fusabi.compiler.codegen;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.Source;
import org.fusabi.vm.bytecode.SourcePos;
import org.fusabi.vm.image.SourceRange;

/**
 * Numbers the lines of every source a program comes from one after the other (image lines), in the order code
 * generation meets them, so that one line table word names a file and a line; the image's source section, made
 * from {@link #ranges}, maps them back (docs/FZB.md). Image line 1 is the script's first line, the place of every
 * position the compiler made up (the top level's start, a REPL's added calls).
 */
final class SourceLines {
    private final Map<Source, Integer> firstLine = new IdentityHashMap<>();
    private final List<SourceRange> ranges = new ArrayList<>();
    private int next = 2;

    SourceLines(String script) {
        ranges.add(new SourceRange(script, 1));
    }

    /** The line table word of a position. */
    int word(Pos pos) {
        Source source = pos.source();
        if (source == null) return SourcePos.of(1, pos.col());
        Integer first = firstLine.get(source);
        if (first == null) {
            first = next;
            if ((long) first + source.lineCount() > SourcePos.MAX_LINE) {
                throw new CompileError(pos, "the script and the files it loads have more than " + SourcePos.MAX_LINE + " lines");
            }
            next += source.lineCount();
            firstLine.put(source, first);
            ranges.add(new SourceRange(source.name(), first));
        }
        return SourcePos.of(first + pos.line() - 1, pos.col());
    }

    List<SourceRange> ranges() {
        return ranges;
    }
}
