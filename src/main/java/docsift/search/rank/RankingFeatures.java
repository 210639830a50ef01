package docsift.search.rank;

/**
 * Which ranking features are on. Everything is on in production; the evaluation switches single features
 * off to measure what each one earns. Immutable.
 *
 * @param fieldWeights     weight a heading match over a body match (else every field counts the same)
 * @param proximity        bonus when the query's words stand close together in a section, and when it has the whole
 *                         query as written (a pasted line)
 * @param corrections      search unknown words through their likely corrections (typos)
 * @param coordination     rescore by the share of the query's information a section matches
 * @param emptySections    demote sections that are only a heading, with no body of their own
 * @param acronyms         expand acronyms and their spelled-out forms, as learned from the indexed text
 * @param minimumEvidence  flag hits that match too little of the query as weak
 * @param exactForms       bonus for sections that use a word in the very form typed, not only its stem
 * @param topicality       in the coverage, weigh a word by how topical it is (repeated where it occurs), not
 *                         only by how rare
 * @param identifiers      match words typed apart ("select for update") as the identifier they join into
 * @param synonyms         also search the other words of a word's synonym group ("remove" for "delete")
 * @param wholeHeadings    raise a section whose whole heading the query covers
 * @param hierarchy        a section enclosed by more headings needs a better match to outrank a broader one
 */
public record RankingFeatures(boolean fieldWeights, boolean proximity, boolean corrections, boolean coordination,
                              boolean emptySections, boolean acronyms, boolean minimumEvidence, boolean exactForms,
                              boolean topicality, boolean identifiers, boolean synonyms,
                              boolean wholeHeadings, boolean hierarchy) {
    /** Every feature on: what the service uses. */
    public static final RankingFeatures ALL = new RankingFeatures(true, true, true, true, true, true, true, true, true, true,
            true, true, true);

    public RankingFeatures withoutFieldWeights() {
        return new RankingFeatures(false, proximity, corrections, coordination, emptySections, acronyms,
                minimumEvidence, exactForms, topicality, identifiers, synonyms, wholeHeadings, hierarchy);
    }

    public RankingFeatures withoutProximity() {
        return new RankingFeatures(fieldWeights, false, corrections, coordination, emptySections, acronyms,
                minimumEvidence, exactForms, topicality, identifiers, synonyms, wholeHeadings, hierarchy);
    }

    public RankingFeatures withoutCorrections() {
        return new RankingFeatures(fieldWeights, proximity, false, coordination, emptySections, acronyms,
                minimumEvidence, exactForms, topicality, identifiers, synonyms, wholeHeadings, hierarchy);
    }

    public RankingFeatures withoutCoordination() {
        return new RankingFeatures(fieldWeights, proximity, corrections, false, emptySections, acronyms,
                minimumEvidence, exactForms, topicality, identifiers, synonyms, wholeHeadings, hierarchy);
    }

    public RankingFeatures withoutEmptySections() {
        return new RankingFeatures(fieldWeights, proximity, corrections, coordination, false, acronyms,
                minimumEvidence, exactForms, topicality, identifiers, synonyms, wholeHeadings, hierarchy);
    }

    public RankingFeatures withoutAcronyms() {
        return new RankingFeatures(fieldWeights, proximity, corrections, coordination, emptySections, false,
                minimumEvidence, exactForms, topicality, identifiers, synonyms, wholeHeadings, hierarchy);
    }

    public RankingFeatures withoutMinimumEvidence() {
        return new RankingFeatures(fieldWeights, proximity, corrections, coordination, emptySections, acronyms,
                false, exactForms, topicality, identifiers, synonyms, wholeHeadings, hierarchy);
    }

    public RankingFeatures withoutExactForms() {
        return new RankingFeatures(fieldWeights, proximity, corrections, coordination, emptySections, acronyms,
                minimumEvidence, false, topicality, identifiers, synonyms, wholeHeadings, hierarchy);
    }

    public RankingFeatures withoutTopicality() {
        return new RankingFeatures(fieldWeights, proximity, corrections, coordination, emptySections, acronyms,
                minimumEvidence, exactForms, false, identifiers, synonyms, wholeHeadings, hierarchy);
    }

    public RankingFeatures withoutIdentifiers() {
        return new RankingFeatures(fieldWeights, proximity, corrections, coordination, emptySections, acronyms,
                minimumEvidence, exactForms, topicality, false, synonyms, wholeHeadings, hierarchy);
    }

    public RankingFeatures withoutSynonyms() {
        return new RankingFeatures(fieldWeights, proximity, corrections, coordination, emptySections, acronyms,
                minimumEvidence, exactForms, topicality, identifiers, false, wholeHeadings, hierarchy);
    }

    public RankingFeatures withoutWholeHeadings() {
        return new RankingFeatures(fieldWeights, proximity, corrections, coordination, emptySections, acronyms,
                minimumEvidence, exactForms, topicality, identifiers, synonyms, false, hierarchy);
    }

    public RankingFeatures withoutHierarchy() {
        return new RankingFeatures(fieldWeights, proximity, corrections, coordination, emptySections, acronyms,
                minimumEvidence, exactForms, topicality, identifiers, synonyms, wholeHeadings, false);
    }
}
