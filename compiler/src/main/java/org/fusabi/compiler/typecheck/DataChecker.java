package org.fusabi.compiler.typecheck;

import static org.fusabi.compiler.types.Unifier.unify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Prim;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.NumericTypes;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.Unit;

/**
 * Data built or walked by syntax: list and array literals, ranges, comprehensions, {@code for ... in} loops,
 * record construction and copy-and-update, and assignment to mutable locals, fields and array slots.
 */
final class DataChecker {
    private final TypeChecker tc;

    DataChecker(TypeChecker tc) {
        this.tc = tc;
    }

    /** {@code [a; b]} with elements of type elem (known from the context, or a fresh variable). */
    Core listOf(List<Expr> items, Type elem, Scope scope) {
        List<Core> cores = items.stream().map(i -> tc.check(i, elem, scope)).toList();
        Type t = Type.list(elem);
        Core out = new Core.Lit(FList.NIL, t);
        for (int k = cores.size() - 1; k >= 0; k--) out = new Core.Op(Prim.CONS, List.of(cores.get(k), out), t, null);
        return out;
    }

    /** {@code [| a; b |]} with elements of type elem. */
    Core arrayOf(Expr.ArrayOf a, Type elem, Scope scope) {
        List<Core> items = a.items().stream().map(i -> tc.check(i, elem, scope)).toList();
        return new Core.Op(Prim.ARRAY, items, Type.array(elem), a.pos());
    }

    /** {@code [a .. b]}, {@code [a .. step .. b]} of any numeric type or chars ({@code ['a' .. 'z']}). */
    Core range(Expr.Range r, Scope scope) {
        return range(r, tc.infer(r.from(), scope), scope);
    }

    /** A range whose first bound, {@code from}, is already checked. */
    Core range(Expr.Range r, Core from, Scope scope) {
        Core step = r.step() == null ? null : tc.infer(r.step(), scope);
        Core to = tc.infer(r.to(), scope);
        Core list = rangeOf(from, step, to, r.to().pos(), r.pos());
        if (!r.array()) return list;
        // An int range is built as an array directly; the others as a list first.
        if (list instanceof Core.App app && app.fn() instanceof Core.NativeRef n && n.fn().name().equals("Range.list")) {
            return tc.callNative("Range.array", app.args(), r.pos());
        }
        return tc.callNative("Array.ofList", List.of(list), r.pos());
    }

    /** The list of a range whose bounds and step (null for one) are checked; int when nothing else says which. */
    private Core rangeOf(Core from, Core step, Core to, Pos toPos, Pos pos) {
        unify(from.type(), to.type(), toPos);
        if (step != null) unify(from.type(), step.type(), toPos);
        Type t = Type.prune(from.type());
        String numeric = NumericTypes.name(t);
        if (t.equals(Type.CHAR)) {
            if (step != null) throw new CompileError(pos, "A range of characters has no step");
            return tc.callNative("Range.chars", List.of(from, to), pos);
        }
        if (t.equals(Type.FLOAT)) {
            return tc.callNative("Range.floats", List.of(from, step == null ? new Core.Lit(1.0, Type.FLOAT) : step, to), pos);
        }
        if (numeric != null && NumericTypes.isNumeric(numeric) && !t.equals(Type.INT)) {
            Core one = new Core.Lit(NumericTypes.one(numeric), t);
            return tc.callNative("Range.numbers", List.of(from, step == null ? one : step, to), pos);
        }
        unify(Type.INT, t, pos);
        return tc.callNative("Range.list", List.of(from, step == null ? new Core.Lit(1L, Type.INT) : step, to), pos);
    }

    /**
     * {@code for i in a .. b do}, {@code for i = a to b do}: a counting loop over ints, else (bytes, chars, decimals …)
     * a loop over the range's list.
     */
    Core forRange(Expr.ForRange f, Scope scope) {
        Core from = tc.infer(f.from(), scope);
        Core step = f.step() == null ? null : tc.infer(f.step(), scope);
        Core to = tc.infer(f.to(), scope);
        unify(from.type(), to.type(), f.to().pos());
        Type t = Type.prune(from.type());
        Var v = new Var(f.var(), t, false);
        Scope inner = scope.child();
        inner.define(f.var(), new Entry.Value(v, Scheme.mono(t)));
        if (t instanceof Type.Var || t.equals(Type.INT)) {
            unify(Type.INT, t, f.from().pos());
            if (step != null) unify(Type.INT, step.type(), f.step().pos());
            return new Core.For(v, from, step, to, f.down(), tc.loopBody(f.body(), inner), Type.UNIT, f.pos());
        }
        if (step == null && f.down()) {
            step = new Core.Op(Prim.NEG, List.of(new Core.Lit(NumericTypes.one(NumericTypes.name(t)), t)), t, f.pos());
        }
        Core list = rangeOf(from, step, to, f.to().pos(), f.pos());
        return new Core.ForEach(v, false, list, tc.loopBody(f.body(), inner), Type.UNIT, f.pos());
    }

