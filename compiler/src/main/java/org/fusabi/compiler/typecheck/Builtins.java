package org.fusabi.compiler.typecheck;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.vm.image.BuiltinTypes;
import org.fusabi.vm.value.RecordType;
import org.fusabi.vm.value.UnionType;

/** The types every script has: option, Result, exceptions (Failure) and ref cells, the VM's {@link BuiltinTypes}. */
public final class Builtins {
    private Builtins() {}

    public static final TypeDecl.Union OPTION = new TypeDecl.Union("option", false);
    static final TypeDecl.Union RESULT = new TypeDecl.Union("Result", false);
    static final TypeDecl.Union FAILURE = new TypeDecl.Union("exn", true);
    public static final TypeDecl.Record REF = new TypeDecl.Record("ref");

    static {
        Type.Var t = new Type.Var(Integer.MAX_VALUE);
        OPTION.params.add(t);
        OPTION.cases.add(new TypeDecl.Case(OPTION, 0, "None", List.of(), List.of()));
        OPTION.cases.add(new TypeDecl.Case(OPTION, 1, "Some", List.of(t), java.util.Collections.singletonList(null)));
        Type.Var ok = new Type.Var(Integer.MAX_VALUE);
        Type.Var err = new Type.Var(Integer.MAX_VALUE);
        RESULT.params.add(ok);
        RESULT.params.add(err);
        RESULT.cases.add(new TypeDecl.Case(RESULT, 0, "Ok", List.of(ok), java.util.Collections.singletonList(null)));
        RESULT.cases.add(new TypeDecl.Case(RESULT, 1, "Error", List.of(err), java.util.Collections.singletonList(null)));
        FAILURE.cases.add(new TypeDecl.Case(FAILURE, 0, "Failure", List.of(Type.STRING), java.util.Collections.singletonList(null)));
        Type.Var r = new Type.Var(Integer.MAX_VALUE);
        REF.params.add(r);
        REF.fieldNames.add("contents");
        REF.fieldTypes.add(r);
        REF.mutable.add(true);
    }

    /** The built-in declarations, each with the index of its type in every image. */
    public static Map<TypeDecl, Integer> imageIndexes() {
        Map<TypeDecl, Integer> indexes = new IdentityHashMap<>();
        indexes.put(OPTION, BuiltinTypes.indexOf(UnionType.OPTION));
        indexes.put(RESULT, BuiltinTypes.indexOf(UnionType.RESULT));
        indexes.put(FAILURE, BuiltinTypes.indexOf(UnionType.FAILURE));
        indexes.put(REF, BuiltinTypes.indexOf(RecordType.REF));
        return indexes;
    }

    /** The type of values of a declaration, given its type arguments. */
    static Type typeOf(TypeDecl decl, List<Type> args) {
        if (decl == OPTION) return new Type.Con("option", args);
        if (decl == RESULT) return new Type.Con("Result", args);
        if (decl == REF) return new Type.Con("ref", args);
        if (decl instanceof TypeDecl.Union u && u.exception) return Type.EXN;
        return new Type.Con(decl.name, args, decl);
    }

    /** The declaration behind a type, when it is a record or union (built-in ones included). */
    public static TypeDecl declOf(Type t) {
        if (!(Type.prune(t) instanceof Type.Con c)) return null;
        if (c.decl() != null) return c.decl();
        return switch (c.name()) {
            case "option" -> OPTION;
            case "Result" -> RESULT;
            case "ref" -> REF;
            default -> null;
        };
    }
}
