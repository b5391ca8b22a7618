package org.fusabi.compiler;

import java.util.Map;

/**
 * F# that Fusabi does not implement, rejected where the parser meets it with an error that names the construct
 * rather than a parse error about what it expected instead. Most are words F# reserves, so no program F# accepts
 * uses them as names; the parsers recognise the rest where they occur (code quotations here; type providers' static
 * arguments in types; {@code #r} and the
 * other directives in {@link Directives}).
 */
final class Unsupported {
    private static final String NOT = " not supported by Fusabi";
    private static final Map<String, String> WORDS = Map.ofEntries(
        Map.entry("namespace", "namespaces are" + NOT + "; a script may declare modules"),
        Map.entry("struct", "struct types ('struct') are" + NOT),
        Map.entry("fixed", "'fixed' (pinning memory) is" + NOT),
        Map.entry("extern", "'extern' (calling native code) is" + NOT),
        Map.entry("delegate", "delegate types ('delegate') are" + NOT),
        Map.entry("global", "'global' (the root namespace) is" + NOT),
        Map.entry("sig", "signatures ('sig') are" + NOT),
        Map.entry("return", "'return' may only be used within computation expressions"));

    static final String QUOTATIONS = "code quotations (<@ … @>) are" + NOT;
    static final String TYPE_PROVIDERS = "type providers (a type applied to a literal, as JsonProvider<\"…\">) are" + NOT;

    private Unsupported() {}

    /** The error for t when it is a word or symbol naming an unsupported construct, or null. */
    static CompileError of(Token t) {
        String message = t.kind() == TokenKind.IDENT ? WORDS.get(t.text()) : null;
        if (message == null && t.kind() == TokenKind.OP && t.text().startsWith("<@")) {
            message = QUOTATIONS;
        }
        return message == null ? null : new CompileError(t.pos(), message);
    }
}
