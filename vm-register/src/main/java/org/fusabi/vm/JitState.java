package org.fusabi.vm;

import org.fusabi.vm.image.Image;
import org.fusabi.vm.image.Proto;

/**
 * The second tier's state of one image's functions, by function index: how often each was called and went round a
 * loop interpreted, and its translation once the {@link Jit} made one. It is kept apart from the verified
 * {@link org.fusabi.vm.image.Proto}s and, like them, shared by every interpreter that runs the image, so a
 * function is translated once per image. Counts are plain ints that threads may race on: a lost count only delays
 * a translation.
 */
final class JitState {
    /** Interpreted calls so far of each function, until the Jit translates it or gives up ({@link Jit#NEVER}). */
    final int[] calls;
    /** Backward jumps taken by interpreted activations, until a loop is entered translated ({@link Jit#LOOP_THRESHOLD}). */
    final int[] loops;
    /**
     * Each function's translation, once the Jit made it: one object with final fields, so that another thread sees
     * it whole or not at all.
     */
    final Jit.Translation[] translations;

    private JitState(Image image) {
        calls = new int[image.protoCount()];
        loops = new int[image.protoCount()];
        translations = new Jit.Translation[image.protoCount()];
    }

    /** The state of the image's functions, made when an interpreter first runs the image. */
    static JitState of(Image image) {
        return image.companion(JitState.class, JitState::new);
    }
}
