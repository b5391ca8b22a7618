package org.fusabi.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fusabi.compiler.ast.Directive;

/**
 * Takes the directive lines that ask something of the host out of a token list before it is parsed: {@code #load}
 * (the loader reads the files) and F# Interactive's {@code #time}, {@code #help} and {@code #quit} (the REPL runs
 * them; a script ignores them). A directive is its {@code #name} token and the string literals after it on its line,
 * optionally ended by {@code ;;} as fsi allows. The arguments are checked here, so every host sees valid ones.
 */
final class HashDirectives {
    private HashDirectives() {}

    /** The directives a host runs, as the lexer sees them; the others are the lexer's ({@link Directives}). */
    static final Set<String> NAMES = Set.of("#load", "#time", "#help", "#quit");

    record Split(List<Directive> directives, List<Token> tokens) {}

    static Split split(List<Token> tokens) {
        List<Directive> directives = new ArrayList<>();
        List<Token> rest = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.DIRECTIVE) {
                rest.add(t);
                continue;
            }
            List<Directive.Arg> args = new ArrayList<>();
            while (onLineOf(t, tokens.get(i + 1)) && tokens.get(i + 1).kind() == TokenKind.STRING) {
                Token arg = tokens.get(++i);
                args.add(new Directive.Arg(arg.pos(), (String) arg.value()));
            }
            if (onLineOf(t, tokens.get(i + 1)) && tokens.get(i + 1).kind() == TokenKind.SEMISEMI) {
                i++;
            }
            Token after = tokens.get(i + 1);
            if (onLineOf(t, after)) {
                throw new CompileError(after.pos(), "expected a string in quotes or the end of the line after " + t.text()
                        + " but found " + after.describe());
            }
            directives.add(checked(new Directive(t.pos(), t.text().substring(1), List.copyOf(args))));
        }
        return new Split(directives, rest);
    }

    private static boolean onLineOf(Token directive, Token t) {
        return t.kind() != TokenKind.EOF && t.line() == directive.line();
    }

    private static Directive checked(Directive d) {
        int n = d.args().size();
        switch (d.name()) {
            case "load" -> {
                if (n == 0) throw new CompileError(d.pos(), "#load needs the files to load, such as #load \"lib.fsx\"");
            }
            case "time" -> {
                if (n > 1 || n == 1 && !d.args().getFirst().value().equals("on") && !d.args().getFirst().value().equals("off")) {
                    throw new CompileError(d.pos(), "invalid directive '" + d + "': #time takes \"on\", \"off\" or nothing");
                }
            }
            default -> {
                if (n > 0) throw new CompileError(d.args().getFirst().pos(), "#" + d.name() + " takes no arguments");
            }
        }
        return d;
    }
}
