package org.fusabi.compiler.typecheck;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Children;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Type;
import org.fusabi.vm.value.Unit;

/**
 * One group of recursive bindings, a {@code let rec … and …} or the lets of a {@code module rec}, whose values may
 * refer to themselves and to later ones, initialised as F# does it (spec 14.6.6, "Recursive Safety Analysis";
 * the compiler's {@code EliminateInitializationGraphs}). Each use of a value of the group is left open while the
 * group is checked; at its end every use is classified by where it sits in the binding that makes it:
 * <ul>
 *   <li>inside a function body that runs later ({@code fun}, members of an object expression): read as it is;</li>
 *   <li>a field of a record the binding builds ({@code let rec x = { f1 = 3; f2 = x }}): the record is made
 *       with the type's default there and the field set once the value referred to exists, so the data is
 *       cyclic;</li>
 *   <li>anything the binding computes before it exists ({@code let a = b + 1} before {@code let b = 2}), or a
 *       function that may run early: then each value of the group becomes a {@code Lazy} made before the group
 *       runs and forced where the value was defined and wherever it is used in the group, so a value is computed
 *       early when needed, and one that needs itself raises {@code InvalidOperationException}.</li>
 * </ul>
 */
final class RecursiveValues {
    /** How a use is reached from the top of its binding, F#'s states of the analysis. */
    private enum Position { TOP, FIELD, STRICT, MAYBE_LATER }

    /** A name of the group: the variable it is read through, and once its binding is checked, where it stands. */
    private static final class Target {
        Var var;
        boolean function;
        int index = Integer.MAX_VALUE;
        Var lazy;
        /** The fields to set once this value exists: records of the group built before it that hold it. */
        final List<Fixup> fixups = new ArrayList<>();
    }

    private record Use(Core.Deferred node, Target target, Type type, Pos pos) {}

    /** A binding of the group in the order it runs; target is null for a {@code do}. */
    private record Binding(Target target, Core value, Core.Deferred result, Pos pos) {}

    /** Field {@code path.last} of the record reached through the others from {@code holder}'s value. */
    private record Fixup(Target holder, List<Step> path) {}

    private record Step(Core.Record record, int field) {}

    private final TypeChecker tc;
    /** A let rec's values are variables assigned in order, so its Lazy ones are too; a module's are bound once. */
    private final boolean letRec;
    private final boolean global;
    private final String prefix;
    private final Map<String, Var> standIns = new java.util.HashMap<>();
    private final Map<Var, Target> targets = new IdentityHashMap<>();
    private final Map<Core.Deferred, Use> uses = new IdentityHashMap<>();
    private final List<Binding> bindings = new ArrayList<>();
    private boolean lazy;
    /** Which values each binding computes with, as it runs: a cycle there can never be initialised. */
    private final Map<Target, List<Target>> needs = new IdentityHashMap<>();

    RecursiveValues(TypeChecker tc, boolean letRec, boolean global, String prefix) {
        this.tc = tc;
        this.letRec = letRec;
        this.global = global;
        this.prefix = prefix;
    }

    /** Makes uses of v, a name of the group (or a stand-in for one defined later), go through the group. */
    void track(Var v) {
        Target t = new Target();
        t.var = v;
        targets.put(v, t);
        tc.recursion.put(v, this);
    }

    /** A name of a {@code module rec} that its later binding defines; until then uses go through a stand-in. */
    Var declare(String name, Type type) {
        Var stand = new Var(name, type, false);
        if (standIns.putIfAbsent(name, stand) == null) track(stand);
        return standIns.get(name);
    }

    /** The stand-in for a name being bound now, or null when it has none (or a binding before claimed it). */
    Var claim(String name) {
        return standIns.remove(name);
    }

    /** A use of a tracked name, resolved when the group ends. */
    Core use(Core.Ref ref) {
        Core.Deferred node = new Core.Deferred(ref.type());
        uses.put(node, new Use(node, targets.get(ref.var()), ref.type(), ref.pos()));
        return node;
    }

