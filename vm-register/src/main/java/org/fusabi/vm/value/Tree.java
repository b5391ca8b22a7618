package org.fusabi.vm.value;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * A node of the persistent AVL trees behind {@link FMap} and {@link FSet}, ordered by {@link Values#compare} on
 * keys; {@code null} is the empty tree. Updates copy only the path to the changed node, so older versions stay
 * valid. Sets leave {@code value} null. Recursion is bounded by the height, O(log n).
 */
final class Tree {
    final Object key;
    final Object value;
    final Tree left;
    final Tree right;
    final int height;
    final int size;

    private Tree(Object key, Object value, Tree left, Tree right) {
        this.key = key;
        this.value = value;
        this.left = left;
        this.right = right;
        this.height = Math.max(height(left), height(right)) + 1;
        this.size = size(left) + size(right) + 1;
    }

    static int height(Tree t) {
        return t == null ? 0 : t.height;
    }

    static int size(Tree t) {
        return t == null ? 0 : t.size;
    }

    static Tree find(Tree t, Object key) {
        while (t != null) {
            int c = Values.compare(key, t.key);
            if (c == 0) return t;
            t = c < 0 ? t.left : t.right;
        }
        return null;
    }

    /** Adds the key, or replaces the value of an equal key (F#'s Map.add). */
    static Tree add(Tree t, Object key, Object value) {
        if (t == null) return new Tree(key, value, null, null);
        int c = Values.compare(key, t.key);
        if (c == 0) return new Tree(key, value, t.left, t.right);
        return c < 0 ? balance(t.key, t.value, add(t.left, key, value), t.right)
                     : balance(t.key, t.value, t.left, add(t.right, key, value));
    }

    static Tree remove(Tree t, Object key) {
        if (t == null) return null;
        int c = Values.compare(key, t.key);
        if (c < 0) return balance(t.key, t.value, remove(t.left, key), t.right);
        if (c > 0) return balance(t.key, t.value, t.left, remove(t.right, key));
        if (t.left == null) return t.right;
        if (t.right == null) return t.left;
        Tree min = t.right;
        while (min.left != null) min = min.left;
        return balance(min.key, min.value, t.left, removeMin(t.right));
    }

    private static Tree removeMin(Tree t) {
        if (t.left == null) return t.right;
        return balance(t.key, t.value, removeMin(t.left), t.right);
    }

    /** The same keys with new values, calling {@code f} in key order as F#'s Map.map does. */
    static Tree mapValues(Tree t, BiFunction<Object, Object, Object> f) {
        if (t == null) return null;
        Tree l = mapValues(t.left, f);
        Object v = f.apply(t.key, t.value);
        return new Tree(t.key, v, l, mapValues(t.right, f));
    }

    private static Tree balance(Object key, Object value, Tree l, Tree r) {
        int hl = height(l);
        int hr = height(r);
        if (hl > hr + 1) {
            if (height(l.left) >= height(l.right)) return new Tree(l.key, l.value, l.left, new Tree(key, value, l.right, r));
            Tree lr = l.right;
            return new Tree(lr.key, lr.value, new Tree(l.key, l.value, l.left, lr.left), new Tree(key, value, lr.right, r));
        }
        if (hr > hl + 1) {
            if (height(r.right) >= height(r.left)) return new Tree(r.key, r.value, new Tree(key, value, l, r.left), r.right);
            Tree rl = r.left;
            return new Tree(rl.key, rl.value, new Tree(key, value, l, rl.left), new Tree(r.key, r.value, rl.right, r.right));
        }
        return new Tree(key, value, l, r);
    }

    /** The nodes in key order. */
    static Iterator<Tree> inOrder(Tree root) {
        return new Iterator<>() {
            private final ArrayDeque<Tree> path = new ArrayDeque<>();

            {
                descend(root);
            }

            private void descend(Tree t) {
                for (; t != null; t = t.left) path.push(t);
            }

            @Override
            public boolean hasNext() {
                return !path.isEmpty();
            }

            @Override
            public Tree next() {
                if (path.isEmpty()) throw new NoSuchElementException();
                Tree t = path.pop();
                descend(t.right);
                return t;
            }
        };
    }
}
