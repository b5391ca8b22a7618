package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Prim;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.NumericTypes;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypePrinter;
import org.fusabi.compiler.types.Unifier;
import org.fusabi.vm.printf.CompositeFormat;
import org.fusabi.vm.printf.FormatException;
import org.fusabi.vm.printf.FormatString;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.Unit;

/**
 * The functions the checker builds itself rather than the library: printf-family calls (the format literal fixes the
 * argument types), interpolated strings, conversions ({@code int}, {@code float}, {@code char}), {@code failwith},
 * {@code raise}, {@code ref}, {@code lazy} and the like, applied or used as values.
 */
final class Specials {
    private final TypeChecker tc;

    Specials(TypeChecker tc) {
        this.tc = tc;
    }

    /** Functions the checker builds itself, used as values (e.g. {@code List.map string xs}). */
    Core special(String name, Pos pos) {
        switch (name) {
            case "Math.PI" -> { return new Core.Lit(Math.PI, Type.FLOAT); }
            case "Math.E" -> { return new Core.Lit(Math.E, Type.FLOAT); }
            case "nan" -> { return new Core.Lit(Double.NaN, Type.FLOAT); }
            case "infinity" -> { return new Core.Lit(Double.POSITIVE_INFINITY, Type.FLOAT); }
            case "List.empty" -> { return new Core.Lit(FList.NIL, Type.list(new Type.Var(tc.level))); }
            case "Array.empty" -> { return new Core.Op(Prim.ARRAY, List.of(), Type.array(new Type.Var(tc.level)), pos); }
            case "Map.empty" -> { return tc.callNative("Map.ofList", List.of(new Core.Lit(FList.NIL, Type.list(new Type.Var(tc.level)))), pos); }
            case "Set.empty" -> { return tc.callNative("Set.ofList", List.of(new Core.Lit(FList.NIL, Type.list(new Type.Var(tc.level)))), pos); }
            case "Seq.empty" -> { return tc.callNative("Seq.empty", List.of(new Core.Lit(Unit.VALUE, Type.UNIT)), pos); }
            default -> { }
        }
        if (name.endsWith("printfn") || name.endsWith("printf") || name.equals("failwithf")) {
            throw new CompileError(pos, "'" + name + "' must be applied to a literal format string");
        }
        Type arg = new Type.Var(tc.level);
        Var p = new Var("_x" + (tc.temps++), arg, false);
        Core body = applySpecial(name, List.of(new Core.Ref(p, arg, pos)), pos);
        return new Core.Lambda(List.of(p), body, new Type.Fun(arg, body.type()), name, pos);
    }

    /**
     * A call's result as a value: {@code id (f a) b} calls f before b is evaluated, which applying the call to b
     * would merge into {@code f a b}, evaluating b first.
     */
    private Core evaluated(Core call) {
        Var v = new Var("_x" + (tc.temps++), call.type(), false);
        return new Core.Let(v, call, new Core.Ref(v, call.type(), Pos.NONE), call.type());
    }

    /**
     * {@code LanguagePrimitives.GenericZero} and {@code GenericOne}: the zero or one of whichever numeric type the
     * use settles on (in an inline function, each use's own), an int when nothing settles it, as F# defaults it.
     */
    Core genericNumber(List<String> parts, Pos pos) {
        if (parts.size() != 2 || !parts.get(0).equals("LanguagePrimitives")
            || !(parts.get(1).equals("GenericZero") || parts.get(1).equals("GenericOne"))) {
            return null;
        }
        boolean one = parts.get(1).equals("GenericOne");
        Type.Var t = tc.constrainedVar(Type.Constraint.NUMERIC);
        Core.Deferred number = new Core.Deferred(t);
        tc.whenTyped(() -> {
            if (Type.prune(t) instanceof Type.Var) unify(Type.INT, t, pos);
            String name = NumericTypes.name(t);
            number.resolve(new Core.Lit(one ? NumericTypes.one(name) : NumericTypes.zero(name), t));
        });
        return number;
    }

