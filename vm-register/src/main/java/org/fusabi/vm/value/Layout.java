package org.fusabi.vm.value;

import java.util.List;

/**
 * F#'s breakable block layout (FSharp.Core sformat.fs), which decides where {@code %A} output breaks
 * lines. A leaf is a word; the juxtaposition flags say whether it sits against its neighbour or is set
 * off by a space. A node joins two layouts and may break the line between them, indenting the right side.
 */
abstract sealed class Layout permits Layout.Leaf, Layout.Node {
    static final Layout EMPTY = new Leaf(true, "", true);

    final boolean juxtLeft;
    final boolean juxtRight;

    private Layout(boolean juxtLeft, boolean juxtRight) {
        this.juxtLeft = juxtLeft;
        this.juxtRight = juxtRight;
    }

    static final class Leaf extends Layout {
        final String text;

        Leaf(boolean juxtLeft, String text, boolean juxtRight) {
            super(juxtLeft, juxtRight);
            this.text = text;
        }
    }

    static final class Node extends Layout {
        final Layout left;
        final Layout right;
        final int indent;
        /** May the printer break here if the line is too long? */
        final boolean breakable;
        /** Set when built as a forced break, or by {@link LayoutPrinter} when it chooses to break. */
        boolean broken;

        Node(Layout left, Layout right, int indent, boolean breakable, boolean broken) {
            super(left.juxtLeft, right.juxtRight);
            this.left = left;
            this.right = right;
            this.indent = indent;
            this.breakable = breakable;
            this.broken = broken;
        }
    }

    /** sformat's wordL: a word set off by spaces on both sides. */
    static Layout word(String text) {
        return new Leaf(false, text, false);
    }

    /** sformat's leftL: a word that sits against what follows, like an opening bracket. */
    static Layout opening(String text) {
        return new Leaf(false, text, true);
    }

    /** sformat's rightL: a word that sits against what precedes, like a closing bracket or a ';'. */
    static Layout closing(String text) {
        return new Leaf(true, text, false);
    }

    /** {@code ^^}: never broken. */
    static Layout join(Layout l, Layout r) {
        return node(l, r, 0, false, false);
    }

    /** {@code ++}, {@code --}, {@code ---}: broken, if need be, with the right side indented. */
    static Layout breakable(Layout l, Layout r, int indent) {
        return node(l, r, indent, true, false);
    }

    /** {@code @@}: always broken. */
    static Layout above(Layout l, Layout r) {
        return node(l, r, 0, false, true);
    }

    /** sformat's sepListL: items joined by a separator glued to the left item, breakable after it. */
    static Layout separated(Layout separator, List<Layout> items) {
        if (items.isEmpty()) return EMPTY;
        Layout result = items.getFirst();
        for (int k = 1; k < items.size(); k++) result = breakable(join(result, separator), items.get(k), 0);
        return result;
    }

    static Layout bracketed(String open, Layout inner, String close) {
        return join(join(opening(open), inner), closing(close));
    }

    private static Layout node(Layout l, Layout r, int indent, boolean breakable, boolean broken) {
        if (l.isEmpty()) return r;
        if (r.isEmpty()) return l;
        return new Node(l, r, indent, breakable, broken);
    }

    private boolean isEmpty() {
        return this instanceof Leaf leaf && juxtLeft && juxtRight && leaf.text.isEmpty();
    }
}