    /** The binding of a name of the group, in order: its value as the group will compute it. */
    Core bind(Var stand, Var v, Core value, Pos pos) {
        Target t = targets.computeIfAbsent(stand, k -> new Target());
        targets.put(v, t);
        // later uses of a function call it directly (the walk still sees them); only a value's may need to wait for it
        if (stand != v && !(value instanceof Core.Lambda)) tc.recursion.put(v, this);
        t.var = v;
        t.function = value instanceof Core.Lambda;
        t.index = bindings.size();
        Core.Deferred result = new Core.Deferred(value.type());
        bindings.add(new Binding(t, value, result, pos));
        return t.function ? value : result;
    }

    /** A {@code do} of a {@code module rec}, which runs in order among its values. */
    void statement(Core e, Pos pos) {
        bindings.add(new Binding(null, e, null, pos));
    }

    /**
     * Classifies the uses and resolves them; returns the {@code Lazy} variables the group needs, each paired with
     * its initial value, to be bound before the group runs (none when no value is needed early).
     */
    List<Map.Entry<Var, Core>> finish() {
        for (int k = 0; k < bindings.size(); k++) walk(bindings.get(k).value, Position.TOP, k, new ArrayList<>(), bindings.get(k).target);
        for (Binding b : bindings) if (b.target != null) rejectCycle(b);
        List<Map.Entry<Var, Core>> lazies = new ArrayList<>();
        if (lazy) {
            for (Binding b : bindings) {
                if (b.target == null || b.target.function) continue;
                Var unit = new Var("_u" + (tc.temps++), Type.UNIT, false);
                Core thunk = new Core.Lambda(List.of(unit), b.value, new Type.Fun(Type.UNIT, b.value.type()), b.target.var.name, b.pos);
                Core init = tc.callNative("Lazy.Create", List.of(thunk), b.pos);
                b.target.lazy = tc.newVar(b.target.var.name + "@lazy", init.type(), letRec, global, prefix);
                lazies.add(Map.entry(b.target.lazy, init));
            }
        }
        for (Use u : uses.values()) u.node.resolve(read(u.target, u.type, u.pos));
        if (lazy && targets.values().stream().anyMatch(t -> !t.fixups.isEmpty())) {
            throw new CompileError(bindings.getFirst().pos, "This recursive binding uses an invalid mixture of recursive forms");
        }
        for (Binding b : bindings) if (b.result != null) b.result.resolve(lazy ? read(b.target, b.value.type(), b.pos) : withFixups(b));
        targets.keySet().forEach(tc.recursion::remove);
        return lazies;
    }

