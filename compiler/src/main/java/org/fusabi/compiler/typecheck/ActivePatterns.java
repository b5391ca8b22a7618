package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.value.Unit;

/**
 * Active patterns: a function bound to a name like {@code (|Even|Odd|)}, {@code (|Int|_|)} or {@code (|Polar|)}.
 * A total pattern with several cases returns a {@code Choice} union value (F#'s {@code Choice<'T1,...,'Tn>}),
 * whose cases its body builds by the case names; a partial one returns an option; a single-case one returns its
 * value. In a pattern, a case name applies the function to the matched value ({@link CPat.View}) and matches
 * what it returns; its leading arguments, for a parameterised pattern, are expressions passed to the function first.
 */
final class ActivePatterns {
    /** Scope keys of active pattern cases: "|Even" names the active pattern that has the case Even. */
    private static final String CASE_KEY = "|";
    private static final int MAX_CASES = 7;

    private final TypeChecker tc;
    private final Map<Integer, TypeDecl.Union> choices = new HashMap<>();

    ActivePatterns(TypeChecker tc) {
        this.tc = tc;
    }

    static boolean isName(String name) {
        return name.length() > 2 && name.startsWith("|") && name.endsWith("|");
    }

    /** The cases of an active pattern's name, "|Even|Odd|" has [Even, Odd]; a partial one's last is "_". */
    private static List<String> cases(String name) {
        return List.of(name.substring(1, name.length() - 1).split("\\|"));
    }

    /** Defines a value (in a scope or a module); when it is an active pattern, its cases become usable in patterns too. */
    static void define(BiConsumer<String, Entry> names, String name, Entry entry) {
        names.accept(name, entry);
        if (!isName(name)) return;
        for (String c : cases(name)) if (!c.equals("_")) names.accept(CASE_KEY + c, entry);
    }

    /** The scope of the body of the function named {@code name}: a total multi-case pattern builds its result by case name. */
    Scope bodyScope(String name, Scope scope, Pos pos) {
        if (!isName(name)) return scope;
        List<String> cases = cases(name);
        if (cases.contains("_")) {
            if (cases.size() > 2 || !cases.getLast().equals("_")) {
                throw new CompileError(pos, "Partial active patterns may only generate one result");
            }
            return scope;
        }
        if (cases.size() == 1) return scope;
        if (cases.size() > MAX_CASES) throw new CompileError(pos, "Active patterns cannot return more than " + MAX_CASES + " possibilities");
        TypeDecl.Union choice = choice(cases.size());
        Scope inner = scope.child();
        for (int k = 0; k < cases.size(); k++) inner.define(cases.get(k), new Entry.Ctor(choice.cases.get(k)));
        return inner;
    }

    /** {@code Choice1Of2} … {@code Choice7Of7}, F#'s constructors of its Choice types, or null for any other name. */
    TypeDecl.Case choiceCase(String name) {
        java.util.regex.Matcher m = CHOICE_CASE.matcher(name);
        if (!m.matches()) return null;
        int i = m.group(1).charAt(0) - '0';
        int n = m.group(2).charAt(0) - '0';
        return i >= 1 && i <= n && n >= 2 && n <= MAX_CASES ? choice(n).cases.get(i - 1) : null;
    }

    private static final java.util.regex.Pattern CHOICE_CASE = java.util.regex.Pattern.compile("Choice([1-9])Of([1-9])");

    /** F#'s {@code Choice<'T1,...,'Tn>}: cases Choice1OfN ... ChoiceNOfN, each holding one value. */
    private TypeDecl.Union choice(int n) {
        return choices.computeIfAbsent(n, k -> {
            TypeDecl.Union u = new TypeDecl.Union("Choice", false);
            for (int i = 1; i <= n; i++) {
                Type.Var t = new Type.Var(Integer.MAX_VALUE);
                u.params.add(t);
                u.cases.add(new TypeDecl.Case(u, i - 1, "Choice" + i + "Of" + n, List.of(t), java.util.Collections.singletonList(null)));
            }
            tc.declared.add(u);
            return u;
        });
    }

    /** Whether a union case is a result of a multi-case active pattern, written without {@code ()} when it holds no value. */
    boolean isResult(TypeDecl.Case c) {
        return choices.get(c.owner().cases.size()) == c.owner();
    }

    /** A case name written alone in the body, {@code if n % 2 = 0 then Even else Odd}: the case holding (). */
    Core bareResult(TypeDecl.Case c, Pos pos) {
        Map<Type.Var, Type> fresh = tc.instantiation(c.owner());
        Type result = Builtins.typeOf(c.owner(), c.owner().params.stream().map(fresh::get).toList());
        unify(fresh.get(c.owner().params.get(c.tag())), Type.UNIT, pos);
        return new Core.Ctor(c, List.of(new Core.Lit(Unit.VALUE, Type.UNIT)), result, pos);
    }

