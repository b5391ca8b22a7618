package org.fusabi.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.fusabi.compiler.ast.Attribute;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.ParsedSource;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Source;
import org.fusabi.compiler.ast.TypeExpr;
import org.fusabi.vm.value.Unit;

/**
 * One-pass recursive descent parser for Fusabi's F# subset with light syntax. Expressions are parsed from the
 * loosest construct to the tightest: sequence, assignment, tuple, binary operators (by {@link Operators}),
 * prefix minus, application, postfix access ({@code .x}, {@code .[i]}, {@code f(x)}), atoms.
 */
public final class Parser {
    private final TokenStream ts;
    private final TypeParser types;
    private final PatternParser patterns;
    private final MemberParser members;
    private final AttributeParser attributes;
    /** Numbers the parameters {@code function} is desugared with; shared with the parsers of string holes. */
    private final AtomicInteger argNames;
    /** Whether the parser is in a builder's computation expression, where let!, do!, return and yield! are steps. */
    private boolean builderBody;

    private Parser(List<Token> tokens, AtomicInteger argNames, int nesting) {
        this.ts = new TokenStream(tokens, nesting);
        this.types = new TypeParser(ts);
        this.attributes = new AttributeParser(ts);
        this.patterns = new PatternParser(ts, types, attributes);
        this.members = new MemberParser(this, ts, types, patterns, attributes);
        this.argNames = argNames;
    }

    public static List<Decl> parseProgram(String source) {
        return new Parser(Lexer.tokenize(source), new AtomicInteger(), 0).program();
    }

    /** A script file: its directives ({@link HashDirectives}) and its declarations, positions pointing into it. */
    public static ParsedSource parseFile(Source source) {
        HashDirectives.Split split = HashDirectives.split(Lexer.tokenize(source));
        return new ParsedSource(source, split.directives(), new Parser(split.tokens(), new AtomicInteger(), 0).program());
    }

    public static Expr parseExpression(String source) {
        return new Parser(Lexer.tokenize(source), new AtomicInteger(), 0).wholeExpression();
    }

    // ---- declarations ----

    private List<Decl> program() {
        if (ts.at(TokenKind.EOF)) {
            return List.of();
        }
        ts.pushBlock();
        List<Decl> decls = declarations();
        expectEnd();
        ts.popBlock();
        return decls;
    }

    /** Declarations at the current block's column, up to the first token left of it. */
    private List<Decl> declarations() {
        List<Decl> decls = new ArrayList<>();
        boolean ended;
        do {
            decls.add(declaration());
            // after ';;' the next declaration may start anywhere that is not offside, even on the same line
            ended = false;
            while (accept(TokenKind.SEMISEMI)) {
                ended = true;
            }
        } while (ts.atNewItem() || ts.atUndentedDeclaration() || ended && ts.withinBlock());
        return decls;
    }

    private Decl declaration() {
        boolean first = ts.atStart();
        List<Attribute> attrs = attributes.attributes();
        Token t = ts.peek();
        if (!attrs.isEmpty() && !ts.at(TokenKind.LET) && !ts.at(TokenKind.TYPE) && !ts.at(TokenKind.MODULE)
            && !ts.at(TokenKind.EXCEPTION) && !ts.at(TokenKind.DO)) {
            throw fail(t, "a declaration (let, type, module, exception or do) after the attributes");
        }
        return switch (t.kind()) {
            case LET -> withAttributes(letDeclaration(), attrs);
            case IDENT -> atUse() ? letDeclaration() : declarationWithoutAttributes(); // a top-level use is a let, as in F#'s modules
            case TYPE -> typeDeclaration(attrs);
            case MODULE -> module(attrs, first);
            default -> declarationWithoutAttributes();
        };
    }

    /** The attributes written before {@code let} belong to its (first) binding, as F# has it. */
    private static Decl withAttributes(Decl d, List<Attribute> attrs) {
        if (attrs.isEmpty() || !(d instanceof Decl.Let let)) {
            return d;
        }
        List<Expr.Binding> bindings = new ArrayList<>(let.bindings());
        Expr.Binding b = bindings.getFirst();
        List<Attribute> all = new ArrayList<>(attrs);
        all.addAll(b.attributes());
        bindings.set(0, new Expr.Binding(b.pos(), b.pattern(), b.params(), b.returnType(), b.body(), b.mutable(), all));
        return new Decl.Let(let.pos(), let.rec(), bindings);
    }

    private Decl declarationWithoutAttributes() {
        Token t = ts.peek();
        return switch (t.kind()) {
            case EXCEPTION -> exceptionDeclaration();
            case OPEN -> {
                ts.next();
                yield new Decl.Open(t.pos(), List.of(dottedName("a module name after 'open'").split("\\.")));
            }
            case DO -> new Decl.Do(ts.next().pos(), block(t));
            default -> new Decl.Do(t.pos(), sequence(false));
        };
    }

    private Decl letDeclaration() {
        Token let = ts.peek();
        LetGroup group = letGroup();
        if (accept(TokenKind.IN)) {
            // the body ends with its line, so the declarations below stay declarations
            return new Decl.Do(let.pos(), new Expr.Let(let.pos(), group.rec(), group.bindings(), sequence(false)));
        }
        return new Decl.Let(let.pos(), group.rec(), group.bindings());
    }

    private Decl typeDeclaration(List<Attribute> attrs) {
        Token type = ts.next();
        if (attrs.stream().anyMatch(a -> a.is("Measure"))) {
            return Measures.declaration(ts, type);
        }
        List<Decl.TypeDef> defs = new ArrayList<>(List.of(typeDef(type, attrs)));
        while (ts.at(TokenKind.AND) && TokenStream.alignedWith(ts.peek(), type)) {
            defs.add(typeDef(ts.next(), attributes.attributes()));
        }
        return new Decl.Types(type.pos(), defs);
    }

    /** One definition after keyword ({@code type} or {@code and}); union bars may line up with the keyword's line. */
    private Decl.TypeDef typeDef(Token keyword, List<Attribute> attrs) {
        List<Attribute> all = new ArrayList<>(attrs);
        all.addAll(attributes.attributes());
        attributes.skipModifiers();
        List<String> prefix = types.prefixTypeParameters();
        Token name = expectIdent("a type name");
        // type M.T with …: an extension of a type named through its module
        String qualified = ts.at(TokenKind.DOT) ? name.text() + "." + dottedNameAfterDot() : name.text();
        List<String> params = prefix.isEmpty() ? types.typeParameters() : prefix;
        types.skipConstraints();
        Pattern constructor = members.primaryConstructor();
        String self = constructor == null ? null : members.classSelf();
        if (constructor == null && ts.at(TokenKind.WITH)) {
            return new Decl.TypeDef(name.pos(), qualified, params, new Decl.ExtensionBody(), all, members.afterFields());
        }
        if (!qualified.equals(name.text())) throw fail(ts.peek(), "'with' and the members added to type " + qualified);
        Token eq = expectOp("=", "'=' after the name of type " + name.text());
        if (constructor != null || members.startsClassBody()) {
            return members.classDef(name, params, constructor, self, all);
        }
        // Bars further in than the type's line open a block, so members after the cases end the last case's type; a
        // name on a line of its own (after 'and' and attributes) may have its cases at its column.
        boolean undentedUnion = ts.atOp("|") && ts.peek().firstOnLine()
            && (ts.peek().col() == keyword.indent() || ts.peek().col() == name.indent());
        List<Decl.TypeItem> items = new ArrayList<>();
        Decl.TypeBody body = undentedUnion ? withMembers(items) : indented(eq, () -> withMembers(items));
        return new Decl.TypeDef(name.pos(), name.text(), params, body, all, items);
    }

