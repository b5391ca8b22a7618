package org.fusabi.compiler;

import java.util.List;
import java.util.stream.Collectors;
import org.fusabi.compiler.ast.Attribute;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pattern;
import org.fusabi.compiler.ast.TypeExpr;

/** Prints AST nodes as compact s-expressions so tests can state expected trees in one line. */
final class Sexp {
    private Sexp() {}

    static String of(Object node) {
        return switch (node) {
            case null -> "null";
            case Expr e -> expr(e);
            case Pattern p -> pattern(p);
            case TypeExpr t -> type(t);
            case Decl d -> decl(d);
            case List<?> list -> list.stream().map(Sexp::of).collect(Collectors.joining(" "));
            default -> throw new IllegalArgumentException(node.toString());
        };
    }

    private static String expr(Expr e) {
        return switch (e) {
            case Expr.Const c -> literal(c.value());
            case Expr.Ident i -> String.join(".", i.parts());
            case Expr.Dot d -> "(. " + of(d.target()) + " " + d.member() + ")";
            case Expr.Index i -> "(idx " + of(i.target()) + " " + of(i.index()) + ")";
            case Expr.Slice sl -> "(slice " + of(sl.target()) + sl.dims().stream()
                    .map(d -> d.fixed() ? " (at " + of(d.from()) + ")" : " " + of(d.from()) + " " + of(d.to()))
                    .collect(Collectors.joining()) + ")";
            case Expr.TypeApp ta -> "(tapp " + of(ta.target()) + " " + of(ta.args()) + ")";
            case Expr.App a -> "(app " + of(a.fn()) + " " + of(a.arg()) + ")";
            case Expr.Binary b -> "(" + b.op() + " " + of(b.left()) + " " + of(b.right()) + ")";
            case Expr.Unary u -> "(u" + u.op() + " " + of(u.operand()) + ")";
            case Expr.Lambda l -> "(fun (" + of(l.params()) + ") " + of(l.body()) + ")";
            case Expr.Let l -> "(let" + (l.rec() ? " rec" : "") + bindings(l.bindings()) + " " + of(l.body()) + ")";
            case Expr.If i -> "(if " + of(i.cond()) + " " + of(i.thenBranch())
                              + (i.elseBranch() == null ? "" : " " + of(i.elseBranch())) + ")";
            case Expr.Match m -> "(match " + of(m.scrutinee()) + cases(m.cases()) + ")";
            case Expr.Tuple t -> "(tuple " + of(t.items()) + ")";
            case Expr.ListOf l -> "(list" + items(l.items()) + ")";
            case Expr.ArrayOf a -> "(array" + items(a.items()) + ")";
            case Expr.Range r -> "(" + (r.array() ? "arange " : "range ") + of(r.from())
                                 + (r.step() == null ? "" : " " + of(r.step())) + " " + of(r.to()) + ")";
            case Expr.Comprehension c -> "(" + (c.array() ? "acomp " : "comp ") + of(c.body()) + ")";
            case Expr.Computation c -> "(" + of(c.builder()) + " " + of(c.body()) + ")";
            case Expr.Yield y -> "(yield " + of(y.value()) + ")";
            case Expr.YieldFrom y -> "(yield! " + of(y.value()) + ")";
            case Expr.Return r -> "(return" + (r.bang() ? "! " : " ") + of(r.value()) + ")";
            case Expr.LetBang l -> "(" + (l.use() ? "use!" : "let!") + " " + of(l.pattern()) + " " + of(l.value())
                                   + (l.body() == null ? "" : " " + of(l.body())) + ")";
            case Expr.Seq s -> "(seq " + of(s.first()) + " " + of(s.second()) + ")";
            case Expr.Record r -> "(record" + fields(r.fields()) + ")";
            case Expr.RecordUpdate r -> "(with " + of(r.source()) + fields(r.fields()) + ")";
            case Expr.ObjectInit o -> "(object" + (o.base() == null ? "" : " (inherit " + of(o.base()) + ")") + fields(o.fields()) + ")";
            case Expr.AnonymousRecord r -> r.source() == null ? "(anonymous" + fields(r.fields()) + ")"
                                                               : "(anonymous-with " + of(r.source()) + fields(r.fields()) + ")";
            case Expr.Assign a -> "(<- " + of(a.target()) + " " + of(a.value()) + ")";
            case Expr.While w -> "(while " + of(w.cond()) + " " + of(w.body()) + ")";
            case Expr.ForRange f -> "(" + (f.down() ? "fordown " : "for ") + f.var() + " " + of(f.from())
                                    + (f.step() == null ? "" : " " + of(f.step())) + " " + of(f.to()) + " " + of(f.body()) + ")";
            case Expr.ForIn f -> "(forin " + of(f.pattern()) + " " + of(f.seq()) + " " + of(f.body()) + ")";
            case Expr.TryWith t -> "(try " + of(t.body()) + cases(t.handlers()) + ")";
            case Expr.Use u -> "(use " + of(u.binding().body()) + " " + of(u.body()) + ")";
            case Expr.TryFinally t -> "(tryfinally " + of(t.body()) + " " + of(t.finalizer()) + ")";
            case Expr.Typed t -> "(: " + of(t.expr()) + " " + of(t.type()) + ")";
            case Expr.Interp i -> "(interp" + i.parts().stream()
                .map(p -> " " + (p instanceof String s ? literal(s) : hole((Expr.Interp.Hole) p))).collect(Collectors.joining()) + ")";
            case Expr.ObjectExpr o -> "(new " + of(o.type()) + typeItems(o.items()) + ")";
            case Expr.Cast c -> "(" + (c.down() ? ":?> " : ":> ") + of(c.expr()) + " " + of(c.type()) + ")";
            case Expr.TypeTest t -> "(:? " + of(t.expr()) + " " + of(t.type()) + ")";
        };
    }

