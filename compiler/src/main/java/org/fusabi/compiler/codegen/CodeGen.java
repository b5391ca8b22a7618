package org.fusabi.compiler.codegen;

import static org.fusabi.vm.bytecode.Op.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.fusabi.compiler.CompileError;
import org.fusabi.compiler.typecheck.Builtins;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Prim;
import org.fusabi.compiler.core.Program;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.types.DistinctParts;
import org.fusabi.compiler.types.NumericTypes;
import org.fusabi.compiler.types.Type;
import org.fusabi.compiler.types.TypeDecl;
import org.fusabi.compiler.types.TypePrinter;
import org.fusabi.vm.bytecode.Capture;
import org.fusabi.vm.bytecode.CaseShape;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.bytecode.Op;
import org.fusabi.vm.bytecode.UnionCase;
import org.fusabi.vm.Library;
import org.fusabi.vm.Native;
import org.fusabi.vm.image.Export;
import org.fusabi.vm.image.BuiltinTypes;
import org.fusabi.vm.image.ImageLayout;
import org.fusabi.vm.image.ImageWriter;
import org.fusabi.vm.image.ProtoSpec;
import org.fusabi.vm.image.TypeSpec;
import org.fusabi.vm.value.BoxedInt;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.Unit;

/**
 * Generates register-VM code from the typed program and writes the image. Every value has a kind fixed by its
 * static type (a primitive register or a reference register); values are boxed only where they meet generic
 * code: list and tuple slots, unknown function calls, natives.
 */
public final class CodeGen {
    private static final String FUNCTIONS = "functions";
    private final Library library;
    private final Lifting lifting = new Lifting();
    private final Pools pools = new Pools();
    private SourceLines sourceLines;
    private final MatchCompiler matches = new MatchCompiler(this);
    private final Arithmetic arithmetic = new Arithmetic(this);
    private final Map<String, Core.Lambda> nativeWrappers = new HashMap<>();
    /** Each record and union type's index in the image's type table, the built-in ones included. */
    private final Map<TypeDecl, Integer> typeIndex = Builtins.imageIndexes();
    /** The function being generated (match compilation emits into it too). */
    FunctionBuilder fn;
    /** The mutable locals closures capture: their registers and captures hold cells ({@link CapturedMutables}). */
    private Set<Var> cells = Set.of();
    /**
     * The local of the let whose body is being generated, while that body's code is on its spine (the body of a let,
     * the second part of a sequence): the next let there may take its register once nothing after reads it, so a
     * chain of lets ({@code let x = x + 1} five hundred times) needs two registers, not five hundred.
     */
    private Var chained;

    public CodeGen(Library library) {
        this.library = library;
    }

    /** How the fields of the script's union cases are stored (built-in unions' hold references). */
    private final Map<TypeDecl.Case, int[]> caseKinds = new HashMap<>();
    /** The image's declared types: the script's, then the typed ref cells' (see {@link #refType}). */
    private final List<TypeSpec> types = new ArrayList<>();
    /** The image type of ref cells of each primitive kind, added when first made. */
    private final Map<Integer, Integer> refTypes = new HashMap<>();

    public byte[] generate(Program program, String fileName) {
        pools.string(fileName);
        sourceLines = new SourceLines(fileName);
        for (TypeDecl d : program.types()) {
            typeIndex.put(d, BuiltinTypes.count() + types.size());
            if (d instanceof TypeDecl.Union u) {
                List<String> names = u.cases.stream().map(TypeDecl.Case::name).toList();
                names.forEach(pools::string);
                List<Integer> shapes = new ArrayList<>();
                for (TypeDecl.Case c : u.cases) {
                    int[] kinds = new int[c.fieldTypes().size()];
                    // Exceptions keep boxes: the run time reads their fields (messages) as objects.
                    for (int i = 0; i < kinds.length && i < CaseShape.UNBOXED && u.form == TypeDecl.Form.DATA && !u.exception; i++) {
                        kinds[i] = kind(c.fieldTypes().get(i));
                    }
                    caseKinds.put(c, kinds);
                    shapes.add(CaseShape.word(kinds.length, kinds));
                }
                types.add(new TypeSpec(pools.string(d.name), true, names, shapes));
            } else {
                TypeDecl.Record r = (TypeDecl.Record) d;
                r.fieldNames.forEach(pools::string);
                List<Integer> kinds = new ArrayList<>();
                for (int i = 0; i < r.fieldNames.size(); i++) kinds.add(fieldKind(r, i));
                types.add(new TypeSpec(pools.string(d.name), false, r.fieldNames, kinds));
            }
        }
        lifting.analyze(program.main().body());
        cells = CapturedMutables.in(program.main().body(), lifting);
        int main = compileFunction(program.main(), null);
        long[] constArray = pools.consts.stream().mapToLong(Long::longValue).toArray();
        List<Export> exports = exports(program);
        sourceLines.ranges().forEach(r -> pools.string(r.name()));
        return new ImageWriter(pools.strings, constArray, pools.protos, types, pools.natives, main, program.globals(), exports,
                sourceLines.ranges()).write();
    }

    /**
     * The top-level values a host can read or call by name: those whose type prints within a name's length (an image
     * holds no longer names, and a host could not use a type it cannot parse in reasonable time).
     */
    private List<Export> exports(Program program) {
        List<Export> out = new ArrayList<>();
        program.exports().forEach((name, v) -> {
            if (!TypePrinter.printable(v.type) || name.length() > ImageLayout.MAX_NAME) return;
            out.add(new Export(pools.string(name), pools.string(TypePrinter.print(v.type)), v.globalSlot, (byte) kind(v.type)));
        });
        return out;
    }

    static int kind(Type t) {
        NumType n = NumericTypes.primitive(t);
        if (n != null) return n.kind;
        return Type.prune(t).equals(Type.BOOL) ? Kind.BOOL : Kind.REF;
    }

    /**
     * The kind of an array type's elements when its arrays are primitive arrays ({@link Kind#unboxedInArrays}),
     * else REF (arrays of boxes, and arrays whose element type is generic here).
     */
    static int unboxedElement(Type arrayType) {
        if (!(Type.prune(arrayType) instanceof Type.Con c) || !c.name().equals("array") || c.args().size() != 1) return Kind.REF;
        int k = kind(c.args().get(0));
        return Kind.unboxedInArrays(k) ? k : Kind.REF;
    }

