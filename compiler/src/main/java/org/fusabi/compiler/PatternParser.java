package org.fusabi.compiler;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.vm.value.Unit;

/** Parses patterns; from loosest to tightest: {@code as}, {@code |}, {@code ,}, {@code ::}, constructor application. */
final class PatternParser {
    private final TokenStream ts;
    private final TypeParser types;
    private final AttributeParser attributes;

    PatternParser(TokenStream ts, TypeParser types, AttributeParser attributes) {
        this.ts = ts;
        this.types = types;
        this.attributes = attributes;
    }

    Pattern pattern() {
        return pattern(false);
    }

    /** typedItems: inside parentheses, where {@code x: t} annotates one item of a tuple, as in {@code (x: int, y: int)}. */
    private Pattern pattern(boolean typedItems) {
        ts.nest(ts.peek());
        Pattern p = or(typedItems);
        int nested = 1;
        for (; ts.at(TokenKind.AS); nested++) {
            ts.nest(ts.peek());
            ts.next();
            Token name = ts.next();
            if (name.kind() != TokenKind.IDENT) {
                throw new CompileError(name.pos(), "expected a name after 'as' but found " + name.describe());
            }
            p = new Pattern.As(p.pos(), p, name.text());
        }
        ts.unnest(nested);
        return p;
    }

    private Pattern or(boolean typedItems) {
        Pattern left = tuple(typedItems);
        int nested = 0;
        for (; ts.atOp("|"); nested++) {
            ts.nest(ts.next());
            left = new Pattern.Or(left.pos(), left, tuple(typedItems));
        }
        ts.unnest(nested);
        return left;
    }

    private Pattern tuple(boolean typedItems) {
        Pattern first = tupleItem(typedItems);
        if (!ts.at(TokenKind.COMMA)) {
            return first;
        }
        List<Pattern> items = new ArrayList<>(List.of(first));
        while (ts.at(TokenKind.COMMA)) {
            ts.next();
            items.add(tupleItem(typedItems));
        }
        return new Pattern.Tuple(first.pos(), items);
    }

    private Pattern tupleItem(boolean typed) {
        Pattern item = both();
        if (typed && ts.at(TokenKind.COLON)) {
            ts.next();
            return new Pattern.Typed(item.pos(), item, types.type());
        }
        return item;
    }

    /** {@code p1 & p2}, binding tighter than a tuple's comma and looser than {@code ::}, as in F#. */
    private Pattern both() {
        Pattern left = cons();
        int nested = 0;
        for (; ts.atOp("&"); nested++) {
            ts.nest(ts.next());
            left = new Pattern.And(left.pos(), left, cons());
        }
        ts.unnest(nested);
        return left;
    }

    private Pattern cons() {
        Pattern head = constructor();
        if (!ts.atOp("::")) {
            return head;
        }
        ts.nest(ts.next());
        Pattern p = new Pattern.Cons(head.pos(), head, cons());
        ts.unnest(1);
        return p;
    }

    private Pattern constructor() {
        Pattern p = atomic();
        if (p instanceof Pattern.Ctor c && c.arg() == null && startsAtomic()) {
            Pattern arg = atomic();
            return startsAtomic() ? application(c, arg) : new Pattern.Ctor(c.pos(), c.name(), arg);
        }
        return p;
    }

    /** {@code Prefix "cmd:" rest}: only a parameterised active pattern takes several patterns. */
    private Pattern application(Pattern.Ctor name, Pattern first) {
        List<Pattern> args = new ArrayList<>(List.of(first));
        while (startsAtomic()) {
            args.add(atomic());
        }
        return new Pattern.Apply(name.pos(), name.name(), args);
    }

    /** Whether an atomic pattern starts here: what may follow a constructor or be a parameter of fun and let. */
    boolean startsAtomic() {
        return startsAtomic(ts.peek(), ts.peek(1));
    }

    static boolean startsAtomic(Token t, Token following) {
        return switch (t.kind()) {
            case IDENT, LPAREN, LBRACK, LARRAY, LBRACE -> true;
            default -> Literals.isLiteral(t) || Literals.isNegativeNumber(t, following);
        };
    }

