package org.fusabi.compiler.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.Parser;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Directive;
import org.fusabi.compiler.ast.ParsedSource;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.ast.Source;
import org.fusabi.vm.image.Capability;

/**
 * Expands {@code #load} before type checking, as F# closes a script over the files it loads: each file is read
 * through the host's {@link FileAccess}, once however many files load it, with its path taken relative to the file
 * that loads it, and its top-level definitions become the module F# gives it (the file name without its extension,
 * capitalised: {@code geometry.fsx} is {@code Geometry}). Every declaration keeps the positions of its own file,
 * so errors and run-time traces name that file. A file that loads itself, directly or not, is an error. Paths
 * are relative to the folder the {@link FileAccess} reads from, as the script's name is.
 */
public final class ScriptLoader {
    private final FileAccess files;
    /** The files being loaded, from the script down to the innermost: a load of one of them is a cycle. */
    private final Map<Path, Source> loading = new LinkedHashMap<>();
    private final Set<Path> done = new HashSet<>();
    private final List<Decl> modules = new ArrayList<>();
    private final List<LoadedFile> loaded = new ArrayList<>();

    public ScriptLoader(FileAccess files) {
        this.files = files;
    }

    /** Parses the script and the files it loads, transitively. */
    public LoadedScript load(Source script) {
        ParsedSource root = Parser.parseFile(script);
        try {
            loading.put(Path.of(script.name()).normalize(), script);
        } catch (InvalidPathException e) {
            // a name that is no path ("<script>" from a host) cannot be loaded back, so it cannot be in a cycle
        }
        List<Directive> others = new ArrayList<>();
        for (Directive d : root.directives()) {
            if (d.name().equals("load")) loadAll(d, script);
            else others.add(d);
        }
        List<Decl> program = new ArrayList<>(modules);
        program.addAll(root.decls());
        return new LoadedScript(program, others, List.copyOf(loaded));
    }

    private void loadAll(Directive load, Source from) {
        if (files == FileAccess.NONE) {
            throw new CompileError(load.pos(), "#load is not available: this host does not grant " + Capability.FILES.description);
        }
        for (Directive.Arg arg : load.args()) loadOne(arg, from);
    }

    private void loadOne(Directive.Arg arg, Source from) {
        Path path = resolve(arg, from);
        if (done.contains(path)) return;
        if (loading.containsKey(path)) throw cycle(arg, path);
        Source source = new Source(path.toString(), read(arg, path));
        ParsedSource parsed = Parser.parseFile(source);
        loading.put(path, source);
        for (Directive d : parsed.directives()) {
            if (d.name().equals("load")) loadAll(d, source);
        }
        loading.remove(path);
        done.add(path);
        Decl.Module header = parsed.headerModule();
        String module = header != null ? header.name() : moduleName(path);
        modules.add(header != null ? header : new Decl.Module(new Pos(1, 1, source), module, parsed.decls()));
        loaded.add(new LoadedFile(source, path, module));
    }

    /**
     * The path as diagnostics show it: relative to the loading file's folder, as F# resolves it, and normalised, so
     * that two loads of one file give one path.
     */
    private static Path resolve(Directive.Arg arg, Source from) {
        try {
            return Path.of(from.name()).resolveSibling(arg.value()).normalize();
        } catch (InvalidPathException e) {
            throw new CompileError(arg.pos(), "could not load '" + arg.value() + "': not a valid path");
        }
    }

    private String read(Directive.Arg arg, Path path) {
        try {
            return files.read(path);
        } catch (NoSuchFileException e) {
            throw new CompileError(arg.pos(), "could not load '" + path + "': no such file");
        } catch (CharacterCodingException e) {
            throw new CompileError(arg.pos(), "could not load '" + path + "': the file is not UTF-8 text");
        } catch (IOException e) {
            throw new CompileError(arg.pos(), "could not load '" + path + "': " + e.getMessage());
        }
    }

    private CompileError cycle(Directive.Arg arg, Path id) {
        StringBuilder chain = new StringBuilder();
        boolean inCycle = false;
        for (Map.Entry<Path, Source> e : loading.entrySet()) {
            inCycle |= e.getKey().equals(id);
            if (inCycle) chain.append(e.getValue().name()).append(" -> ");
        }
        chain.append(loading.get(id).name());
        return new CompileError(arg.pos(), "#load cycle: " + chain);
    }

    /** F#'s name for the module of a loaded file: the file name without its extension, first letter capitalised. */
    static String moduleName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