    /**
     * The pattern {@code Name args...} when Name is a case of an active pattern in scope, else null.
     * {@code subPattern} checks the result pattern against the type of the case's value.
     */
    CPat pattern(Pos pos, String name, List<Pattern> args, Type input, Scope scope, BiFunction<Pattern, Type, CPat> subPattern) {
        Entry e = lookup(name, scope);
        if (!(e instanceof Entry.Value v)) return null;
        String apName = v.var().name;
        List<String> cases = cases(apName);
        String caseName = name.substring(name.lastIndexOf('.') + 1);
        Core fn = tc.entryValue(e, pos, apName);
        // One passed as an argument ((|P|_|) a parameter) has a type not known yet: a function of the matched value.
        int params = Math.max(0, arity(fn.type()) - 1);
        if (args.size() < params || args.size() > params + 1) {
            throw new CompileError(pos, "This active pattern expects " + params + " expression argument(s) and a pattern for its result, e.g. '"
                    + caseName + " arg" + (params == 1 ? "" : "1 ... arg" + params) + " result'");
        }
        List<Expr> given = new ArrayList<>();
        for (Pattern p : args.subList(0, params)) given.add(argument(p));
        Core view = tc.applyAll(fn, given, scope, pos);
        Type result = new Type.Var(tc.level);
        unify(view.type(), new Type.Fun(input, result), pos);
        Pattern resultPattern = args.size() > params ? args.getLast() : null;
        CPat matched;
        if (cases.size() == 1) {
            matched = sub(resultPattern, result, subPattern);
        } else if (cases.getLast().equals("_")) {
            Type value = new Type.Var(tc.level);
            unify(Type.option(value), result, pos);
            matched = new CPat.Case(Builtins.OPTION.cases.get(1), List.of(sub(resultPattern, value, subPattern)));
        } else {
            TypeDecl.Union choice = choice(cases.size());
            Map<Type.Var, Type> fresh = tc.instantiation(choice);
            unify(Builtins.typeOf(choice, choice.params.stream().map(fresh::get).toList()), result, pos);
            int k = cases.indexOf(caseName);
            matched = new CPat.Case(choice.cases.get(k), List.of(sub(resultPattern, fresh.get(choice.params.get(k)), subPattern)));
        }
        return new CPat.View(view, input, matched, result);
    }

    private static CPat sub(Pattern p, Type t, BiFunction<Pattern, Type, CPat> subPattern) {
        return p == null ? new CPat.Wild() : subPattern.apply(p, t);
    }

    /** The active pattern that has the case name (qualified by modules, {@code M.Even}, or not), or null. */
    private static Entry lookup(String name, Scope scope) {
        String[] parts = name.split("\\.");
        if (parts.length == 1) return scope.lookup(CASE_KEY + name);
        Entry e = scope.lookup(parts[0]);
        for (int k = 1; k < parts.length - 1 && e instanceof Entry.Module m; k++) e = m.members().get(parts[k]);
        return e instanceof Entry.Module m ? m.members().get(CASE_KEY + parts[parts.length - 1]) : null;
    }

    private static int arity(Type t) {
        int n = 0;
        for (Type p = Type.prune(t); p instanceof Type.Fun f; p = Type.prune(f.to())) n++;
        return n;
    }

    /** An argument of a parameterised active pattern: written as a pattern, it is an expression. */
    private static Expr argument(Pattern p) {
        return switch (p) {
            case Pattern.Const c -> new Expr.Const(c.pos(), c.value());
            case Pattern.Var v -> new Expr.Ident(v.pos(), List.of(v.name()));
            case Pattern.Ctor c when c.arg() == null -> new Expr.Ident(c.pos(), List.of(c.name().split("\\.")));
            case Pattern.Ctor c -> new Expr.App(c.pos(), new Expr.Ident(c.pos(), List.of(c.name().split("\\."))), argument(c.arg()));
            case Pattern.Tuple t -> new Expr.Tuple(t.pos(), t.items().stream().map(ActivePatterns::argument).toList());
            case Pattern.ListOf l -> new Expr.ListOf(l.pos(), l.items().stream().map(ActivePatterns::argument).toList());
            case Pattern.ArrayOf a -> new Expr.ArrayOf(a.pos(), a.items().stream().map(ActivePatterns::argument).toList());
            case Pattern.Typed t -> new Expr.Typed(t.pos(), argument(t.pattern()), t.type());
            default -> throw new CompileError(p.pos(), "This pattern cannot be an argument of an active pattern: write an expression such as a constant or a name");
        };
    }
}
