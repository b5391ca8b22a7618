package org.fusabi.compiler.ast;

/**
 * One attribute of an {@code [<...>]} list, by name as written ({@code Literal}, {@code LiteralAttribute},
 * {@code System.Obsolete}); a binding's {@code inline} keyword is recorded among them as {@link #INLINE}.
 */
public record Attribute(Pos pos, String name) {
    /** The name under which {@code let inline} is recorded: no attribute can be written so. */
    public static final String INLINE = "inline";

    /** Whether this is the attribute F# calls shortName, written with or without its namespace and {@code Attribute} suffix. */
    public boolean is(String shortName) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.equals(shortName) || last.equals(shortName + "Attribute");
    }
}
