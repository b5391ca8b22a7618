package org.fusabi.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The text of {@code fus help} and of {@code fus help COMMAND} / {@code fus COMMAND --help}. */
final class Help {
    private Help() {}

    static final String USAGE = """
            usage: fus <command> [options] [FILE]

            commands:
              run [--mapper=M] FILE [ARGS...]
                                      compile and run a script (.fsx source or .fzb image, told apart by content)
              grind FILE [-o OUT]     compile a script to an image (default: FILE with extension .fzb)
              check FILE              check a script as run compiles it, without running it
              disasm FILE             list the functions, instructions and tables of a script or image
              repl                    interactive session: type declarations and expressions, see their values
              help [COMMAND]          show this help, or the help of one command (also: fus COMMAND --help)

            exit status: 0 success, 1 the script failed (error, out of memory, invalid image), 2 bad usage or
            a file that cannot be read or written, 3 internal error of fus, 141 standard output closed
            """;

    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("run", """
                usage: fus run [--mapper=ffm|chronicle] FILE [ARGS...]

                Runs a script. FILE may be source (.fsx) or an image written by 'fus grind' (.fzb); the first
                bytes decide, not the name. An image is mapped and verified, not copied. ARGS reach the script
                as Env.args : string list. The script prints to
                standard output; a run-time error prints file:line:col, the message and the script call trace to
                standard error and exits with status 1.

                --mapper=chronicle maps an image with Chronicle Bytes instead of the JDK's FFM mapping (the
                default, ffm); it starts much slower and exists for hosts that already run Chronicle.
                """);
        COMMANDS.put("grind", """
                usage: fus grind FILE [-o OUT]

                Compiles FILE to an image, written atomically (a temporary file renamed over OUT), so a process
                that has the old image mapped keeps running. OUT defaults to FILE with the extension .fzb; an
                existing OUT that is not an image is never overwritten.
                """);
        COMMANDS.put("check", """
                usage: fus check FILE

                Parses, type-checks and compiles FILE without running it, so it reports every error run would
                report before running. Prints nothing and exits 0 when the script compiles; otherwise prints
                file:line:col: error: message with the line.
                """);
        COMMANDS.put("disasm", """
                usage: fus disasm FILE

                Lists the image of FILE (source is compiled first) in the spirit of luac -l: each function with
                its frame, then its instructions one per line with the source line, operands and what an index
                names; then the constants, strings, types and natives. Every function is verified first: a
                damaged image prints 'fus: FILE: invalid image: ...' and exits 1.
                """);
        COMMANDS.put("repl", """
                usage: fus repl

                An interactive session like F# Interactive. Each input is a declaration or an expression; the
                REPL prints the bindings it made (val x : int = 3; an expression is bound to 'it'). A line that
                cannot end a declaration (ending with =, ->, then, an open bracket...) starts a block that goes
                on until an empty line. Definitions are kept across inputs: every input is compiled together with
                the earlier ones, which run again silently. Line editing and history (~/.fusabi_history) on a
                terminal. #quit or end of input (Ctrl-D) leaves.
                """);
        COMMANDS.put("help", """
                usage: fus help [COMMAND]

                Shows the list of commands, or the help of one: run, grind, check, repl, help.
                """);
    }

    /** The help of a command, or null for an unknown one. */
    static String of(String command) {
        return COMMANDS.get(command);
    }
}
