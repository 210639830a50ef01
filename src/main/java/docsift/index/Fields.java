package docsift.index;

import java.util.List;

/**
 * Every Lucene field name docsift writes or reads, with why each exists. Indexing and searching both use
 * these constants, so a field can never be spelled two ways. Stateless.
 *
 * <p>Each section of an article becomes one {@link Kind#SECTION} document, plus one {@link Kind#CODE}
 * document per code block and one {@link Kind#USECASE} document per use-case item, so those can be
 * returned as hits of their own. All documents of an article share the {@link #ARTICLE} term, which is
 * what lets one article be replaced atomically with {@code IndexWriter.updateDocuments}.
 */
public final class Fields {
    private Fields() {
    }

    /** Kinds of document; the values of {@link #KIND}. */
    public enum Kind {
        SECTION, CODE, USECASE;

        /** The value as indexed and as shown in the API: lower case. */
        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The kind whose {@link #value()} this is, exactly; empty for any other text. */
        public static java.util.Optional<Kind> of(String value) {
            return java.util.Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst();
        }
    }

    // ---- keys and filters: StringField (exact, not analysed), most with doc values for facets/sorting ----

    /** Unique key of a document: {@code article#anchor}, plus {@code /code/N} or {@code /usecase/N}. */
    public static final String ID = "id";
    /** Article id (path in the corpus): the key term for replacing or deleting an article; filter and facet. */
    public static final String ARTICLE = "article";
    /** Document kind ({@link Kind#value()}): filter and facet. */
    public static final String KIND = "kind";
    /** Top-level topic of the section ("Django related topics"): filter and facet. */
    public static final String TOPIC = "topic";
    /**
     * The folder of the article within the corpus ("current/v25.4"; {@link #ROOT_FOLDER} for the corpus folder
     * itself): filter and facet, so that a site's versions or parts can be told apart. Not stored.
     */
    public static final String FOLDER = "folder";
    /** The {@link #FOLDER} of articles directly in the corpus folder. */
    public static final String ROOT_FOLDER = ".";
    /**
     * Id of the section a code or use-case document belongs to (equals {@link #ID} on sections): searched only
     * (the other versions of a section are found by it), never read back, so not stored.
     */
    public static final String SECTION_ID = "section_id";
    /**
     * Sorted doc values on every document: its {@link #ID} without the article id ({@code #anchor},
     * {@code #anchor/code/2}). With the article's version folder left out of its id, the key that makes one
     * section's copies in several versions one hit (search.collapse). Apart from the article id because anchors
     * repeat across pages ("#overview"), so this dictionary stays small where one of whole ids would hold a
     * value per document.
     */
    public static final String LOCAL_ID = "local_id";
    /** Heading level 0-6 (0 = lead section), stored for display. */
    public static final String LEVEL = "level";
    /**
     * Position of the document within its article, a Lucene {@code IntField} (a point and sorted-numeric doc
     * values): ordinal 0 finds each article's first document, which alone stores the article's hash, and a
     * replica reads an article's sections back in order. Named "position" since schema 12: the field
     * "ordinal" of older indexes had plain numeric doc values, and Lucene refuses another doc values type
     * under a name an index already has, so older indexes could not have been updated in place.
     */
    public static final String ORDINAL = "position";
    /**
     * Number of words in a section's own prose, code and use cases, heading excluded (numeric doc values, on
     * sections only): lets ranking demote sections that are only a heading and answer nothing themselves.
     */
    public static final String BODY_WORDS = "body_words";
    /** Binary doc values on sections: the heading's analysed words ({@link HeadingWords}), read while ranking. */
    public static final String HEADING_WORDS = "heading_words";
    /** Doc values on sections: words of the prose that are link text (see {@code Section#linkWords}). */
    public static final String LINK_WORDS = "link_words";
    /**
     * The analysed forms of the words a section says only as the text of links ({@link LinkOnlyWords}), one
     * exact, unanalysed term per form, on sections only, docs only: a word found there names what a link's
     * target is about, so ranking counts it as weaker evidence than a word the section's own text uses.
     */
    public static final String LINK_ONLY = "link_only";
    /**
     * The identifiers a section defines ({@link DefinedTerms}: the first cell of a table row, an anchor, an option
     * named at the start of a list item, a heading in code form), one exact, lower-cased term each, on sections
     * only, docs only: a section that defines the identifier a reader pasted explains it, others only mention it.
     */
    public static final String DEFINES = "defines";
    /** Doc values on every document: how many headings enclose its section (0 for a top-level section). */
    public static final String DEPTH = "depth";
    /**
     * Acronyms the section spells out ({@link Acronyms.Acronym#term()}: "wsgi", a separator, "web server
     * gateway interface"), on sections only: an exact, unanalysed term per pair. Search reads the pairs of the
     * whole index to expand acronyms in queries both ways, so the expansions come from the corpus itself.
     */
    public static final String ACRONYMS = "acronyms";
    /**
     * Fingerprint of the whole document (every field's name, type and value: 64 bits of a SHA-256), as numeric
     * doc values: an edit rewrites only the documents whose fingerprint changed ({@link IndexStore#updateArticle}).
     */
    public static final String DOC_FINGERPRINT = "doc_fingerprint";
    /**
     * Hex SHA-256 of the whole article file, as binary doc values on its first document: lets start-up catch-up
     * skip unchanged files without decompressing stored text. Not "article_hash", the stored field of schema 12
     * and before: Lucene refuses to give a field name a doc values type it did not have in the same index.
     */
    public static final String ARTICLE_HASH = "article_file_hash";

