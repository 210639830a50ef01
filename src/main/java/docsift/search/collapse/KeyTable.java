package docsift.search.collapse;

/**
 * An open-addressing map from 64-bit keys to the slots 0, 1, 2... in the order keys were first added: the
 * collapse's per-match lookup without boxing a {@code Long} per match. Not thread-safe.
 * <p>
 * Each entry is a key and its slot side by side in one {@code long[]} (the slot stored plus one, so that 0 marks a
 * free entry): a probe reads one cache line where a key array and a slot array beside it read two. A question on
 * cockroachdb-docs adds 30-45k keys per table, which is well past the processor's caches, and the probes' cache
 * misses were 6.5% of a collapsed search (JFR; README, "Uncached search (round 13)").
 */
final class KeyTable {
    /** Per entry: the key at {@code 2 * i}, its slot plus one at {@code 2 * i + 1} (0: the entry is free). */
    private long[] entries;
    private int size;

    KeyTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        entries = new long[2 * capacity];
    }

    /** Number of keys added. */
    int size() {
        return size;
    }

    /** The key's slot, or -1 when it was never added. */
    int get(long key) {
        int i = find(entries, key);
        return (int) entries[i + 1] - 1;
    }

    /** The key's slot: a new one ({@link #size()} before the call) when the key is new. */
    int add(long key) {
        int i = find(entries, key);
        if (entries[i + 1] != 0) {
            return (int) entries[i + 1] - 1;
        }
        entries[i] = key;
        entries[i + 1] = ++size;
        if (size * 4 > entries.length) { // more than half of the entries in use
            grow();
        }
        return size - 1;
    }

    /** The index of the key's entry in {@code entries}, or of the free entry where it would go. */
    private static int find(long[] entries, long key) {
        int mask = entries.length - 2; // even indices only
        int i = (int) (key << 1) & mask;
        while (entries[i + 1] != 0 && entries[i] != key) {
            i = (i + 2) & mask;
        }
        return i;
    }

    private void grow() {
        long[] old = entries;
        entries = new long[old.length * 2];
        for (int j = 0; j < old.length; j += 2) {
            if (old[j + 1] != 0) {
                int i = find(entries, old[j]);
                entries[i] = old[j];
                entries[i + 1] = old[j + 1];
            }
        }
    }
}
