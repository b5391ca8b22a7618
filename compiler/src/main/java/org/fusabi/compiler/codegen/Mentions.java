package org.fusabi.compiler.codegen;

import org.fusabi.compiler.core.Children;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;

/** Whether code reads or assigns a variable anywhere, closures' bodies included. */
final class Mentions {
    private Mentions() {}

    static boolean of(Core e, Var v) {
        if (e instanceof Core.Ref r && r.var() == v || e instanceof Core.Assign a && a.var() == v) return true;
        for (Core child : Children.of(e)) if (of(child, v)) return true;
        return false;
    }
}
