package org.fusabi.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.TypeExpr;

/** Parses type expressions: {@code int -> int list}, {@code 'a * string}, {@code Map<string, int>}, {@code int[]}. */
final class TypeParser {
    /** The numeric types F# lets carry a unit of measure ({@code float<m>}), which are not generic. */
    private static final Set<String> MEASURABLE = Set.of("float", "float32", "double", "single", "decimal", "int", "int8",
            "int16", "int32", "int64", "sbyte", "byte", "uint8", "uint16", "uint32", "uint64", "nativeint", "unativeint");

    private final TokenStream ts;
    private final AttributeParser attributes;

    TypeParser(TokenStream ts) {
        this.ts = ts;
        this.attributes = new AttributeParser(ts);
    }

    /** A full type; {@code ->} is right-associative and binds looser than {@code *}. */
    TypeExpr type() {
        ts.nest(ts.peek());
        TypeExpr t = tuple();
        if (ts.atOp("->") && ts.continues()) {
            ts.next();
            t = new TypeExpr.Fun(t.pos(), t, type());
        }
        ts.unnest(1);
        return t;
    }

    private TypeExpr tuple() {
        TypeExpr first = postfix();
        if (!(ts.atOp("*") && ts.continues())) {
            return first;
        }
        List<TypeExpr> items = new ArrayList<>(List.of(first));
        while (ts.atOp("*") && ts.continues()) {
            ts.next();
            items.add(postfix());
        }
        return new TypeExpr.Tuple(first.pos(), items);
    }

    /** A type with postfix constructors: {@code int list option}, {@code int[]}. */
    TypeExpr postfix() {
        TypeExpr t = atom();
        int nested = 0;
        for (; ts.continues(); nested++) {
            Token tok = ts.peek();
            ts.nest(tok);
            if (tok.kind() == TokenKind.IDENT && !MemberParser.isMemberKeyword(tok)) {
                t = new TypeExpr.Named(t.pos(), qualifiedName(), List.of(t));
            } else if (tok.kind() == TokenKind.LBRACK && ts.peek(1).kind() == TokenKind.RBRACK) { // int[] or int []
                ts.next();
                ts.next();
                t = new TypeExpr.Named(t.pos(), "array", List.of(t));
            } else if (tok.kind() == TokenKind.LBRACK && !tok.spaceBefore() && ts.peek(1).kind() == TokenKind.COMMA
                       && rectangularRank() > 0) {
                int rank = rectangularRank(); // int[,], int[,,], int[,,,]: a rectangular array
                for (int k = 0; k <= rank; k++) ts.next();
                t = new TypeExpr.Named(t.pos(), "Array" + rank + "D", List.of(t));
            } else {
                ts.unnest(1);
                break;
            }
        }
        ts.unnest(nested);
        return t;
    }

    /** The rank of the rectangular array type suffix {@code [,]} ... {@code [,,,]} at the stream, or 0. */
    private int rectangularRank() {
        int commas = 0;
        while (ts.peek(1 + commas).kind() == TokenKind.COMMA) commas++;
        return ts.peek(1 + commas).kind() == TokenKind.RBRACK && commas <= 3 ? commas + 1 : 0;
    }