    /** A record's fields or a union's cases, and the members after them into items. */
    private Decl.TypeBody withMembers(List<Decl.TypeItem> items) {
        Decl.TypeBody fields = typeBody();
        if (!(fields instanceof Decl.AliasBody)) {
            items.addAll(members.afterFields());
        }
        return fields;
    }

    private Decl.TypeBody typeBody() {
        attributes.skipModifiers();
        Token t = ts.peek();
        if (t.kind() == TokenKind.LBRACE) {
            return recordType();
        }
        if (t.kind() == TokenKind.IDENT && ts.peek(1).isOp("=") || t.isOp("|") && ts.peek(2).isOp("=")) {
            return enumBody();
        }
        boolean union = t.isOp("|") || attributes.atAttributes()
            || t.kind() == TokenKind.IDENT && (ts.peek(1).kind() == TokenKind.OF || ts.peek(1).isOp("|"));
        if (!union) {
            return new Decl.AliasBody(types.type());
        }
        if (t.isOp("|")) {
            ts.next();
        }
        attributes.attributes();
        List<Decl.UnionCase> cases = new ArrayList<>(List.of(unionCase()));
        while (ts.atOp("|") && ts.withinBlock()) {
            ts.next();
            attributes.attributes();
            cases.add(unionCase());
        }
        return new Decl.UnionBody(cases);
    }

    /** An enum's cases, {@code | Red = 0 | Green = 1}, each a name and a constant. */
    private Decl.EnumBody enumBody() {
        if (ts.atOp("|")) {
            ts.next();
        }
        List<Decl.EnumCase> cases = new ArrayList<>();
        while (true) {
            attributes.attributes();
            Token name = expectIdent("an enum case name");
            expectOp("=", "'=' after the enum case " + name.text());
            Expr value = prefix();
            if (!(value instanceof Expr.Const c)) {
                throw new CompileError(value.pos(), "This is not a valid value for an enumeration literal: an enum's cases are constants");
            }
            cases.add(new Decl.EnumCase(name.pos(), name.text(), c.value()));
            if (!ts.atOp("|") || !ts.withinBlock()) {
                return new Decl.EnumBody(cases);
            }
            ts.next();
        }
    }

    /** {@code Name} or {@code Name of t1 * label: t2}; also the shape of an exception declaration. */
    private Decl.UnionCase unionCase() {
        Token name = expectIdent("a union case name");
        List<TypeExpr> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (ts.at(TokenKind.OF)) {
            ts.next();
            fields.add(unionField(names));
            while (ts.atOp("*")) {
                ts.next();
                fields.add(unionField(names));
            }
        }
        return new Decl.UnionCase(name.pos(), name.text(), fields, names);
    }

    /** One field of a case, noting its label (or null) in names. */
    private TypeExpr unionField(List<String> names) {
        boolean labelled = ts.at(TokenKind.IDENT) && ts.peek(1).kind() == TokenKind.COLON;
        names.add(labelled ? ts.next().text() : null);
        if (labelled) {
            ts.next();
        }
        return types.postfix();
    }

    private Decl.RecordBody recordType() {
        Token open = ts.next();
        List<Decl.Field> fields = indented(open, () -> items(this::recordField, TokenKind.RBRACE));
        expectClose(TokenKind.RBRACE, open);
        return new Decl.RecordBody(fields);
    }

    private Decl.Field recordField() {
        attributes.attributes();
        boolean mutable = accept(TokenKind.MUTABLE);
        attributes.skipModifiers();
        Token name = expectIdent("a field name");
        expect(TokenKind.COLON, "':' and the type of field " + name.text());
        return new Decl.Field(name.pos(), name.text(), types.type(), mutable);
    }

    private Decl exceptionDeclaration() {
        Token exception = ts.next();
        Decl.UnionCase shape = unionCase();
        return new Decl.Exception(exception.pos(), shape.name(), shape.fields());
    }

    /** {@code module M =} with an indented body, or {@code module M} heading the file: then the rest of the file is its body. */
    private Decl module(List<Attribute> attrs, boolean headsFile) {
        Token module = ts.next();
        attributes.skipModifiers();
        boolean rec = accept(TokenKind.REC);
        String name = dottedName("a module name");
        if (ts.atOp("=")) {
            Token eq = ts.next();
            return new Decl.Module(module.pos(), name, ts.at(TokenKind.BEGIN) ? beginEnd(this::declarations, List.of())
                                                                                : indented(eq, this::declarations), attrs, rec, false);
        }
        if (!headsFile) {
            throw fail(ts.peek(), "'=' after module " + name);
        }
        return new Decl.Module(module.pos(), name, ts.at(TokenKind.EOF) ? List.of() : declarationsAfterHeader(), attrs, rec, true);
    }

    private List<Decl> declarationsAfterHeader() {
        if (!ts.atNewItem()) {
            throw fail(ts.peek(), "a new line after the module header");
        }
        return declarations();
    }

    // ---- let ----

    record LetGroup(boolean rec, List<Expr.Binding> bindings) {}

    LetGroup letGroup() {
        Token let = ts.next();
        boolean rec = accept(TokenKind.REC);
        List<Expr.Binding> bindings = new ArrayList<>(List.of(binding()));
        while (ts.at(TokenKind.AND) && TokenStream.alignedWith(ts.peek(), let)) {
            ts.next();
            bindings.add(binding());
        }
        return new LetGroup(rec, bindings);
    }

