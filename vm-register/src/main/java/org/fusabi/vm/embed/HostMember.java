package org.fusabi.vm.embed;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.List;
import org.fusabi.vm.Native;

/**
 * One constructor, method or property accessor of a host type, as the native scripts call: its name
 * ({@code Account#Deposit}, {@code Account.new}, {@code Account#set_Balance}), its Fusabi signature, and a body that
 * converts the arguments, calls the Java member through a method handle bound once, and converts the result.
 *
 * @param name       the native's name without an overload suffix
 * @param scriptName the member's name as a host lists it ({@code Deposit}, {@code Balance}, {@code new})
 * @param kind       what the member is, which decides its signature
 * @param receiver   the host type's name when this is an instance member (the receiver comes first), else null
 * @param params     the Java parameters' conversions, in order
 * @param result     the result's conversion
 * @param target     the member, taking the receiver (if any) then the parameters
 * @param rank       how well the Java types fit their Fusabi types (0 best: long and double), to keep one of two
 *                   overloads that scripts could not tell apart
 */
record HostMember(String name, String scriptName, Kind kind, String receiver, List<JavaConversion> params,
                  JavaConversion result, MethodHandle target, int rank) {
    enum Kind { CONSTRUCTOR, METHOD, GETTER, SETTER }

    /**
     * The Fusabi type of the native: the receiver of an instance member, then the parameters curried (unit if a
     * method or constructor has none; an instance property takes the receiver alone), then the result.
     */
    String signature() {
        StringBuilder s = new StringBuilder();
        if (receiver != null) s.append(receiver).append(" -> ");
        if (params.isEmpty() && !(kind == Kind.GETTER && receiver != null)) s.append("unit -> ");
        for (JavaConversion p : params) s.append(p.fusabiType()).append(" -> ");
        return s.append(result.fusabiType()).toString();
    }

    /** The parameter types as an overload's suffix tells them apart: {@code float_string}. */
    String overloadSuffix() {
        if (params.isEmpty()) return "unit";
        return String.join("_", params.stream().map(p -> p.fusabiType().replaceAll("[^A-Za-z0-9]+", "")).toList());
    }

    Native.Body body() {
        int javaArgs = target.type().parameterCount();
        MethodHandle invoker = target.asSpreader(Object[].class, javaArgs).asType(MethodType.methodType(Object.class, Object[].class));
        int offset = receiver == null ? 0 : 1;
        JavaConversion.Convert[] in = params.stream().map(JavaConversion::in).toArray(JavaConversion.Convert[]::new);
        JavaConversion.Convert out = result.out();
        return (vm, a) -> {
            // a holds the receiver, then the parameters, or () for a member without any: that unit is not Java's.
            Object[] args = new Object[javaArgs];
            if (offset == 1) args[0] = a[0];
            for (int i = 0; i < in.length; i++) args[i + offset] = JavaConversion.apply(in[i], a[i + offset]);
            Object r;
            try {
                r = (Object) invoker.invokeExact(args);
            } catch (Error e) {
                throw e;
            } catch (Exception e) {
                throw HostExceptions.of(e);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            return JavaConversion.apply(out, r);
        };
    }
}
