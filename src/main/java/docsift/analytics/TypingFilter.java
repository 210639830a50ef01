package docsift.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Keeps search-as-you-type from filling the analytics with prefixes: the page searches at each pause in
 * typing ("dja", "djang", "django signals"), and only the query the reader settled on is worth counting. A
 * search is held for a short window; a later, longer search that starts with its text within the window
 * replaces it (the same query twice is two searches). Held searches are released once their window has passed. No reader is identified, so two
 * readers typing the same words at the same moment count once: rare, and harmless to a report of what people
 * look for. Used by the one writer thread only: not thread-safe.
 */
final class TypingFilter {
    /** How long a search waits for a longer one; page searches follow each other within a second when typing. */
    static final Duration WINDOW = Duration.ofSeconds(3);
    /** At most this many searches are held; beyond it the oldest is released. */
    private static final int MAX_HELD = 256;

    private final Duration window;
    private final List<SearchEvent> held = new ArrayList<>();

    TypingFilter(Duration window) {
        this.window = window;
    }

    /** Holds the search, dropping any held one it extends; returns the searches released by its arrival. */
    List<SearchEvent> add(SearchEvent search) {
        held.removeIf(earlier -> extends_(search, earlier));
        held.add(search);
        List<SearchEvent> released = release(search.at());
        if (held.size() > MAX_HELD) {
            released.add(held.removeFirst());
        }
        return released;
    }

    /** The held searches whose window has passed at {@code now}. */
    List<SearchEvent> release(java.time.Instant now) {
        List<SearchEvent> released = new ArrayList<>();
        for (Iterator<SearchEvent> it = held.iterator(); it.hasNext(); ) {
            SearchEvent search = it.next();
            if (!search.at().plus(window).isAfter(now)) {
                released.add(search);
                it.remove();
            }
        }
        return released;
    }

    /** Every held search, at shutdown. */
    List<SearchEvent> releaseAll() {
        List<SearchEvent> released = new ArrayList<>(held);
        held.clear();
        return released;
    }

    private boolean extends_(SearchEvent later, SearchEvent earlier) {
        return later.query().length() > earlier.query().length() && later.query().startsWith(earlier.query())
                && !later.at().isBefore(earlier.at()) && !earlier.at().plus(window).isBefore(later.at());
    }
}
