package org.fusabi.compiler.ast;

import java.util.List;

/** A parsed source text: its directives, in order, and its declarations. */
public record ParsedSource(Source source, List<Directive> directives, List<Decl> decls) {
    /**
     * The module a {@code module Name} first line (no {@code =}) makes of the whole file, or null: a loaded file
     * that names its module so is that module, not one named after the file.
     */
    public Decl.Module headerModule() {
        return decls.size() == 1 && decls.getFirst() instanceof Decl.Module m && m.header() ? m : null;
    }
}
