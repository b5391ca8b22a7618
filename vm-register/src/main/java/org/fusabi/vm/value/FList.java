package org.fusabi.vm.value;

/**
 * An immutable singly linked list; {@link #NIL} is the only empty list. Elements are boxed values. Each cell knows
 * its length, which costs no memory (the field fills the cell's padding to 24 bytes) and lets the interpreter charge
 * limits by size in constant time.
 */
public final class FList implements Enumerable {
    public static final FList NIL = new FList(null, null);

    public final Object head;
    public final FList tail;
    private final int length;

    public FList(Object head, FList tail) {
        this.head = head;
        this.tail = tail;
        this.length = tail == null ? 0 : tail.length + 1;
    }

    public boolean isEmpty() {
        return this == NIL;
    }

    public static FList of(Object... items) {
        FList list = NIL;
        for (int i = items.length - 1; i >= 0; i--) list = new FList(items[i], list);
        return list;
    }

    public int length() {
        return length;
    }

    public Object[] toArray() {
        Object[] out = new Object[length()];
        int i = 0;
        for (FList l = this; l != NIL; l = l.tail) out[i++] = l.head;
        return out;
    }

    @Override
    public Enumerator enumerator() {
        return new Step() {
            private FList rest = FList.this;

            @Override
            public boolean moveNext() {
                if (rest == NIL) return false;
                current = rest.head;
                rest = rest.tail;
                return true;
            }
        };
    }
}