    /** A special function applied to its one argument. */
    Core applySpecial(String name, List<Core> args, Pos pos) {
        Core x = args.get(0);
        return switch (name) {
            case "failwith" -> {
                unify(Type.STRING, x.type(), pos);
                yield new Core.Fail(x, new Type.Var(tc.level), pos);
            }
            case "raise" -> {
                unify(Type.EXN, x.type(), pos);
                yield new Core.Op(Prim.RAISE, List.of(x), new Type.Var(tc.level), pos);
            }
            // Raises the handled exception again: its message is kept, its trace starts here.
            case "reraise" -> {
                unify(Type.UNIT, x.type(), pos);
                if (tc.handledException == null) {
                    throw new CompileError(pos, "Calls to 'reraise' may only occur directly in a handler of a try-with");
                }
                yield new Core.Op(Prim.RAISE, List.of(new Core.Ref(tc.handledException, Type.EXN, pos)), new Type.Var(tc.level), pos);
            }
            case "not" -> {
                unify(Type.BOOL, x.type(), pos);
                yield new Core.Op(Prim.NOT, List.of(x), Type.BOOL, pos);
            }
            case "ignore" -> new Core.Seq(x, new Core.Lit(Unit.VALUE, Type.UNIT), Type.UNIT);
            case "id" -> x instanceof Core.App ? evaluated(x) : x;
            case "ref" -> new Core.Record(Builtins.REF, List.of(x), Type.ref(x.type()), pos);
            case "incr", "decr" -> step(x, name.equals("incr") ? Prim.ADD : Prim.SUB, pos);
            case "string" -> toText(x, pos);
            case "abs" -> {
                Type.Var t = tc.constrainedVar(Type.Constraint.NUMERIC);
                unify(t, x.type(), pos);
                yield new Core.App(new Core.NativeRef(tc.library.lookup("abs"), new Type.Fun(t, t), pos), args, t, pos);
            }
            case "char" -> convert(x, Type.CHAR, pos);
            default -> {
                String target = NumericTypes.canonical(name);
                if (target == null) throw new CompileError(pos, "'" + name + "' cannot be used here");
                yield convert(tc.enums.isEnum(x.type()) ? tc.enums.number(x, pos) : x, NumericTypes.type(target), pos);
            }
        };
    }

    /** {@code incr cell} and {@code decr cell}: the int in the cell, one up or down. */
    private Core step(Core x, Prim op, Pos pos) {
        unify(Type.ref(Type.INT), x.type(), pos);
        Var cell = new Var("_c" + (tc.temps++), x.type(), false);
        Core ref = new Core.Ref(cell, x.type(), pos);
        Core next = new Core.Op(op, List.of(new Core.GetField(ref, 0, Type.INT, pos), new Core.Lit(1L, Type.INT)), Type.INT, pos);
        return new Core.Let(cell, x, new Core.SetField(ref, 0, next, Type.UNIT, pos), Type.UNIT);
    }

    /**
     * F#'s conversion functions ({@code int}, {@code byte}, {@code float32}, {@code decimal}, {@code char} …): from
     * any numeric type, char or string (chosen by the argument's type once known, int by default).
     */
    Core convert(Core x, Type to, Pos pos) {
        Type from = Type.prune(x.type());
        if (from instanceof Type.Var v && v.constraint == Type.Constraint.NONE) {
            // The conversion is chosen by the argument's type once known (List.map int over floats); int by default.
            return tc.defer(x, to, "conversion", pos, () -> convert(x, to, pos), Type.INT);
        }
        // an enum's number (List.sumBy int colors, where the type is known only once the list is)
        if (tc.enums.isEnum(from)) return convert(tc.enums.number(x, pos), to, pos);
        String name = NumericTypes.name(from);
        if (!(from instanceof Type.Var) && (name == null || !NumericTypes.isNumeric(name) && !name.equals("char") && !name.equals("string"))) {
            throw new CompileError(pos, "The type '" + from + "' does not support a conversion to '" + to + "'");
        }
        return new Core.Op(Prim.CONVERT, List.of(x), to, pos);
    }