    Pattern atomic() {
        StructTuples.skip(ts);
        Token t = ts.peek();
        if (ts.atOp(":?")) {
            ts.next();
            Token type = ts.next();
            if (type.kind() != TokenKind.IDENT) {
                throw new CompileError(type.pos(), "expected a type name after ':?' but found " + type.describe());
            }
            return new Pattern.TypeTest(t.pos(), dottedName(type));
        }
        if (Literals.isLiteral(t)) {
            ts.next();
            return new Pattern.Const(t.pos(), Literals.value(t));
        }
        if (t.isOp("?") && ts.peek(1).kind() == TokenKind.IDENT && !ts.peek(1).spaceBefore()) {
            ts.next();
            return new Pattern.Optional(t.pos(), ts.next().text());
        }
        if (Literals.isNegativeNumber(t, ts.peek(1))) {
            ts.next();
            return new Pattern.Const(t.pos(), Literals.negated(ts.next()));
        }
        if (t.kind() == TokenKind.LPAREN && ActivePatternName.startsAt(ts, 1)) {
            // let mapQ f (|P|_|) = …: an active pattern passed as an argument, usable as a pattern in the body
            ts.next();
            return new Pattern.Var(t.pos(), ActivePatternName.read(ts));
        }
        return switch (t.kind()) {
            case IDENT -> name();
            case LPAREN -> parenthesized();
            case LBRACK -> new Pattern.ListOf(ts.next().pos(), items(TokenKind.RBRACK, "']'"));
            case LARRAY -> new Pattern.ArrayOf(ts.next().pos(), items(TokenKind.RARRAY, "'|]'"));
            case LBRACE -> record();
            default -> throw new CompileError(t.pos(), "unexpected " + t.describe() + " in pattern");
        };
    }

    /** {@code _}, a variable, or a (possibly qualified) union case: F# capitalises case names. */
    private Pattern name() {
        Token first = ts.next();
        if (first.text().equals("_")) {
            return new Pattern.Wild(first.pos());
        }
        if (first.text().equals("null")) {
            return new Pattern.Const(first.pos(), Expr.Const.NULL);
        }
        String name = dottedName(first);
        if (name.equals(first.text()) && !Character.isUpperCase(name.charAt(0))) {
            return new Pattern.Var(first.pos(), name);
        }
        return new Pattern.Ctor(first.pos(), name, null);
    }

    private String dottedName(Token first) {
        StringBuilder name = new StringBuilder(first.text());
        while (ts.at(TokenKind.DOT) && ts.peek(1).kind() == TokenKind.IDENT) {
            ts.next();
            name.append('.').append(ts.next().text());
        }
        return name.toString();
    }

    private Pattern parenthesized() {
        Token open = ts.next();
        attributes.attributes(); // on a parameter, as ([<ParamArray>] args)
        if (ts.at(TokenKind.IDENT) && ts.peek(1).isOp("=")) {
            return namedFields(open);
        }
        if (ts.at(TokenKind.RPAREN)) {
            ts.next();
            return new Pattern.Const(open.pos(), Unit.VALUE);
        }
        Pattern inner = pattern(true);
        if (ts.at(TokenKind.COLON)) {
            ts.next();
            inner = new Pattern.Typed(inner.pos(), inner, types.type());
        }
        expect(TokenKind.RPAREN, "')' to close the '(' at " + open.pos());
        return inner;
    }

    /** {@code (name = p; other = q)} after a union case; F# also separates them with commas. */
    private Pattern namedFields(Token open) {
        List<Pattern.FieldPat> fields = new ArrayList<>(List.of(fieldPattern()));
        while (ts.at(TokenKind.SEMI) || ts.at(TokenKind.COMMA)) {
            ts.next();
            fields.add(fieldPattern());
        }
        expect(TokenKind.RPAREN, "')' to close the '(' at " + open.pos());
        return new Pattern.NamedFields(open.pos(), fields);
    }

    private List<Pattern> items(TokenKind close, String closeText) {
        List<Pattern> items = new ArrayList<>();
        while (!ts.at(close)) {
            items.add(pattern());
            if (!ts.at(TokenKind.SEMI)) {
                break;
            }
            ts.next();
        }
        expect(close, closeText + " in list pattern");
        return items;
    }

    private Pattern record() {
        Token open = ts.next();
        List<Pattern.FieldPat> fields = new ArrayList<>(List.of(fieldPattern()));
        while (ts.at(TokenKind.SEMI)) {
            ts.next();
            if (ts.at(TokenKind.RBRACE)) {
                break;
            }
            fields.add(fieldPattern());
        }
        expect(TokenKind.RBRACE, "'}' to close the '{' at " + open.pos());
        return new Pattern.Record(open.pos(), fields);
    }

    private Pattern.FieldPat fieldPattern() {
        Token field = ts.next();
        if (field.kind() != TokenKind.IDENT) {
            throw new CompileError(field.pos(), "expected a field name in record pattern but found " + field.describe());
        }
        String name = dottedName(field);
        if (!ts.atOp("=")) {
            throw new CompileError(ts.peek().pos(), "expected '=' after field " + name + " in record pattern");
        }
        ts.next();
        return new Pattern.FieldPat(field.pos(), name, pattern());
    }

    private void expect(TokenKind kind, String what) {
        Token t = ts.peek();
        if (t.kind() != kind) {
            throw new CompileError(t.pos(), "expected " + what + " but found " + t.describe());
        }
        ts.next();
    }
}
