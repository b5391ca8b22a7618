package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;

/**
 * .NET's {@code System.Random}: with a seed, the numbers .NET gives for that seed (its Knuth subtractive generator,
 * which .NET keeps for seeded instances), so a seeded script prints what it prints under dotnet fsi; without one, a
 * seed of the clock's.
 */
final class RandomMembers {
    private RandomMembers() {}

    static void install(Library lib) {
        lib.define("Random.new", "unit -> Random", (vm, a) -> new Generator((int) System.nanoTime()));
        lib.define("Random.new~seed", "int -> Random", (vm, a) -> new Generator((int) (long) (Long) a[0]));
        lib.define("Random#Next", "Random -> unit -> int", (vm, a) -> (long) random(a[0]).sample());
        lib.define("Random#Next~max", "Random -> int -> int", (vm, a) -> {
            long max = (Long) a[1];
            if (max < 0) throw NetErrors.argumentOutOfRange("maxValue ('" + max + "') must be a non-negative value.", "maxValue");
            return (long) (random(a[0]).fraction() * max);
        });
        lib.define("Random#Next~range", "Random -> int -> int -> int", (vm, a) -> {
            long min = (Long) a[1];
            long max = (Long) a[2];
            if (min > max) throw NetErrors.argumentOutOfRange("'minValue' cannot be greater than maxValue.", "minValue");
            Generator g = random(a[0]);
            long range = max - min;
            return range <= Integer.MAX_VALUE ? (long) (g.fraction() * range) + min : (long) (g.largeFraction() * range) + min;
        });
        lib.define("Random#NextDouble", "Random -> unit -> float", (vm, a) -> random(a[0]).fraction());
    }

    private static Generator random(Object x) {
        return (Generator) x;
    }

    /** .NET's seeded generator (Net5CompatSeedImpl): 55 words, each new one the difference of two earlier ones. */
    static final class Generator {
        private static final int MBIG = Integer.MAX_VALUE;
        private static final int MSEED = 161803398;
        private final int[] seeds = new int[56];
        private int next;
        private int nextp = 21;

        Generator(int seed) {
            int mj = MSEED - (seed == Integer.MIN_VALUE ? Integer.MAX_VALUE : Math.abs(seed));
            seeds[55] = mj;
            int mk = 1;
            for (int i = 1; i < 55; i++) {
                int ii = (21 * i) % 55;
                seeds[ii] = mk;
                mk = mj - mk;
                if (mk < 0) mk += MBIG;
                mj = seeds[ii];
            }
            for (int k = 1; k < 5; k++) {
                for (int i = 1; i < 56; i++) {
                    seeds[i] -= seeds[1 + (i + 30) % 55];
                    if (seeds[i] < 0) seeds[i] += MBIG;
                }
            }
        }

        /** A number in [0, Int32.MaxValue). */
        int sample() {
            if (++next >= 56) next = 1;
            if (++nextp >= 56) nextp = 1;
            int r = seeds[next] - seeds[nextp];
            if (r == MBIG) r--;
            if (r < 0) r += MBIG;
            seeds[next] = r;
            return r;
        }

        double fraction() {
            return sample() * (1.0 / MBIG);
        }

        /** For ranges wider than an int32: a sample with a random sign, spread over [0, 1). */
        double largeFraction() {
            int r = sample();
            if (sample() % 2 == 0) r = -r;
            return (r + (double) (Integer.MAX_VALUE - 1)) / (2.0 * Integer.MAX_VALUE - 1);
        }

        @Override
        public String toString() {
            return "System.Random";
        }
    }
}