    /** {@code f p1 p2 : t = body}, {@code (++) a b = body}, or {@code pattern = body}. */
    private Expr.Binding binding() {
        List<Attribute> attrs = new ArrayList<>(attributes.attributes());
        boolean mutable = accept(TokenKind.MUTABLE);
        if (attributes.skipModifiers()) attrs.add(new Attribute(ts.peek().pos(), Attribute.INLINE));
        mutable |= accept(TokenKind.MUTABLE);
        Token start = ts.peek();
        Pattern pattern;
        // f<'T when 'T : comparison> x: the explicit type parameters are inferred as F# would infer them.
        boolean explicit = start.kind() == TokenKind.IDENT && ts.peek(1).kind() == TokenKind.OP && ts.peek(1).text().equals("<")
            && (ts.peek(2).kind() == TokenKind.TYPEVAR || TypeParser.atStaticallyResolved(ts, 2));
        boolean function = explicit || start.kind() == TokenKind.IDENT && PatternParser.startsAtomic(ts.peek(1), ts.peek(2))
            && !StructTuples.at(ts);
        if (start.kind() == TokenKind.LPAREN && ActivePatternName.startsAt(ts, 1)) {
            ts.next();
            pattern = new Pattern.Var(start.pos(), ActivePatternName.read(ts));
        } else if (start.kind() == TokenKind.LPAREN && ts.peek(1).kind() == TokenKind.OP && ts.peek(2).kind() == TokenKind.RPAREN) {
            ts.next();
            pattern = new Pattern.Var(start.pos(), ts.next().text());
            ts.next();
        } else if (function) {
            pattern = new Pattern.Var(start.pos(), ts.next().text());
            if (explicit) types.typeParameters();
        } else {
            pattern = patterns.pattern();
        }
        List<Pattern> params = new ArrayList<>();
        while (patterns.startsAtomic()) {
            params.add(patterns.atomic());
        }
        TypeExpr returnType = null;
        if (accept(TokenKind.COLON)) {
            returnType = types.type();
            types.skipConstraints(); // f x : 'T when 'T : null = …
        }
        expectOp("=", "'=' after let binding");
        // The body goes right of the binding's first line, wherever its parameters or '=' end (f (a: int)\n (b: int) =).
        return new Expr.Binding(start.pos(), pattern, params, returnType, indented(start, this::annotatedSequence), mutable, attrs);
    }

    private Expr letExpression() {
        Token let = ts.peek();
        LetGroup group = letGroup();
        return new Expr.Let(let.pos(), group.rec(), group.bindings(), bodyAfter(let));
    }

    /** {@code use x = e} (or {@code use _ = e}): F# reserves the word, so it is never a name. */
    private boolean atUse() {
        return ts.peek().kind() == TokenKind.IDENT && ts.peek().text().equals("use") && ts.peek(1).kind() == TokenKind.IDENT;
    }

    private Expr useExpression() {
        Token use = ts.peek();
        LetGroup group = letGroup();
        if (group.rec() || group.bindings().size() > 1) throw new CompileError(use.pos(), "'use' binds one value: use x = e");
        return new Expr.Use(use.pos(), group.bindings().getFirst(), bodyAfter(use));
    }

    /** The expression after a {@code let} or {@code use} binding: what follows {@code in}, or the rest of the block. */
    private Expr bodyAfter(Token let) {
        if (accept(TokenKind.IN) || ts.atNewItem() && startsExpression(ts.peek())) {
            return sequence(true);
        }
        CompileError stray = ts.strayIndentation(ts.peek());
        throw stray != null ? stray : new CompileError(let.pos(),
            "this '" + let.text() + "' is the last thing in its block: a block must end with an expression that gives its value");
    }

    // ---- expressions, loosest first ----

    private Expr wholeExpression() {
        ts.pushBlock();
        Expr e = sequence(true);
        expectEnd();
        ts.popBlock();
        return e;
    }

    /** Expressions joined by {@code ;} and, when acrossLines, by starting a new line at the block's column. */
    private Expr sequence(boolean acrossLines) {
        Expr first = expression();
        boolean more;
        if (ts.at(TokenKind.SEMI)) {
            ts.next();
            more = startsExpression(ts.peek()) && !ts.offside(ts.peek());
        } else {
            more = acrossLines && ts.atNewItem() && startsExpression(ts.peek());
        }
        if (!more) {
            return first;
        }
        ts.nest(ts.peek());
        Expr rest = sequence(acrossLines);
        ts.unnest(1);
        return new Expr.Seq(first.pos(), first, rest);
    }

    /** An expression without sequencing: {@code target <- value} and {@code cell := value} bind loosest, below the tuple comma. */
    private Expr expression() {
        ts.nest(ts.peek());
        Expr target = tuple();
        if (ts.atOp("<-") && ts.continues()) {
            Token arrow = ts.next();
            target = new Expr.Assign(arrow.pos(), target, expression());
        } else if (ts.atOp(":=") && ts.continues()) {
            Token op = ts.next();
            target = new Expr.Binary(op.pos(), ":=", target, expression());
        }
        ts.unnest(1);
        return target;
    }

    private Expr tuple() {
        Expr first = binary(Operators.OR);
        if (!(ts.at(TokenKind.COMMA) && ts.continues())) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (ts.at(TokenKind.COMMA) && ts.continues()) {
            ts.next();
            items.add(binary(Operators.OR));
        }
        return new Expr.Tuple(first.pos(), items);
    }

    /** Precedence climbing over the infix operators at minLevel or tighter. */
    private Expr binary(int minLevel) {
        Expr left = prefix();
        int nested = 0;
        while (ts.at(TokenKind.OP) && ts.continues()) {
            Token op = ts.peek();
            int level = Operators.precedence(op.text());
            if (level == Operators.NONE || level < minLevel) {
                break;
            }
            ts.next();
            if (level == Operators.CAST || level == Operators.TYPE_TEST) {
                left = typeOperator(op, left);
                continue;
            }
            ts.nest(op);
            nested++;
            Expr right = binary(Operators.rightAssociative(level) ? level : level + 1);
            left = new Expr.Binary(op.pos(), op.text(), left, right);
        }
        ts.unnest(nested);
        return left;
    }

    /** {@code e :> T}, {@code e :?> T} and {@code e :? T}: a type, not an expression, on the right. */
    private Expr typeOperator(Token op, Expr left) {
        TypeExpr type = types.postfix();
        return op.isOp(":?") ? new Expr.TypeTest(op.pos(), left, type) : new Expr.Cast(op.pos(), left, type, op.isOp(":?>"));
    }

    /** Prefix minus applies to a whole application ({@code -f x} is {@code -(f x)}). */
    private Expr prefix() {
        Token t = ts.peek();
        if (ts.offside(t)) {
            throw ts.offsideError(t);
        }
        return isPrefixOperator(t) ? prefixOperator(this::prefix) : application();
    }

    private static boolean isPrefixOperator(Token t) {
        return t.isOp("-") || t.isOp("+") || t.isOp("~~~");
    }

    /** Negation of operand, or a negative literal when the minus is written against a number. */
    private Expr prefixOperator(Supplier<Expr> operand) {
        Token op = ts.next();
        if (Literals.isNegativeNumber(op, ts.peek())) {
            return new Expr.Const(op.pos(), Literals.negated(ts.next()));
        }
        ts.nest(op);
        Expr e = operand.get();
        ts.unnest(1);
        // F#'s unary plus (~+) gives its number back
        return op.isOp("+") ? e : new Expr.Unary(op.pos(), op.text(), e);
    }