    /** A hole as written: {@code %5d{n}}, {@code {x,-7:N2}}, or just its expression. */
    private static String hole(Expr.Interp.Hole h) {
        if (h.spec() == null && h.alignment() == null && h.format() == null) {
            return of(h.value());
        }
        return (h.spec() == null ? "" : h.spec()) + "{" + of(h.value()) + (h.alignment() == null ? "" : "," + h.alignment())
               + (h.format() == null ? "" : ":" + h.format()) + "}";
    }

    private static String items(List<Expr> items) {
        return items.isEmpty() ? "" : " " + of(items);
    }

    private static String bindings(List<Expr.Binding> bindings) {
        StringBuilder sb = new StringBuilder();
        for (Expr.Binding b : bindings) {
            sb.append(attributes(b.attributes())).append(b.mutable() ? " mutable" : "").append(" ");
            sb.append(b.params().isEmpty() ? of(b.pattern()) : "(" + of(b.pattern()) + " " + of(b.params()) + ")");
            if (b.returnType() != null) {
                sb.append(" : ").append(of(b.returnType()));
            }
            sb.append(" ").append(of(b.body()));
        }
        return sb.toString();
    }

    private static String cases(List<Expr.Case> cases) {
        return cases.stream().map(c -> " (" + of(c.pattern()) + (c.guard() == null ? "" : " when " + of(c.guard()))
                                       + " -> " + of(c.body()) + ")").collect(Collectors.joining());
    }

    private static String fields(List<Expr.FieldInit> fields) {
        return fields.stream().map(f -> " (" + f.field() + " " + of(f.value()) + ")").collect(Collectors.joining());
    }

    private static String literal(Object v) {
        return switch (v) {
            case String s -> '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + '"';
            case Character c -> "'" + c + "'";
            default -> String.valueOf(v);
        };
    }

    private static String pattern(Pattern p) {
        return switch (p) {
            case Pattern.Wild w -> "_";
            case Pattern.Var v -> v.name();
            case Pattern.Const c -> literal(c.value());
            case Pattern.Tuple t -> "(, " + of(t.items()) + ")";
            case Pattern.ListOf l -> "(plist" + (l.items().isEmpty() ? "" : " " + of(l.items())) + ")";
            case Pattern.Cons c -> "(:: " + of(c.head()) + " " + of(c.tail()) + ")";
            case Pattern.ArrayOf a -> "(parray" + (a.items().isEmpty() ? "" : " " + of(a.items())) + ")";
            case Pattern.Ctor c -> c.arg() == null ? c.name() : "(" + c.name() + " " + of(c.arg()) + ")";
            case Pattern.Apply a -> "(" + a.name() + " " + of(a.args()) + ")";
            case Pattern.Record r -> "(precord" + r.fields().stream()
                .map(f -> " (" + f.field() + " " + of(f.pattern()) + ")").collect(Collectors.joining()) + ")";
            case Pattern.NamedFields n -> "(fields" + n.fields().stream()
                .map(f -> " (" + f.field() + " " + of(f.pattern()) + ")").collect(Collectors.joining()) + ")";
            case Pattern.As a -> "(as " + of(a.pattern()) + " " + a.name() + ")";
            case Pattern.Or o -> "(| " + of(o.left()) + " " + of(o.right()) + ")";
            case Pattern.And a -> "(& " + of(a.left()) + " " + of(a.right()) + ")";
            case Pattern.Typed t -> "(: " + of(t.pattern()) + " " + of(t.type()) + ")";
            case Pattern.TypeTest t -> "(:? " + t.type() + ")";
            case Pattern.Optional o -> "?" + o.name();
        };
    }

    private static String type(TypeExpr t) {
        return switch (t) {
            case TypeExpr.Named n -> n.args().isEmpty() ? n.name() : "(" + n.name() + " " + of(n.args()) + ")";
            case TypeExpr.Var v -> "'" + v.name();
            case TypeExpr.Fun f -> "(-> " + of(f.from()) + " " + of(f.to()) + ")";
            case TypeExpr.Tuple tu -> "(* " + of(tu.items()) + ")";
            case TypeExpr.Flexible fl -> "(:> " + (fl.var() == null ? "_" : of(fl.var())) + " " + of(fl.bound()) + ")";
            case TypeExpr.AnonymousRecord a -> "{|" + String.join(" ", java.util.stream.IntStream.range(0, a.fields().size())
                    .mapToObj(k -> a.fields().get(k) + ":" + of(a.types().get(k))).toList()) + "|}";
        };
    }

