package org.fusabi.vm.value;

import java.util.Arrays;

/**
 * Fits a {@link Layout} into a line width and prints it, a port of sformat.fs squashToAux and showL.
 * Fitting walks the layout once, keeping a stack of the breakable joints passed on the current line
 * with the columns each would save; when a word overflows, the outermost unbroken joint is broken.
 */
final class LayoutPrinter {
    private final int maxWidth;
    private int[] savings = new int[64];
    /** The next free slot of {@link #savings}. */
    private int next;
    /** The outermost joint not yet broken; equal to {@link #next} when all are. */
    private int outer;
    /** Results of the last {@link #fit}: the column reached and the width of the block's last line. */
    private int pos;
    private int offset;
    /** The current column while printing; like F#, it counts a leaf's full length even if it holds newlines. */
    private int column;

    private LayoutPrinter(int maxWidth) {
        this.maxWidth = maxWidth;
    }

    /** Prints {@code layout} broken to fit {@code width} columns; a width of 0 prints one line. */
    static void print(StringBuilder out, Layout layout, int width) {
        LayoutPrinter printer = new LayoutPrinter(width);
        if (width > 0) printer.fit(0, layout);
        printer.render(out, 0, layout);
    }

    private void fit(int start, Layout layout) {
        if (layout instanceof Layout.Leaf leaf) {
            int w = leaf.text.length();
            int p = start;
            while (p + w > maxWidth) {
                int saving = forceBreak();
                if (saving < 0) break;
                p -= saving;
            }
            pos = p + w;
            offset = w;
            return;
        }
        Layout.Node node = (Layout.Node) layout;
        int mid = node.left.juxtRight || node.right.juxtLeft ? 0 : 1;
        fit(start, node.left);
        int leftOffset = offset;
        if (node.broken) {
            fit(pos - leftOffset + node.indent, node.right);
            offset = node.indent + offset;
            return;
        }
        int saving = leftOffset + mid - node.indent;
        if (!node.breakable || saving <= 0) {
            fit(pos + mid, node.right);
            offset = leftOffset + mid + offset;
            return;
        }
        push(saving);
        fit(pos + mid, node.right);
        if (pop()) {
            node.broken = true;
            offset = node.indent + offset;
        } else {
            offset = leftOffset + mid + offset;
        }
    }

    private void push(int saving) {
        if (next == savings.length) savings = Arrays.copyOf(savings, next * 2);
        savings[next++] = saving;
    }

    /** Pops the innermost joint, telling whether it was broken. */
    private boolean pop() {
        boolean broken = savings[next - 1] < 0;
        if (outer == next) outer--;
        next--;
        return broken;
    }

    /** Breaks the outermost unbroken joint, returning the columns saved, or -1 if none is left. */
    private int forceBreak() {
        if (outer == next) return -1;
        int saving = savings[outer];
        savings[outer] = -saving;
        outer++;
        return saving;
    }

    private void render(StringBuilder out, int tab, Layout layout) {
        if (layout instanceof Layout.Leaf leaf) {
            out.append(leaf.text);
            column += leaf.text.length();
            return;
        }
        Layout.Node node = (Layout.Node) layout;
        render(out, tab, node.left);
        if (node.broken && maxWidth != 0) {
            int indent = tab + node.indent;
            out.append('\n').repeat(' ', indent);
            column = indent;
            render(out, indent, node.right);
        } else {
            if (!node.left.juxtRight && !node.right.juxtLeft) {
                out.append(' ');
                column++;
            }
            render(out, column, node.right);
        }
    }
}
