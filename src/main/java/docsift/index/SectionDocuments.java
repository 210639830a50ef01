package docsift.index;

import docsift.index.Fields.Kind;
import docsift.markdown.Article;
import docsift.markdown.CodeBlock;
import docsift.markdown.PageRoute;
import docsift.markdown.Section;
import docsift.markdown.UseCase;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Maps an {@link Article} to its Lucene documents: a pure function, so an incremental update and a full
 * rebuild of the same text produce identical documents. Stateless and thread-safe.
 */
final class SectionDocuments {
    /**
     * Analysed, stored text with offsets in the postings: the UnifiedHighlighter then highlights without
     * re-analysing and without term vectors, which is the fastest and smallest of its modes.
     */
    static final FieldType TEXT_WITH_OFFSETS = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    /**
     * The longest topic, in characters. A topic is a heading's text, and one the length of a paragraph would pass
     * Lucene's 32 KB limit on a term and keep the whole article out of the index.
     */
    static final int MAX_TOPIC_CHARS = 1_000;
    /**
     * Analysed text that is only searched, never shown nor highlighted: positions for phrases and proximity, but no
     * offsets, which no reader uses.
     */
    static final FieldType TEXT_SEARCH_ONLY = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    /** Words for the spelling dictionary: only which documents hold them matters. */
    static final FieldType SPELLING = spellingType();

    private SectionDocuments() {
    }