    private Expr application() {
        Expr keywordLed = keywordExpression();
        if (keywordLed != null) {
            return keywordLed;
        }
        boolean parenthesised = ts.at(TokenKind.LPAREN);
        Expr fn = operand();
        if (atComputation()) {
            return computation(fn);
        }
        // (f a) b applies f to a before b is evaluated, where f a b evaluates both first, as F# does
        boolean appliedFirst = parenthesised && fn instanceof Expr.App && startsArgument() && ts.continues();
        Expr applied = appliedFirst ? new Expr.Ident(fn.pos(), List.of(PARENTHESISED)) : fn;
        int nested = 0;
        while (startsArgument() && ts.continues()) {
            ts.nest(ts.peek());
            nested++;
            // f a { … }: the application so far is the builder, as F# reads it
            applied = atComputation() ? computation(applied) : new Expr.App(applied.pos(), applied, argument());
        }
        ts.unnest(nested);
        if (!appliedFirst) return applied;
        Expr.Binding first = new Expr.Binding(fn.pos(), new Pattern.Var(fn.pos(), PARENTHESISED), List.of(), null, fn, false);
        return new Expr.Let(fn.pos(), false, List.of(first), applied);
    }

    /** The name, one no script can write, of a parenthesised application's result applied to more arguments. */
    private static final String PARENTHESISED = "applied@paren";

    /**
     * Whether a brace after a name opens a computation expression ({@code seq { … }}) rather than a record or an
     * object expression passed as an argument ({@code Some { X = 1 }}, {@code f { r with X = 1 }},
     * {@code use' { new IDisposable with … }}).
     */
    private boolean atComputation() {
        if (!ts.at(TokenKind.LBRACE) || !ts.continues() || MemberParser.isWord(ts.peek(1), "new")) {
            return false;
        }
        int k = 1;
        while (ts.peek(k).kind() == TokenKind.IDENT && ts.peek(k + 1).kind() == TokenKind.DOT) {
            k += 2;
        }
        boolean record = ts.peek(k).kind() == TokenKind.IDENT && (ts.peek(k + 1).isOp("=") || ts.peek(k + 1).kind() == TokenKind.WITH);
        return !record && ts.peek(1).kind() != TokenKind.RBRACE;
    }

    /** {@code builder { body }}: {@code seq { … }}, or a builder object's computation expression. */
    private Expr computation(Expr builder) {
        boolean seq = builder instanceof Expr.Ident id && id.parts().equals(List.of("seq"));
        if (!seq && ts.peek(1).kind() != TokenKind.FOR && bracesHoldRange()) {
            // f { a .. b } applies f to the sequence { a .. b }, as F# reads it (Seq.toList { 1 .. 3 })
            return new Expr.App(builder.pos(), builder, record());
        }
        Token open = ts.next();
        Expr body = inBuilder(!seq, () -> bracketed(open, () -> {
            Expr first = sequence(true);
            return accept(TokenKind.DOTDOT) ? range(open, false, first) : first;
        }));
        expectClose(TokenKind.RBRACE, open);
        return new Expr.Computation(builder.pos(), builder, body);
    }

    private <T> T inBuilder(boolean builder, Supplier<T> content) {
        boolean outer = builderBody;
        builderBody = builder;
        try {
            return content.get();
        } finally {
            builderBody = outer;
        }
    }

    /** Whether the token after the current one is a {@code !} joined to it: {@code let!}, {@code do!}, {@code return!}. */
    private boolean banged() {
        return ts.peek(1).isOp("!") && !ts.peek(1).spaceBefore();
    }

    /** A builder's step led by a keyword (let!, use!, do!, return, return!, yield!, match!), or null. */
    private Expr builderStep() {
        Token t = ts.peek();
        boolean word = t.kind() == TokenKind.IDENT;
        if (t.kind() == TokenKind.LET && banged() || word && t.text().equals("use") && banged()) {
            ts.next();
            ts.next();
            Pattern pattern = patterns.pattern();
            Token eq = expectOp("=", "'=' after the pattern of '" + t.text() + "!'");
            Expr value = indented(eq, this::annotatedSequence);
            return new Expr.LetBang(t.pos(), pattern, value, bodyAfter(t), word);
        }
        if (t.kind() == TokenKind.DO && banged()) {
            ts.next();
            ts.next();
            return new Expr.LetBang(t.pos(), new Pattern.Const(t.pos(), Unit.VALUE), expression(), null, false);
        }
        if (word && t.text().equals("return")) {
            ts.next();
            boolean bang = ts.atOp("!") && !ts.peek().spaceBefore();
            if (bang) ts.next();
            return new Expr.Return(t.pos(), expression(), bang);
        }
        if (t.kind() == TokenKind.YIELD && banged()) {
            ts.next();
            ts.next();
            return new Expr.YieldFrom(t.pos(), expression());
        }
        if (t.kind() == TokenKind.MATCH && banged()) {
            // match! e with … is let! x = e in match x with …
            ts.next();
            ts.next();
            Expr value = expression();
            expectAligned(TokenKind.WITH, t, "'with' after the expression in 'match!'");
            String matched = "_match" + argNames.incrementAndGet();
            Expr.Match body = new Expr.Match(t.pos(), new Expr.Ident(t.pos(), List.of(matched)), cases(t));
            return new Expr.LetBang(t.pos(), new Pattern.Var(t.pos(), matched), value, body, false);
        }
        return null;
    }

    /** Whether the braces that open here hold a range, {@code { a .. b }}: a {@code ..} outside any inner bracket. */
    private boolean bracesHoldRange() {
        int depth = 0;
        for (int k = 1; ; k++) {
            switch (ts.peek(k).kind()) {
                case LPAREN, LBRACK, LARRAY, LBRACE, LANON -> depth++;
                case RPAREN, RBRACK, RARRAY, RBRACE, RANON -> {
                    if (depth-- == 0) return false;
                }
                case DOTDOT -> {
                    if (depth == 0) return true;
                }
                // a statement: the braces hold a computation, whose for loops may have ranges of their own
                case EOF, LET, FOR, WHILE, DO, YIELD, MATCH, TRY, IF -> {
                    return false;
                }
                default -> { }
            }
        }
    }

    /** Whether an argument follows; {@code f -1} and {@code f -x} pass a negated argument, {@code a - 1} and {@code a-1} subtract. */
    private boolean startsArgument() {
        Token t = ts.peek();
        return switch (t.kind()) {
            case INT, FLOAT, CHAR, STRING, INTERP, IDENT, TRUE, FALSE, LPAREN, LBRACK, LARRAY, LBRACE, LANON, BEGIN -> true;
            case OP -> t.isOp("~~~") || t.isOp("!") || t.isOp("-") && t.spaceBefore() && !ts.peek(1).spaceBefore();
            default -> false;
        };
    }

    private Expr argument() {
        return isPrefixOperator(ts.peek()) ? prefixOperator(this::argument) : operand();
    }

