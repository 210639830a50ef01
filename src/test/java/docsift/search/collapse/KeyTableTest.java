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
}