    private static FieldType textType(boolean stored, IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    private static FieldType spellingType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    /** Unique id of a section document: {@code article#anchor}. */
    public static String sectionId(String articleId, String anchor) {
        return articleId + "#" + anchor;
    }

    /**
     * All documents of one article, in article order, each with its {@link Fields#DOC_FINGERPRINT}; {@code headings}
     * analyses the section headings.
     */
    public static List<Document> of(Article article, HeadingWords headings) {
        List<Document> docs = unfingerprinted(article, headings);
        docs.forEach(DocumentFingerprint::add);
        return docs;
    }

    private static List<Document> unfingerprinted(Article article, HeadingWords headings) {
        List<Document> docs = new ArrayList<>();
        for (Section section : article.sections()) {
            String sectionId = sectionId(article.id(), section.anchor());
            docs.add(sectionDocument(article, section, sectionId, docs.size(), headings));
            List<CodeBlock> blocks = section.codeBlocks();
            for (int i = 0; i < blocks.size(); i++) {
                docs.add(codeDocument(article, section, sectionId + "/code/" + i, blocks.get(i), docs.size()));
            }
            List<UseCase> useCases = section.useCases();
            for (int i = 0; i < useCases.size(); i++) {
                docs.add(useCaseDocument(article, section, sectionId + "/usecase/" + i, useCases.get(i), docs.size()));
            }
        }
        return docs;
    }

    private static Document sectionDocument(Article article, Section section, String id, int ordinal,
                                            HeadingWords headings) {
        Document doc = common(article, section, id, Kind.SECTION, ordinal);
        storeSectionContext(doc, section);
        doc.add(new Field(Fields.HEADING, section.heading(), TEXT_WITH_OFFSETS));
        for (String ancestor : section.breadcrumb()) {
            doc.add(new Field(Fields.BREADCRUMB, ancestor, TEXT_SEARCH_ONLY));
        }
        doc.add(new Field(Fields.PROSE, section.prose(), TEXT_WITH_OFFSETS));
        for (CodeBlock block : section.codeBlocks()) {
            doc.add(new Field(Fields.CODE, block.text(), TEXT_WITH_OFFSETS));
        }
        for (String span : section.inlineCode()) {
            doc.add(new Field(Fields.INLINE_CODE, span, TEXT_SEARCH_ONLY));
        }
        for (UseCase useCase : section.useCases()) {
            doc.add(new Field(Fields.USE_CASES, useCase.text(), TEXT_WITH_OFFSETS));
            doc.add(new StoredField(Fields.USE_CASE_TITLE, useCase.title()));
        }
        doc.add(new NumericDocValuesField(Fields.BODY_WORDS, bodyWords(section)));
        doc.add(new NumericDocValuesField(Fields.LINK_WORDS, section.linkWords()));
        for (String form : LinkOnlyWords.of(section, headings)) {
            doc.add(new StringField(Fields.LINK_ONLY, form, Field.Store.NO));
        }
        for (String term : DefinedTerms.of(section)) {
            doc.add(new StringField(Fields.DEFINES, term, Field.Store.NO));
        }
        doc.add(new BinaryDocValuesField(Fields.HEADING_WORDS, new BytesRef(headings.encode(section.heading()))));
        for (Acronyms.Acronym acronym : Acronyms.find(section.heading() + "\n" + section.prose())) {
            doc.add(new StringField(Fields.ACRONYMS, acronym.term(), Field.Store.NO));
        }
        doc.add(new Field(Fields.SPELL, section.heading(), SPELLING));
        doc.add(new Field(Fields.SPELL, section.prose(), SPELLING));
        doc.add(new StoredField(Fields.MARKDOWN, section.markdown()));
        doc.add(new StoredField(Fields.START_LINE, section.startLine()));
        doc.add(new StoredField(Fields.END_LINE, section.endLine()));
        return doc;
    }

    /** Whitespace-separated words of the section's body: a rough size, enough to tell empty from not. */
    static int bodyWords(Section section) {
        List<String> parts = new ArrayList<>();
        parts.add(section.prose());
        section.codeBlocks().forEach(block -> parts.add(block.text()));
        section.useCases().forEach(useCase -> parts.add(useCase.text()));
        return words(String.join(" ", parts).strip());
    }

    /**
     * Runs of characters other than regex {@code \\s} (ASCII white space): what {@code split("\\s+").length} gave
     * for a stripped, non-empty text, without the regex and its substrings (2.5% of a full build's CPU).
     */
    private static int words(String body) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** A code block as a hit of its own: only its code is searchable; the section is stored for display. */
    private static Document codeDocument(Article article, Section section, String id, CodeBlock block, int ordinal) {
        Document doc = common(article, section, id, Kind.CODE, ordinal);
        storeSectionContext(doc, section);
        doc.add(new Field(Fields.CODE, block.text(), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(Fields.LANGUAGE, block.language()));
        return doc;
    }

    /** A use-case item as a hit of its own, linking to its section. */
    private static Document useCaseDocument(Article article, Section section, String id, UseCase useCase, int ordinal) {
        Document doc = common(article, section, id, Kind.USECASE, ordinal);
        storeSectionContext(doc, section);
        doc.add(new Field(Fields.USE_CASES, useCase.text(), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(Fields.USE_CASE_TITLE, useCase.title()));
        return doc;
    }

    /**
     * Every document stores its section's heading and path for display. Lucene requires one schema per
     * field name, so these are separate from the searchable {@link Fields#HEADING} of section documents.
     */
    private static void storeSectionContext(Document doc, Section section) {
        doc.add(new StoredField(Fields.SECTION_HEADING, section.heading()));
        for (String ancestor : section.breadcrumb()) {
            doc.add(new StoredField(Fields.SECTION_PATH, ancestor));
        }
    }

    private static Document common(Article article, Section section, String id, Kind kind, int ordinal) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.LOCAL_ID, new BytesRef(id.substring(article.id().length()))));
        addKeyword(doc, Fields.ARTICLE, article.id());
        addKeyword(doc, Fields.KIND, kind.value());
        addKeyword(doc, Fields.TOPIC, shortened(section.topic(), MAX_TOPIC_CHARS));
        doc.add(new StringField(Fields.FOLDER, Fields.folderOf(article.id()), Field.Store.NO));
        doc.add(new SortedDocValuesField(Fields.FOLDER, new BytesRef(Fields.folderOf(article.id()))));
        doc.add(new StringField(Fields.SECTION_ID, sectionId(article.id(), section.anchor()), Field.Store.NO));
        doc.add(new StoredField(Fields.LEVEL, section.level()));
        doc.add(new NumericDocValuesField(Fields.DEPTH, section.breadcrumb().size()));
        doc.add(new IntField(Fields.ORDINAL, ordinal, Field.Store.NO));
        if (ordinal == 0) {
            // Catch-up reads the article's hash from its first document only (IndexStore#committedArticleHashes),
            // as doc values: reading it from stored fields decompressed a block of stored text per article.
            doc.add(new BinaryDocValuesField(Fields.ARTICLE_HASH, new BytesRef(article.contentHash())));
        }
        doc.add(new StoredField(Fields.TITLE, article.title()));
        doc.add(new StoredField(Fields.ANCHOR, section.anchor()));
        storeRoute(doc, article.route());
        return doc;
    }

    /** On every document, so a hit's live-site link needs no second look-up; absent on most pages. */
    private static void storeRoute(Document doc, PageRoute route) {
        if (route.permalink() != null) {
            doc.add(new StoredField(Fields.PERMALINK, route.permalink()));
        }
        if (route.slug() != null) {
            doc.add(new StoredField(Fields.SLUG, route.slug()));
        }
    }

    /** At most {@code max} characters, never ending inside a surrogate pair. */
    private static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max);
    }

    /**
     * Exact-match term for filters, stored for display, and sorted doc values for facet counting. Not Lucene's
     * {@code KeywordField}: it writes sorted-set doc values, and an index written with sorted ones cannot take
     * documents with another doc values type under the same name, so an existing index could not be updated
     * in place.
     */
    private static void addKeyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
