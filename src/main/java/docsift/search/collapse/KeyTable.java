package docsift.search.collapse;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit keys to the slots 0, 1, 2... in the order keys were first added: the
 * collapse's per-match lookup without boxing a {@code Long} per match. Not thread-safe.
 */
final class KeyTable {
    private static final int EMPTY = -1;
    private long[] keys;
    private int[] slots;
    private int size;

    KeyTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        slots = new int[capacity];
        Arrays.fill(slots, EMPTY);
    }

    /** Number of keys added. */
    int size() {
        return size;
    }

    /** The key's slot, or -1 when it was never added. */
    int get(long key) {
        int mask = slots.length - 1;
        for (int i = (int) key & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return slots[i];
            }
        }
        return EMPTY;
    }

    /** The key's slot: a new one ({@link #size()} before the call) when the key is new. */
    int add(long key) {
        int mask = slots.length - 1;
        int i = (int) key & mask;
        for (; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return slots[i];
            }
        }
        keys[i] = key;
        slots[i] = size++;
        if (size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldSlots.length * 2];
        Arrays.fill(slots, EMPTY);
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != EMPTY) {
                int i = (int) oldKeys[j] & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }
}