    Core specialApplication(String name, List<Expr> argExprs, Scope scope, Pos pos) {
        int kind = switch (name) {
            case "printf" -> Core.PRINTF;
            case "printfn" -> Core.PRINTFN;
            case "eprintf" -> Core.EPRINTF;
            case "eprintfn" -> Core.EPRINTFN;
            case "sprintf" -> Core.SPRINTF;
            case "failwithf" -> Core.FAILWITHF;
            default -> Integer.MIN_VALUE;
        };
        if (kind != Integer.MIN_VALUE) return format(kind, name, argExprs, scope, pos);
        if (name.equals("fprintf") || name.equals("fprintfn")) return writeFormatted(name, argExprs, scope, pos);
        if (name.equals("lazy")) return lazy(argExprs, scope, pos);
        if (name.equals("nameof")) return tc.applyAll(nameOf(argExprs.get(0), scope), argExprs.subList(1, argExprs.size()), scope, pos);
        Core first = tc.infer(argExprs.get(0), scope);
        Core result = applySpecial(name, List.of(first), pos);
        return tc.applyAll(result, argExprs.subList(1, argExprs.size()), scope, pos);
    }

    /**
     * {@code nameof x}: the name x is known by, its last part for a dotted one ({@code nameof System.String.Length}
     * is "Length"); a single name must be defined, as F# checks it.
     */
    private Core nameOf(Expr named, Scope scope) {
        Expr target = named instanceof Expr.TypeApp ta ? ta.target() : named;
        if (!(target instanceof Expr.Ident id)) throw new CompileError(named.pos(), "Expression does not have a name.");
        if (id.parts().size() == 1) tc.infer(id, scope);
        return new Core.Lit(id.parts().getLast(), Type.STRING);
    }

    /**
     * {@code fprintf w fmt …} and {@code fprintfn}: the text sprintf makes, written to the TextWriter w
     * ({@code stdout}, {@code stderr}, a StreamWriter or a StringWriter), which is evaluated first.
     */
    private Core writeFormatted(String name, List<Expr> argExprs, Scope scope, Pos pos) {
        if (argExprs.size() < 2) throw new CompileError(pos, "'" + name + "' must be applied to a TextWriter and a literal format string");
        Core writer = tc.infer(argExprs.get(0), scope);
        String type = Type.prune(writer.type()) instanceof Type.Con c ? c.name() : "";
        String write = switch (type) {
            case "TextWriter" -> "TextWriter#Write~string";
            case "StreamWriter", "StringWriter" -> type + "#Write";
            default -> throw new CompileError(argExprs.get(0).pos(), "'" + name + "' writes to a TextWriter (stdout, stderr, a StreamWriter or a StringWriter), not to a value of type '" + TypePrinter.print(writer.type()) + "'");
        };
        Var target = new Var("_writer" + (tc.temps++), writer.type(), false);
        Core text = format(Core.SPRINTF, name, argExprs.subList(1, argExprs.size()), scope, pos);
        java.util.function.UnaryOperator<Core> written = t -> tc.callNative(write, List.of(new Core.Ref(target, writer.type(), pos),
                name.equals("fprintfn") ? new Core.Op(Prim.CONCAT, List.of(t, new Core.Lit("\n", Type.STRING)), Type.STRING, pos) : t), pos);
        Core body = text instanceof Core.Lambda missing
                ? new Core.Lambda(missing.params(), written.apply(missing.body()), curried(missing.params(), Type.UNIT), name, pos)
                : written.apply(text);
        return new Core.Let(target, writer, body, body.type());
    }

    private static Type curried(List<Var> params, Type result) {
        Type t = result;
        for (int k = params.size() - 1; k >= 0; k--) t = new Type.Fun(params.get(k).type, t);
        return t;
    }

