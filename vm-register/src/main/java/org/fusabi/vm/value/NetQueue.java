package org.fusabi.vm.value;

import java.util.ArrayList;

/**
 * .NET's {@code Queue<'T>} (first in, first out) and {@code Stack<'T>} (last in, first out): both enumerate in the
 * order they would give their elements up.
 */
public final class NetQueue extends Versioned {
    private final ArrayList<Object> items = new ArrayList<>();
    /** Index of a queue's front; dequeued slots before it are reclaimed now and then. */
    private int head;
    private final boolean stack;

    public NetQueue(boolean stack) {
        this.stack = stack;
    }

    public boolean isStack() {
        return stack;
    }

    public int size() {
        return items.size() - head;
    }

    /** Enqueue or Push. */
    public void add(Object x) {
        items.add(x);
        version++;
    }

    /** The element Dequeue or Pop would give, or null when empty. */
    public Object peek() {
        if (size() == 0) return null;
        return stack ? items.get(items.size() - 1) : items.get(head);
    }

    /** Dequeue or Pop; null when empty. */
    public Object take() {
        Object x = peek();
        if (x == null) return null;
        if (stack) {
            items.remove(items.size() - 1);
        } else {
            items.set(head++, null);
            if (head > 32 && head * 2 > items.size()) {
                items.subList(0, head).clear();
                head = 0;
            }
        }
        version++;
        return x;
    }

    public void clear() {
        items.clear();
        head = 0;
        version++;
    }

    /** The elements in the order they would be taken. */
    public Object[] toArray() {
        Object[] out = new Object[size()];
        for (int i = 0; i < out.length; i++) out[i] = at(i);
        return out;
    }

    private Object at(int i) {
        return stack ? items.get(items.size() - 1 - i) : items.get(head + i);
    }

    @Override
    protected int slotCount() {
        return size();
    }

    @Override
    public Enumerator enumerator() {
        return slots(this::at);
    }

    @Override
    public String toString() {
        return "System.Collections.Generic." + (stack ? "Stack" : "Queue") + "`1[" + Show.typeName(peek()) + "]";
    }
}
