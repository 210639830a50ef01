package docsift.search.highlight;

import docsift.index.Fields;
import docsift.search.rank.RankingWeights;
import docsift.search.view.ViewMemo;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted, HTML-escaped excerpts of hits, made with Lucene's UnifiedHighlighter from the offsets stored
 * in the postings (no re-analysis). Every excerpt is escaped text in which only {@code <mark>} is markup.
 * Thread-safe: per-request state lives in a short-lived highlighter bound to the request's searcher.
 */
public final class Snippets {
    /** The excerpts of one hit; null fields mean "nothing to show". */
    public record Excerpt(String heading, String prose, String code, List<String> useCases) {
    }

    static final String MARK_OPEN = "<mark>";
    static final String MARK_CLOSE = "</mark>";
    /** How much of the start of a use-case item the prose snippet must show for the item to count as shown. */
    private static final int SHOWN_PREFIX = 60;
    /** Target length of a prose snippet, in characters. */
    private static final int PROSE_LENGTH = 240;
    /** Where the first match sits within a snippet: a third in, so the reader sees what leads up to it. */
    private static final float FRAGMENT_ALIGNMENT = 0.33f;
    private static final String[] FIELDS = {Fields.HEADING, Fields.PROSE, Fields.CODE, Fields.USE_CASES};
    private static final int[] MAX_PASSAGES = {1, 1, 4, 3};
    /** Separator the highlighter puts between the values of a multi-valued field. */
    static final char VALUE_SEPARATOR = Highlighter.VALUE_SEPARATOR;

    /**
     * The index-time analyzer: offsets normally come from the postings, but for fuzzy and prefix queries
     * the highlighter re-analyses the stored text, and only the index chain yields the identifier parts
     * that such a query matched.
     */
    private final Analyzer indexAnalyzer;
    /**
     * The index view's field infos merged over its segments, which the highlighter reads to learn that offsets are
     * in the postings: Lucene merges them anew for every highlighter, that is for every search (1.4% of a search on
     * cockroachdb-docs, JFR), though they change only with the view.
     */
    private final ViewMemo<String, FieldInfos> fieldInfos = new ViewMemo<>(1);

