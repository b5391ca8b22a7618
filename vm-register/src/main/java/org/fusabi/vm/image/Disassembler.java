package org.fusabi.vm.image;

import static org.fusabi.vm.bytecode.Op.*;

import java.io.PrintStream;
import org.fusabi.vm.bytecode.Capture;
import org.fusabi.vm.bytecode.Code;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.bytecode.Op;
import org.fusabi.vm.bytecode.UnionCase;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.RecordType;
import org.fusabi.vm.value.UnionType;

/**
 * A listing of an image in the spirit of {@code luac -l}: each function with its frame shape, then its
 * instructions one per line with the source line, operands and a comment naming what an index refers to; then the
 * constant, string, type and native tables. Every function is verified first, so the listing shows what would run.
 */
public final class Disassembler {
    private final Image image;
    private final PrintStream out;

    private Disassembler(Image image, PrintStream out) {
        this.image = image;
        this.out = out;
    }

    public static void print(Image image, PrintStream out) {
        new Disassembler(image, out).print();
    }

    private void print() {
        out.printf("image %s: %d bytes, %d functions (main #%d), %d globals%n", image.string(0), image.segment.byteSize(),
                image.protoCount(), image.mainIndex(), image.globals());
        for (int i = 0; i < image.protoCount(); i++) function(image.proto(i));
        out.printf("%nconstants (%d)%n", image.constantCount());
        for (int i = 0; i < image.constantCount(); i++) {
            long v = image.constant(i);
            out.printf("\t%d\t%d\t; as float %s%n", i, v, Show.floatRoundTrip(Double.longBitsToDouble(v)));
        }
        out.printf("%nstrings (%d)%n", image.stringCount());
        for (int i = 0; i < image.stringCount(); i++) out.printf("\t%d\t%s%n", i, quote(image.string(i)));
        out.printf("%ntypes (%d)%n", image.typeCount());
        for (int i = 0; i < image.typeCount(); i++) out.printf("\t%d\t%s%n", i, type(image.type(i)));
        out.printf("%nnatives (%d)%n", image.nativeCount());
        for (int i = 0; i < image.nativeCount(); i++) {
            out.printf("\t%d\t%s/%d%n", i, image.nativeAt(i).name(), image.nativeAt(i).arity());
        }
    }

    private void function(Proto p) {
        StringBuilder params = new StringBuilder();
        for (byte k : p.paramKinds) params.append(params.isEmpty() ? "" : " ").append(Kind.name(k));
        out.printf("%nfunction #%d %s (%d words, params [%s], %d registers, %d captures, returns %s)%n", p.index, p.name,
                p.code.length, params, p.nregs, p.captures.length, Kind.name(p.retKind));
        for (int c = 0; c < p.captures.length; c++) {
            int d = p.captures[c];
            out.printf("\tcapture %d: %s from %s %d%n", c, Kind.name(Capture.kind(d)), Capture.fromCapture(d) ? "capture" : "register",
                    Capture.index(d));
        }
        for (int pc = 0; pc < p.code.length; pc = Code.next(p.code, pc)) {
            int ins = p.code[pc];
            int op = Op.op(ins);
            String operands = operands(ins);
            String note = note(p, pc, ins);
            out.printf("\t%d\t[%s]\t%-9s\t%s%s%n", pc + 1, line(image.position(p, pc)), Op.name(op), operands,
                    note.isEmpty() ? "" : "\t; " + note);
        }
    }

    /** The line of a position; one in a file other than the script's (a loaded file) with the file's name. */
    private String line(int pos) {
        int source = image.sourceOf(pos);
        if (source < 0) return "0";
        String line = String.valueOf(image.lineIn(source, pos));
        return image.sourceName(source).equals(image.string(0)) ? line : image.sourceName(source) + ":" + line;
    }

    private static String operands(int ins) {
        return switch (Op.format(Op.op(ins))) {
            case NONE -> "";
            case A -> String.valueOf(a(ins));
            case AB -> a(ins) + " " + b(ins);
            case ASB -> a(ins) + " " + sb(ins);
            case ABC -> a(ins) + " " + b(ins) + " " + c(ins);
            case ABSC -> a(ins) + " " + b(ins) + " " + sc(ins);
            case ABX -> a(ins) + " " + bx(ins);
            case ASBX -> a(ins) + " " + sbx(ins);
            case SJ -> String.valueOf(sj(ins));
        };
    }

    private String note(Proto p, int pc, int ins) {
        int op = Op.op(ins);
        return switch (op) {
            case LOADK -> "constant " + bx(ins);
            case LOADS -> quote(image.string(bx(ins)));
            case GETGP, GETGR, SETGP, SETGR -> "global " + bx(ins);
            case JMP, JMPF, JMPT -> "to " + listed(Code.jumpTarget(p.code, pc));
            case TRY -> "handler at " + listed(Code.jumpTarget(p.code, pc));
            case TSWITCH -> {
                StringBuilder to = new StringBuilder("tag ->");
                for (int t = 0; t < c(ins); t++) to.append(' ').append(listed(Code.switchTarget(p.code, pc, t)));
                yield to.toString();
            }
            case ISCASE -> {
                int tag = UnionCase.tag(p.code[pc + 1]);
                yield image.type(UnionCase.type(p.code[pc + 1])) instanceof UnionType t && tag < t.cases().size()
                        ? t.name() + "." + t.cases().get(tag) : "never (not a case of a union)";
            }
            case CALLG, TCALLG, CLOSURE -> "#" + bx(ins) + " " + image.proto(bx(ins)).name;
            case CALLN -> image.nativeAt(bx(ins)).name();
            case UNION -> {
                int w = p.code[pc + 1];
                UnionType t = (UnionType) image.type(UnionCase.type(w));
                yield t.name() + "." + t.cases().get(UnionCase.tag(w));
            }
            case RECORD -> ((RecordType) image.type(p.code[pc + 1])).name();
            case FMT -> quote(image.string(p.code[pc + 1]));
            case CONV -> NumType.from(c(ins)) + " -> " + NumType.to(c(ins));
            case BOXN, UNBOXN -> Kind.name(c(ins));
            case ARRAYP -> Kind.name(p.code[pc + 1]) + "[]";
            default -> Op.isBranch(op) ? "else to " + listed(Code.branchTarget(p.code, pc)) : "";
        };
    }

    /** A code index as the listing numbers instructions, from 1. */
    private static long listed(long pc) {
        return pc + 1;
    }

    private static String type(Object t) {
        return switch (t) {
            case UnionType u -> {
                StringBuilder s = new StringBuilder("union " + u.name() + " =");
                for (int i = 0; i < u.cases().size(); i++) s.append(" | ").append(u.cases().get(i)).append('/').append(u.arities().get(i));
                yield s.toString();
            }
            case RecordType r -> "record " + r.name() + " { " + String.join("; ", r.fields()) + " }";
            default -> t.toString();
        };
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