    /** {@code [ for ... yield ... ]}: a tc.builder collects what the body yields, in order. */
    Core comprehension(Expr.Comprehension c, Scope scope) {
        Type elem = new Type.Var(tc.level);
        Type builderType = new Type.Con("builder", List.of(elem));
        Var saved = tc.builder;
        boolean savedImplicit = tc.implicitYields;
        Var b = new Var("_builder" + (tc.temps++), builderType, false);
        tc.builder = b;
        tc.implicitYields = !yields(c.body());
        Core body;
        try {
            body = tc.statement(c.body(), scope);
        } finally {
            tc.builder = saved;
            tc.implicitYields = savedImplicit;
        }
        Core make = tc.callNative("Builder.create", List.of(new Core.Lit(Unit.VALUE, Type.UNIT)), c.pos());
        unify(builderType, make.type(), c.pos());
        Core result = tc.callNative(c.array() ? "Builder.toArray" : "Builder.toList", List.of(new Core.Ref(b, builderType, c.pos())), c.pos());
        Core run = new Core.Seq(body, result, result.type());
        return new Core.Let(b, make, run, run.type());
    }

    /** Whether a comprehension body yields explicitly (then it does not yield implicitly), nested lists aside. */
    static boolean yields(Expr e) {
        return switch (e) {
            case Expr.Yield y -> true;
            case Expr.Seq s -> yields(s.first()) || yields(s.second());
            case Expr.If i -> yields(i.thenBranch()) || i.elseBranch() != null && yields(i.elseBranch());
            case Expr.Match m -> m.cases().stream().anyMatch(c -> yields(c.body()));
            case Expr.Let l -> yields(l.body());
            case Expr.Use u -> yields(u.body());
            case Expr.ForIn f -> yields(f.body());
            case Expr.ForRange f -> yields(f.body());
            case Expr.While w -> yields(w.body());
            case Expr.TryWith t -> yields(t.body()) || t.handlers().stream().anyMatch(c -> yields(c.body()));
            case Expr.TryFinally t -> yields(t.body());
            default -> false;
        };
    }

    Core forIn(Expr.ForIn f, Scope scope) {
        return forIn(f.pattern(), tc.infer(f.seq(), scope), f.body(), scope, f.pos());
    }

    /** {@code for pattern in seq do body} with the collection already checked. */
    Core forIn(Pattern pattern, Core seq, Expr body, Scope scope, Pos pos) {
        Type t = Type.prune(seq.type());
        Type elem = new Type.Var(tc.level);
        boolean array = false;
        boolean enumerated = false;
        if (t instanceof Type.Con c && c.name().equals("array")) {
            array = true;
            unify(Type.array(elem), t, pos);
        } else if (t instanceof Type.Con c && c.name().equals("Map") && !(pattern instanceof Pattern.Tuple)) {
            // A map enumerates KeyValuePairs (for KeyValue(k, v) in m, kv.Key); a tuple pattern reads its pairs.
            enumerated = true;
            unify(elem, Enumerables.elementType(t), pos);
        } else if (t instanceof Type.Con c && (c.name().equals("Map") || c.name().equals("Set"))) {
            seq = tc.callNative(c.name() + ".toList", List.of(seq), pos);
            unify(Type.list(elem), seq.type(), pos);
        } else if (!(t instanceof Type.Con c && c.name().equals("list")) && Enumerables.elementType(t) != null) {
            enumerated = true;
            unify(elem, Enumerables.elementType(t), pos);
        } else {
            unify(Type.list(elem), t, pos);
        }
        Scope inner = scope.child();
        Var v;
        CPat pat = null;
        if (pattern instanceof Pattern.Var pv) {
            v = new Var(pv.name(), elem, false);
            inner.define(pv.name(), new Entry.Value(v, Scheme.mono(elem)));
        } else {
            v = new Var("_e" + (tc.temps++), elem, false);
            Map<String, Var> bound = new LinkedHashMap<>();
            pat = tc.patterns.bind(pattern, elem, bound, scope, false, "");
            for (Var b : bound.values()) inner.define(b.name, new Entry.Value(b, Scheme.mono(b.type)));
        }
        Core loop = tc.loopBody(body, inner);
        if (pat != null) {
            loop = new Core.Match(new Core.Ref(v, elem, pos), List.of(new Core.Clause(pat, null, loop)), Type.UNIT, pos);
        }
        if (enumerated) return enumerate(v, seq, loop, pos);
        return new Core.ForEach(v, array, seq, loop, Type.UNIT, pos);
    }

