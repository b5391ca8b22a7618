package org.fusabi.compiler;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.ast.Attribute;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.TypeExpr;

/**
 * Parses what F# declares with members: class bodies (a primary constructor, {@code let} and {@code do} bindings,
 * members), interfaces ({@code abstract} members), the members after a record's fields or a union's cases,
 * interface implementations and object expressions. The words {@code member static abstract override default
 * interface val new} are identifiers to the lexer; they mean something here only where a member can start.
 */
final class MemberParser {
    private final Parser parser;
    private final TokenStream ts;
    private final TypeParser types;
    private final PatternParser patterns;

    MemberParser(Parser parser, TokenStream ts, TypeParser types, PatternParser patterns) {
        this.parser = parser;
        this.ts = ts;
        this.types = types;
        this.patterns = patterns;
    }

    private static boolean isWord(Token t, String word) {
        return t.kind() == TokenKind.IDENT && t.text().equals(word);
    }

    /** {@code new T(args)} and {@code { new I with … }}: the word new before a type's name. */
    static boolean atNew(TokenStream ts) {
        return isWord(ts.peek(), "new") && ts.peek(1).kind() == TokenKind.IDENT;
    }

    /** {@code (start: int)} after a type's name: its primary constructor's parameter pattern, or null when there is none. */
    Pattern primaryConstructor() {
        if (!ts.at(TokenKind.LPAREN)) return null;
        Pattern p = patterns.atomic();
        if (ts.at(TokenKind.AS)) throw new CompileError(ts.peek().pos(), "'as' naming the object in a primary constructor is not supported: use the name of the object in each member");
        return p;
    }

    /** Whether what follows a type's '=' is the body of a class or an interface rather than a record, union or alias. */
    boolean startsClassBody() {
        Token t = ts.peek();
        return t.kind() == TokenKind.LET || t.kind() == TokenKind.DO || startsMember(t) || isWord(t, "abstract") || isWord(t, "interface")
                || isWord(t, "new") || isWord(t, "inherit") || isWord(t, "val");
    }

    private static boolean startsMember(Token t) {
        return isWord(t, "member") || isWord(t, "static") || isWord(t, "override") || isWord(t, "default");
    }

    /** A class (it has a primary constructor or members) or an interface (only abstract members). */
    Decl.TypeDef classDef(Token name, List<String> params, Pattern constructor, Token eq, List<Attribute> attributes) {
        List<Decl.TypeItem> items = parser.indented(eq, this::items);
        boolean isInterface = constructor == null && items.stream().allMatch(i -> i instanceof Decl.AbstractMember);
        Decl.TypeBody body = isInterface ? new Decl.InterfaceBody() : new Decl.ClassBody(constructor);
        return new Decl.TypeDef(name.pos(), name.text(), params, body, attributes, items);
    }

    /** The members after a record's fields or a union's cases: on the lines that follow, or after {@code with} up to {@code end}. */
    List<Decl.TypeItem> afterFields() {
        if (ts.at(TokenKind.WITH)) {
            Token with = ts.next();
            List<Decl.TypeItem> items = parser.indented(with, this::items);
            if (ts.at(TokenKind.END)) ts.next();
            return items;
        }
        Token first = ts.peek();
        List<Decl.TypeItem> items = new ArrayList<>();
        if (!first.firstOnLine() || ts.offside(first) || !startsMemberOrInterface(first)) return items;
        // The members' column: the fields' own, or further in when the cases stand at the type's column.
        ts.pushBlock();
        do {
            items.add(item());
        } while (ts.atNewItem() && startsMemberOrInterface(ts.peek()));
        ts.popBlock();
        return items;
    }

    private static boolean startsMemberOrInterface(Token t) {
        return startsMember(t) || isWord(t, "interface");
    }

    private List<Decl.TypeItem> items() {
        List<Decl.TypeItem> items = new ArrayList<>(List.of(item()));
        while (ts.atNewItem()) items.add(item());
        return items;
    }

