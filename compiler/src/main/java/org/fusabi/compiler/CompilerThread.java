package org.fusabi.compiler;

import java.util.function.Supplier;
import org.fusabi.compiler.ast.Pos;

/**
 * Runs the compiler on a thread of its own with a deep Java stack. Every pass recurses over the syntax tree, so
 * how deeply a script may nest must not depend on the thread that asks for the compilation: a host's thread may
 * have a 256 KB stack, on which a function of a thousand statements would already overflow. Here
 * {@link TokenStream#MAX_NESTING} levels fit with room to spare (about 2.5 KB of stack per level, measured over
 * every construct; docs/EMBEDDING.md).
 */
final class CompilerThread {
    private CompilerThread() {}

    /** Reserved address space, not memory: a thread's stack is committed only as deep as it is used. */
    private static final long STACK = 512L << 20;

    /** The result of work run on a compiler thread; its exceptions and errors are thrown here. */
    static <T> T call(Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (StackOverflowError e) {
                // Trees within the parsers' nesting limit fit; what can still overflow is a type that inference made
                // far deeper than the source (twenty lets, each doubling the type of the one before, say).
                failure[0] = new CompileError(Pos.NONE, "the script is nested too deeply for the compiler (its types or expressions)");
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "fusabi-compiler", STACK);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // The compiler does not look for interrupts; keep the request for the caller's next wait.
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure[0] instanceof Error e) throw e;
        if (failure[0] != null) throw (RuntimeException) failure[0];
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