    /**
     * {@code for v in s do body} over a sequence, as F# compiles it: {@code let e = s.GetEnumerator() in try while
     * e.MoveNext() do (let v = e.Current in body) finally e.Dispose()}.
     */
    private Core enumerate(Var v, Core seq, Core body, Pos pos) {
        Type enumerator = new Type.Con("IEnumerator", List.of(v.type));
        Core unit = new Core.Lit(Unit.VALUE, Type.UNIT);
        Core start = new Core.App(new Core.NativeRef(tc.library.lookup("Seq#GetEnumerator"), new Type.Fun(seq.type(), new Type.Fun(Type.UNIT, enumerator)), pos),
                List.of(seq, unit), enumerator, pos);
        Var e = new Var("_enumerator" + (tc.temps++), enumerator, false);
        Core ref = new Core.Ref(e, enumerator, pos);
        Core step = new Core.While(tc.callNative("IEnumerator#MoveNext", List.of(ref, unit), pos),
                new Core.Let(v, tc.callNative("IEnumerator#Current", List.of(ref), pos), body, Type.UNIT), Type.UNIT);
        Core loop = new Core.TryFinally(step, tc.callNative("IEnumerator#Dispose", List.of(ref, unit), pos), Type.UNIT, pos);
        return new Core.Let(e, start, loop, Type.UNIT);
    }

    Core record(Expr.Record r, Scope scope) {
        TypeDecl.Record rec = tc.names.recordFor(r.fields(), r.pos());
        Map<Type.Var, Type> fresh = tc.instantiation(rec);
        Type t = Builtins.typeOf(rec, rec.params.stream().map(fresh::get).toList());
        Core[] values = new Core[rec.fieldNames.size()];
        for (Expr.FieldInit f : r.fields()) {
            int index = rec.indexOf(f.field());
            if (values[index] != null) throw new CompileError(f.pos(), "The field '" + f.field() + "' appears twice in this record expression");
            values[index] = tc.check(f.value(), Scheme.substitute(rec.fieldTypes.get(index), fresh), scope);
        }
        for (int k = 0; k < values.length; k++) {
            if (values[k] == null) throw new CompileError(r.pos(), "No assignment given for field '" + rec.fieldNames.get(k) + "' of type '" + rec.name + "'");
        }
        return inWrittenOrder(rec, r.fields(), values, t, r.pos());
    }

    /**
     * The record of the field values, evaluated in the order the fields are written, as F# does: when that is not
     * the declaration order, values that may have effects are bound first, in the written order.
     */
    Core inWrittenOrder(TypeDecl.Record rec, List<Expr.FieldInit> written, Core[] values, Type t, Pos pos) {
        List<Var> temps = new ArrayList<>();
        List<Core> bound = new ArrayList<>();
        int last = -1;
        boolean ordered = true;
        for (Expr.FieldInit f : written) {
            int index = rec.indexOf(f.field());
            ordered &= index > last;
            last = index;
        }
        if (!ordered) {
            for (Expr.FieldInit f : written) {
                int index = rec.indexOf(f.field());
                Core v = values[index];
                if (v instanceof Core.Lit || v instanceof Core.Ref ref && !ref.var().mutable || v instanceof Core.Lambda) continue;
                Var temp = new Var("_f" + (tc.temps++), v.type(), false);
                temps.add(temp);
                bound.add(v);
                values[index] = new Core.Ref(temp, v.type(), pos);
            }
        }
        Core out = new Core.Record(rec, List.of(values), t, pos);
        for (int k = temps.size() - 1; k >= 0; k--) out = new Core.Let(temps.get(k), bound.get(k), out, t);
        return out;
    }

    Core recordUpdate(Expr.RecordUpdate u, Scope scope) {
        Core source = tc.infer(u.source(), scope);
        TypeDecl.Record rec = Builtins.declOf(source.type()) instanceof TypeDecl.Record r ? r : tc.names.recordFor(u.fields(), u.pos());
        Map<Type.Var, Type> fresh = tc.instantiation(rec);
        Type t = Builtins.typeOf(rec, rec.params.stream().map(fresh::get).toList());
        unify(t, source.type(), u.source().pos());
        Var tmp = new Var("_r" + (tc.temps++), t, false);
        Core[] values = new Core[rec.fieldNames.size()];
        for (Expr.FieldInit f : u.fields()) {
            int index = rec.indexOf(f.field());
            if (index < 0) throw new CompileError(f.pos(), "The record type '" + rec.name + "' has no field '" + f.field() + "'");
            values[index] = tc.check(f.value(), Scheme.substitute(rec.fieldTypes.get(index), fresh), scope);
        }
        for (int k = 0; k < values.length; k++) {
            if (values[k] == null) {
                values[k] = new Core.GetField(new Core.Ref(tmp, t, u.pos()), k, Scheme.substitute(rec.fieldTypes.get(k), fresh), u.pos());
            }
        }
        return new Core.Let(tmp, source, inWrittenOrder(rec, u.fields(), values, t, u.pos()), t);
    }

