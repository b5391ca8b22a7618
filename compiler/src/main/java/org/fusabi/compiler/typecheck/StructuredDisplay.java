package org.fusabi.compiler.typecheck;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Type;

/**
 * What {@code %A} prints that a value's run-time form cannot tell: an object whose class overrides {@code ToString}
 * prints that text in F#. Where the static type shows such objects, by themselves or inside lists, arrays, options
 * and tuples, the value printed is one that prints so; inside records and unions they print their fields.
 */
final class StructuredDisplay {
    private final TypeChecker tc;

    StructuredDisplay(TypeChecker tc) {
        this.tc = tc;
    }

    /** The value a %A hole prints, decided once the declaration's types are known. */
    Core forA(Core value, Pos pos) {
        Core.Deferred shown = new Core.Deferred(value.type());
        tc.whenTyped(() -> {
            Core changed = shown(value, value.type(), pos);
            shown.resolve(changed != null ? changed : value);
        });
        return shown;
    }

    /** value as %A should see it, or null when it prints as it is. */
    private Core shown(Core value, Type type, Pos pos) {
        Type t = Type.prune(type);
        if (t instanceof Type.Tuple tuple) return tuple(value, tuple, pos);
        if (!(t instanceof Type.Con c)) return null;
        if (c.args().size() == 1 && (c.name().equals("list") || c.name().equals("array") || c.name().equals("option"))) {
            Type element = c.args().getFirst();
            Var x = new Var("_shown" + (tc.temps++), element, false);
            Core inner = shown(new Core.Ref(x, element, pos), element, pos);
            if (inner == null) return null;
            Core map = new Core.Lambda(List.of(x), inner, new Type.Fun(element, inner.type()), "display", pos);
            String module = switch (c.name()) {
                case "list" -> "List";
                case "array" -> "Array";
                default -> "Option";
            };
            return tc.callNative(module + ".map", List.of(map, value), pos);
        }
        if (tc.classes.find(c.decl()) == null) return null;
        Core text = tc.userMembers.toText(value, pos);
        return text == null ? null : tc.callNative("Convert.verbatimDisplay", List.of(text), pos);
    }

    private Core tuple(Core value, Type.Tuple type, Pos pos) {
        List<Var> items = new ArrayList<>();
        List<CPat> binds = new ArrayList<>();
        List<Core> shown = new ArrayList<>();
        boolean changed = false;
        for (Type item : type.items()) {
            Var v = new Var("_item" + (tc.temps++), item, false);
            items.add(v);
            binds.add(new CPat.Bind(v, new CPat.Wild()));
            Core s = shown(new Core.Ref(v, item, pos), item, pos);
            changed |= s != null;
            shown.add(s != null ? s : new Core.Ref(v, item, pos));
        }
        if (!changed) return null;
        Type result = new Type.Tuple(shown.stream().map(Core::type).toList());
        Core rebuilt = new Core.Tuple(shown, result);
        return new Core.Match(value, List.of(new Core.Clause(new CPat.Tuple(binds), null, rebuilt)), result, pos);
    }
}
