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
    private final AttributeParser attributes;

    MemberParser(Parser parser, TokenStream ts, TypeParser types, PatternParser patterns, AttributeParser attributes) {
        this.parser = parser;
        this.ts = ts;
        this.types = types;
        this.patterns = patterns;
        this.attributes = attributes;
    }

    static boolean isWord(Token t, String word) {
        return t.kind() == TokenKind.IDENT && t.text().equals(word);
    }

    /** The words F# reserves that start a class's items: never a type's name, so they end a type written before them. */
    static boolean isMemberKeyword(Token t) {
        return t.kind() == TokenKind.IDENT && switch (t.text()) {
            case "member", "static", "override", "default", "abstract", "val", "new", "inherit", "interface" -> true;
            default -> false;
        };
    }

    /** {@code new T(args)} and {@code { new I with … }}: the word new before a type's name. */
    static boolean atNew(TokenStream ts) {
        return isWord(ts.peek(), "new") && ts.peek(1).kind() == TokenKind.IDENT;
    }

    /** {@code (start: int)} after a type's name: its primary constructor's parameter pattern, or null when there is none. */
    Pattern primaryConstructor() {
        attributes.skipModifiers(); // type C internal () =
        return ts.at(TokenKind.LPAREN) ? patterns.atomic() : null;
    }

    /** {@code as self} after a primary constructor: the object's name in the class's own code, or null. */
    String classSelf() {
        return parser.accept(TokenKind.AS) ? parser.expectIdent("a name for the object after 'as'").text() : null;
    }

    /** Whether what follows a type's '=' is the body of a class or an interface rather than a record, union or alias. */
    boolean startsClassBody() {
        Token t = ts.peek();
        return t.kind() == TokenKind.LET || t.kind() == TokenKind.DO || startsMember(t) || isWord(t, "abstract") || isWord(t, "interface")
                || isWord(t, "new") || isWord(t, "inherit") || isWord(t, "val") || isWord(t, "class");
    }

    private static boolean startsMember(Token t) {
        return isWord(t, "member") || isWord(t, "static") || isWord(t, "override") || isWord(t, "default");
    }

    /**
     * A class (it has a constructor, fields or members) or an interface (only abstract members); the verbose syntax
     * wraps the body in {@code class … end} or {@code interface … end}. The body is indented past the line of the
     * type's name, not of its '=', which may end a primary constructor's parameters spread over several lines.
     */
    Decl.TypeDef classDef(Token name, List<String> params, Pattern constructor, String self, List<Attribute> attributes) {
        Token kind = isWord(ts.peek(), "class") || isWord(ts.peek(), "interface") && wrapsBody(ts.peek(1)) ? ts.next() : null;
        List<Decl.TypeItem> items = kind != null && ts.at(TokenKind.END) ? List.of() : parser.indented(kind != null ? kind : name, this::items);
        if (kind != null) {
            parser.expectClose(TokenKind.END, kind);
            // class … end with members: the members after with, on the lines that follow
            if (ts.at(TokenKind.WITH)) {
                items = new ArrayList<>(items);
                items.addAll(afterFields());
            }
        }
        boolean isInterface = kind != null ? kind.text().equals("interface")
                : constructor == null && items.stream().allMatch(i -> i instanceof Decl.AbstractMember);
        Decl.TypeBody body = isInterface ? new Decl.InterfaceBody() : new Decl.ClassBody(constructor, self);
        return new Decl.TypeDef(name.pos(), name.text(), params, body, attributes, items);
    }

    /** After {@code interface}: whether it opens an interface's body ({@code interface … end}) rather than naming one implemented. */
    private static boolean wrapsBody(Token next) {
        return next.firstOnLine() || next.kind() == TokenKind.END || isWord(next, "abstract");
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
        while (ts.atNewItem() && !ts.at(TokenKind.END) || startsMisalignedItem()) items.add(item());
        return items;
    }

    private Decl.TypeItem item() {
        boolean defaultValue = attributes.attributes().stream().anyMatch(a -> a.is("DefaultValue"));
        attributes.skipModifiers();
        boolean isStatic = isWord(ts.peek(), "static");
        if (isStatic) ts.next();
        Token t = ts.peek();
        if (t.kind() == TokenKind.LET) {
            Parser.LetGroup group = parser.letGroup();
            return new Decl.LetItem(t.pos(), group.rec(), group.bindings(), isStatic);
        }
        if (t.kind() == TokenKind.DO) return new Decl.DoItem(t.pos(), parser.block(ts.next()), isStatic);
        if (t.kind() != TokenKind.IDENT) throw parser.fail(t, "a member, 'let' or 'do' in the body of the type");
        if (isStatic && !t.text().equals("member") && !t.text().equals("val")) throw parser.fail(t, "'member', 'val', 'let' or 'do' after 'static'");
        return switch (t.text()) {
            case "member", "override", "default" -> member(ts.next(), isStatic, !t.text().equals("member"));
            case "abstract" -> abstractMember(ts.next());
            case "interface" -> interfaceImpl(ts.next());
            case "new" -> constructor(ts.next());
            case "inherit" -> inherit(ts.next());
            case "val" -> valField(ts.next(), isStatic, defaultValue);
            default -> throw parser.fail(t, "a member, 'let' or 'do' in the body of the type");
        };
    }

    /** A member keyword starting a line right of the items' column, which F# takes as the next item. */
    private boolean startsMisalignedItem() {
        Token t = ts.peek();
        return t.firstOnLine() && t.col() > ts.blockCol() && isMemberKeyword(t);
    }

    /** {@code val [mutable] [access] name : type}. */
    private Decl.ValField valField(Token val, boolean isStatic, boolean defaultValue) {
        boolean mutable = parser.accept(TokenKind.MUTABLE);
        attributes.skipModifiers();
        Token name = parser.expectIdent("the name of the field");
        parser.expect(TokenKind.COLON, "':' and the type of field " + name.text());
        return new Decl.ValField(val.pos(), name.text(), types.type(), mutable, isStatic, defaultValue);
    }

    /** {@code new(params) [as self] = body}, optionally followed by {@code then e}. */
    private Decl.Constructor constructor(Token keyword) {
        Pattern params = patterns.atomic();
        String self = parser.accept(TokenKind.AS) ? parser.expectIdent("a name for the object after 'as'").text() : null;
        Expr body = parser.block(parser.expectOp("=", "'=' after the parameters of the constructor"));
        Expr then = ts.at(TokenKind.THEN) ? parser.block(ts.next()) : null;
        return new Decl.Constructor(keyword.pos(), params, self, body, then);
    }

    /** {@code inherit Base(args)}, or {@code inherit Base} in a class whose constructors call the base's in {@code { inherit … }}. */
    private Decl.Inherit inherit(Token keyword) {
        TypeExpr base = types.postfix();
        Expr args = ts.at(TokenKind.LPAREN) ? parser.atom() : null;
        return new Decl.Inherit(keyword.pos(), base, args);
    }

    /** After {@code member}, {@code override} or {@code static member}: the member's name, parameters and body. */
    private Decl.TypeItem member(Token keyword, boolean isStatic, boolean override) {
        attributes.skipModifiers();
        if (isWord(ts.peek(), "val")) return autoProperty(ts.next(), isStatic);
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
        if (ts.atOp("<") && ts.peek(1).kind() == TokenKind.TYPEVAR) types.typeParameters(); // M<'T>: inferred as F# would
        if (ts.at(TokenKind.WITH)) return accessors(keyword, isStatic, override, self, name);
        List<Pattern> params = new ArrayList<>();
        while (patterns.startsAtomic()) params.add(patterns.atomic());
        TypeExpr returnType = parser.accept(TokenKind.COLON) ? types.type() : null;
        parser.expectOp("=", "'=' after the parameters of member " + name);
        // indented past the member's line, not its '=', which may end parameters spread over several lines
        return new Decl.Member(keyword.pos(), isStatic, override, self, name, params, returnType, parser.annotatedBlock(keyword), null);
    }

    /**
     * {@code with get () = e}, optionally {@code and set v = e}: a property's getter and setter; an indexed property's
     * take their indexes first ({@code with get i = e and set i v = e}).
     */
    private Decl.Member accessors(Token keyword, boolean isStatic, boolean override, String self, String name) {
        ts.next();
        Expr getter = null;
        List<Pattern> index = List.of();
        TypeExpr type = null;
        Decl.Setter setter = null;
        do {
            attributes.skipModifiers();
            Token accessor = parser.expectIdent("'get' or 'set'");
            List<Pattern> params = new ArrayList<>(List.of(patterns.atomic()));
            if (accessor.text().equals("get")) {
                if (!(params.getFirst() instanceof Pattern.Const c && c.value() == org.fusabi.vm.value.Unit.VALUE)) index = params;
                if (parser.accept(TokenKind.COLON)) type = types.type();
                getter = parser.block(parser.expectOp("=", "'=' after the getter's parameters"));
            } else if (accessor.text().equals("set")) {
                while (patterns.startsAtomic()) params.add(patterns.atomic());
                Pattern value = params.removeLast();
                setter = new Decl.Setter(accessor.pos(), params, value, parser.block(parser.expectOp("=", "'=' after the setter's parameter")));
            } else {
                throw parser.fail(accessor, "'get' or 'set'");
            }
        } while (parser.accept(TokenKind.AND));
        if (getter == null) throw new CompileError(keyword.pos(), "A property with a setter and no getter is not supported");
        return new Decl.Member(keyword.pos(), isStatic, override, self, name, index, type, getter, setter);
    }

    /** {@code member val X = e}, optionally {@code with get, set}. */
    private Decl.AutoProperty autoProperty(Token val, boolean isStatic) {
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
        return new Decl.AutoProperty(val.pos(), name.text(), type, init, settable, isStatic);
    }

    /**
     * {@code abstract Name: type}, which a {@code ;} may end as in F#'s older style; argument labels in the type
     * ({@code x: int -> int}) are read and dropped.
     */
    private Decl.AbstractMember abstractMember(Token keyword) {
        if (isWord(ts.peek(), "member")) ts.next();
        Token name = parser.expectIdent("the name of the abstract member");
        parser.expect(TokenKind.COLON, "':' and the type of abstract member " + name.text());
        Decl.AbstractMember member = new Decl.AbstractMember(keyword.pos(), name.text(), signature());
        parser.accept(TokenKind.SEMI);
        return member;
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
        List<Decl.TypeItem> items = new ArrayList<>(parser.indented(with, this::items));
        // interface J with …: the other interfaces the object implements, left of the members as F# writes them
        while (isWord(ts.peek(), "interface")) items.add(interfaceImpl(ts.next()));
        parser.expectClose(TokenKind.RBRACE, open);
        return new Expr.ObjectExpr(open.pos(), type, items);
    }
}
