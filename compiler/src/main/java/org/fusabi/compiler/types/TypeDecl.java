package org.fusabi.compiler.types;

import java.util.ArrayList;
import java.util.List;

/** A record or union type declared by the script (or built in: option, Result, exceptions). */
public abstract sealed class TypeDecl permits TypeDecl.Record, TypeDecl.Union {
    public final String name;
    public final List<Type.Var> params = new ArrayList<>();
    /** What the script declared it as: data (a record or a union), a class (a record of its fields) or an interface. */
    public Form form = Form.DATA;
    /** Its number in the type tests of interface values ({@code :? Circle}), or -1 until it implements an interface. */
    public int typeId = -1;
    /** Declared {@code [<Struct>]}: its default value ({@code Unchecked.defaultof}) has every field zeroed, not null. */
    public boolean struct;

    public enum Form { DATA, CLASS, INTERFACE }

    TypeDecl(String name) {
        this.name = name;
    }

    public static final class Record extends TypeDecl {
        /** An anonymous record type is named by its fields between these ({@code {|Age;Name|}}), in the image too. */
        public static final String ANONYMOUS_OPEN = "{|", ANONYMOUS_CLOSE = "|}";
        public final List<String> fieldNames = new ArrayList<>();
        public final List<Type> fieldTypes = new ArrayList<>();
        public final List<Boolean> mutable = new ArrayList<>();

        public Record(String name) {
            super(name);
        }

        public boolean anonymous() {
            return name.startsWith(ANONYMOUS_OPEN);
        }

        /** The index of a field, named bare or qualified by its module or record type ({@code M.X}, {@code R.X}). */
        public int indexOf(String field) {
            return fieldNames.indexOf(field.substring(field.lastIndexOf('.') + 1));
        }
    }

    public static final class Union extends TypeDecl {
        public final List<Case> cases = new ArrayList<>();
        /** Exceptions are single-case unions of type exn. */
        public final boolean exception;

        public Union(String name, boolean exception) {
            super(name);
            this.exception = exception;
        }
    }

    /** A union case: its tag is its index in the union; field names may be null. */
    public record Case(Union owner, int tag, String name, List<Type> fieldTypes, List<String> fieldNames) {}
}
