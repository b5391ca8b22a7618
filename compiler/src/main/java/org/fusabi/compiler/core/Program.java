package org.fusabi.compiler.core;

import java.util.List;
import java.util.Map;
import org.fusabi.compiler.types.TypeDecl;

/**
 * The checked program: the top-level code as a parameterless function, and what the image must declare;
 * exports are the top-level bindings by qualified name ("f", "M.g"), the last binding of a name winning.
 */
public record Program(Core.Lambda main, int globals, List<TypeDecl> types, Map<String, Var> exports) {}
