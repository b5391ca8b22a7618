package org.fusabi.cli.repl;

/** What {@code #help} prints: F# Interactive's list of directives (those Fusabi has), then how inputs end. */
final class Help {
    private Help() {}

    static final String TEXT = "\n  F# Interactive directives:\n\n"
            + directive("#load \"file.fsx\" ...;;", "Load the given file(s) as if compiled and referenced")
            + directive("#time [\"on\"|\"off\"];;", "Toggle timing on/off")
            + directive("#help;;", "Display help")
            + directive("#quit;;", "Exit")
            + "\n  An input ends with ;; or, after a line that cannot end a declaration (ending with =, ->, an open\n"
            + "  bracket...), with an empty line. Tab completes names in scope, members after a dot, and directives.\n\n";

    private static String directive(String usage, String what) {
        return String.format("    %-46s// %s%n", usage, what);
    }
}