    /** The suffix of the native variant that makes arrays of the element kind ({@link Library#unboxedSuffix}), or "". */
    static String unboxedSuffix(int element) {
        return element == Kind.REF ? "" : Library.unboxedSuffix(Kind.name(element));
    }

    /** Register dest (of kind want) = element i of array arr, whose elements are of the kind element (REF: boxes). */
    void arrayGet(int dest, int arr, int i, int element, int want) {
        if (element != Kind.REF) {
            fn.emit(abc(Op.arrayGet(element), dest, arr, i));
        } else {
            fn.emit(abc(AGET, dest, arr, i));
            convert(dest, Kind.REF, want);
        }
    }

    /**
     * How field i of a record type is stored (its RecordType kind in the image): a field of a record declared as
     * data whose declared type is primitive is unboxed, so that assigning it allocates nothing; classes,
     * interfaces, anonymous records and fields of a type parameter keep references.
     */
    static int fieldKind(TypeDecl.Record r, int i) {
        return r.form == TypeDecl.Form.DATA && !r.anonymous() ? kind(r.fieldTypes.get(i)) : Kind.REF;
    }

    /** How field i of a value of the record type is stored (REF when the type is not a record's). */
    private static int fieldKind(Type recordType, int i) {
        int refKind = refKind(recordType);
        if (refKind != Kind.REF) return refKind;
        return Builtins.declOf(recordType) instanceof TypeDecl.Record r ? fieldKind(r, i) : Kind.REF;
    }

    /**
     * The primitive kind of a ref cell's contents, else REF. A {@code ref} made where its contents' type is primitive
     * holds them unboxed, in a record type of its own ({@link #refType}); one made by generic code holds a box, and
     * GETRFP and SETRFP read and write either.
     */
    private static int refKind(Type t) {
        return Builtins.declOf(t) == Builtins.REF ? kind(((Type.Con) Type.prune(t)).args().get(0)) : Kind.REF;
    }

    /** How field i of a union case is stored: REF for built-in unions and exceptions (see {@link #caseKinds}). */
    int caseFieldKind(TypeDecl.Case c, int i) {
        int[] kinds = caseKinds.get(c);
        return kinds == null || i >= kinds.length ? Kind.REF : kinds[i];
    }

    /** The image type index of ref cells whose contents are of the primitive kind: "ref" with one unboxed field. */
    private int refType(int kind) {
        return refTypes.computeIfAbsent(kind, k -> {
            types.add(new TypeSpec(pools.string(Builtins.REF.name), false, List.of(pools.string("contents")), List.of(k)));
            return BuiltinTypes.count() + types.size() - 1;
        });
    }

    /** The operand word of UNION and ISCASE that names a case. */
    int caseWord(TypeDecl.Case c) {
        return UnionCase.word(typeIndex.get(c.owner()), c.tag());
    }

    // ------------------------------------------------------------------------------------------ functions

    /** Compiles a function into its prototype; returns the prototype index. */
    private int compileFunction(Core.Lambda lambda, FunctionBuilder parent) {
        int index = pools.protoFor(lambda);
        FunctionBuilder saved = fn;
        fn = new FunctionBuilder(parent, lambda, index, sourceLines);
        started.add(lambda);
        try {
            fn.at(lambda.pos());
            byte[] kinds = new byte[lambda.params().size()];
            for (int i = 0; i < kinds.length; i++) {
                Var p = lambda.params().get(i);
                kinds[i] = (byte) kind(p.type);
                fn.registers.put(p, fn.alloc());
            }
            Var self = selfVar(lambda);
            if (self != null && parent != null && !lifting.lifted(lambda)) {
                int r = fn.alloc();
                fn.registers.put(self, r);
                fn.emit(abx(SELF, r, 0));
            }
            if (parent == null && lambda.params().isEmpty() && saved == null) {
                int r = fn.alloc();
                expr(lambda.body(), r);
                convert(r, kind(lambda.body().type()), Kind.REF);
                fn.emit(abc(RET, r, 0, 0));
            } else {
                tail(lambda.body());
            }
            int[] caps = new int[fn.captured.size()];
            for (int i = 0; i < caps.length; i++) caps[i] = fn.captureDescriptors.get(i);
            byte ret = (byte) (saved == null ? Kind.REF : kind(lambda.body().type()));
            pools.protos.set(index, new ProtoSpec(pools.string(lambda.name()), fn.maxRegs(), kinds, ret, caps, fn.code(), fn.lines()));
            return index;
        } finally {
            fn = saved;
        }
    }

    private final Map<Core.Lambda, Var> selfVars = new IdentityHashMap<>();

    private Var selfVar(Core.Lambda lambda) {
        return selfVars.get(lambda);
    }

    /**
     * The functions whose compilation has begun: a lifted function that names itself as a value ({@code let f = g}
     * inside g) takes its own index while it is still being compiled, rather than being compiled again, endlessly.
     */
    private final Set<Core.Lambda> started = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** Emits the closure of a function value into dest (no captures for lifted functions). */
    private void closure(Core.Lambda lambda, int dest) {
        int index = pools.protoFor(lambda);
        if (!started.contains(lambda)) {
            compileFunction(lambda, lifting.lifted(lambda) ? null : fn);
        }
        fn.emit(abx(CLOSURE, dest, fn.operand(index, FUNCTIONS)));
    }

    // ------------------------------------------------------------------------------------------ variables

    private void load(Var v, int dest, Type at) {
        int k = kind(v.type);
        if (v.global()) {
            fn.emit(abx(k == Kind.REF ? GETGR : GETGP, dest, globalOperand(v)));
        } else if (cells.contains(v)) {
            // A primitive register's reference slot is free to hold the cell on the way.
            fn.emit(abc(k == Kind.REF ? GETCR : GETCP, dest, cell(v, dest), 0));
        } else if (fn.registers.containsKey(v)) {
            move(fn.registers.get(v), dest, k);
        } else if (v.function != null && lifting.lifted(v.function)) {
            closure(v.function, dest);
            k = Kind.REF;
        } else {
            int c = capture(fn, v);
            fn.emit(abc(k == Kind.REF ? GETUPR : GETUPP, dest, c, 0));
        }
        convert(dest, k, kind(at));
    }

    /** The register holding the cell of v: its own, or ref register spare with the cell loaded from a capture. */
    private int cell(Var v, int spare) {
        Integer own = fn.registers.get(v);
        if (own != null) return own;
        fn.emit(abc(GETUPR, spare, capture(fn, v), 0));
        return spare;
    }

