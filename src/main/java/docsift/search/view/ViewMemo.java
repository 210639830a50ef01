package docsift.search.view;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * Remembers answers computed from one view of the index, such as the spelling corrections of a word:
 * building Levenshtein automata for every unknown word of every request was the largest cost of typo
 * queries. Each answer is tied to the reader it came from and recomputed for a newer one. Bounded: when
 * full, it starts over. Thread-safe.
 *
 * @param <K> the key: a word, a query clause (compared by equals)
 * @param <V> the remembered value
 */
public final class ViewMemo<K, V> {
    /** How a value is computed on a miss. */
    @FunctionalInterface
    public interface Compute<K, V> {
        V apply(K key) throws IOException;
    }

    private record Remembered<V>(Object view, Optional<V> value) {
    }

    private final int capacity;
    private final Map<K, Remembered<V>> values = new ConcurrentHashMap<>();

    public ViewMemo(int capacity) {
        this.capacity = capacity;
    }

    /** The value for {@code key} on this reader's view, computed once per view; null values are remembered too. */
    public V get(IndexReader reader, K key, Compute<K, V> compute) throws IOException {
        Object view = view(reader);
        Remembered<V> remembered = values.get(key);
        if (remembered != null && remembered.view() == view) {
            return remembered.value().orElse(null);
        }
        V value = compute.apply(key);
        if (values.size() >= capacity) {
            values.clear();
        }
        values.put(key, new Remembered<>(view, Optional.ofNullable(value)));
        return value;
    }

    /** Identity of the reader's content: the same for every searcher on one commit. */
    private static Object view(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return helper == null ? reader : helper.getKey();
    }
}