    /**
     * An atom with its postfix accesses; {@code !cell} dereferences one and binds tighter than application, as in F#,
     * and {@code &v} is the address of a mutable, an out argument ({@code d.TryGetValue(k, &v)}).
     */
    private Expr operand() {
        if (ts.atOp("!") || ts.atOp("&")) {
            Token bang = ts.next();
            ts.nest(bang);
            Expr cell = operand();
            ts.unnest(1);
            return new Expr.Unary(bang.pos(), bang.text(), cell);
        }
        return postfix(atom());
    }

    /** Member access, {@code x ? name}, indexing and high-precedence application {@code f(x)}, all left to right. */
    private Expr postfix(Expr e) {
        for (int nested = 0; ; nested++) {
            Token t = ts.peek();
            ts.nest(t);
            if (t.kind() == TokenKind.DOT && ts.continues()) {
                Token after = ts.peek(1);
                ts.next();
                if (after.kind() == TokenKind.IDENT) {
                    e = new Expr.Dot(e.pos(), e, ts.next().text());
                } else if (after.kind() == TokenKind.LBRACK) {
                    e = index(e);
                } else {
                    throw fail(after, "a member name or '[' after '.'");
                }
            } else if (t.isOp("?") && ts.peek(1).kind() == TokenKind.IDENT && ts.continues()) {
                // the dynamic operator: x ? name is (?) x "name", binding as tightly as member access
                ts.next();
                Token name = ts.next();
                e = new Expr.Binary(t.pos(), "?", e, new Expr.Const(name.pos(), name.text()));
            } else if (t.kind() == TokenKind.LBRACK && !t.spaceBefore()) {
                e = index(e);
            } else if (t.kind() == TokenKind.LPAREN && !t.spaceBefore()) {
                e = new Expr.App(e.pos(), e, parenthesized());
            } else {
                ts.unnest(nested + 1);
                return e;
            }
        }
    }

    /**
     * {@code [i]} after an expression, {@code [i, j]} (a tuple of indices), or a slice: {@code [a..b]}, {@code [..b]},
     * {@code [a..]}, {@code [*]}, and per dimension of a rectangular array {@code [1.., *]}, {@code [i, 0..2]}.
     */
    private Expr index(Expr target) {
        Token open = ts.next();
        List<Expr.Slice.Range> dims = new ArrayList<>();
        do {
            dims.add(sliceDimension());
        } while (accept(TokenKind.COMMA));
        expectClose(TokenKind.RBRACK, open);
        if (dims.stream().anyMatch(d -> !d.fixed())) return new Expr.Slice(target.pos(), target, dims);
        List<Expr> indices = dims.stream().map(Expr.Slice.Range::from).toList();
        Expr index = indices.size() == 1 ? indices.get(0) : new Expr.Tuple(indices.get(0).pos(), indices);
        return new Expr.Index(target.pos(), target, index);
    }

    private Expr.Slice.Range sliceDimension() {
        if (ts.atOp("*") && (ts.peek(1).kind() == TokenKind.COMMA || ts.peek(1).kind() == TokenKind.RBRACK)) {
            ts.next();
            return new Expr.Slice.Range(null, null, false);
        }
        Expr from = ts.at(TokenKind.DOTDOT) ? null : sliceBound();
        if (!accept(TokenKind.DOTDOT)) return new Expr.Slice.Range(from, null, true);
        Expr to = ts.at(TokenKind.COMMA) || ts.at(TokenKind.RBRACK) ? null : sliceBound();
        return new Expr.Slice.Range(from, to, false);
    }

    /** An index or a bound: an expression up to the comma that ends a dimension. */
    private Expr sliceBound() {
        ts.nest(ts.peek());
        Expr bound = binary(Operators.OR);
        ts.unnest(1);
        return bound;
    }

    Expr atom() {
        StructTuples.skip(ts);
        RootNamespace.skip(ts);
        Token t = ts.peek();
        CompileError unsupported = Unsupported.of(t);
        if (unsupported != null) {
            throw unsupported;
        }
        if (t.kind() == TokenKind.IDENT && t.text().equals("null")) {
            return new Expr.Const(ts.next().pos(), Expr.Const.NULL);
        }
        if (Literals.isLiteral(t)) {
            ts.next();
            if ((t.kind() == TokenKind.INT || t.kind() == TokenKind.FLOAT) && Measures.atAnnotation(ts)) {
                Measures.skipAnnotation(ts);
            }
            return new Expr.Const(t.pos(), Literals.value(t));
        }
        return switch (t.kind()) {
            case IDENT -> {
                if (MemberParser.atNew(ts)) {
                    ts.next(); // new C(args) is C(args)
                }
                yield identifier();
            }
            case INTERP -> interpolation();
            case LPAREN -> parenthesized();
            case LBRACK -> list(false);
            case LARRAY -> list(true);
            case LBRACE -> record();
            case LANON -> anonymousRecord();
            case BEGIN -> beginEnd(() -> sequence(true), new Expr.Const(t.pos(), Unit.VALUE));
            case EOF -> throw new CompileError(t.pos(), "expected an expression but found end of input");
            default -> throw new CompileError(t.pos(), "unexpected " + t.describe() + " in expression");
        };
    }

    /** {@code x}, {@code List.map}, {@code p.X}, {@code M.N.f}: one Ident; the type checker sorts out what each part names. */
    private Expr identifier() {
        Token first = ts.next();
        List<String> parts = new ArrayList<>(List.of(first.text()));
        while (ts.at(TokenKind.DOT) && ts.peek(1).kind() == TokenKind.IDENT && ts.continues()) {
            ts.next();
            parts.add(ts.next().text());
        }
        // an operator of a module: Checked.(+)
        if (ts.at(TokenKind.DOT) && ts.peek(1).kind() == TokenKind.LPAREN && ts.peek(2).kind() == TokenKind.OP
            && ts.peek(3).kind() == TokenKind.RPAREN) {
            ts.next();
            ts.next();
            parts.add(ts.next().text());
            ts.next();
        }
        if (!types.atTypeArguments()) return new Expr.Ident(first.pos(), parts);
        List<TypeExpr> args = types.typeArguments();
        // Stack<int>.Empty: a static member of a generic type, whose parameters the type arguments then instantiate
        // (a type's name, not a function's like typeof<int>.Name, whose member is the result's).
        if (Character.isUpperCase(parts.getLast().charAt(0)) && ts.at(TokenKind.DOT) && ts.peek(1).kind() == TokenKind.IDENT && ts.continues()) {
            ts.next();
            parts.add(ts.next().text());
        }
        return new Expr.TypeApp(first.pos(), new Expr.Ident(first.pos(), parts), args);
    }

