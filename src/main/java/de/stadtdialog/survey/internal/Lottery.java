package de.stadtdialog.survey.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The draw by lot, kept so simple that anyone can re-run it from the published list of eligible
 * applicant numbers and the seed. The public record page describes the same steps in words and as a
 * short program; both must change together with this class (and {@link #ALGORITHM} with them).
 *
 * <ol>
 * <li>Sort the eligible applicant numbers ascending.</li>
 * <li>Random numbers: block k (k = 0, 1, 2, …) is SHA-256 of the UTF-8 text {@code seed + ":" + k}; its
 * first six bytes, read as an unsigned big-endian number, give x with 0 ≤ x &lt; 2^48. Each x is used
 * once.</li>
 * <li>Fisher–Yates: for i from n − 1 down to 1, take the next x; if x ≥ 2^48 − (2^48 mod (i + 1)) discard it
 * and take the next one (so every j is equally likely); j = x mod (i + 1); swap the numbers at i and j.</li>
 * <li>The shuffled list is the drawn order. Each quota group's reserved seats go to the group's first
 * applicants in that order (fewer applicants leave the rest to everyone); the remaining seats go to the
 * earliest applicants in that order who have no seat yet. The seated are listed in drawn order, then
 * everyone else in drawn order as the waiting list.</li>
 * </ol>
 */
final class Lottery {

    /** The name of the steps above, stored with each draw. */
    static final String ALGORITHM = "stadtdialog-los-1";

    private static final long RANGE = 1L << 48;

    private Lottery() {
    }

    /** An eligible applicant and the option they chose in the quota question, if any. */
    record Applicant(long number, Integer group) {
    }

    /** One place of the result: the seated first, then the waiting list. */
    record Place(long number, boolean seat, Integer group, boolean byQuota) {
    }

    /**
     * @param quotas seats reserved per option of the quota question; their sum must not exceed the seats
     */
    static List<Place> draw(Collection<Applicant> eligible, String seed, int seats, Map<Integer, Integer> quotas) {
        Map<Long, Integer> groups = new HashMap<>();
        eligible.forEach(applicant -> groups.put(applicant.number(), applicant.group()));
        List<Long> order = shuffle(groups.keySet(), seed);
        Set<Long> byQuota = new HashSet<>();
        Map<Integer, Integer> left = new HashMap<>(quotas);
        for (long number : order) {
            Integer group = groups.get(number);
            if (group != null && left.getOrDefault(group, 0) > 0) {
                byQuota.add(number);
                left.merge(group, -1, Integer::sum);
            }
        }
        int open = seats - byQuota.size();
        Set<Long> seated = new HashSet<>(byQuota);
        for (long number : order) {
            if (open == 0) {
                break;
            }
            if (seated.add(number)) {
                open--;
            }
        }
        List<Place> places = new ArrayList<>();
        for (long number : order) {
            if (seated.contains(number)) {
                places.add(new Place(number, true, groups.get(number), byQuota.contains(number)));
            }
        }
        for (long number : order) {
            if (!seated.contains(number)) {
                places.add(new Place(number, false, groups.get(number), false));
            }
        }
        return places;
    }

    /** Steps 1 to 3: the eligible applicant numbers in drawn order. */
    static List<Long> shuffle(Collection<Long> eligible, String seed) {
        List<Long> numbers = new ArrayList<>(eligible);
        numbers.sort(null);
        Random random = new Random(seed);
        for (int i = numbers.size() - 1; i > 0; i--) {
            int j = random.below(i + 1);
            Long swapped = numbers.get(i);
            numbers.set(i, numbers.get(j));
            numbers.set(j, swapped);
        }
        return numbers;
    }

    /**
     * Steps 1 to 3 as a Python program that prints the drawn order of the given draw, for anyone who
     * wants to check it without trusting this platform.
     */
    static String program(List<Long> eligible, String seed, int seats) {
        String numbers = String.join(", ", eligible.stream().map(String::valueOf).toList());
        String literal = "\"" + seed.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\r", "\\r") + "\"";
        return """
                import hashlib

                def drawn_order(eligible_numbers, seed):
                    numbers = sorted(eligible_numbers)
                    counter = 0

                    def next_x():
                        nonlocal counter
                        block = hashlib.sha256((seed + ":" + str(counter)).encode("utf-8")).digest()
                        counter += 1
                        return int.from_bytes(block[:6], "big")

                    for i in range(len(numbers) - 1, 0, -1):
                        bound = i + 1
                        limit = 2**48 - 2**48 %% bound
                        x = next_x()
                        while x >= limit:
                            x = next_x()
                        j = x %% bound
                        numbers[i], numbers[j] = numbers[j], numbers[i]
                    return numbers

                order = drawn_order([%s], %s)
                # without quotas the first %d numbers have the seats; with quotas see step 4
                print("order:", order)
                """.formatted(numbers, literal, seats);
    }

    /** Step 2: the random numbers from the seed, and unbiased choices from them. */
    private static final class Random {

        private final String seed;
        private final MessageDigest sha256;
        private long counter;

        Random(String seed) {
            this.seed = seed;
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }

        long next() {
            byte[] block = sha256.digest((seed + ":" + counter++).getBytes(StandardCharsets.UTF_8));
            long x = 0;
            for (int b = 0; b < 6; b++) {
                x = (x << 8) | (block[b] & 0xff);
            }
            return x;
        }

        /** A number from 0 to bound − 1, each equally likely. */
        int below(int bound) {
            long limit = RANGE - RANGE % bound;
            long x = next();
            while (x >= limit) {
                x = next();
            }
            return (int) (x % bound);
        }
    }
}