    /** {@code a.b.c} as the member c of {@code a.b}. */
    private static Expr.Dot dotted(Expr.Ident id) {
        return new Expr.Dot(id.pos(), new Expr.Ident(id.pos(), id.parts().subList(0, id.parts().size() - 1)), TypeChecker.last(id.parts()));
    }

    Core assign(Expr.Assign a, Scope scope) {
        Expr target = a.target();
        if (target instanceof Expr.Ident id && id.parts().size() == 1) {
            Entry e = scope.lookup(id.parts().get(0));
            if (e instanceof Entry.ClassMember field) return tc.typeMembers.assign(field, id.parts().get(0), a.value(), scope, a.pos());
            if (!(e instanceof Entry.Value v)) throw new CompileError(a.pos(), "The value '" + id.parts().get(0) + "' is not defined.");
            if (!v.var().mutable) throw new CompileError(a.pos(), "This value is not mutable. Consider using the mutable keyword, e.g. 'let mutable " + v.var().name + " = expression'.");
            Core value = tc.check(a.value(), v.var().type, scope);
            return new Core.Assign(v.var(), value, Type.UNIT);
        }
        if (target instanceof Expr.Ident id && tc.userMembers.assignStatic(tc.names.withoutNamespace(id.parts()), a.value(), scope, a.pos()) instanceof Core set) {
            return set;
        }
        if (target instanceof Expr.Slice sl) return Slices.assign(sl, a.value(), scope, tc);
        if (target instanceof Expr.Binary b && b.op().equals("?")) return tc.operators.dynamicAssignment(b, a.value(), scope, a.pos());
        if (target instanceof Expr.Index ix) {
            Core arr = tc.infer(ix.target(), scope);
            Core setter = tc.members.assignIndex(arr, ix.index(), a.value(), scope, a.pos());
            if (setter != null) return setter;
            Type elem = new Type.Var(tc.level);
            unify(Type.array(elem), arr.type(), ix.target().pos());
            Core i = tc.check(ix.index(), Type.INT, scope);
            Core v = tc.check(a.value(), elem, scope);
            return new Core.Op(Prim.ASET, List.of(arr, i, v), Type.UNIT, a.pos());
        }
        if (target instanceof Expr.App app && (app.fn() instanceof Expr.Dot || app.fn() instanceof Expr.Ident fid && fid.parts().size() > 1)) {
            // x.P(i) <- v: an indexed property's setter
            Expr.Dot dot = app.fn() instanceof Expr.Dot d ? d : dotted((Expr.Ident) app.fn());
            Core indexed = tc.userMembers.assignIndexed(tc.infer(dot.target(), scope), dot.member(), app.arg(), a.value(), scope, a.pos());
            if (indexed != null) return indexed;
        }
        Core obj;
        String field;
        if (target instanceof Expr.Ident id) {
            obj = tc.infer(new Expr.Ident(id.pos(), id.parts().subList(0, id.parts().size() - 1)), scope);
            field = TypeChecker.last(id.parts());
        } else if (target instanceof Expr.Dot d) {
            obj = tc.infer(d.target(), scope);
            field = d.member();
        } else {
            throw new CompileError(a.pos(), "Invalid assignment target");
        }
        Core property = tc.userMembers.assign(obj, field, a.value(), scope, a.pos());
        if (property == null) property = tc.members.setProperty(obj, field, a.value(), scope, a.pos());
        if (property != null) return property;
        Core get = tc.members.get(obj, field, a.pos());
        if (!(get instanceof Core.GetField gf)) throw new CompileError(a.pos(), "'" + field + "' cannot be assigned to");
        TypeDecl.Record rec = (TypeDecl.Record) Builtins.declOf(obj.type());
        if (!rec.mutable.get(gf.index())) throw new CompileError(a.pos(), "This field is not mutable: '" + field + "'");
        Core value = tc.check(a.value(), gf.type(), scope);
        return new Core.SetField(obj, gf.index(), value, Type.UNIT, a.pos());
    }
}