    /**
     * {@code lazy e} is {@code Lazy.Create (fun () -> e)}, e evaluated at the first {@code Force}. As F# parses it,
     * {@code lazy} takes the whole application after it: {@code lazy f x} delays {@code f x}.
     */
    private Core lazy(List<Expr> argExprs, Scope scope, Pos pos) {
        Expr delayed = argExprs.get(0);
        for (Expr arg : argExprs.subList(1, argExprs.size())) delayed = new Expr.App(arg.pos(), delayed, arg);
        Core body = tc.infer(delayed, scope);
        Var unit = new Var("_u" + (tc.temps++), Type.UNIT, false);
        Core thunk = new Core.Lambda(List.of(unit), body, new Type.Fun(Type.UNIT, body.type()), "lazy", pos);
        return tc.callNative("Lazy.Create", List.of(thunk), pos);
    }

    /** printf-family calls: the format literal fixes the argument types; missing arguments make a function. */
    Core format(int kind, String name, List<Expr> argExprs, Scope scope, Pos pos) {
        if (argExprs.get(0) instanceof Expr.Interp interpolated) {
            // printfn $"…": the interpolated string is the whole format, its holes already filled
            List<Expr> asText = new ArrayList<>(List.of(new Expr.Const(interpolated.pos(), "%s"), interpolated));
            asText.addAll(argExprs.subList(1, argExprs.size()));
            return format(kind, name, asText, scope, pos);
        }
        if (!(argExprs.get(0) instanceof Expr.Const c) || !(c.value() instanceof String fmt)) {
            throw new CompileError(argExprs.get(0).pos(), "'" + name + "' must be applied to a literal format string");
        }
        FormatString parsed;
        try {
            parsed = FormatString.parse(fmt);
        } catch (FormatException e) {
            throw new CompileError(argExprs.get(0).pos(), "Bad format string: " + e.getMessage());
        }
        List<Type> holes = new ArrayList<>();
        for (FormatString.Hole h : parsed.holes()) {
            holes.add(switch (h.kind()) {
                case INT -> tc.constrainedVar(Type.Constraint.BASIC_INTEGER);
                case FLOAT -> tc.constrainedVar(Type.Constraint.FLOATING);
                case DECIMAL -> NumericTypes.type("decimal");
                case STRING -> Type.STRING;
                case CHAR -> Type.CHAR;
                case BOOL -> Type.BOOL;
                case ANY -> new Type.Var(tc.level);
            });
        }
        Type result = kind == Core.SPRINTF ? Type.STRING : kind == Core.FAILWITHF ? new Type.Var(tc.level) : Type.UNIT;
        List<Core> args = new ArrayList<>();
        int given = Math.min(argExprs.size() - 1, holes.size());
        for (int k = 0; k < given; k++) {
            Core arg = holeArgument(argExprs.get(k + 1), holes.get(k), scope);
            char conversion = parsed.holes().get(k).conversion();
            Core overridden = conversion == 'O' ? tc.userMembers.toText(arg, pos) : null;
            // %O of a string is the string, so a ToString override's text prints as %O would print the object.
            args.add(overridden != null ? overridden : conversion == 'A' ? tc.display.forA(arg, pos) : arg);
        }
        List<Var> missing = new ArrayList<>();
        for (int k = given; k < holes.size(); k++) {
            Var v = new Var("_f" + (tc.temps++), holes.get(k), false);
            missing.add(v);
            args.add(new Core.Ref(v, v.type, pos));
        }
        Core call = new Core.Format(kind, fmt, args, result, pos);
        if (!missing.isEmpty()) {
            Type t = result;
            for (int k = missing.size() - 1; k >= 0; k--) t = new Type.Fun(missing.get(k).type, t);
            return new Core.Lambda(missing, call, t, name, pos);
        }
        return tc.applyAll(call, argExprs.subList(1 + given, argExprs.size()), scope, pos);
    }

    /** The argument of a format hole; an integer or float hole admits each type of its kind, with F#'s message. */
    private Core holeArgument(Expr e, Type hole, Scope scope) {
        Core c = tc.infer(e, scope);
        if (hole instanceof Type.Var v && v.constraint != Type.Constraint.NONE && !Unifier.tryUnify(hole, c.type())) {
            String types = v.constraint == Type.Constraint.FLOATING ? "float,float32,decimal"
                    : "byte,int16,int32,int64,sbyte,uint16,uint32,uint64,nativeint,unativeint";
            throw new CompileError(e.pos(), "The type '" + Type.prune(c.type()) + "' is not compatible with any of the types "
                    + types + ", arising from the use of a printf-style format string");
        }
        unify(hole, c.type(), e.pos());
        return c;
    }

