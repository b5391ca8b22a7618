package org.fusabi.bench;

/**
 * What the whole-process table measures a bare JVM with: {@code java -cp DIR org.fusabi.bench.Hello} on the
 * harness's JDK with its default flags, the class file copied out of the jar ({@link ProcessEngine#bareJvm}).
 */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("Hello");
    }
}
