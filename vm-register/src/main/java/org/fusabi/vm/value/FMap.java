package org.fusabi.vm.value;

import java.util.Iterator;
import java.util.function.BiFunction;

/**
 * F#'s immutable {@code Map<'k, 'v>}: a persistent balanced tree ordered by {@link Values#compare} on keys.
 * Java iteration yields {@code (key, value)} tuples in key order, the form {@code Map.toList} returns; as an F#
 * sequence it yields KeyValuePairs, as .NET's Map does.
 */
public final class FMap implements Iterable<Tuple>, Enumerable, Comparable<FMap> {
    public static final FMap EMPTY = new FMap(null);

    private final Tree root;

    private FMap(Tree root) {
        this.root = root;
    }

    public FMap add(Object key, Object value) {
        return new FMap(Tree.add(root, key, value));
    }

    public FMap remove(Object key) {
        return Tree.find(root, key) == null ? this : new FMap(Tree.remove(root, key));
    }

    public boolean containsKey(Object key) {
        return Tree.find(root, key) != null;
    }

    /** The value bound to {@code key}, or null when there is none (script values are never null). */
    public Object get(Object key) {
        Tree t = Tree.find(root, key);
        return t == null ? null : t.value;
    }

    public int size() {
        return Tree.size(root);
    }

    public boolean isEmpty() {
        return root == null;
    }

    /** The same keys with {@code f(key, value)} as values, computed in key order. */
    public FMap mapValues(BiFunction<Object, Object, Object> f) {
        return new FMap(Tree.mapValues(root, f));
    }

    @Override
    public Iterator<Tuple> iterator() {
        Iterator<Tree> nodes = Tree.inOrder(root);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return nodes.hasNext();
            }

            @Override
            public Tuple next() {
                Tree t = nodes.next();
                return new Tuple(t.key, t.value);
            }
        };
    }

    @Override
    public Enumerator enumerator() {
        Iterator<Tree> nodes = Tree.inOrder(root);
        return new Step() {
            @Override
            public boolean moveNext() {
                if (!nodes.hasNext()) return false;
                Tree t = nodes.next();
                return emit(new KeyValuePair(t.key, t.value));
            }
        };
    }

    /** F# compares maps as the ordered sequences of their key-value pairs. */
    @Override
    public int compareTo(FMap other) {
        return Values.compareSequences(iterator(), other.iterator());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FMap other && other.size() == size() && Values.equalSequences(this, other);
    }

    @Override
    public int hashCode() {
        return Values.hashSequence(this);
    }

    /** F#'s Map.ToString (what {@code string} and %O show): the first three bindings, then "...". */
    @Override
    public String toString() {
        return Values.toStringFirstThree("map", iterator());
    }
}