    private Decl.TypeItem item() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.LET) {
            Parser.LetGroup group = parser.letGroup();
            return new Decl.LetItem(t.pos(), group.rec(), group.bindings());
        }
        if (t.kind() == TokenKind.DO) return new Decl.DoItem(t.pos(), parser.block(ts.next()));
        if (t.kind() != TokenKind.IDENT) throw parser.fail(t, "a member, 'let' or 'do' in the body of the type");
        return switch (t.text()) {
            case "member", "override", "default" -> member(ts.next(), false, !t.text().equals("member"));
            case "static" -> {
                ts.next();
                if (!isWord(ts.peek(), "member")) throw parser.fail(ts.peek(), "'member' after 'static'");
                yield member(ts.next(), true, false);
            }
            case "abstract" -> abstractMember(ts.next());
            case "interface" -> interfaceImpl(ts.next());
            case "new" -> throw new CompileError(t.pos(), "Additional constructors ('new') are not supported: a class has only its primary constructor");
            case "inherit" -> throw new CompileError(t.pos(), "Inheritance ('inherit') is not supported: implement interfaces instead");
            case "val" -> throw new CompileError(t.pos(), "'val' fields are not supported: use 'let' or 'member val'");
            default -> throw parser.fail(t, "a member, 'let' or 'do' in the body of the type");
        };
    }

    /** After {@code member}, {@code override} or {@code static member}: the member's name, parameters and body. */
    private Decl.TypeItem member(Token keyword, boolean isStatic, boolean override) {
        while (isWord(ts.peek(), "inline") || isWord(ts.peek(), "private") || isWord(ts.peek(), "internal") || isWord(ts.peek(), "public")) {
            ts.next();
        }
        if (isWord(ts.peek(), "val")) return autoProperty(ts.next());
        String self = null;
        String name;
        if (ts.at(TokenKind.LPAREN) && ts.peek(1).kind() == TokenKind.OP && ts.peek(2).kind() == TokenKind.RPAREN) {
            ts.next();
            name = ts.next().text();
            ts.next();
        } else {
            Token first = parser.expectIdent("the name of the member");
            if (isStatic) {
                name = first.text();
            } else {
                parser.expect(TokenKind.DOT, "'.' and the member's name after '" + first.text() + "' (as in 'member this.Name')");
                self = first.text();
                name = parser.expectIdent("the name of the member").text();
            }
        }
        if (ts.at(TokenKind.WITH)) return accessors(keyword, isStatic, override, self, name);
        List<Pattern> params = new ArrayList<>();
        while (patterns.startsAtomic()) params.add(patterns.atomic());
        TypeExpr returnType = parser.accept(TokenKind.COLON) ? types.type() : null;
        Token eq = parser.expectOp("=", "'=' after the parameters of member " + name);
        return new Decl.Member(keyword.pos(), isStatic, override, self, name, params, returnType, parser.block(eq), null);
    }

    /** {@code with get () = e}, optionally {@code and set v = e}: a property's getter and setter. */
    private Decl.Member accessors(Token keyword, boolean isStatic, boolean override, String self, String name) {
        ts.next();
        Expr getter = null;
        TypeExpr type = null;
        Decl.Setter setter = null;
        do {
            Token accessor = parser.expectIdent("'get' or 'set'");
            Pattern param = patterns.atomic();
            if (accessor.text().equals("get")) {
                if (!(param instanceof Pattern.Const c && c.value() == org.fusabi.vm.value.Unit.VALUE)) {
                    throw new CompileError(param.pos(), "Indexed properties are not supported: a getter takes ()");
                }
                if (parser.accept(TokenKind.COLON)) type = types.type();
                getter = parser.block(parser.expectOp("=", "'=' after 'get ()'"));
            } else if (accessor.text().equals("set")) {
                setter = new Decl.Setter(accessor.pos(), param, parser.block(parser.expectOp("=", "'=' after the setter's parameter")));
            } else {
                throw parser.fail(accessor, "'get' or 'set'");
            }
        } while (parser.accept(TokenKind.AND));
        if (getter == null) throw new CompileError(keyword.pos(), "A property with a setter and no getter is not supported");
        return new Decl.Member(keyword.pos(), isStatic, override, self, name, List.of(), type, getter, setter);
    }

    /** {@code member val X = e}, optionally {@code with get, set}. */
    private Decl.AutoProperty autoProperty(Token val) {
        Token name = parser.expectIdent("the name of the property");
        TypeExpr type = parser.accept(TokenKind.COLON) ? types.type() : null;
        Expr init = parser.block(parser.expectOp("=", "'=' after member val " + name.text()));
        boolean settable = false;
        if (parser.accept(TokenKind.WITH)) {
            do {
                Token accessor = parser.expectIdent("'get' or 'set'");
                settable |= accessor.text().equals("set");
            } while (parser.accept(TokenKind.COMMA));
        }
        return new Decl.AutoProperty(val.pos(), name.text(), type, init, settable);
    }

    /** {@code abstract Name: type}; argument labels in the type ({@code x: int -> int}) are read and dropped. */
    private Decl.AbstractMember abstractMember(Token keyword) {
        if (isWord(ts.peek(), "member")) ts.next();
        Token name = parser.expectIdent("the name of the abstract member");
        parser.expect(TokenKind.COLON, "':' and the type of abstract member " + name.text());
        return new Decl.AbstractMember(keyword.pos(), name.text(), signature());
    }

    private TypeExpr signature() {
        TypeExpr from = labelledTuple();
        if (ts.atOp("->") && ts.continues()) {
            ts.next();
            return new TypeExpr.Fun(from.pos(), from, signature());
        }
        return from;
    }

    private TypeExpr labelledTuple() {
        List<TypeExpr> items = new ArrayList<>(List.of(labelled()));
        while (ts.atOp("*") && ts.continues()) {
            ts.next();
            items.add(labelled());
        }
        return items.size() == 1 ? items.get(0) : new TypeExpr.Tuple(items.get(0).pos(), items);
    }

    private TypeExpr labelled() {
        if (ts.at(TokenKind.IDENT) && ts.peek(1).kind() == TokenKind.COLON) {
            ts.next();
            ts.next();
        }
        return types.postfix();
    }

    /** {@code interface I with} and the members implementing I (none for a marker interface). */
    private Decl.InterfaceImpl interfaceImpl(Token keyword) {
        TypeExpr type = types.type();
        List<Decl.Member> members = new ArrayList<>();
        if (ts.at(TokenKind.WITH)) {
            Token with = ts.next();
            for (Decl.TypeItem item : parser.indented(with, this::items)) {
                if (!(item instanceof Decl.Member m)) throw new CompileError(item.pos(), "An interface implementation holds only members");
                members.add(m);
            }
            if (ts.at(TokenKind.END)) ts.next();
        }
        return new Decl.InterfaceImpl(keyword.pos(), type, members);
    }

    /** {@code { new I with member … }}, after the opening brace; {@code new Object() with override …} too. */
    Expr objectExpression(Token open) {
        ts.next();
        TypeExpr type = types.type();
        if (ts.at(TokenKind.LPAREN) && ts.peek(1).kind() == TokenKind.RPAREN) {
            ts.next();
            ts.next();
        }
        Token with = parser.expect(TokenKind.WITH, "'with' and the members of the object expression");
        List<Decl.TypeItem> items = parser.indented(with, this::items);
        parser.expectClose(TokenKind.RBRACE, open);
        return new Expr.ObjectExpr(open.pos(), type, items);
    }
}
