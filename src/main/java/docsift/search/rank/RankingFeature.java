package docsift.search.rank;

/**
 * A ranking feature that the evaluation can switch off to measure what it earns (see {@link RankingFeatures}).
 * The order is the order of the ablation table.
 */
public enum RankingFeature {
    /** Weight a heading match over a body match (else every field counts the same). */
    FIELD_WEIGHTS("field weights"),
    /**
     * Bonus when the query's words stand close together in a section, and when it has the whole query as
     * written (a pasted line).
     */
    PROXIMITY("proximity"),
    /** Search unknown words through their likely corrections (typos). */
    CORRECTIONS("typo corrections"),
    /** Rescore by the share of the query's information a section matches. */
    COORDINATION("coordination"),
    /** Demote sections that are only a heading, with no body of their own. */
    EMPTY_SECTIONS("empty-section demotion"),
    /** Expand acronyms and their spelled-out forms, as learned from the indexed text. */
    ACRONYMS("acronyms"),
    /** Flag hits that match too little of the query as weak. */
    MINIMUM_EVIDENCE("minimum evidence"),
    /** Bonus for sections that use a word in the very form typed, not only its stem. */
    EXACT_FORMS("exact word forms"),
    /** In the coverage, weigh a word by how topical it is (repeated where it occurs), not only by how rare. */
    TOPICALITY("topicality"),
    /** Match words typed apart ("select for update") as the identifier they join into. */
    IDENTIFIERS("joined identifiers"),
    /** Also search the other words of a word's synonym group ("remove" for "delete"). */
    SYNONYMS("synonyms"),
    /** Raise a section whose whole heading the query covers. */
    WHOLE_HEADINGS("whole headings"),
    /** A section enclosed by more headings needs a better match to outrank a broader one. */
    HIERARCHY("hierarchy"),
    /** Rank release notes and migration guides below other pages unless the query asks about versions. */
    RELEASE_NOTES("release notes prior"),
    /** For a how or why question, raise a guide's section over reference (from the page's path and title). */
    GUIDES_FOR_HOW("guides for how-to"),
    /** A query word that a section has only in its heading counts less than one its own text uses. */
    OWN_TEXT("own-text evidence"),
    /** In a long section, the query's words count in full where they stand together, not scattered over it. */
    PASSAGES("passage evidence"),
    /** A query word that a section says only as the text of a link counts less than one its text discusses. */
    LINK_TEXT("link-only evidence"),
    /**
     * Raise a section that defines an identifier the query names (the first cell of a table row, an anchor, an
     * option at the start of a list item, a heading in code form) over sections that only mention it.
     */
    DEFINED_TERMS("defined terms");

    private final String label;

    RankingFeature(String label) {
        this.label = label;
    }

    /** The feature's name in the evaluation's ablation table. */
    public String label() {
        return label;
    }
}
