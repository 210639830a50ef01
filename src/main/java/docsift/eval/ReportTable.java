package docsift.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Formats evaluation reports as plain-text tables for a terminal or a Markdown note. Stateless. */
public final class ReportTable {
    private ReportTable() {
    }

    /**
     * Rows = kinds and overall, columns = S@1, S@3, MRR@10, nDCG@10 of each report side by side, then the
     * off-topic ({@code none}) rows.
     */
    public static String sideBySide(List<RankerReport> reports) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| %-9s | %3s |", "kind", "n"));
        for (RankerReport report : reports) {
            out.append(String.format(Locale.ROOT, " %-10s S@1 |  S@3 |  MRR | nDCG |", report.ranker()));
        }
        out.append('\n').append("|-----------|----:|");
        out.append("----------------:|-----:|-----:|-----:|".repeat(reports.size())).append('\n');
        for (String kind : kinds(reports)) {
            row(out, kind, reports.stream().map(r -> r.byKind().get(kind)).toList());
        }
        row(out, "overall", reports.stream().map(RankerReport::overall).toList());
        offTopicRows(out, reports);
        return out.toString();
    }

    private static void row(StringBuilder out, String label, List<Scores> scores) {
        out.append(String.format(Locale.ROOT, "| %-9s | %3d |", label, scores.getFirst().count()));
        for (Scores s : scores) {
            out.append(String.format(Locale.ROOT, " %15.3f | %.3f | %.3f | %.3f |",
                    s.successAt1(), s.successAt3(), s.mrr(), s.ndcg()));
        }
        out.append('\n');
    }

    private static void offTopicRows(StringBuilder out, List<RankerReport> reports) {
        int offTopic = reports.getFirst().offTopic().size();
        out.append('\n');
        for (RankerReport report : reports) {
            out.append(String.format(Locale.ROOT,
                    "%-10s none: %d/%d with no confident hit (%.2f), %d/%d with no hit at all; "
                            + "relevant first hit flagged weak: %d/%d%n",
                    report.ranker(), Math.round(report.noConfidentHitRate() * offTopic), offTopic,
                    report.noConfidentHitRate(), Math.round(report.noHitRate() * offTopic), offTopic,
                    Math.round(report.relevantButWeakRate() * report.answerable().size()), report.answerable().size()));
        }
    }

    /** One line per variant: overall S@1, MRR, nDCG, the MRR of each kind, and the off-topic rate. */
    public static String compact(List<RankerReport> reports) {
        List<String> kinds = kinds(reports);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "| %-28s |  S@1 |  MRR | nDCG |", "variant"));
        kinds.forEach(kind -> out.append(String.format(Locale.ROOT, " %8.8s |", kind)));
        out.append(" none ok |\n|").append("-".repeat(30)).append("|-----:|-----:|-----:|");
        out.append("---------:|".repeat(kinds.size())).append("--------:|\n");
        for (RankerReport report : reports) {
            Scores all = report.overall();
            out.append(String.format(Locale.ROOT, "| %-28s | %.3f | %.3f | %.3f |", report.ranker(),
                    all.successAt1(), all.mrr(), all.ndcg()));
            for (String kind : kinds) {
                Scores s = report.byKind().get(kind);
                out.append(String.format(Locale.ROOT, " %8.3f |", s == null ? 0 : s.mrr()));
            }
            out.append(String.format(Locale.ROOT, " %7.2f |%n", report.noConfidentHitRate()));
        }
        return out.toString();
    }

    /**
     * Every judged set in one table: a row per kind and one overall, docsift beside the baseline, then one line
     * per set with its off-topic queries and the kinds below the baseline.
     */
    public static String allSets(List<SetReport> reports) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "| %-11s | %-9s | %3s |", "set", "kind", "n"));
        out.append(" docsift    S@1 |  S@3 |  MRR | nDCG | baseline   S@1 |  S@3 |  MRR | nDCG |\n");
        out.append("|-------------|-----------|----:|").append("----------------:|-----:|-----:|-----:|".repeat(2));
        out.append('\n');
        for (SetReport report : reports) {
            for (String kind : report.docsift().byKind().keySet()) {
                setRow(out, report.set().name(), kind, report.docsift().byKind().get(kind),
                        report.baseline().byKind().get(kind));
            }
            setRow(out, report.set().name(), "overall", report.docsift().overall(), report.baseline().overall());
        }
        out.append('\n');
        for (SetReport report : reports) {
            out.append(setSummary(report));
        }
        return out.toString();
    }

    private static void setRow(StringBuilder out, String set, String kind, Scores ours, Scores theirs) {
        out.append(String.format(Locale.ROOT, "| %-11s | %-9s | %3d |", set, kind, ours.count()));
        for (Scores s : List.of(ours, theirs)) {
            out.append(String.format(Locale.ROOT, " %15.3f | %.3f | %.3f | %.3f |",
                    s.successAt1(), s.successAt3(), s.mrr(), s.ndcg()));
        }
        out.append('\n');
    }

    private static String setSummary(SetReport report) {
        RankerReport ours = report.docsift();
        int offTopic = ours.offTopic().size();
        List<String> below = report.kindsBelowBaseline(ours);
        return String.format(Locale.ROOT, "%s: %d queries (%d skipped); off-topic without a confident hit %d/%d "
                        + "(baseline %d/%d); relevant first hits flagged weak %d/%d; kinds below the baseline: %s%n",
                report.set().name(), report.loaded(), report.skipped(),
                Math.round(ours.noConfidentHitRate() * offTopic), offTopic,
                Math.round(report.baseline().noConfidentHitRate() * offTopic), offTopic,
                Math.round(ours.relevantButWeakRate() * ours.answerable().size()), ours.answerable().size(),
                below.isEmpty() ? "none" : String.join(", ", below));
    }

    /**
     * The ablation on every set in one table: a row per variant, S@1 / MRR@10 on each set, the lowest share of
     * off-topic queries without a confident hit, and how many kinds (over all sets) fall below the baseline.
     */
    public static String ablationAcrossSets(List<SetReport> reports) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "| %-28s |", "variant"));
        reports.forEach(r -> out.append(String.format(Locale.ROOT, " %-13.13s |", r.set().name())));
        out.append(" none ok | kinds < baseline |\n|").append("-".repeat(30)).append('|');
        out.append("--------------:|".repeat(reports.size())).append("--------:|-----------------:|\n");
        int variants = reports.getFirst().variants().size();
        ablationRow(out, "docsift (all features)", reports, SetReport::docsift);
        for (int v = 0; v < variants; v++) {
            int index = v;
            ablationRow(out, reports.getFirst().variants().get(v).ranker(), reports, r -> r.variants().get(index));
        }
        ablationRow(out, "baseline", reports, SetReport::baseline);
        return out.toString();
    }

    private static void ablationRow(StringBuilder out, String label, List<SetReport> reports,
                                    java.util.function.Function<SetReport, RankerReport> pick) {
        out.append(String.format(Locale.ROOT, "| %-28s |", label));
        double offTopic = 1;
        int below = 0;
        for (SetReport report : reports) {
            RankerReport ranked = pick.apply(report);
            out.append(String.format(Locale.ROOT, " %.3f / %.3f |", ranked.overall().successAt1(), ranked.overall().mrr()));
            offTopic = Math.min(offTopic, ranked.noConfidentHitRate());
            below += report.kindsBelowBaseline(ranked).size();
        }
        out.append(String.format(Locale.ROOT, " %7.2f | %16d |%n", offTopic, below));
    }

    /** Each wrongly answered query: what was expected and the top 3 returned. */
    public static String misses(RankerReport report) {
        return misses(report, false);
    }

    /**
     * Each wrongly answered query: what was expected and the top 3 returned, each returned section after its
     * article when {@code withArticle} (for a corpus, where several files share headings).
     */
    public static String misses(RankerReport report, boolean withArticle) {
        StringBuilder out = new StringBuilder();
        List<QueryResult> misses = report.misses();
        out.append(String.format(Locale.ROOT, "%s misses: %d%n", report.ranker(), misses.size()));
        for (QueryResult miss : misses) {
            String expected = miss.query().isNone() ? "(no confident hit)" : String.join(" | ", miss.query().bestKeys());
            out.append(String.format(Locale.ROOT, "  [%s] %s%n      expected: %s%n      got: %s%n",
                    miss.query().kind(), miss.query().q(), expected, String.join(" | ", miss.top(3, withArticle))));
        }
        List<QueryResult> weak = report.answerable().stream().filter(QueryResult::relevantButWeak).toList();
        out.append(String.format(Locale.ROOT, "%s relevant first hits flagged weak: %d%n", report.ranker(), weak.size()));
        for (QueryResult result : weak) {
            out.append(String.format(Locale.ROOT, "  [%s] %s -> %s%n", result.query().kind(), result.query().q(),
                    result.top(1, withArticle).getFirst()));
        }
        return out.toString();
    }

    private static List<String> kinds(List<RankerReport> reports) {
        Set<String> kinds = new LinkedHashSet<>();
        reports.forEach(report -> kinds.addAll(report.byKind().keySet()));
        return new ArrayList<>(kinds);
    }
}