    /** The register a local lives in, or null when it has none of its own (a global, a capture) or lives in a cell. */
    private Integer ownRegister(Var v) {
        return cells.contains(v) ? null : fn.registers.get(v);
    }

    /** The capture slot of v in function f, adding it (and to the enclosing functions) on first use. */
    private int capture(FunctionBuilder f, Var v) {
        int existing = f.captured.indexOf(v);
        if (existing >= 0) return existing;
        if (f.parent == null) throw new IllegalStateException("unresolved variable " + v.name + " in " + f.lambda.name());
        int k = cells.contains(v) ? Kind.REF : kind(v.type);
        int desc;
        Integer reg = f.parent.registers.get(v);
        if (reg != null) desc = Capture.descriptor(k, false, reg);
        else desc = Capture.descriptor(k, true, capture(f.parent, v));
        f.captured.add(v);
        f.captureDescriptors.add(desc);
        return f.captured.size() - 1;
    }

    void move(int from, int to, int kind) {
        if (from != to) fn.emit(abc(kind == Kind.REF ? MOVR : MOVP, to, from, 0));
    }

    /** Changes the representation of register r in place: box a primitive, unbox a reference. */
    void convert(int r, int from, int to) {
        if (from == to) return;
        if (to == Kind.REF) {
            fn.emit(switch (from) {
                case Kind.INT -> abc(BOXI, r, r, 0);
                case Kind.FLOAT -> abc(BOXF, r, r, 0);
                case Kind.BOOL -> abc(BOXB, r, r, 0);
                case Kind.CHAR -> abc(BOXC, r, r, 0);
                default -> abc(BOXN, r, r, from);
            });
        } else if (from == Kind.REF) {
            fn.emit(switch (to) {
                case Kind.INT -> abc(UNBOXI, r, r, 0);
                case Kind.FLOAT -> abc(UNBOXF, r, r, 0);
                case Kind.BOOL -> abc(UNBOXB, r, r, 0);
                case Kind.CHAR -> abc(UNBOXC, r, r, 0);
                default -> abc(UNBOXN, r, r, to);
            });
        }
    }

    private void boxed(Core e, int dest) {
        expr(e, dest);
        convert(dest, kind(e.type()), Kind.REF);
    }

    /**
     * Evaluates the fields of a new record or union case into consecutive fresh registers, each in the kind it is
     * stored as (boxed, or unboxed where stored says so); returns the first.
     */
    private int storedArgs(List<Core> fields, IntUnaryOperator stored) {
        int first = fn.top();
        for (int i = 0; i < fields.size(); i++) {
            Core field = fields.get(i);
            int reg = fn.alloc();
            expr(field, reg);
            convert(reg, kind(field.type()), stored.applyAsInt(i));
        }
        return first;
    }

    /** Evaluates items into consecutive fresh registers, boxed; returns the first. */
    private int boxedArgs(List<Core> items) {
        int first = fn.top();
        for (Core item : items) {
            int r = fn.alloc();
            boxed(item, r);
        }
        return first;
    }

    /**
     * Beyond this many elements a list or array literal is built one element at a time, so that its size is not
     * bounded by the registers (each element waits in one while the later ones are computed otherwise).
     */
    private static final int LONG_LITERAL = 32;

    /** The number of elements of {@code a :: b :: … :: []}, or 0 when the chain ends in something else. */
    private static int literalLength(Core.Op cons) {
        int n = 0;
        Core e = cons;
        for (; e instanceof Core.Op o && o.op() == Prim.CONS; e = o.args().get(1)) n++;
        return e instanceof Core.Lit lit && lit.value() instanceof FList ? n : 0;
    }

    private static List<Core> heads(Core.Op cons) {
        List<Core> out = new ArrayList<>();
        for (Core e = cons; e instanceof Core.Op o && o.op() == Prim.CONS; e = o.args().get(1)) out.add(o.args().get(0));
        return out;
    }

    /**
     * A long literal: its elements, evaluated in order, consed onto a list that is reversed at the end; an array
     * literal is then an array of the element kind (REF for a list, or an array of boxes).
     */
    private void longLiteral(List<Core> items, int arrayOf, int dest) {
        int acc = fn.alloc();
        fn.emit(abc(LOADNIL, acc, 0, 0));
        int item = fn.alloc();
        for (Core e : items) {
            boxed(e, item);
            fn.emit(abc(CONS, acc, item, acc));
        }
        fn.emit(abx(CALLN, acc, nativeIndex("List.rev")));
        if (arrayOf >= 0) fn.emit(abx(CALLN, acc, nativeIndex("Array.ofList" + unboxedSuffix(arrayOf))));
        move(acc, dest, Kind.REF);
    }

    // ------------------------------------------------------------------------------------------ expressions

