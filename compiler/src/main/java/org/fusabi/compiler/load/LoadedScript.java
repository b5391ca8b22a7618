package org.fusabi.compiler.load;

import java.util.List;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Directive;

/**
 * A script with the files it loads, ready for the type checker: one module declaration per loaded file, in an order
 * where each comes after the files it loads, then the script's own declarations. {@code directives} are the script's
 * directives other than {@code #load}, which the REPL runs; {@code loaded} lists the files as they come in the program.
 */
public record LoadedScript(List<Decl> program, List<Directive> directives, List<LoadedFile> loaded) {}
