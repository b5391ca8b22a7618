package org.fusabi.vm;

import org.fusabi.vm.image.Image;

/**
 * Lets tests outside the VM make the second tier translate at once or not at all, and see which functions it
 * translated.
 */
public final class Translations {
    private Translations() {}

    /** The interpreter translates every function on its first call and every loop on its first turn. */
    public static Interpreter eager(Interpreter vm) {
        return vm.translateAfter(0, 0);
    }

    /** The interpreter runs everything interpreted, even functions another interpreter translated. */
    public static Interpreter interpreted(Interpreter vm) {
        return vm.interpretOnly();
    }

    /** How many functions of the image have been translated. */
    public static int count(Image image) {
        int n = 0;
        for (Jit.Translation t : JitState.of(image).translations) {
            if (t != null) n++;
        }
        return n;
    }

    public static boolean translated(Image image, String function) {
        for (int i = 0; i < image.protoCount(); i++) {
            if (image.proto(i).name.equals(function)) return JitState.of(image).translations[i] != null;
        }
        throw new IllegalArgumentException("no function " + function);
    }
}
