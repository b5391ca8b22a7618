package org.fusabi.compiler.ast;

import java.util.List;

/** A directive line such as {@code #load "a.fsx" "b.fsx"}: its name without the {@code #}, and its quoted arguments. */
public record Directive(Pos pos, String name, List<Arg> args) {
    public record Arg(Pos pos, String value) {}

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("#").append(name);
        for (Arg a : args) sb.append(" \"").append(a.value()).append('"');
        return sb.toString();
    }
}