    /** Emits code leaving e's value in dest, in the kind of e's type. */
    void expr(Core e, int dest) {
        int mark = fn.top();
        Var previous = chained;
        chained = null;
        switch (e) {
            case Core.Lit l -> literal(l.value(), dest);
            case Core.Ref r -> {
                fn.at(r.pos());
                load(r.var(), dest, r.type());
            }
            case Core.NativeRef n -> closure(nativeWrapper(n), dest);
            case Core.Lambda l -> closure(l, dest);
            case Core.App a -> {
                fn.at(a.pos());
                call(a, dest, false);
            }
            case Core.Let let -> {
                bind(let.var(), let.value(), previous, let.body());
                expr(let.body(), dest);
            }
            case Core.LetRec rec -> {
                letRec(rec);
                expr(rec.body(), dest);
            }
            case Core.If i -> {
                int jf = branchUnless(i.cond());
                fn.free(mark);
                expr(i.then(), dest);
                int jend = fn.emit(sj(JMP, 0));
                fn.patchHere(jf);
                expr(i.otherwise(), dest);
                fn.patchHere(jend);
            }
            case Core.Seq s -> {
                effect(s.first());
                chained = previous;
                expr(s.second(), dest);
            }
            case Core.Op o -> {
                fn.at(o.pos());
                op(o, dest);
            }
            case Core.Tuple t -> {
                int first = boxedArgs(t.items());
                fn.emit(abc(TUPLE, dest, first, t.items().size()));
            }
            case Core.Match m -> matches.match(m, dest, false, -1);
            case Core.Record r -> {
                fn.at(r.pos());
                int first = storedArgs(r.fields(), i -> fieldKind(r.type(), i));
                fn.emit(abc(RECORD, dest, first, r.fields().size()));
                int refKind = refKind(r.type());
                fn.emit(refKind == Kind.REF ? typeIndex.get(r.decl()) : refType(refKind));
            }
            case Core.GetField g -> {
                fn.at(g.pos());
                int t = fn.alloc();
                expr(g.target(), t);
                int stored = fieldKind(g.target().type(), g.index());
                fn.emit(abc(stored == Kind.REF ? GETRF : GETRFP, dest, t, g.index()));
                convert(dest, stored, kind(g.type()));
            }
            case Core.SetField s -> {
                fn.at(s.pos());
                int t = fn.alloc();
                expr(s.target(), t);
                int stored = fieldKind(s.target().type(), s.index());
                int v = fn.alloc();
                expr(s.value(), v);
                convert(v, kind(s.value().type()), stored);
                fn.emit(abc(stored == Kind.REF ? SETRF : SETRFP, t, s.index(), v));
                unit(dest);
            }
            case Core.Ctor c -> {
                fn.at(c.pos());
                if (c.args().isEmpty() && c.ctor().owner() == Builtins.OPTION) {
                    fn.emit(abc(LOADNONE, dest, 0, 0));
                } else {
                    int first = storedArgs(c.args(), i -> caseFieldKind(c.ctor(), i));
                    fn.emit(abc(UNION, dest, first, c.args().size()));
                    fn.emit(caseWord(c.ctor()));
                }
            }
            case Core.Assign a -> {
                Var v = a.var();
                if (v.global()) {
                    int t = fn.alloc();
                    expr(a.value(), t);
                    fn.emit(abx(kind(v.type) == Kind.REF ? SETGR : SETGP, t, globalOperand(v)));
                } else if (cells.contains(v)) {
                    int t = fn.alloc();
                    expr(a.value(), t);
                    fn.emit(abc(kind(v.type) == Kind.REF ? SETCR : SETCP, cell(v, fn.alloc()), t, 0));
                } else {
                    expr(a.value(), fn.registers.get(v));
                }
                unit(dest);
            }
            case Core.While w -> {
                int start = fn.here();
                int exit = branchUnless(w.cond());
                effect(w.body());
                fn.jumpBack(start);
                fn.patchHere(exit);
                unit(dest);
            }
            case Core.For f -> forLoop(f, dest);
            case Core.Deferred d -> expr(d.resolved(), dest);
            case Core.ForEach f -> forEach(f, dest);
            case Core.Format f -> format(f, dest);
            case Core.Fail f -> {
                fn.at(f.pos());
                int t = fn.alloc();
                expr(f.message(), t);
                fn.emit(abc(FAIL, t, 0, 0));
            }
            case Core.MatchFail m -> {
                fn.at(m.pos());
                fn.emit(abc(MATCHFAIL, 0, 0, 0));
            }
            case Core.TryWith t -> {
                fn.at(t.pos());
                int error = fn.alloc();
                int enter = fn.emit(asbx(TRY, error, 0));
                expr(t.body(), dest);
                fn.emit(abc(ENDTRY, 0, 0, 0));
                int end = fn.emit(sj(JMP, 0));
                fn.patchHere(enter);
                int exn = fn.alloc();
                fn.registers.put(t.exn(), exn);
                fn.emit(abc(EXNVAL, exn, error, 0));
                matches.match((Core.Match) t.handler(), dest, false, error);
                fn.patchHere(end);
            }
            case Core.TryFinally t -> {
                fn.at(t.pos());
                int error = fn.alloc();
                int enter = fn.emit(asbx(TRY, error, 0));
                expr(t.body(), dest);
                fn.emit(abc(ENDTRY, 0, 0, 0));
                effect(t.finalizer());
                int end = fn.emit(sj(JMP, 0));
                fn.patchHere(enter);
                effect(t.finalizer());
                fn.emit(abc(RERAISE, error, 0, 0));
                fn.patchHere(end);
            }
        }
        fn.free(mark);
    }

    /**
     * Emits a test that falls through when cond holds and jumps when it does not; returns the pending jump for
     * {@link FunctionBuilder#patchHere}. Comparisons of primitives become one compare-and-branch instruction.
     */
    int branchUnless(Core cond) {
        int operands = cond instanceof Core.Op o && o.args().size() == 2 ? kind(o.args().get(0).type()) : Kind.REF;
        // Unsigned 64-bit comparisons have no compare-and-branch form: they compute a bool (LTU, LEU).
        if (cond instanceof Core.Op o && operands != Kind.REF && !Arithmetic.unsigned64(operands)) {
            Prim op = o.op();
            Core l = o.args().get(0);
            Core r = o.args().get(1);
            boolean isFloat = Arithmetic.floating(operands);
            Integer imm = isFloat ? null : immediate(r);
            int opcode = -1;
            if (imm != null) {
                opcode = switch (op) {
                    case LT -> IFLTK;
                    case LE -> IFLEK;
                    case GT -> IFGTK;
                    case GE -> IFGEK;
                    case EQ -> IFEQK;
                    case NE -> IFNEK;
                    default -> -1;
                };
                if (opcode >= 0) {
                    int x = operand(l);
                    fn.at(o.pos());
                    fn.emit(abc(opcode, x, imm & 0xFF, 0));
                    return fn.branchWord();
                }
            }
            opcode = switch (op) {
                case LT, GT -> isFloat ? IFLTF : IFLT;
                case LE, GE -> isFloat ? IFLEF : IFLE;
                case EQ -> isFloat ? IFEQF : IFEQ;
                case NE -> isFloat ? IFNEF : IFNE;
                default -> -1;
            };
            if (opcode >= 0) {
                boolean swap = op == Prim.GT || op == Prim.GE;
                int x = operand(swap ? r : l);
                int y = operand(swap ? l : r);
                fn.at(o.pos());
                fn.emit(abc(opcode, x, y, 0));
                return fn.branchWord();
            }
        }
        int c = fn.alloc();
        expr(cond, c);
        return fn.emit(asbx(JMPF, c, 0));
    }

    /** The value of an int, char or bool literal that fits a signed byte, else null. */
    private static Integer immediate(Core e) {
        if (!(e instanceof Core.Lit lit)) return null;
        long v = switch (lit.value()) {
            case Long l -> l;
            case Character ch -> ch;
            case Boolean b -> b ? 1 : 0;
            default -> Long.MAX_VALUE;
        };
        return v >= -128 && v <= 127 ? (int) v : null;
    }