    /**
     * {@code $"…"}: an interpolated string is a format string, as in F#: {@code %%} is a percent sign and a specifier
     * such as {@code %5d} types the hole right after it.
     */
    private Expr interpolation() {
        Token t = ts.next();
        List<?> pieces = (List<?>) t.value();
        List<Object> parts = new ArrayList<>();
        String spec = null;
        for (int k = 0; k < pieces.size(); k++) {
            if (pieces.get(k) instanceof Lexer.Hole hole) {
                Expr value = new Parser(Lexer.tokenize(hole), argNames, ts.nesting()).wholeExpression();
                parts.add(new Expr.Interp.Hole(value, spec, hole.alignment(), hole.format()));
                spec = null;
            } else {
                boolean holeNext = k + 1 < pieces.size() && pieces.get(k + 1) instanceof Lexer.Hole;
                InterpolatedText text = InterpolatedText.read((String) pieces.get(k), holeNext, t.pos());
                if (!text.text().isEmpty() || pieces.size() == 1) {
                    parts.add(text.text());
                }
                spec = text.spec();
            }
        }
        return new Expr.Interp(t.pos(), parts);
    }


    /** {@code begin content end}: parentheses spelled as words, around an expression or a module's declarations. */
    private <T> T beginEnd(Supplier<T> content, T empty) {
        Token begin = ts.next();
        if (accept(TokenKind.END)) {
            return empty;
        }
        T inner = bracketed(begin, content);
        expectClose(TokenKind.END, begin);
        return inner;
    }

    /** {@code ()}, an operator as a value {@code (+)}, {@code (e)} or {@code (e : type)}. */
    private Expr parenthesized() {
        Token open = ts.next();
        if (accept(TokenKind.RPAREN)) {
            return new Expr.Const(open.pos(), Unit.VALUE);
        }
        if (ActivePatternName.startsAt(ts, 0)) {
            return new Expr.Ident(open.pos(), List.of(ActivePatternName.read(ts)));
        }
        if (ts.at(TokenKind.OP) && ts.peek(1).kind() == TokenKind.RPAREN) {
            Token op = ts.next();
            ts.next();
            return new Expr.Ident(open.pos(), List.of(op.text()));
        }
        Expr inner = bracketed(open, this::annotatedSequence);
        expectClose(TokenKind.RPAREN, open);
        return inner;
    }

    /** Lists and arrays: {@code [a; b]}, ranges {@code [a .. s .. b]} and comprehensions {@code [for x in xs -> e]}. */
    private Expr list(boolean array) {
        Token open = ts.next();
        TokenKind close = array ? TokenKind.RARRAY : TokenKind.RBRACK;
        if (accept(close)) {
            return array ? new Expr.ArrayOf(open.pos(), List.of()) : new Expr.ListOf(open.pos(), List.of());
        }
        Expr result = inBuilder(false, () -> bracketed(open, () -> {
            Expr first = expression();
            if (accept(TokenKind.DOTDOT)) {
                return range(open, array, first);
            }
            List<Expr> items = items(this::expression, close, first);
            if (items.stream().anyMatch(Parser::isGenerator)) {
                return new Expr.Comprehension(open.pos(), array, chain(items));
            }
            return array ? new Expr.ArrayOf(open.pos(), items) : new Expr.ListOf(open.pos(), items);
        }));
        expectClose(close, open);
        return result;
    }

    private Expr range(Token open, boolean array, Expr from) {
        Expr step = null;
        Expr to = expression();
        if (accept(TokenKind.DOTDOT)) {
            step = to;
            to = expression();
        }
        return new Expr.Range(open.pos(), array, from, step, to);
    }

    /** Whether a list element makes the list a comprehension: it yields, or loops. */
    private static boolean isGenerator(Expr e) {
        return switch (e) {
            case Expr.Yield y -> true;
            case Expr.ForIn f -> true;
            case Expr.ForRange f -> true;
            case Expr.While w -> true;
            case Expr.If i -> isGenerator(i.thenBranch()) || i.elseBranch() != null && isGenerator(i.elseBranch());
            case Expr.Let l -> isGenerator(l.body());
            case Expr.Seq s -> isGenerator(s.first()) || isGenerator(s.second());
            case Expr.Match m -> m.cases().stream().anyMatch(c -> isGenerator(c.body()));
            default -> false;
        };
    }

    private static Expr chain(List<Expr> items) {
        Expr e = items.getLast();
        for (int k = items.size() - 2; k >= 0; k--) {
            e = new Expr.Seq(items.get(k).pos(), items.get(k), e);
        }
        return e;
    }

    /** {@code { X = 1; Y = 2 }} or {@code { r with X = 1 }}. */
    private Expr record() {
        Token open = ts.next();
        if (MemberParser.atNew(ts)) {
            return members.objectExpression(open);
        }
        if (accept(TokenKind.RBRACE)) {
            return new Expr.ObjectInit(open.pos(), null, List.of());
        }
        if (ts.peek().kind() == TokenKind.IDENT && ts.peek().text().equals("inherit")) {
            return closed(open, TokenKind.RBRACE, bracketed(open, () -> objectInit(open)));
        }
        if (atFieldAssignment()) {
            return closed(open, TokenKind.RBRACE, new Expr.Record(open.pos(), bracketed(open, () -> items(this::fieldInit, TokenKind.RBRACE))));
        }
        Expr source = bracketed(open, () -> {
            Expr first = expression();
            return accept(TokenKind.DOTDOT) ? range(open, false, first) : first;
        });
        if (source instanceof Expr.Range range) {
            // { a .. b }: F#'s older spelling of seq { a .. b }
            return closed(open, TokenKind.RBRACE, new Expr.Computation(open.pos(), new Expr.Ident(open.pos(), List.of("seq")), range));
        }
        return closed(open, TokenKind.RBRACE, new Expr.RecordUpdate(open.pos(), source, updatedFields(TokenKind.RBRACE)));
    }

    /** {@code {| A = 1; B = x |}} or {@code {| r with A = 1 |}}: an anonymous record. */
    private Expr anonymousRecord() {
        Token open = ts.next();
        if (atFieldAssignment()) {
            return closed(open, TokenKind.RANON, new Expr.AnonymousRecord(open.pos(), null, bracketed(open, () -> items(this::fieldInit, TokenKind.RANON))));
        }
        Expr source = bracketed(open, this::expression);
        return closed(open, TokenKind.RANON, new Expr.AnonymousRecord(open.pos(), source, updatedFields(TokenKind.RANON)));
    }

    /** The {@code with X = 1; Y = 2} of a copy-and-update expression. */
    private List<Expr.FieldInit> updatedFields(TokenKind close) {
        Token with = expect(TokenKind.WITH, "'with' after the record to copy in '{ r with X = ... }'");
        return indented(with, () -> items(this::fieldInit, close));
    }

    private Expr closed(Token open, TokenKind close, Expr content) {
        expectClose(close, open);
        return content;
    }

