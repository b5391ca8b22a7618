package org.fusabi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fusabi.loader.ImageMapper;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code fus} command line, declared with picocli: the commands and their options, their help, the version,
 * suggestions for a mistyped command and the bash/zsh completion script all come from this one declaration. Built
 * with picocli's programmatic API, as annotations would be scanned by reflection on every start. Usage errors are
 * {@code fus: message} followed by the command's usage (or picocli's suggestions), status 2.
 */
final class Commands {
    static final String RUN = "run";
    static final String SANDBOX = "--sandbox";
    static final String MAPPER = "--mapper";
    private static final String OUTPUT = "-o";
    private static final String FILE = "FILE";
    private static final String HELP = "help";

    private final CommandLine fus;
    private final PrintWriter out;
    private final PrintWriter err;

    Commands(PrintStream out, PrintStream err) {
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
        fus = new CommandLine(command("fus", "Runs, compiles and inspects Fusabi scripts (F# on the JVM).")
                .addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                        .description("Print the version of fus and of the JVM, and exit.").build())
                .version("fus " + version(), "JVM " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"));
        fus.getCommandSpec().usageMessage().footer("", """
                Exit status: 0 success, 1 the script failed (error, out of memory, invalid image), 2 bad usage or a \
                file that cannot be read or written, 3 internal error of fus, 141 standard output closed.""");
        fus.addSubcommand(RUN, run());
        fus.addSubcommand("grind", grind());
        fus.addSubcommand("check", command("check", "Checks a script as run compiles it, without running it.", """
                Parses, type-checks and compiles FILE, so it reports every error run would report. Prints nothing \
                and exits 0 when the script compiles; otherwise prints file:line:col: error: message with the line.""")
                .addPositional(file("The script (.fsx) to check.")));
        fus.addSubcommand("disasm", command("disasm", "Lists the functions, instructions and tables of a script or image.", """
                In the spirit of luac -l: each function with its frame, then its instructions one per line with the \
                source line, operands and what an index names; then the constants, strings, types and natives. \
                Source is compiled first. Every function is verified first: a damaged image prints \
                'fus: FILE: invalid image: ...' and exits 1.""")
                .addPositional(file("The script (.fsx) or image (.fzb) to list.")));
        fus.addSubcommand("repl", command("repl", "Interactive session: type declarations and expressions, see their values.", """
                Like F# Interactive: each input is a declaration or an expression, ended by ;; or by a line that can \
                end it; the REPL prints the bindings it made (val x: int = 3). Definitions are kept across inputs. \
                Line editing, completion and history (~/.fusabi_history) on a terminal; #help lists the directives, \
                #quit or end of input (Ctrl-D) leaves."""));
        fus.addSubcommand("completion", command("completion", "Prints the bash and zsh completion script of fus.", """
                Load it into the current shell (bash or zsh) with: source <(fus completion)"""));
        // Not picocli's HelpCommand: it is declared with annotations, whose reading costs tens of ms of start-up.
        fus.addSubcommand(HELP, command(HELP, "Shows the help of fus, or of one of its commands (as COMMAND --help does).")
                .addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("COMMAND").type(String.class)
                        .completionCandidates(List.copyOf(fus.getSubcommands().keySet()))
                        .description("The command whose help to show.").build()));
        fus.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF)).setUsageHelpWidth(100).setOut(this.out).setErr(this.err);
    }

    /** What the arguments ask for; help, the version, the completion script and usage errors are done here. */
    Request parse(String[] args) {
        try {
            ParseResult parsed = fus.parseArgs(args);
            Integer helped = CommandLine.executeHelpRequest(parsed);
            if (helped != null) return new Request.Done(helped);
            if (!parsed.hasSubcommand()) throw new ParameterException(fus, "Missing required subcommand");
            return request(parsed.subcommand());
        } catch (ParameterException e) {
            return usageError(e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Request request(ParseResult command) {
        return switch (command.commandSpec().name()) {
            case RUN -> new Request.Run(fileOf(command), Optional.ofNullable(command.matchedOptionValue(MAPPER, null)),
                    command.hasMatchedOption(SANDBOX), command.matchedPositionalValue(1, List.of()));
            case "grind" -> new Request.Grind(fileOf(command), Optional.ofNullable(command.matchedOptionValue(OUTPUT, null)));
            case "check" -> new Request.Check(fileOf(command));
            case "disasm" -> new Request.Disasm(fileOf(command));
            case "repl" -> new Request.Repl();
            case HELP -> {
                String name = command.matchedPositionalValue(0, null);
                CommandLine help = name == null ? fus : fus.getSubcommands().get(name);
                if (help == null) throw new ParameterException(command.commandSpec().commandLine(), "Unknown command '" + name + "'");
                help.usage(out);
                yield new Request.Done(ExitCode.OK);
            }
            case "completion" -> {
                out.print(AutoComplete.bash("fus", fus));
                yield new Request.Done(ExitCode.OK);
            }
            default -> throw new IllegalStateException("no action for the command " + command.commandSpec().name());
        };
    }

    private static Path fileOf(ParseResult command) {
        return command.matchedPositionalValue(0, null);
    }

    private Request usageError(ParameterException e) {
        err.println("fus: " + e.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(e, err)) e.getCommandLine().usage(err);
        return new Request.Done(ExitCode.USAGE);
    }

    private static CommandSpec run() {
        CommandSpec run = command(RUN, "Compiles and runs a script (.fsx source or .fzb image, told apart by content).", """
                An image is mapped and verified, not copied. ARGS reach the script as fsi.CommandLineArgs (the \
                script's path first). A run-time error prints file:line:col, the message and the script's call \
                trace, and exits with status 1. The script gets what dotnet fsi gives one: the console, files, the \
                environment, exit and its arguments.""")
                .addOption(OptionSpec.builder(SANDBOX).description("Grant the script none of those capabilities.").build())
                .addOption(OptionSpec.builder(MAPPER).paramLabel("M").type(ImageMapper.class).converters(Commands::mapper)
                        .completionCandidates(List.of("ffm", "chronicle"))
                        .description("How an image is mapped: ffm (the JDK's, the default) or chronicle (Chronicle "
                                + "Bytes, for hosts that already run it; starts much slower).").build())
                .addPositional(file("The script (.fsx) or image (.fzb) to run."))
                .addPositional(PositionalParamSpec.builder().index("1..*").arity("0..*").paramLabel("ARGS")
                        .type(List.class).auxiliaryTypes(String.class).description("The script's arguments.").build());
        // Everything after FILE is the script's, options too, as with dotnet fsi.
        run.parser().stopAtPositional(true);
        return run;
    }

    private static CommandSpec grind() {
        CommandSpec grind = command("grind", "Compiles a script to an image (.fzb).", """
                Writes the image atomically (a temporary file renamed over OUT), so a process that has the old \
                image mapped keeps running. An existing OUT that is not an image is never overwritten.""")
                .addPositional(file("The script (.fsx) to compile."))
                .addOption(OptionSpec.builder(OUTPUT).paramLabel("OUT").type(Path.class)
                        .description("The image to write (default: FILE with the extension .fzb).").build());
        // -o OUT, as cc and luac take it (with picocli's default separator, -o=OUT).
        grind.parser().separator(" ");
        return grind;
    }

    private static ImageMapper mapper(String name) {
        try {
            return ImageMapper.named(name);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** A command with its one-line summary (listed in fus's help) and further paragraphs, and -h/--help. */
    private static CommandSpec command(String name, String summary, String... paragraphs) {
        CommandSpec spec = CommandSpec.create().name(name)
                .addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
        String[] description = new String[paragraphs.length == 0 ? 1 : 1 + 2 * paragraphs.length];
        description[0] = summary;
        for (int i = 0; i < paragraphs.length; i++) {
            description[1 + 2 * i] = "";
            description[2 + 2 * i] = paragraphs[i];
        }
        spec.usageMessage().description(description);
        return spec;
    }

    private static PositionalParamSpec file(String description) {
        return PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel(FILE).type(Path.class).description(description).build();
    }

    /** The project's version, written into the jar by the build (src/main/resources, filtered). */
    private static String version() {
        try (InputStream in = Commands.class.getResourceAsStream("version.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