    private TypeExpr atom() {
        StructTuples.skip(ts);
        RootNamespace.skip(ts);
        Token t = ts.peek();
        CompileError unsupported = Unsupported.of(t);
        if (unsupported != null) throw unsupported;
        if (atStaticallyResolved(ts, 0)) return new TypeExpr.Var(t.pos(), typeParameter());
        switch (t.kind()) {
            case TYPEVAR:
                ts.next();
                return new TypeExpr.Var(t.pos(), t.text());
            case IDENT: {
                String name = qualifiedName();
                if (MEASURABLE.contains(name) && Measures.atAnnotation(ts)) {
                    Measures.skipAnnotation(ts);
                    return new TypeExpr.Named(t.pos(), name, List.of());
                }
                return new TypeExpr.Named(t.pos(), name, typeArguments());
            }
            case STRING, INT, FLOAT, TRUE, FALSE, CHAR:
                throw new CompileError(t.pos(), Unsupported.TYPE_PROVIDERS);
            case LANON:
                return anonymousRecord();
            case OP:
                if (!t.text().equals("#")) throw new CompileError(t.pos(), "expected a type but found " + t.describe());
                ts.next();
                return new TypeExpr.Flexible(t.pos(), null, atom());
            case LPAREN: {
                ts.next();
                TypeExpr inner = type();
                if (inner instanceof TypeExpr.Var v && ts.atOp(":>")) {
                    ts.next();
                    inner = new TypeExpr.Flexible(v.pos(), v, type());
                }
                if (!ts.at(TokenKind.COMMA)) {
                    expectClose(TokenKind.RPAREN, "')'", t.pos());
                    return inner;
                }
                // ML's application of a type to several, (string, int) pair: pair<string, int>
                List<TypeExpr> args = new ArrayList<>(List.of(inner));
                while (ts.at(TokenKind.COMMA)) {
                    ts.next();
                    args.add(type());
                }
                expectClose(TokenKind.RPAREN, "')'", t.pos());
                if (!ts.at(TokenKind.IDENT)) throw new CompileError(ts.peek().pos(), "expected a type name after the type arguments (…, …) but found " + ts.peek().describe());
                return new TypeExpr.Named(t.pos(), qualifiedName(), args);
            }
            default:
                throw new CompileError(t.pos(), "expected a type but found " + t.describe());
        }
    }

