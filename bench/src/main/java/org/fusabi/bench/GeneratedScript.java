package org.fusabi.bench;

/**
 * Scripts of a chosen size for the load benchmark: {@code functions} functions of {@code lines} statements each,
 * and a top level that calls only the first. An image's size grows with functions × lines (about 24 bytes a
 * statement), while the work before the first instruction should not: uncalled functions are never verified.
 */
record GeneratedScript(String name, int functions, int lines) {
    String source() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < functions; i++) {
            s.append("let f").append(i).append(" (x: int) =\n    let mutable acc = x\n");
            for (int j = 0; j < lines; j++) {
                s.append("    acc <- acc * ").append(j % 13 + 1).append(" + ").append(i).append('\n');
            }
            s.append("    acc\n");
        }
        return s.append("printfn \"%d\" (f0 1)\n").toString();
    }
}