    /** {@code inherit Base(args); field = e; …} inside braces: a constructor's object construction expression. */
    private Expr objectInit(Token open) {
        ts.next();
        Expr base = application();
        List<Expr.FieldInit> fields = new ArrayList<>();
        if (accept(TokenKind.SEMI) || ts.atNewItem()) {
            if (!ts.at(TokenKind.RBRACE)) fields = items(this::fieldInit, TokenKind.RBRACE);
        }
        return new Expr.ObjectInit(open.pos(), base, fields);
    }

    private boolean atFieldAssignment() {
        int k = 1;
        while (ts.peek(k).kind() == TokenKind.DOT && ts.peek(k + 1).kind() == TokenKind.IDENT) {
            k += 2;
        }
        return ts.at(TokenKind.IDENT) && ts.peek(k).isOp("=");
    }

    private Expr.FieldInit fieldInit() {
        Token start = ts.peek();
        String field = dottedName("a field name");
        Token eq = expectOp("=", "'=' after field " + field);
        return new Expr.FieldInit(start.pos(), field, indented(eq, this::expression));
    }

    /** Items separated by {@code ;} or by starting a line at the block's column; a trailing {@code ;} before close is allowed. */
    private <T> List<T> items(Supplier<T> item, TokenKind close) {
        return items(item, close, item.get());
    }

    private <T> List<T> items(Supplier<T> item, TokenKind close, T first) {
        List<T> items = new ArrayList<>(List.of(first));
        while (true) {
            if (accept(TokenKind.SEMI)) {
                if (ts.at(close)) {
                    break;
                }
            } else if (!ts.atNewItem()) {
                break;
            }
            items.add(item.get());
        }
        return items;
    }

    // ---- keyword-led expressions: each extends as far right as it can ----

    /** The expression led by a keyword such as {@code if} or {@code fun}, or null when the current token is no such keyword. */
    private Expr keywordExpression() {
        Expr step = builderBody ? builderStep() : null;
        if (step != null) return step;
        return switch (ts.peek().kind()) {
            case IF -> conditional();
            case MATCH -> match();
            case FUN -> lambda();
            case FUNCTION -> function();
            case LET -> letExpression();
            case IDENT -> atUse() ? useExpression() : null;
            case TRY -> tryExpression();
            case WHILE -> whileLoop();
            case FOR -> forLoop();
            case YIELD -> yieldExpression();
            case DO -> block(ts.next()); // 'do e' inside a block is e, which must be unit
            default -> null;
        };
    }

    /** {@code yield e}, or {@code yield! e}, which is {@code for x in e do yield x}. */
    private Expr yieldExpression() {
        Token yield = ts.next();
        if (ts.atOp("!") && !ts.peek().spaceBefore()) {
            ts.next();
            Expr source = expression();
            String item = "_yield" + argNames.incrementAndGet();
            Expr each = new Expr.Yield(yield.pos(), new Expr.Ident(yield.pos(), List.of(item)));
            return new Expr.ForIn(yield.pos(), new Pattern.Var(yield.pos(), item), source, each);
        }
        return new Expr.Yield(yield.pos(), expression());
    }

    /** {@code if} or {@code elif} with its branches; {@code elif} nests as the else branch. */
    private Expr conditional() {
        Token owner = ts.next();
        Expr cond = expression();
        Token then = expectAligned(TokenKind.THEN, owner, "'then' after the condition of '" + owner.text() + "'");
        Expr thenBranch = block(then);
        Expr elseBranch = null;
        if (ts.at(TokenKind.ELIF) && TokenStream.alignedWith(ts.peek(), owner)) {
            ts.nest(ts.peek());
            elseBranch = conditional();
            ts.unnest(1);
        } else if (ts.at(TokenKind.ELSE) && TokenStream.alignedWith(ts.peek(), owner)) {
            // F# lets the else branch undent to the if's column: "if a then b else" then the rest of the block below
            elseBranch = block(ts.next(), owner.col());
        }
        return new Expr.If(owner.pos(), cond, thenBranch, elseBranch);
    }

    private Expr match() {
        Token match = ts.next();
        Expr scrutinee = expression();
        expectAligned(TokenKind.WITH, match, "'with' after the expression in 'match'");
        return new Expr.Match(match.pos(), scrutinee, cases(match));
    }

    /** {@code function | p -> e ...} is {@code fun _argN -> match _argN with | p -> e ...}. */
    private Expr function() {
        Token function = ts.next();
        String param = "_arg" + argNames.incrementAndGet();
        Expr.Match body = new Expr.Match(function.pos(), new Expr.Ident(function.pos(), List.of(param)), cases(function));
        return new Expr.Lambda(function.pos(), List.of(new Pattern.Var(function.pos(), param)), body);
    }

    /** Match cases; their bars may line up with the start of owner's line. */
    private List<Expr.Case> cases(Token owner) {
        if (ts.atOp("|") && TokenStream.alignedWith(ts.peek(), owner)) {
            ts.next();
        }
        List<Expr.Case> cases = new ArrayList<>(List.of(matchCase(owner)));
        while (ts.atOp("|") && TokenStream.alignedWith(ts.peek(), owner)) {
            ts.next();
            cases.add(matchCase(owner));
        }
        return cases;
    }

    /** A case; its body may undent to owner's column, so that a last case can go on with a match at that column. */
    private Expr.Case matchCase(Token owner) {
        Pattern pattern = patterns.pattern();
        Expr guard = accept(TokenKind.WHEN) ? expression() : null;
        Token arrow = expectOp("->", "'->' after the pattern of a match case");
        return new Expr.Case(pattern.pos(), pattern, guard, block(arrow, owner.col()));
    }

    private Expr lambda() {
        Token fun = ts.next();
        List<Pattern> params = new ArrayList<>();
        while (patterns.startsAtomic()) {
            params.add(patterns.atomic());
        }
        if (params.isEmpty()) {
            throw fail(ts.peek(), "a parameter after 'fun'");
        }
        Token arrow = expectOp("->", "'->' after the parameters of 'fun'");
        // as far right as it goes: fun s -> s.A : int annotates s.A
        return new Expr.Lambda(fun.pos(), params, annotatedBlock(arrow));
    }

    private Expr tryExpression() {
        Token tryToken = ts.next();
        // The body may be a match at the try's own column, one of the offside exceptions of F#'s spec.
        Token first = ts.peek();
        boolean matchBelow = first.kind() == TokenKind.MATCH && first.firstOnLine() && first.col() == tryToken.col();
        Expr body = matchBelow ? block(tryToken, tryToken.col()) : block(tryToken);
        if (ts.at(TokenKind.WITH) && TokenStream.alignedWith(ts.peek(), tryToken)) {
            ts.next();
            return new Expr.TryWith(tryToken.pos(), body, cases(tryToken));
        }
        if (ts.at(TokenKind.FINALLY) && TokenStream.alignedWith(ts.peek(), tryToken)) {
            return new Expr.TryFinally(tryToken.pos(), body, block(ts.next()));
        }
        throw fail(ts.peek(), "'with' or 'finally' after the body of 'try'");
    }

