package docsift.search.collapse;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyTableTest {
    @Test
    void keysGetSlotsInTheOrderFirstAddedThroughGrowth() {
        KeyTable table = new KeyTable(4);
        for (long key = 0; key < 10_000; key++) {
            assertEquals((int) key, table.add(key * 0x9E3779B97F4A7C15L));
        }
        for (long key = 0; key < 10_000; key++) {
            assertEquals((int) key, table.add(key * 0x9E3779B97F4A7C15L));
            assertEquals((int) key, table.get(key * 0x9E3779B97F4A7C15L));
        }
        assertEquals(10_000, table.size());
        assertEquals(-1, table.get(12345));
    }

    @Test
    void zeroAndNegativeKeysAreKeysLikeAnyOther() {
        KeyTable table = new KeyTable(1);
        assertEquals(-1, table.get(0));
        assertEquals(0, table.add(0));
        assertEquals(1, table.add(-1));
        assertEquals(2, table.add(Long.MIN_VALUE));
        assertEquals(0, table.get(0));
        assertEquals(1, table.get(-1));
        assertEquals(2, table.get(Long.MIN_VALUE));
        assertEquals(-1, table.get(1));
        assertEquals(3, table.size());
    }

    @Test
    void keysThatCollideInTheLowBitsAreKeptApart() {
        KeyTable table = new KeyTable(16);
        for (long key = 0; key < 1_000; key++) {
            assertEquals((int) key, table.add(key << 32));
        }
        for (long key = 0; key < 1_000; key++) {
            assertEquals((int) key, table.get(key << 32));
        }
        assertEquals(-1, table.get(1_000L << 32));
    }
}
