package org.fusabi.compiler.codegen;

import static org.fusabi.vm.bytecode.Op.LOADI;
import static org.fusabi.vm.bytecode.Op.asbx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.core.CPat;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;

/**
 * F# calls an active pattern once per match for the value it examines, however many clauses name its cases
 * ({@code | Even -> … | Odd -> …}): a match keeps the result of each such call, and whether it was made yet, in
 * registers of its own, so the first clause that needs it calls and the others reuse it.
 */
final class SharedViews {
    static final SharedViews NONE = new SharedViews();

    private record Key(Var function, int input) {}

    /** For each shared call: the register of its result, then the flag register that is 1 once it is made. */
    private final Map<Key, int[]> slots = new HashMap<>();

    /**
     * The calls of a match's clauses on its input (register s) or, for {@code match a, b with}, on the item
     * registers: those of an active pattern without arguments named by two clauses or more are shared.
     */
    static SharedViews of(List<Core.Clause> clauses, int s, int[] items, FunctionBuilder fn) {
        Map<Key, Integer> uses = new HashMap<>();
        for (Core.Clause c : clauses) {
            if (items == null) count(c.pattern(), s, uses);
            else if (c.pattern() instanceof CPat.Tuple t) for (int i = 0; i < items.length; i++) count(t.items().get(i), items[i], uses);
        }
        SharedViews shared = new SharedViews();
        uses.forEach((key, n) -> {
            if (n < 2) return;
            int result = fn.alloc();
            int made = fn.alloc();
            fn.emit(asbx(LOADI, made, 0));
            shared.slots.put(key, new int[] {result, made});
        });
        return shared.slots.isEmpty() ? NONE : shared;
    }

    private static void count(CPat p, int input, Map<Key, Integer> uses) {
        if (p instanceof CPat.View v && v.function() instanceof Core.Ref ref) uses.merge(new Key(ref.var(), input), 1, Integer::sum);
    }

    /** The result and flag registers of the call a view makes on input, or null when it is not shared. */
    int[] slot(CPat.View v, int input) {
        return v.function() instanceof Core.Ref ref ? slots.get(new Key(ref.var(), input)) : null;
    }
}