    private Expr whileLoop() {
        Token whileToken = ts.next();
        Expr cond = expression();
        Token doToken = expectAligned(TokenKind.DO, whileToken, "'do' after the condition of 'while'");
        return new Expr.While(whileToken.pos(), cond, doBody(doToken, whileToken));
    }

    /** {@code for v = a to b do}, {@code for v in a .. b do}, {@code for pat in e do}; {@code -> e} yields in comprehensions. */
    private Expr forLoop() {
        Token forToken = ts.next();
        Pattern pattern = patterns.pattern();
        String var = switch (pattern) {
            case Pattern.Var v -> v.name();
            case Pattern.Wild w -> "_";
            default -> null;
        };
        if (ts.atOp("=") && var != null) {
            ts.next();
            Expr from = expression();
            boolean down = ts.at(TokenKind.DOWNTO);
            if (!down && !ts.at(TokenKind.TO)) {
                throw fail(ts.peek(), "'to' or 'downto' in 'for " + var + " = ...'");
            }
            ts.next();
            Expr to = expression();
            return new Expr.ForRange(forToken.pos(), var, from, null, to, down, loopBody(forToken));
        }
        expect(TokenKind.IN, "'in' or '=' after the loop variable of 'for'");
        Expr source = expression();
        if (!accept(TokenKind.DOTDOT)) {
            return new Expr.ForIn(forToken.pos(), pattern, source, loopBody(forToken));
        }
        Expr.Range range = (Expr.Range) range(forToken, false, source);
        Expr body = loopBody(forToken);
        if (var == null) {
            return new Expr.ForIn(forToken.pos(), pattern, new Expr.Range(source.pos(), false, source, range.step(), range.to()), body);
        }
        return new Expr.ForRange(forToken.pos(), var, source, range.step(), range.to(), false, body);
    }

    private Expr loopBody(Token forToken) {
        if (ts.atOp("->")) {
            Token arrow = ts.next();
            return new Expr.Yield(arrow.pos(), block(arrow));
        }
        return doBody(expectAligned(TokenKind.DO, forToken, "'do' after the header of 'for'"), forToken);
    }

    /** A loop's body after {@code do}, and the {@code done} the verbose syntax ends it with. */
    private Expr doBody(Token doToken, Token loop) {
        Expr body = block(doToken);
        if (ts.at(TokenKind.DONE) && TokenStream.alignedWith(ts.peek(), loop)) {
            ts.next();
        }
        return body;
    }

    // ---- layout and token helpers ----

    /** The block a keyword opens: sequential expressions at the column of its first token. */
    Expr block(Token keyword) {
        return indented(keyword, () -> sequence(true));
    }

    /** A block ending, as a let's value may, with {@code : type} ({@code member x.Name = name : string}). */
    Expr annotatedBlock(Token keyword) {
        return indented(keyword, this::annotatedSequence);
    }

    /** A sequence with F#'s {@code : type} after it, as in parentheses and a let's value ({@code let x = e : t}). */
    private Expr annotatedSequence() {
        Expr e = sequence(true);
        return accept(TokenKind.COLON) ? new Expr.Typed(e.pos(), e, types.type()) : e;
    }

    /** A block that may also start on a line of its own at undentCol or right of it, as F# permits after some keywords. */
    private Expr block(Token keyword, int undentCol) {
        ts.checkIndentedPast(keyword, undentCol);
        return within(ts::pushBlock, () -> sequence(true));
    }

    /** Parses content as a block whose first token must be indented past the keyword's line when it starts a line. */
    <T> T indented(Token keyword, Supplier<T> content) {
        ts.checkIndentedPast(keyword);
        return within(ts::pushBlock, content);
    }

    /** What a bracket or {@code begin} encloses: indented like a block, but its lines may undent to just right of open's line. */
    private <T> T bracketed(Token open, Supplier<T> content) {
        ts.checkIndentedPast(open);
        return within(() -> ts.pushBracketed(open), content);
    }

    private <T> T within(Runnable push, Supplier<T> content) {
        push.run();
        T result = content.get();
        ts.popBlock();
        return result;
    }

    private static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case INT, FLOAT, CHAR, STRING, INTERP, IDENT, TRUE, FALSE, LPAREN, LBRACK, LARRAY, LBRACE, LANON, BEGIN,
                 IF, MATCH, FUN, FUNCTION, LET, TRY, WHILE, FOR, YIELD, DO -> true;
            case OP -> isPrefixOperator(t) || t.isOp("!");
            default -> false;
        };
    }

    /** The rest of a dotted name after its first part, the current token being the dot. */
    private String dottedNameAfterDot() {
        ts.next();
        return dottedName("a name after '.'");
    }

    private String dottedName(String what) {
        StringBuilder name = new StringBuilder(expectIdent(what).text());
        while (ts.at(TokenKind.DOT) && ts.peek(1).kind() == TokenKind.IDENT) {
            ts.next();
            name.append('.').append(ts.next().text());
        }
        return name.toString();
    }

    boolean accept(TokenKind kind) {
        if (ts.at(kind)) {
            ts.next();
            return true;
        }
        return false;
    }

    Token expect(TokenKind kind, String what) {
        if (!ts.at(kind)) {
            throw fail(ts.peek(), what);
        }
        return ts.next();
    }

    Token expectIdent(String what) {
        return expect(TokenKind.IDENT, what);
    }

    Token expectOp(String op, String what) {
        if (!ts.atOp(op)) {
            throw fail(ts.peek(), what);
        }
        return ts.next();
    }

    /** A keyword continuing owner's construct, like {@code then} or {@code with}; it may line up with owner's line. */
    private Token expectAligned(TokenKind kind, Token owner, String what) {
        if (!ts.at(kind) || !TokenStream.alignedWith(ts.peek(), owner)) {
            throw fail(ts.peek(), what);
        }
        return ts.next();
    }

    void expectClose(TokenKind close, Token open) {
        if (!ts.at(close)) {
            String closer = switch (close) {
                case RPAREN -> "')'";
                case RBRACK -> "']'";
                case RARRAY -> "'|]'";
                case RANON -> "'|}'";
                case END -> "'end'";
                default -> "'}'";
            };
            throw fail(ts.peek(), closer + " to close the " + open.describe() + " at " + open.pos());
        }
        ts.next();
    }

    private void expectEnd() {
        Token t = ts.peek();
        if (t.kind() != TokenKind.EOF) {
            CompileError stray = ts.strayIndentation(t);
            throw stray != null ? stray : new CompileError(t.pos(), "unexpected " + t.describe());
        }
    }

    /** The error for finding t where what was expected; a token on a badly indented line gets the indentation message. */
    CompileError fail(Token t, String what) {
        CompileError unsupported = Unsupported.of(t);
        if (unsupported != null) {
            return unsupported;
        }
        CompileError stray = ts.strayIndentation(t);
        return stray != null ? stray : new CompileError(t.pos(), "expected " + what + " but found " + t.describe());
    }
}