    /** Loads () into dest; dest is -1 when the statement's value is discarded (see {@link #effect}). */
    private void unit(int dest) {
        if (dest >= 0) fn.emit(abc(LOADU, dest, 0, 0));
    }

    /** Emits e for its effects only: statements whose unit value nobody reads leave nothing behind. */
    private void effect(Core e) {
        int mark = fn.top();
        Var previous = chained;
        chained = null;
        switch (e) {
            case Core.Lit l -> { }
            case Core.Deferred d -> effect(d.resolved());
            case Core.Assign a -> expr(a, -1);
            case Core.SetField s -> expr(s, -1);
            case Core.While w -> expr(w, -1);
            case Core.For f -> expr(f, -1);
            case Core.ForEach f -> expr(f, -1);
            case Core.Format f when f.kind() != Core.SPRINTF && f.kind() != Core.FAILWITHF -> expr(f, -1);
            case Core.Op o when o.op() == Prim.ASET -> expr(o, -1);
            case Core.Seq s -> {
                effect(s.first());
                chained = previous;
                effect(s.second());
            }
            case Core.Let let -> {
                bind(let.var(), let.value(), previous, let.body());
                effect(let.body());
            }
            case Core.If i -> {
                int jf = branchUnless(i.cond());
                fn.free(mark);
                effect(i.then());
                int jend = fn.emit(sj(JMP, 0));
                fn.patchHere(jf);
                effect(i.otherwise());
                fn.patchHere(jend);
            }
            default -> expr(e, fn.alloc());
        }
        fn.free(mark);
    }

    void literal(Object value, int dest) {
        switch (value) {
            case Long l -> intConstant(l, dest);
            case Double d -> fn.emit(abx(LOADK, dest, constantOperand(Double.doubleToRawLongBits(d))));
            case Float f -> fn.emit(abx(LOADK, dest, constantOperand(Double.doubleToRawLongBits(f))));
            case Integer i -> intConstant(i, dest);
            case Short h -> intConstant(h, dest);
            case Byte b -> intConstant(b, dest);
            case BoxedInt b -> intConstant(b.bits(), dest);
            // decimal and bigint constants are their digits, read once per evaluation.
            case BigDecimal d -> {
                int t = fn.alloc();
                fn.emit(abx(LOADS, t, stringOperand(d.toPlainString())));
                fn.emit(abx(CALLN, t, nativeIndex("Convert.decimal")));
                move(t, dest, Kind.REF);
            }
            case BigInteger b -> {
                int t = fn.alloc();
                fn.emit(abx(LOADS, t, stringOperand(b.toString())));
                fn.emit(abx(CALLN, t, nativeIndex("Convert.bigint")));
                move(t, dest, Kind.REF);
            }
            case Boolean b -> fn.emit(asbx(LOADI, dest, b ? 1 : 0));
            case Character c -> intConstant(c, dest);
            case String s -> fn.emit(abx(LOADS, dest, stringOperand(s)));
            case FList l -> fn.emit(abc(LOADNIL, dest, 0, 0));
            case Unit u -> unit(dest);
            default -> throw new IllegalStateException("literal " + value);
        }
    }

    void intConstant(long v, int dest) {
        if (v >= MIN_SBX && v <= MAX_SBX) fn.emit(asbx(LOADI, dest, (int) v));
        else fn.emit(abx(LOADK, dest, constantOperand(v)));
    }

    /** Binds a local or global variable to a value for the rest of the enclosing scope. */
    /**
     * Binds a let's variable; {@code previous} is the local of the let whose spine this one is on (or null), whose
     * register v takes when {@code body}, the rest of that let's scope, does not mention it. Sets {@link #chained}.
     */
    private void bind(Var v, Core value, Var previous, Core body) {
        bind(v, value);
        Integer old = previous == null ? null : fn.registers.get(previous);
        Integer own = fn.registers.get(v);
        if (old != null && own != null && own == fn.top() - 1 && own > old && !Mentions.of(body, previous)) {
            move(own, old, cells.contains(v) ? Kind.REF : kind(v.type));
            fn.free(own);
            fn.registers.put(v, old);
        }
        chained = v;
    }

    private void bind(Var v, Core value) {
        if (value instanceof Core.Lambda l && v.function == l) {
            selfVars.put(l, v);
            if (lifting.lifted(l)) {
                compileFunction(l, null);
                if (!v.global()) return;
            }
        }
        int k = kind(v.type);
        if (v.global()) {
            int mark = fn.top();
            int t = fn.alloc();
            expr(value, t);
            convert(t, kind(value.type()), k);
            fn.emit(abx(k == Kind.REF ? SETGR : SETGP, t, globalOperand(v)));
            fn.free(mark);
        } else {
            int r = fn.alloc();
            expr(value, r);
            convert(r, kind(value.type()), k);
            if (cells.contains(v)) fn.emit(abc(k == Kind.REF ? CELLR : CELLP, r, r, 0));
            fn.registers.put(v, r);
        }
    }

    private void letRec(Core.LetRec rec) {
        for (int i = 0; i < rec.vars().size(); i++) selfVars.put(rec.functions().get(i), rec.vars().get(i));
        if (lifting.lifted(rec.functions().get(0))) {
            for (Core.Lambda l : rec.functions()) pools.protoFor(l);
            for (Core.Lambda l : rec.functions()) compileFunction(l, null);
            if (!rec.vars().get(0).global()) return;
            int mark = fn.top();
            int t = fn.alloc();
            for (int i = 0; i < rec.vars().size(); i++) {
                closure(rec.functions().get(i), t);
                fn.emit(abx(SETGR, t, globalOperand(rec.vars().get(i))));
            }
            fn.free(mark);
            return;
        }
        List<Integer> regs = new ArrayList<>();
        for (Var v : rec.vars()) {
            int r = fn.alloc();
            fn.registers.put(v, r);
            regs.add(r);
        }
        for (int i = 0; i < rec.vars().size(); i++) closure(rec.functions().get(i), regs.get(i));
        // Closures made earlier in the group captured their siblings' registers before they were filled.
        for (int i = 0; i < rec.vars().size(); i++) {
            ProtoSpec spec = pools.protos.get(pools.protoFor(rec.functions().get(i)));
            for (int c = 0; c < spec.captures().length; c++) {
                int desc = spec.captures()[c];
                boolean fromCapture = Capture.fromCapture(desc);
                int reg = Capture.index(desc);
                if (!fromCapture && regs.contains(reg)) fn.emit(abc(SETCAP, regs.get(i), c, reg));
            }
        }
    }

