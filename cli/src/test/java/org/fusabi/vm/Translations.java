package org.fusabi.vm;

import org.fusabi.vm.image.Image;

/** Lets tests outside the VM see which functions of an image the second tier translated. */
public final class Translations {
    private Translations() {}

    public static boolean translated(Image image, String function) {
        for (int i = 0; i < image.protoCount(); i++) {
            Proto p = image.proto(i);
            if (p.name.equals(function)) return p.jit != null;
        }
        throw new IllegalArgumentException("no function " + function);
    }
}