    /** F#'s error FS0031: a value that its own computation needs, directly or through others of the group. */
    private void rejectCycle(Binding b) {
        List<Target> path = cycle(b.target, b.target, new ArrayList<>(), java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        if (path == null) return;
        String name = "'" + b.target.var.name + "'";
        if (path.size() == 1) throw new CompileError(b.pos, "The value " + name + " will be evaluated as part of its own definition");
        StringBuilder chain = new StringBuilder();
        for (Target t : path.subList(1, path.size())) chain.append(" will evaluate '").append(t.var.name).append("'");
        chain.append(" will evaluate ").append(name);
        throw new CompileError(b.pos, "This value will be eventually evaluated as part of its own definition. You may need to make the value lazy or a function. Value " + name + chain + ".");
    }

    /** The path from {@code from} that leads back to start, start first, or null. */
    private List<Target> cycle(Target start, Target from, List<Target> path, java.util.Set<Target> seen) {
        path.add(from);
        for (Target next : needs.getOrDefault(from, List.of())) {
            if (next == start) return path;
            if (seen.add(next)) {
                List<Target> found = cycle(start, next, path, seen);
                if (found != null) return found;
            }
        }
        path.removeLast();
        return null;
    }

    private Core read(Target t, Type type, Pos pos) {
        if (t.lazy != null) return tc.callNative("Lazy#Value", List.of(new Core.Ref(t.lazy, t.lazy.type, pos)), pos);
        if (t.function && t.var.function != null) return callingLater(t.var, type, pos);
        return new Core.Ref(t.var, type, pos);
    }

    /**
     * A use of a module's function before its definition: {@code fun a b -> f a b}, which exists from the start
     * (the variable is set only when the definition runs), and which a call applies in place, calling f directly.
     */
    private Core callingLater(Var f, Type type, Pos pos) {
        List<Var> params = new ArrayList<>();
        List<Core> args = new ArrayList<>();
        Type rest = type;
        for (int k = 0; k < f.function.params().size(); k++) {
            if (!(Type.prune(rest) instanceof Type.Fun fn)) return new Core.Ref(f, type, pos);
            Var p = new Var("_a" + (tc.temps++), fn.from(), false);
            params.add(p);
            args.add(new Core.Ref(p, p.type, pos));
            rest = fn.to();
        }
        return new Core.Lambda(params, new Core.App(new Core.Ref(f, type, pos), args, rest, pos), type, f.name, pos);
    }

    /** The value, then the fields of the records made before it that are to hold it. */
    private Core withFixups(Binding b) {
        if (b.target.fixups.isEmpty()) return b.value;
        Var made = new Var("_rec" + (tc.temps++), b.value.type(), false);
        Core value = new Core.Ref(made, made.type, b.pos);
        Core out = value;
        for (Fixup f : b.target.fixups.reversed()) {
            Core at = f.holder == b.target ? value : new Core.Ref(f.holder.var, f.holder.var.type, b.pos);
            List<Step> path = f.path;
            for (Step s : path.subList(0, path.size() - 1)) at = new Core.GetField(at, s.field, s.record.fields().get(s.field).type(), b.pos);
            out = new Core.Seq(new Core.SetField(at, path.getLast().field, value, Type.UNIT, b.pos), out, out.type());
        }
        return new Core.Let(made, b.value, out, out.type());
    }

    private void walk(Core e, Position at, int binding, List<Step> path, Target holder) {
        switch (e) {
            case Core.Lambda l -> {
                if (at == Position.STRICT || at == Position.MAYBE_LATER) walk(l.body(), Position.MAYBE_LATER, binding, path, holder);
            }
            case Core.Deferred d when uses.containsKey(d) -> classify(uses.get(d), at, binding, path, holder);
            case Core.Ref r when targets.containsKey(r.var()) && targets.get(r.var()).function -> calls(targets.get(r.var()), at, binding);
            case Core.Deferred d -> {
                // an outer group's use, resolved when that group ends, is that group's to classify
                if (d.isResolved()) walk(d.resolved(), at, binding, path, holder);
            }
            case Core.Record r -> {
                for (int k = 0; k < r.fields().size(); k++) {
                    List<Step> inner = path == null ? null : new ArrayList<>(path);
                    if (inner != null) inner.add(new Step(r, k));
                    walk(r.fields().get(k), field(at), binding, inner, holder);
                }
            }
            case Core.Ctor c -> c.args().forEach(a -> walk(a, field(at), binding, null, holder));
            case Core.Tuple t -> t.items().forEach(a -> walk(a, field(at), binding, null, holder));
            default -> Children.of(e).forEach(c -> walk(c, strict(at), binding, null, holder));
        }
    }

    /**
     * A function of the group used where it may run before the bindings after it: then the values it reads may not
     * exist yet, so they are made lazy (F# does so for any use of the group's names there).
     */
    private void calls(Target function, Position at, int binding) {
        if (at == Position.MAYBE_LATER || (at == Position.TOP || at == Position.STRICT) && function.index >= binding) lazy = true;
    }

    private void classify(Use u, Position at, int binding, List<Step> path, Target holder) {
        if (u.target.function) {
            calls(u.target, at, binding);
            return;
        }
        boolean available = u.target.index < binding;
        switch (at) {
            case MAYBE_LATER -> lazy = true;
            case TOP, STRICT -> {
                lazy |= !available;
                if (holder != null) needs.computeIfAbsent(holder, k -> new ArrayList<>()).add(u.target);
            }
            case FIELD -> {
                if (available) return;
                if (holder == null) {
                    lazy = true;
                    return;
                }
                if (path == null) {
                    throw new CompileError(u.pos, "'" + u.target.var.name + "' is used in a union case or tuple of its own recursive definition; Fusabi makes recursive data of records only");
                }
                u.target.fixups.add(new Fixup(holder, path));
                u.node.resolve(TypeApplications.defaultValue(u.type, tc, u.pos));
                uses.remove(u.node);
            }
        }
    }

    private static Position strict(Position p) {
        return p == Position.MAYBE_LATER ? p : Position.STRICT;
    }

    private static Position field(Position p) {
        return p == Position.TOP || p == Position.FIELD ? Position.FIELD : p;
    }
}
