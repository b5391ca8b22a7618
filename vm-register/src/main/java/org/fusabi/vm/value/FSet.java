package org.fusabi.vm.value;

import java.util.Iterator;

/** F#'s immutable {@code Set<'a>}: a persistent balanced tree ordered by {@link Values#compare}. */
public final class FSet implements Iterable<Object>, Enumerable, Comparable<FSet> {
    public static final FSet EMPTY = new FSet(null);

    private final Tree root;

    private FSet(Tree root) {
        this.root = root;
    }

    public FSet add(Object element) {
        return Tree.find(root, element) != null ? this : new FSet(Tree.add(root, element, null));
    }

    public FSet remove(Object element) {
        return Tree.find(root, element) == null ? this : new FSet(Tree.remove(root, element));
    }

    public boolean contains(Object element) {
        return Tree.find(root, element) != null;
    }

    public int size() {
        return Tree.size(root);
    }

    public boolean isEmpty() {
        return root == null;
    }

    public FSet union(FSet other) {
        FSet big = size() >= other.size() ? this : other;
        FSet small = big == this ? other : this;
        for (Object x : small) big = big.add(x);
        return big;
    }

    public FSet intersect(FSet other) {
        FSet small = size() <= other.size() ? this : other;
        FSet big = small == this ? other : this;
        FSet out = EMPTY;
        for (Object x : small) if (big.contains(x)) out = out.add(x);
        return out;
    }

    /** The elements of this set that are not in {@code other}, walking whichever set is smaller. */
    public FSet difference(FSet other) {
        FSet out = this;
        if (other.size() < size()) {
            for (Object x : other) out = out.remove(x);
            return out;
        }
        for (Object x : this) if (other.contains(x)) out = out.remove(x);
        return out;
    }

    /** The elements in order. */
    @Override
    public Iterator<Object> iterator() {
        Iterator<Tree> nodes = Tree.inOrder(root);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return nodes.hasNext();
            }

            @Override
            public Object next() {
                return nodes.next().key;
            }
        };
    }

    @Override
    public Enumerator enumerator() {
        return Enumerators.of(iterator());
    }

    /** F# compares sets as the ordered sequences of their elements. */
    @Override
    public int compareTo(FSet other) {
        return Values.compareSequences(iterator(), other.iterator());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FSet other && other.size() == size() && Values.equalSequences(this, other);
    }

    @Override
    public int hashCode() {
        return Values.hashSequence(this);
    }

    /** F#'s Set.ToString (what {@code string} and %O show): the first three elements, then "...". */
    @Override
    public String toString() {
        return Values.toStringFirstThree("set", iterator());
    }
}