    Core interpolated(Expr.Interp i, Scope scope) {
        Core out = null;
        for (Object part : i.parts()) {
            Core piece = part instanceof String s ? new Core.Lit(s, Type.STRING) : hole((Expr.Interp.Hole) part, scope);
            out = out == null ? piece : new Core.Op(Prim.CONCAT, List.of(out, piece), Type.STRING, i.pos());
        }
        return out == null ? new Core.Lit("", Type.STRING) : out;
    }

    /**
     * One hole of an interpolated string as text: {@code %d{n}} goes through the printf machinery, which types the
     * hole; {@code {x}} shows x as {@code string} does; {@code {x,5:N2}} formats and aligns as .NET does.
     */
    private Core hole(Expr.Interp.Hole h, Scope scope) {
        Pos pos = h.value().pos();
        Core text;
        if (h.spec() != null) {
            text = format(Core.SPRINTF, "sprintf", List.of(new Expr.Const(pos, h.spec()), h.value()), scope, pos);
        } else if (h.format() != null) {
            return composite(tc.infer(h.value(), scope), h, pos);
        } else {
            text = toText(tc.infer(h.value(), scope), pos);
        }
        return h.alignment() == null ? text : composite(text, h, pos);
    }

    /** {@code {x,alignment:format}}: a .NET numeric format needs a number (D and X an integer); dates take their own. */
    private Core composite(Core value, Expr.Interp.Hole h, Pos pos) {
        String format = h.format() == null ? "" : h.format();
        boolean temporal = Type.prune(value.type()) instanceof Type.Con c && (c.name().equals("DateTime") || c.name().equals("TimeSpan"));
        if (!format.isEmpty() && !temporal) {
            try {
                CompositeFormat.check(format);
            } catch (FormatException e) {
                throw new CompileError(pos, e.getMessage());
            }
            boolean integral = "DdXx".indexOf(format.charAt(0)) >= 0;
            if (Type.prune(value.type()) instanceof Type.Var v && v.constraint != Type.Constraint.NONE) unify(v.constraint.defaultType(), v, pos);
            if (integral && Type.prune(value.type()) instanceof Type.Var) unify(Type.INT, value.type(), pos);
            String name = NumericTypes.name(value.type());
            boolean number = name != null && NumericTypes.isNumeric(name);
            if (integral && !(number && NumericTypes.INTEGERS.contains(name) && !name.equals("bigint"))) {
                throw new CompileError(pos, "The .NET format '" + format + "' needs an integer, not '" + TypePrinter.print(value.type()) + "'");
            }
            if (!number) {
                throw new CompileError(pos, "The .NET format '" + format + "' needs a number, not '" + TypePrinter.print(value.type()) + "'");
            }
        }
        long alignment = h.alignment() == null ? 0 : Long.parseLong(h.alignment());
        return tc.callNative("Convert.composite", List.of(new Core.Lit(alignment, Type.INT), new Core.Lit(format, Type.STRING), value), pos);
    }

    /** {@code string x}: a ToString override's text for a type that has one. */
    Core toText(Core c, Pos pos) {
        if (Type.prune(c.type()).equals(Type.STRING)) return c;
        if (Type.prune(c.type()) instanceof Type.Var) {
            // List.map string people: the type is known by the end of the declaration, or generic.
            Core.Deferred text = new Core.Deferred(Type.STRING);
            tc.whenTyped(() -> text.resolve(knownText(c, pos)));
            return text;
        }
        return knownText(c, pos);
    }

    private Core knownText(Core c, Pos pos) {
        Core overridden = tc.userMembers.toText(c, pos);
        return overridden != null ? overridden : tc.callNative("string", List.of(c), pos);
    }
}