    /** A native used as a value is wrapped in a small function of its arity. */
    private Core.Lambda nativeWrapper(Core.NativeRef n) {
        Native nat = variant(n.fn(), n.type(), n.fn().arity());
        return nativeWrappers.computeIfAbsent(nat.name(), k -> {
            List<Var> params = new ArrayList<>();
            List<Core> args = new ArrayList<>();
            Type t = n.type();
            for (int i = 0; i < nat.arity(); i++) {
                Type.Fun f = (Type.Fun) Type.prune(t);
                Var p = new Var("_n" + i, new Type.Var(0), false);
                params.add(p);
                args.add(new Core.Ref(p, p.type, n.pos()));
                t = f.to();
            }
            Type result = new Type.Var(0);
            Core.Lambda l = new Core.Lambda(params, new Core.App(new Core.NativeRef(nat, n.type(), n.pos()), args, result, n.pos()),
                    n.type(), nat.name(), n.pos());
            lifting.analyze(l.body());
            return l;
        });
    }

    /**
     * The variant of a native for the type of its result: for a new array of an unboxed element type, the one that
     * makes it a primitive array ({@code Array.map@float[]}); for a numeric native, the one of the numeric type
     * its result is of ({@code List.sum@float}); else the native itself.
     */
    private Native variant(Native n, Type type, int arity) {
        Type t = type;
        for (int i = 0; i < arity; i++) t = ((Type.Fun) Type.prune(t)).to();
        int element = unboxedElement(t);
        Native unboxed = element == Kind.REF ? null : library.lookup(n.name() + unboxedSuffix(element));
        if (unboxed != null) return unboxed;
        String defaultKind = defaultKind(t);
        Native v = defaultKind == null ? null : library.lookup(n.name() + "@" + defaultKind);
        if (v != null) return v;
        String numeric = numericIn(t);
        v = numeric == null ? null : library.lookup(n.name() + "@" + numeric);
        return v == null ? n : v;
    }

    /**
     * For an array of any rank, which default value its element type has when it is not a number: "bool", "char"
     * or "null" (the variants of zeroCreate filling with false, '\0' or null); else null.
     */
    private static String defaultKind(Type t) {
        if (!(Type.prune(t) instanceof Type.Con c) || c.args().size() != 1 || !c.name().matches("array|Array[234]D")) return null;
        Type element = Type.prune(c.args().get(0));
        if (element instanceof Type.Var) return null;
        if (element instanceof Type.Con e && e.args().isEmpty()) {
            if (NumericTypes.isNumeric(e.name())) return null;
            if (e.name().equals("bool") || e.name().equals("char")) return e.name();
        }
        return "null";
    }

    /** The first numeric type other than int a type mentions, or null. */
    private static String numericIn(Type t) {
        String[] found = {null};
        DistinctParts.any(t, part -> part instanceof Type.Con c && c.args().isEmpty() && NumericTypes.isNumeric(c.name())
                && !c.name().equals("int") && (found[0] = c.name()) != null);
        return found[0];
    }

    // ------------------------------------------------------------------------------------------ calls

    /** The image's index of a native the generated code calls by name (not through a Core reference). */
    int nativeIndex(String name) {
        return nativeOperand(library.lookup(name));
    }

    // Indexes into the image's tables as 16-bit instruction operands (FunctionBuilder.operand).
    private int nativeOperand(Native n) {
        return fn.operand(pools.nativeIndex(n), "library functions");
    }

    int globalOperand(Var v) {
        return fn.operand(v.globalSlot, "top-level values");
    }

    private int constantOperand(long bits) {
        return fn.operand(pools.constant(bits), "distinct numeric constants");
    }

    private int stringOperand(String s) {
        return fn.operand(pools.stringIndex(s), "distinct strings");
    }

    /** Emits a call; in tail position it returns (through a tail call when possible) and dest is unused. */
    private void call(Core.App app, int dest, boolean tail) {
        Core f = app.fn();
        // a use of a module rec's function before its definition, resolved to the function once it was checked
        while (f instanceof Core.Deferred d) f = d.resolved();
        List<Core> args = app.args();
        int resultKind = kind(app.type());
        if (f instanceof Core.Lambda l && l.params().size() == args.size()) {
            // (fun a b -> body) x y, as printf partial applications produce: bind and inline.
            for (int i = 0; i < args.size(); i++) bind(l.params().get(i), args.get(i));
            if (tail) tail(l.body());
            else expr(l.body(), dest);
            return;
        }
        if (!tail && fn.isTemporary(dest)) fn.free(dest);
        if (f instanceof Core.NativeRef n && args.size() >= n.fn().arity()) {
            Native nat = variant(n.fn(), n.type(), n.fn().arity());
            List<Core> rest = args.subList(nat.arity(), args.size());
            int slot = reserveRest(rest);
            int a = boxedArgs(args.subList(0, nat.arity()));
            evaluateRest(rest, slot);
            fn.at(app.pos());
            fn.emit(abx(CALLN, a, nativeOperand(nat)));
            finishCall(a, Kind.REF, rest, slot, resultKind, dest, tail);
            return;
        }
        if (f instanceof Core.Ref ref && ref.var().function != null && args.size() >= ref.var().function.params().size()) {
            Core.Lambda callee = ref.var().function;
            int n = callee.params().size();
            boolean direct = lifting.lifted(callee);
            boolean canTail = tail && n == args.size();
            int closureReg = -1;
            if (!direct) {
                closureReg = fn.alloc();
                load(ref.var(), closureReg, ref.var().type);
            }
            List<Core> rest = args.subList(n, args.size());
            int slot = reserveRest(rest);
            int a = fn.top();
            for (int i = 0; i < n; i++) {
                int r = fn.alloc();
                Core arg = args.get(i);
                expr(arg, r);
                convert(r, kind(arg.type()), kind(callee.params().get(i).type));
            }
            evaluateRest(rest, slot);
            fn.at(app.pos());
            int index = pools.protoFor(callee);
            if (canTail) {
                fn.emit(direct ? abx(TCALLG, a, fn.operand(index, FUNCTIONS)) : abc(TCALLK, a, closureReg, 0));
                return;
            }
            fn.emit(direct ? abx(CALLG, a, fn.operand(index, FUNCTIONS)) : abc(CALLK, a, closureReg, 0));
            finishCall(a, kind(callee.body().type()), rest, slot, resultKind, dest, tail);
            return;
        }
        int a = fn.alloc();
        expr(f, a);
        for (Core arg : args) boxed(arg, fn.alloc());
        fn.at(app.pos());
        if (tail) {
            fn.emit(abc(TAPPLY, a, args.size(), 0));
            return;
        }
        fn.emit(abc(APPLY, a, args.size(), 0));
        finishCall(a, Kind.REF, List.of(), -1, resultKind, dest, tail);
    }