    // ---- analysed text, English: stems beside the forms as written, possessives, identifiers split ----

    /** The section heading, inline markup removed. */
    public static final String HEADING = "heading";
    /**
     * Ancestor headings, one value each, outermost first: searched, never highlighted nor read back (hits show
     * {@link #SECTION_PATH}), so neither stored nor with offsets. Not "breadcrumb", the stored field with offsets
     * of schema 14 and before: Lucene refuses other index options under a name an index already has.
     */
    public static final String BREADCRUMB = "breadcrumb_words";
    /** Prose: paragraphs, lists, quotes, tables; no code. */
    public static final String PROSE = "prose";
    /** Use-case items of the section (multi-valued) or the one item of a use-case document. */
    public static final String USE_CASES = "use_cases";

    // ---- analysed text, code: identifier-aware, no stemming ----

    /** Code block text (multi-valued on sections; the one block on code documents). */
    public static final String CODE = "code";
    /**
     * Inline code spans of the prose: searched, never highlighted (the spans are in the stored prose), so without
     * offsets. Not "inline_code", the field with offsets of schema 14 and before (see {@link #BREADCRUMB}).
     */
    public static final String INLINE_CODE = "inline_code_words";

    // ---- spelling ----

    /**
     * Words of heading, prose and use cases, lower-cased but not stemmed, only on section documents: the
     * dictionary for "did you mean", which must suggest real words rather than stems.
     */
    public static final String SPELL = "spell";

    // ---- stored only, for display ----

    /** Article title, stored on every document. */
    public static final String TITLE = "title";
    /** Heading of the document's section, on every document, for display. */
    public static final String SECTION_HEADING = "section_heading";
    /** Ancestor headings of the document's section (multi-valued, outermost first), for display. */
    public static final String SECTION_PATH = "section_path";
    /** Section anchor (HTML id on the article page). */
    public static final String ANCHOR = "anchor";
    /** The article's front matter {@code permalink} (or Hugo {@code url}), on every document when it has one: live-site links. */
    public static final String PERMALINK = "permalink";
    /** The article's front matter {@code slug}, on every document when it has one: live-site links. */
    public static final String SLUG = "slug";
    /** Use-case title (bold lead of the item) on use-case documents. */
    public static final String USE_CASE_TITLE = "use_case_title";
    /** Code block language on code documents (hits of other kinds show none, so sections do not store it). */
    public static final String LANGUAGE = "language";
    /** The section's Markdown source, for {@code /api/sections/{id}}. */
    public static final String MARKDOWN = "markdown";
    /** First and last source line of the section, on sections only: {@code /api/sections/{id}} shows them. */
    public static final String START_LINE = "start_line";
    public static final String END_LINE = "end_line";

    /** The {@link #FOLDER} of an article id: its path up to the last '/', or {@link #ROOT_FOLDER}. */
    public static String folderOf(String articleId) {
        int slash = articleId.lastIndexOf('/');
        return slash <= 0 ? ROOT_FOLDER : articleId.substring(0, slash);
    }

    /** Fields analysed as English prose. */
    public static final List<String> ENGLISH_FIELDS = List.of(HEADING, BREADCRUMB, PROSE, USE_CASES);
    /** Fields analysed as code. */
    public static final List<String> CODE_FIELDS = List.of(CODE, INLINE_CODE);

    /** True when {@code field} is analysed as code rather than English. */
    public static boolean isCode(String field) {
        return CODE_FIELDS.contains(field);
    }
}