    private static String decl(Decl d) {
        return switch (d) {
            case Decl.Let l -> "(let" + (l.rec() ? " rec" : "") + bindings(l.bindings()) + ")";
            case Decl.Do x -> "(do " + of(x.expr()) + ")";
            case Decl.Types t -> "(type" + t.defs().stream().map(Sexp::typeDef).collect(Collectors.joining()) + ")";
            case Decl.Exception x -> "(exception " + x.name() + (x.fields().isEmpty() ? "" : " " + of(x.fields())) + ")";
            case Decl.Module m -> "(module" + attributes(m.attributes()) + " " + m.name() + " " + of(m.body()) + ")";
            case Decl.Open o -> "(open " + String.join(".", o.path()) + ")";
        };
    }

    private static String typeDef(Decl.TypeDef def) {
        String head = def.typeParams().isEmpty() ? def.name()
            : def.name() + "<" + def.typeParams().stream().map(p -> "'" + p).collect(Collectors.joining(",")) + ">";
        String body = switch (def.body()) {
            case Decl.RecordBody r -> "{" + r.fields().stream()
                .map(f -> (f.mutable() ? "mutable " : "") + f.name() + ": " + of(f.type())).collect(Collectors.joining("; ")) + "}";
            case Decl.UnionBody u -> u.cases().stream().map(Sexp::unionCase).collect(Collectors.joining(" "));
            case Decl.AliasBody a -> of(a.type());
            case Decl.ExtensionBody e -> "extension";
            case Decl.ClassBody c -> "class" + (c.constructor() == null ? "" : " " + of(c.constructor()));
            case Decl.InterfaceBody i -> "interface";
            case Decl.EnumBody e -> e.cases().stream().map(c -> c.name() + " = " + c.value()).collect(Collectors.joining(" | "));
        };
        return " (" + attributes(def.attributes()).stripLeading() + (def.attributes().isEmpty() ? "" : " ") + head + " = " + body + typeItems(def.items()) + ")";
    }

    private static String typeItems(List<Decl.TypeItem> items) {
        return items.stream().map(i -> " " + typeItem(i)).collect(Collectors.joining());
    }

    private static String typeItem(Decl.TypeItem item) {
        return switch (item) {
            case Decl.LetItem l -> "(" + (l.isStatic() ? "static " : "") + "let" + (l.rec() ? " rec" : "") + bindings(l.bindings()) + ")";
            case Decl.DoItem d -> "(" + (d.isStatic() ? "static " : "") + "do " + of(d.body()) + ")";
            case Decl.ValField v -> "(" + (v.isStatic() ? "static " : "") + "val " + (v.mutable() ? "mutable " : "") + v.name() + " : " + of(v.type())
                + (v.defaultValue() ? " default" : "") + ")";
            case Decl.Constructor c -> "(new " + of(c.params()) + (c.self() == null ? "" : " as " + c.self()) + " " + of(c.body())
                + (c.then() == null ? "" : " then " + of(c.then())) + ")";
            case Decl.Inherit i -> "(inherit " + of(i.base()) + (i.args() == null ? "" : " " + of(i.args())) + ")";
            case Decl.Member m -> "(" + (m.isStatic() ? "static " : m.override() ? "override " : "member ")
                + (m.self() == null ? "" : m.self() + ".") + m.name() + m.params().stream().map(p -> " " + of(p)).collect(Collectors.joining())
                + (m.returnType() == null ? "" : " : " + of(m.returnType())) + " = " + of(m.body())
                + (m.setter() == null ? "" : " (set " + of(m.setter().index()) + (m.setter().index().isEmpty() ? "" : " ") + of(m.setter().param()) + " " + of(m.setter().body()) + ")") + ")";
            case Decl.AutoProperty a -> "(val " + a.name() + " " + of(a.init()) + (a.settable() ? " get set" : "") + ")";
            case Decl.AbstractMember a -> "(abstract " + a.name() + " " + of(a.type()) + ")";
            case Decl.InterfaceImpl i -> "(interface " + of(i.type()) + i.members().stream().map(m -> " " + typeItem(m)).collect(Collectors.joining()) + ")";
        };
    }

    private static String attributes(List<Attribute> attributes) {
        return attributes.stream().map(a -> " [<" + a.name() + ">]").collect(Collectors.joining());
    }

    private static String unionCase(Decl.UnionCase c) {
        StringBuilder sb = new StringBuilder("| ").append(c.name());
        for (int k = 0; k < c.fields().size(); k++) {
            sb.append(k == 0 ? " of " : " * ");
            if (c.fieldNames().get(k) != null) {
                sb.append(c.fieldNames().get(k)).append(": ");
            }
            sb.append(of(c.fields().get(k)));
        }
        return sb.toString();
    }
}