    /**
     * F# evaluates every argument before it applies the function, also those past its arity ({@code f a b} with f
     * of one parameter). Unless evaluating them later changes nothing (constants, immutable variables, lambdas),
     * they are kept boxed in registers below the call's frame, after a slot for the function value the call
     * returns, so that APPLY finds them in a row. Returns that slot, or -1.
     */
    private int reserveRest(List<Core> rest) {
        if (rest.stream().allMatch(CodeGen::pure)) return -1;
        int slot = fn.top();
        for (int i = 0; i <= rest.size(); i++) fn.alloc();
        return slot;
    }

    private static boolean pure(Core e) {
        return e instanceof Core.Lit || e instanceof Core.Ref r && !r.var().mutable || e instanceof Core.Lambda || e instanceof Core.NativeRef;
    }

    private void evaluateRest(List<Core> rest, int slot) {
        if (slot >= 0) for (int i = 0; i < rest.size(); i++) boxed(rest.get(i), slot + 1 + i);
    }

    /** After a call left its result in register a: apply it to the arguments past its arity, then deliver the result. */
    private void finishCall(int a, int kindAtA, List<Core> rest, int slot, int resultKind, int dest, boolean tail) {
        if (!rest.isEmpty()) {
            convert(a, kindAtA, Kind.REF);
            if (slot >= 0) {
                move(a, slot, Kind.REF);
                a = slot;
            } else {
                fn.free(a + 1);
                for (Core arg : rest) boxed(arg, fn.alloc());
            }
            fn.emit(abc(APPLY, a, rest.size(), 0));
            kindAtA = Kind.REF;
        }
        convert(a, kindAtA, resultKind);
        if (tail) fn.emit(abc(RET, a, 0, 0));
        else move(a, dest, resultKind);
    }

    /** Emits code that returns e's value from the current function. */
    void tail(Core e) {
        int mark = fn.top();
        Var previous = chained;
        chained = null;
        switch (e) {
            case Core.App a -> {
                fn.at(a.pos());
                call(a, -1, true);
            }
            case Core.If i -> {
                int jf = branchUnless(i.cond());
                fn.free(mark);
                tail(i.then());
                fn.patchHere(jf);
                tail(i.otherwise());
            }
            case Core.Let let -> {
                bind(let.var(), let.value(), previous, let.body());
                tail(let.body());
            }
            case Core.LetRec rec -> {
                letRec(rec);
                tail(rec.body());
            }
            case Core.Seq s -> {
                effect(s.first());
                chained = previous;
                tail(s.second());
            }
            case Core.Match m -> matches.match(m, -1, true, -1);
            case Core.Deferred d -> tail(d.resolved());
            case Core.Ref ref when ownRegister(ref.var()) != null && kind(ref.var().type) == kind(ref.type()) ->
                    fn.emit(abc(RET, ownRegister(ref.var()), 0, 0));
            default -> {
                int r = fn.alloc();
                expr(e, r);
                fn.emit(abc(RET, r, 0, 0));
            }
        }
        fn.free(mark);
    }

    // ------------------------------------------------------------------------------------------ operators

    private void op(Core.Op o, int dest) {
        List<Core> args = o.args();
        int k = args.isEmpty() ? Kind.REF : kind(args.get(0).type());
        switch (o.op()) {
            case ADD, SUB, MUL, DIV, MOD, POW, NEG, BAND, BOR, BXOR, SHL, SHR, BNOT -> numeric(o, k, dest);
            case NOT -> unaryOp(NOT, args.get(0), dest);
            case EQ, NE, LT, LE, GT, GE -> compare(o.op(), args, k, dest);
            case COMPARE -> binaryOp(CMPR, args, dest);
            case CONCAT -> binaryOp(CONCAT, args, dest);
            case CONS -> {
                if (literalLength(o) > LONG_LITERAL) {
                    longLiteral(heads(o), -1, dest);
                    return;
                }
                int h = fn.alloc();
                boxed(args.get(0), h);
                int t = fn.alloc();
                expr(args.get(1), t);
                fn.emit(abc(CONS, dest, h, t));
            }
            case ARRAY -> {
                int element = unboxedElement(o.type());
                if (args.size() > LONG_LITERAL) {
                    longLiteral(args, element, dest);
                } else if (element != Kind.REF) {
                    int first = fn.top();
                    for (Core item : args) expr(item, fn.alloc());
                    fn.emit(abc(ARRAYP, dest, first, args.size()));
                    fn.emit(element);
                } else {
                    int first = boxedArgs(args);
                    fn.emit(abc(ARRAY, dest, first, args.size()));
                }
            }
            case AGET -> {
                int arr = operand(args.get(0));
                int i = operand(args.get(1));
                arrayGet(dest, arr, i, unboxedElement(args.get(0).type()), kind(o.type()));
            }
            case ASET -> {
                int element = unboxedElement(args.get(0).type());
                int arr = operand(args.get(0));
                int i = operand(args.get(1));
                int v;
                if (element != Kind.REF) {
                    v = operand(args.get(2));
                } else {
                    v = fn.alloc();
                    boxed(args.get(2), v);
                }
                fn.emit(abc(element != Kind.REF ? Op.arraySet(element) : ASET, arr, i, v));
                unit(dest);
            }
            case ALEN -> unaryOp(ALEN, args.get(0), dest);
            case CONVERT -> arithmetic.conversion(args.get(0), o.type(), dest);
            case RAISE -> {
                int x = operand(args.get(0));
                fn.emit(abc(RAISE, x, 0, 0));
            }
        }
    }

