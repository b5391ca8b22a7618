package org.fusabi.compiler.codegen;

import java.util.Set;
import org.fusabi.compiler.core.Children;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;

/**
 * Finds the {@code let mutable} locals that a closure uses (F# 4.0 and later let one read and assign them): each
 * of those, and only those, lives in a cell ({@code vm.value.Cell}) that the function declaring it and every closure
 * using it share, so an assignment on one side is seen on the other. Globals need no cell: every function reaches them.
 */
final class CapturedMutables {
    private CapturedMutables() {}

    static Set<Var> in(Core program, Lifting lifting) {
        Set<Var> cells = Lifting.newVarSet();
        collect(program, lifting, cells);
        return cells;
    }

    private static void collect(Core e, Lifting lifting, Set<Var> cells) {
        if (e instanceof Core.Lambda fn) {
            for (Var v : lifting.free(fn, Set.of())) if (v.mutable) cells.add(v);
        }
        for (Core child : Children.of(e)) collect(child, lifting, cells);
    }
}