    public Snippets(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /** Excerpts for each of {@code topDocs}, in the same order. */
    public List<Excerpt> excerpts(IndexSearcher searcher, Query query, TopDocs topDocs) throws IOException {
        Map<String, String[]> highlights = new Highlighter(searcher, indexAnalyzer, fieldInfos(searcher))
                .highlightFields(FIELDS, query, topDocs, MAX_PASSAGES);
        List<Excerpt> excerpts = new ArrayList<>(topDocs.scoreDocs.length);
        for (int i = 0; i < topDocs.scoreDocs.length; i++) {
            String prose = blankToNull(oneLine(highlights.get(Fields.PROSE)[i]));
            excerpts.add(new Excerpt(
                    blankToNull(oneLine(highlights.get(Fields.HEADING)[i])),
                    prose,
                    blankToNull(code(highlights.get(Fields.CODE)[i])),
                    useCases(highlights.get(Fields.USE_CASES)[i], prose)));
        }
        return excerpts;
    }

    /**
     * Every form the snippets of {@code docs} would mark, lower-cased: the words, stems, identifiers and code
     * forms the query matched, as written in the text. The whole of each field is read (no passages), so an
     * article page can mark exactly what the results mark, and nothing else (no stop words, no substrings).
     */
    public Set<String> markedForms(IndexSearcher searcher, Query query, TopDocs docs) throws IOException {
        Map<String, Object[]> found = new FormCollector(searcher, indexAnalyzer, fieldInfos(searcher)).collect(query, docIds(docs));
        Set<String> forms = new java.util.TreeSet<>();
        for (Object[] perDoc : found.values()) {
            for (Object value : perDoc) {
                if (value instanceof Set<?> set) {
                    set.forEach(form -> forms.add(((String) form).toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
        return forms;
    }

    private FieldInfos fieldInfos(IndexSearcher searcher) throws IOException {
        return fieldInfos.get(searcher.getIndexReader(), "", key -> FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
    }

    private static int[] docIds(TopDocs docs) {
        int[] ids = new int[docs.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = docs.scoreDocs[i].doc;
        }
        return ids;
    }

    private static String oneLine(String html) {
        return html == null ? null : html.replace(VALUE_SEPARATOR, ' ').replaceAll("\\s+", " ").strip();
    }

    /**
     * Matching lines of code, one per line, without the blank lines the separators leave, and each line once:
     * two code blocks of a section often repeat a line ({@code threads = []}), at the same or another indent.
     */
    private static String code(String html) {
        if (html == null) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        return String.join("\n", html.replace(VALUE_SEPARATOR, '\n').lines()
                .filter(line -> !line.isBlank() && seen.add(line.strip())).toList());
    }

    /**
     * The matching use-case items, less those the prose snippet already shows: use cases are part of the
     * prose, and the best prose passage is often two of them, which the reader would otherwise read twice.
     */
    private static List<String> useCases(String html, String prose) {
        if (html == null) {
            return List.of();
        }
        String shown = prose == null ? "" : unmarked(prose);
        List<String> items = new ArrayList<>();
        for (String item : html.split(String.valueOf(VALUE_SEPARATOR))) {
            String text = item.replaceAll("\\s+", " ").strip();
            String plain = unmarked(text);
            if (text.contains(MARK_OPEN) && !shown.contains(plain.substring(0, Math.min(plain.length(), SHOWN_PREFIX)))) {
                items.add(text);
            }
        }
        return items;
    }

    private static String unmarked(String html) {
        return html.replace(MARK_OPEN, "").replace(MARK_CLOSE, "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * The highlighter of the snippets (same query projection per field, same analyzer) reading each field
     * whole and returning the matched text of every match, not a formatted passage.
     */
    private static final class FormCollector extends Highlighter {
        private static final PassageFormatter MATCHES = new PassageFormatter() {
            @Override
            public Object format(Passage[] passages, String content) {
                Set<String> matched = new HashSet<>();
                for (Passage passage : passages) {
                    for (int i = 0; i < passage.getNumMatches(); i++) {
                        matched.add(content.substring(passage.getMatchStarts()[i], passage.getMatchEnds()[i]));
                    }
                }
                return matched;
            }
        };

        FormCollector(IndexSearcher searcher, Analyzer analyzer, FieldInfos fieldInfos) {
            super(searcher, analyzer, fieldInfos);
        }

        /** Per field, per document: the set of matched texts, or null when nothing matched. */
        Map<String, Object[]> collect(Query query, int[] docIds) throws IOException {
            int[] onePassage = new int[FIELDS.length];
            java.util.Arrays.fill(onePassage, 1);
            return highlightFieldsAsObjects(FIELDS, query, docIds, onePassage);
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return new WholeBreakIterator();
        }

        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return 0;
        }

        @Override
        protected PassageFormatter getFormatter(String field) {
            return MATCHES;
        }
    }

    /** Per-field break iterators, passages and formatting; built per request around its searcher. */
    private static class Highlighter extends UnifiedHighlighter {
        private static final DefaultPassageFormatter ESCAPING = new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, "… ", true);
        static final char VALUE_SEPARATOR = MULTIVAL_SEP_CHAR;
        /** Each matching use-case item on its own, separated so that they can be told apart again. */
        private static final PassageFormatter ITEMS = new PassageFormatter() {
            @Override
            public Object format(Passage[] passages, String content) {
                StringBuilder items = new StringBuilder();
                for (var passage : passages) {
                    items.append(ESCAPING.format(new Passage[] {passage}, content))
                            .append(VALUE_SEPARATOR);
                }
                return items.toString();
            }
        };

        private static final PassageFormatter PROSE = CutMarkingFormatter.prose();
        private static final PassageFormatter CODE_LINES = CutMarkingFormatter.code();

        /** Which prose passage a snippet shows: see {@link RankingWeights#PASSAGE_K1} and the weights after it. */
        private static final PassageScorer PROSE_SCORER = new PassageScorer(
                RankingWeights.PASSAGE_K1, RankingWeights.PASSAGE_B, RankingWeights.PASSAGE_PIVOT) {
            @Override
            public float norm(int passageStart) {
                return 1 + RankingWeights.PASSAGE_POSITION_WEIGHT / (float) Math.log(RankingWeights.PASSAGE_PIVOT + passageStart);
            }
        };

        /** The view's merged field infos, remembered by {@link Snippets} across searches. */
        private final FieldInfos merged;

        Highlighter(IndexSearcher searcher, Analyzer analyzer, FieldInfos merged) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withHandleMultiTermQuery(true)
                    .withHighlightPhrasesStrictly(true)
                    .withMaxLength(100_000));
            this.merged = merged;
        }

        /** What the field is indexed with (offsets in the postings or not), from the view's remembered infos. */
        @Override
        protected FieldInfo getFieldInfo(String field) {
            return merged.fieldInfo(field);
        }

        /** Each field is highlighted with only its own part of the query: see {@link FieldProjection}. */
        @Override
        protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<Term> allTerms, int maxPassages) {
            Query part = FieldProjection.onto(query, field);
            return super.getFieldHighlighter(field, part == null ? query : part, allTerms, maxPassages);
        }

        /** Offsets from the postings through one weight per segment: see {@link SegmentWeights}. */
        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            return source == OffsetSource.POSTINGS ? new SegmentWeights(components)
                    : super.getOffsetStrategy(source, components);
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return switch (field) {
                case Fields.HEADING -> new WholeBreakIterator();
                case Fields.CODE -> new SnippetBreaks(false);
                case Fields.USE_CASES -> new CustomSeparatorBreakIterator(VALUE_SEPARATOR);
                default -> LengthGoalBreakIterator.createClosestToLength(new SnippetBreaks(true), PROSE_LENGTH,
                        FRAGMENT_ALIGNMENT);
            };
        }

        @Override
        protected PassageScorer getScorer(String field) {
            return Fields.PROSE.equals(field) ? PROSE_SCORER : super.getScorer(field);
        }

        @Override
        protected int getMaxNoHighlightPassages(String field) {
            // Code and use cases appear only when they matched; heading and prose always show something.
            return Fields.CODE.equals(field) || Fields.USE_CASES.equals(field) ? 0 : 1;
        }

        @Override
        protected PassageFormatter getFormatter(String field) {
            return switch (field) {
                case Fields.CODE -> CODE_LINES;
                case Fields.USE_CASES -> ITEMS;
                case Fields.PROSE -> PROSE;
                default -> ESCAPING;
            };
        }
    }
}