    /**
     * Whether type arguments follow: a {@code <} right after a name, closed by a matching {@code >} with only what
     * types are made of in between. So {@code f<int> x} applies f to a type, while {@code a<b} and {@code a < b} compare.
     */
    boolean atTypeArguments() {
        Token open = ts.peek();
        if (!open.kind().equals(TokenKind.OP) || !open.text().equals("<") || open.spaceBefore()) {
            return false;
        }
        int depth = 1;
        for (int k = 1; ; k++) {
            Token t = ts.peek(k);
            switch (t.kind()) {
                case IDENT, TYPEVAR, COMMA, DOT, LPAREN, RPAREN, LBRACK, RBRACK -> { }
                case OP -> {
                    if (t.text().matches(">+\\.?")) {
                        depth -= t.text().replace(".", "").length();
                        if (depth <= 0) {
                            return depth == 0;
                        }
                    } else if (t.text().equals("<")) {
                        depth++;
                    } else if (!t.text().equals("*") && !t.text().equals("->")) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
    }

    List<TypeExpr> typeArguments() {
        if (!ts.atOp("<")) {
            return List.of();
        }
        Pos open = ts.next().pos();
        List<TypeExpr> args = new ArrayList<>(List.of(type()));
        while (ts.at(TokenKind.COMMA)) {
            ts.next();
            args.add(type());
        }
        if (!ts.takeOpPrefix(">")) {
            throw new CompileError(ts.peek().pos(), "expected '>' to close the type arguments opened at " + open
                                                    + " but found " + ts.peek().describe());
        }
        return args;
    }

    /**
     * {@code <'a, 'b>} after a type's name in its definition; empty when absent. A unit parameter,
     * {@code [<Measure>] 'u}, stays an ordinary one that nothing uses, as units are erased ({@link Measures}).
     */
    List<String> typeParameters() {
        List<String> params = new ArrayList<>();
        if (!ts.atOp("<")) {
            return params;
        }
        Pos open = ts.next().pos();
        params.add(attributedTypeParameter());
        while (ts.at(TokenKind.COMMA)) {
            ts.next();
            params.add(attributedTypeParameter());
        }
        skipConstraints();
        if (!ts.takeOpPrefix(">")) {
            throw new CompileError(ts.peek().pos(), "expected '>' to close the type parameters opened at " + open);
        }
        return params;
    }

    /**
     * {@code when 'T :> IShape and 'T : equality}: constraints on type parameters, read and dropped. They only
     * reject programs (F# checks each use against them), so a program F# accepts means the same without them.
     */
    void skipConstraints() {
        if (!ts.at(TokenKind.WHEN)) return;
        do {
            ts.next();
            if (ts.at(TokenKind.LPAREN)) skipParenthesised(); // ( ^T or M) : (static member …)
            else typeParameter();
            if (ts.atOp(":>")) {
                ts.next();
                type();
            } else if (ts.at(TokenKind.COLON)) {
                ts.next();
                skipConstraint();
            } else {
                throw new CompileError(ts.peek().pos(), "expected ':>' or ':' and a constraint after the type parameter but found " + ts.peek().describe());
            }
        } while (ts.at(TokenKind.AND));
    }

    /** What follows {@code 'T :}: {@code equality}, {@code not struct}, {@code null}, {@code (new : unit -> 'T)} … */
    private void skipConstraint() {
        if (ts.at(TokenKind.LPAREN)) {
            skipParenthesised();
            return;
        }
        if (ts.at(TokenKind.IDENT) && ts.peek().text().equals("not")) ts.next();
        ts.next();
        if (atTypeArguments()) typeArguments(); // enum<int32>, delegate<obj, unit>
    }

    private void skipParenthesised() {
        int depth = 0;
        do {
            TokenKind k = ts.next().kind();
            if (k == TokenKind.LPAREN) depth++;
            if (k == TokenKind.RPAREN) depth--;
        } while (depth > 0 && !ts.at(TokenKind.EOF));
    }

    /** The type parameters ML writes before the name, {@code type 'a tree} or {@code type ('k, 'v) table}; F# reads them too. */
    List<String> prefixTypeParameters() {
        if (ts.at(TokenKind.TYPEVAR)) return List.of(typeParameter());
        if (!ts.at(TokenKind.LPAREN) || ts.peek(1).kind() != TokenKind.TYPEVAR) return List.of();
        Token open = ts.next();
        List<String> params = new ArrayList<>(List.of(typeParameter()));
        while (ts.at(TokenKind.COMMA)) {
            ts.next();
            params.add(typeParameter());
        }
        expectClose(TokenKind.RPAREN, "')'", open.pos());
        return params;
    }

    /** A type parameter of a definition, which may carry attributes ({@code [<Measure>] 'u}); they are read past. */
    private String attributedTypeParameter() {
        attributes.attributes();
        return typeParameter();
    }

    private String typeParameter() {
        if (atStaticallyResolved(ts, 0)) {
            ts.next();
            return "'" + ts.next().text();
        }
        Token t = ts.next();
        if (t.kind() != TokenKind.TYPEVAR) {
            throw new CompileError(t.pos(), "expected a type parameter like 'T but found " + t.describe());
        }
        return t.text();
    }

    /**
     * Whether the tokens k ahead are a statically resolved type parameter, {@code ^T}: Fusabi types inline functions
     * at each use, so such a parameter is an ordinary one ({@code 'T}).
     */
    static boolean atStaticallyResolved(TokenStream ts, int k) {
        return ts.peek(k).isOp("^") && ts.peek(k + 1).kind() == TokenKind.IDENT && !ts.peek(k + 1).spaceBefore();
    }

    /** {@code {| Name: string; Age: int |}}: fields separated by {@code ;} or written one per line. */
    private TypeExpr anonymousRecord() {
        Token open = ts.next();
        List<String> fields = new ArrayList<>();
        List<TypeExpr> types = new ArrayList<>();
        while (ts.at(TokenKind.IDENT)) {
            fields.add(ts.next().text());
            if (!ts.at(TokenKind.COLON)) throw new CompileError(ts.peek().pos(), "expected ':' after the field " + fields.getLast() + " but found " + ts.peek().describe());
            ts.next();
            types.add(type());
            if (ts.at(TokenKind.SEMI)) ts.next();
        }
        expectClose(TokenKind.RANON, "'|}'", open.pos());
        return new TypeExpr.AnonymousRecord(open.pos(), fields, types);
    }

    private String qualifiedName() {
        StringBuilder name = new StringBuilder(ts.next().text());
        while (ts.at(TokenKind.DOT) && ts.peek(1).kind() == TokenKind.IDENT) {
            ts.next();
            name.append('.').append(ts.next().text());
        }
        return name.toString();
    }

    private void expectClose(TokenKind kind, String what, Pos open) {
        if (!ts.at(kind)) {
            throw new CompileError(ts.peek().pos(), "expected " + what + " to close the one at " + open
                                                    + " but found " + ts.peek().describe());
        }
        ts.next();
    }
}