    /** An arithmetic or bitwise operator: strings join; int adds small constants with ADDIK; decimal and bigint call natives. */
    private void numeric(Core.Op o, int k, int dest) {
        List<Core> args = o.args();
        Prim op = o.op();
        if (k == Kind.REF) {
            if (op == Prim.ADD && Type.prune(args.get(0).type()).equals(Type.STRING)) binaryOp(CONCAT, args, dest);
            else arithmetic.reference(op, args, args.get(0).type(), dest);
        } else if ((op == Prim.ADD || op == Prim.SUB) && (k == Kind.INT || k == Kind.CHAR)
                && args.get(1) instanceof Core.Lit lit && smallImmediate(lit.value(), op == Prim.SUB)) {
            int x = operand(args.get(0));
            long v = ((Number) lit.value()).longValue();
            fn.emit(abc(ADDIK, dest, x, (int) (op == Prim.SUB ? -v : v) & 0xFF));
            arithmetic.narrow(dest, NumType.ofKind(k));
        } else {
            arithmetic.primitive(op, args, NumType.ofKind(k), dest);
        }
    }

    /** Calls a native on boxed arguments, leaving its result in dest in the given kind. */
    void callNative(String name, List<Core> args, int resultKind, int dest) {
        int a = boxedArgs(args);
        fn.emit(abx(CALLN, a, nativeIndex(name)));
        convert(a, Kind.REF, resultKind);
        move(a, dest, resultKind);
    }

    private static boolean smallImmediate(Object v, boolean negate) {
        if (!(v instanceof Long l)) return false;
        long x = negate ? -l : l;
        return x >= -128 && x <= 127;
    }

    /** A register holding e's value: a variable's own register when e is a local, else a fresh one. */
    int operand(Core e) {
        if (e instanceof Core.Ref r && ownRegister(r.var()) != null && kind(r.var().type) == kind(r.type())) {
            return ownRegister(r.var());
        }
        int t = fn.alloc();
        expr(e, t);
        return t;
    }

    void binaryOp(int opcode, List<Core> args, int dest) {
        int x = operand(args.get(0));
        int y = operand(args.get(1));
        fn.emit(abc(opcode, dest, x, y));
    }

    void unaryOp(int opcode, Core arg, int dest) {
        int x = operand(arg);
        fn.emit(abc(opcode, dest, x, 0));
    }

    private void compare(Prim op, List<Core> args, int k, int dest) {
        boolean swap = op == Prim.GT || op == Prim.GE;
        int x = operand(args.get(swap ? 1 : 0));
        int y = operand(args.get(swap ? 0 : 1));
        if (k == Kind.REF && op != Prim.EQ && op != Prim.NE) {
            int c = fn.alloc();
            fn.emit(abc(CMPR, c, x, y));
            int zero = fn.alloc();
            fn.emit(asbx(LOADI, zero, 0));
            fn.emit(abc(op == Prim.LT || op == Prim.GT ? LTI : LEI, dest, c, zero));
            return;
        }
        boolean floating = Arithmetic.floating(k);
        boolean unsigned = Arithmetic.unsigned64(k);
        int opcode = switch (op) {
            case EQ, NE -> k == Kind.REF ? EQR : floating ? EQF : EQI;
            case LT, GT -> floating ? LTF : unsigned ? LTU : LTI;
            default -> floating ? LEF : unsigned ? LEU : LEI;
        };
        fn.emit(abc(opcode, dest, x, y));
        if (op == Prim.NE) fn.emit(abc(NOT, dest, dest, 0));
    }

    // ------------------------------------------------------------------------------------------ loops and output

    private void forLoop(Core.For f, int dest) {
        int v = fn.alloc();
        fn.registers.put(f.var(), v);
        expr(f.from(), v);
        int limit = fn.alloc();
        expr(f.limit(), limit);
        boolean down = f.down() || f.step() instanceof Core.Lit l && ((Long) l.value()) < 0;
        int step = -1;
        if (f.step() != null && !(f.step() instanceof Core.Lit)) {
            step = fn.alloc();
            expr(f.step(), step);
        }
        int start = fn.here();
        fn.at(f.pos());
        fn.emit(down ? abc(IFLE, limit, v, 0) : abc(IFLE, v, limit, 0));
        int exit = fn.branchWord();
        effect(f.body());
        fn.at(f.pos());
        if (step >= 0) {
            fn.emit(abc(ADDI, v, v, step));
        } else {
            long s = f.step() == null ? (f.down() ? -1 : 1) : (Long) ((Core.Lit) f.step()).value();
            if (s >= -128 && s <= 127) {
                fn.emit(abc(ADDIK, v, v, (int) s & 0xFF));
            } else {
                int sr = fn.alloc();
                intConstant(s, sr);
                fn.emit(abc(ADDI, v, v, sr));
            }
        }
        fn.jumpBack(start);
        fn.patchHere(exit);
        unit(dest);
    }

    private void forEach(Core.ForEach f, int dest) {
        int seq = fn.alloc();
        expr(f.seq(), seq);
        int elem = fn.alloc();
        fn.registers.put(f.element(), elem);
        int c = fn.alloc();
        int ek = kind(f.element().type);
        if (f.array()) {
            int i = fn.alloc();
            int n = fn.alloc();
            fn.emit(asbx(LOADI, i, 0));
            fn.emit(abc(ALEN, n, seq, 0));
            int start = fn.here();
            fn.emit(abc(IFLT, i, n, 0));
            int exit = fn.branchWord();
            arrayGet(elem, seq, i, unboxedElement(f.seq().type()), ek);
            effect(f.body());
            fn.emit(abc(ADDIK, i, i, 1));
            fn.jumpBack(start);
            fn.patchHere(exit);
        } else {
            int start = fn.here();
            fn.emit(abc(ISNIL, c, seq, 0));
            int exit = fn.emit(asbx(JMPT, c, 0));
            fn.emit(abc(HEAD, elem, seq, 0));
            convert(elem, Kind.REF, ek);
            effect(f.body());
            fn.emit(abc(TAIL, seq, seq, 0));
            fn.jumpBack(start);
            fn.patchHere(exit);
        }
        unit(dest);
    }

    private void format(Core.Format f, int dest) {
        int first = boxedArgs(f.args());
        fn.at(f.pos());
        int s = f.kind() == Core.SPRINTF ? dest : fn.alloc();
        fn.emit(abc(FMT, s, first, f.args().size()));
        fn.emit(pools.stringIndex(f.format()));
        if (f.kind() == Core.FAILWITHF) {
            fn.emit(abc(FAIL, s, 0, 0));
        } else if (f.kind() != Core.SPRINTF) {
            fn.emit(abc(OUT, s, f.kind(), 0));
            unit(dest);
        }
    }
}
