package org.fusabi.compiler.ast;

import java.util.List;

/** A parsed source text: its directives, in order, and its declarations. */
public record ParsedSource(Source source, List<Directive> directives, List<Decl> decls) {}
