package org.fusabi.compiler.typecheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.compiler.types.TypePrinter;

/**
 * Anonymous records, {@code {| Name = "x"; Age = 3 |}}. As in F#, the type is given by the set of field names, kept
 * sorted (which is also the order %A prints them in): every expression with the same names has the same generic
 * record type, one per field set, its field types its type arguments.
 */
final class AnonymousRecords {
    private final TypeChecker tc;
    private final Map<List<String>, TypeDecl.Record> bySortedFields = new HashMap<>();

    AnonymousRecords(TypeChecker tc) {
        this.tc = tc;
    }

    /** The anonymous record type with these fields, given in any order with their types. */
    Type type(List<String> fields, List<Type> types, Pos pos) {
        TypeDecl.Record rec = decl(fields, pos);
        Type[] args = new Type[fields.size()];
        for (int k = 0; k < fields.size(); k++) args[rec.indexOf(fields.get(k))] = types.get(k);
        return Builtins.typeOf(rec, List.of(args));
    }

    Core construct(Expr.AnonymousRecord a, Scope scope) {
        if (a.source() != null) return copy(a, scope);
        List<Core> values = new ArrayList<>();
        for (Expr.FieldInit f : a.fields()) values.add(tc.infer(f.value(), scope));
        return record(a.fields(), values, a.pos());
    }

    /** {@code {| r with X = 1 |}}: r's fields (of an anonymous or an F# record), with these replaced or added. */
    private Core copy(Expr.AnonymousRecord a, Scope scope) {
        Core source = tc.infer(a.source(), scope);
        if (!(Builtins.declOf(source.type()) instanceof TypeDecl.Record from) || from.form != TypeDecl.Form.DATA) {
            throw new CompileError(a.source().pos(), "The type '" + TypePrinter.print(source.type())
                                                     + "' is not a record type: '{| x with ... |}' copies the fields of a record");
        }
        Type.Con sourceType = (Type.Con) Type.prune(source.type());
        Var tmp = new Var("_r" + (tc.temps++), sourceType, false);
        List<Expr.FieldInit> fields = new ArrayList<>(a.fields());
        List<Core> values = new ArrayList<>();
        for (Expr.FieldInit f : a.fields()) values.add(tc.infer(f.value(), scope));
        for (int k = 0; k < from.fieldNames.size(); k++) {
            String name = from.fieldNames.get(k);
            if (fields.stream().anyMatch(f -> f.field().equals(name))) continue;
            fields.add(new Expr.FieldInit(a.pos(), name, null));
            values.add(new Core.GetField(new Core.Ref(tmp, sourceType, a.pos()), k, MemberChecker.fieldType(from, sourceType, k), a.pos()));
        }
        Core made = record(fields, values, a.pos());
        return new Core.Let(tmp, source, made, made.type());
    }

    private Core record(List<Expr.FieldInit> fields, List<Core> values, Pos pos) {
        List<String> names = fields.stream().map(Expr.FieldInit::field).toList();
        Type t = type(names, values.stream().map(Core::type).toList(), pos);
        TypeDecl.Record rec = Builtins.declOf(t) instanceof TypeDecl.Record r ? r : null;
        Core[] ordered = new Core[names.size()];
        for (int k = 0; k < names.size(); k++) ordered[rec.indexOf(names.get(k))] = values.get(k);
        return tc.data.inWrittenOrder(rec, fields, ordered, t, pos);
    }

    private TypeDecl.Record decl(List<String> fields, Pos pos) {
        TreeSet<String> sorted = new TreeSet<>(fields);
        if (sorted.size() < fields.size()) {
            String twice = fields.stream().filter(f -> fields.indexOf(f) != fields.lastIndexOf(f)).findFirst().orElseThrow();
            throw new CompileError(pos, "The field '" + twice + "' appears more than once in this anonymous record");
        }
        return bySortedFields.computeIfAbsent(List.copyOf(sorted), names -> {
            TypeDecl.Record rec = new TypeDecl.Record(TypeDecl.Record.ANONYMOUS_OPEN + String.join(";", names) + TypeDecl.Record.ANONYMOUS_CLOSE);
            for (String name : names) {
                Type.Var param = new Type.Var(Integer.MAX_VALUE);
                rec.params.add(param);
                rec.fieldNames.add(name);
                rec.fieldTypes.add(param);
                rec.mutable.add(false);
            }
            tc.declared.add(rec);
            return rec;
        });
    }
}
