package org.fusabi.compiler.typecheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.fusabi.compiler.types.Scheme;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.Native;

/**
 * What a checked program leaves in scope, as completion offers it: the names an input after the program may use,
 * the members of a module ({@code List.}), and the fields and members of a value whose type is known
 * ({@code p.}, {@code s.}), reached through a dotted path of modules, values and record fields. Only names a
 * person can type are offered: operators, active-pattern cases and the checker's own names are left out.
 */
public final class NamesInScope {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_']*");

    private final TypeChecker checker;
    private final Scope scope;

    NamesInScope(TypeChecker checker, Scope scope) {
        this.checker = checker;
        this.scope = scope;
    }

    /** The names visible unqualified, sorted. */
    public List<String> names() {
        return typeable(scope.visible());
    }

    /**
     * What may follow {@code path.}: a module's members and types, a type's union cases and static members, or the
     * fields and members of the type of the value the path names; nothing when the path names none of these or the
     * value's type is not known.
     */
    public List<String> members(List<String> path) {
        if (checker.names.isNamespace(path)) return names();
        List<String> parts = checker.names.withoutNamespace(path);
        Object target = scope.lookup(parts.getFirst());
        for (String part : parts.subList(1, parts.size())) target = member(target, part);
        if (target == null && checker.names.typeNames.get(String.join(".", parts)) instanceof TypeDecl d) {
            return typeable(staticMembersOf(d));
        }
        if (target instanceof Entry.Module m) {
            Set<String> all = new TreeSet<>(m.members().keySet());
            all.addAll(m.types().keySet());
            return typeable(all);
        }
        Type type = typeOf(target);
        return type instanceof Type.Con c ? typeable(membersOf(c)) : List.of();
    }

    /** One step along a path: a module's member, or a record field of a value; null when there is none. */
    private static Object member(Object target, String name) {
        if (target instanceof Entry.Module m) return m.members().get(name);
        if (typeOf(target) instanceof Type.Con c && c.decl() instanceof TypeDecl.Record r && r.form != TypeDecl.Form.CLASS) {
            int field = r.fieldNames.indexOf(name);
            if (field < 0) return null;
            Map<Type.Var, Type> args = new HashMap<>();
            for (int k = 0; k < r.params.size() && k < c.args().size(); k++) args.put(r.params.get(k), c.args().get(k));
            return Type.prune(Scheme.substitute(r.fieldTypes.get(field), args));
        }
        return null;
    }

    private static Type typeOf(Object target) {
        if (target instanceof Type t) return Type.prune(t);
        if (target instanceof Entry.Value v) return Type.prune(v.var().type);
        return null;
    }

    /** The fields and instance members of a type: a record's fields, members the script declares, the library's. */
    private Set<String> membersOf(Type.Con c) {
        Set<String> all = new TreeSet<>();
        if (c.decl() instanceof TypeDecl.Record r && r.form != TypeDecl.Form.CLASS) all.addAll(r.fieldNames);
        if (c.decl() != null) {
            all.addAll(userMembers(c.decl(), false));
        }
        if (c.name().equals("array")) all.add("Length");
        for (String property : MemberChecker.MODULE_PROPERTIES.keySet()) {
            if (property.startsWith(c.name() + ".")) all.add(property.substring(c.name().length() + 1));
        }
        String prefix = MemberChecker.nativePrefix(c);
        if (prefix != null) all.addAll(nativeMembers(prefix + "#"));
        return all;
    }

    /** What a type name qualifies: its union cases ({@code Shape.Circle}) and its static members. */
    private Set<String> staticMembersOf(TypeDecl d) {
        Set<String> all = new TreeSet<>(userMembers(d, true));
        if (d instanceof TypeDecl.Union u && !u.exception) u.cases.forEach(c -> all.add(c.name()));
        return all;
    }

    private List<String> userMembers(TypeDecl d, boolean isStatic) {
        return checker.userMembers.of(d).entrySet().stream()
                .filter(m -> m.getValue().stream().anyMatch(u -> u.isStatic == isStatic)).map(Map.Entry::getKey).toList();
    }

    /** The library's members of a type ({@code String#Length}), overloads under their shared name, accessors left out. */
    private List<String> nativeMembers(String prefix) {
        List<String> out = new ArrayList<>();
        for (Native n : checker.library.all()) {
            if (!n.name().startsWith(prefix)) continue;
            String member = TypeChecker.baseName(n.name()).substring(prefix.length());
            if (!member.startsWith("get_") && !member.startsWith("set_")) out.add(member);
        }
        return out;
    }

    private static List<String> typeable(Set<String> names) {
        return names.stream().filter(n -> IDENTIFIER.matcher(n).matches()).toList();
    }
}
