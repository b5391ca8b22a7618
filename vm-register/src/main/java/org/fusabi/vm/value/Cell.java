package org.fusabi.vm.value;

/**
 * The heap cell of a {@code let mutable} local that a closure captures (F# makes it a ref cell implicitly): the
 * closure and the function that declared it share the cell. Primitives stay unboxed in {@code prim} (an int, a
 * float's raw bits, a bool or a char, as in a register), so assigning one allocates nothing; references are in {@code ref}.
 * Only the instructions CELLP/CELLR, GETCP/GETCR and SETCP/SETCR make and use cells; a script never sees one.
 */
public final class Cell {
    public long prim;
    public Object ref;
}
