package docsift.search;

import docsift.index.Analyzers;
import docsift.index.Fields;
import docsift.index.IndexStore;
import docsift.markdown.MarkdownParser;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.search.*;

/** Scratch: prints first-stage score, coverage and final score of the top hits. Not committed. */
public class DebugRank {
    public static void main(String[] args) throws Exception {
        Path article = Path.of(System.getProperty("article", "corpus/advanced-topics.md"));
        Path folder = Files.createTempDirectory("dbg");
        IndexStore store = IndexStore.open(folder);
        if (System.getProperty("corpus") != null) {
            Path root = Path.of(System.getProperty("corpus"));
            try (var files = Files.walk(root)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".md")).toList()) {
                    store.replaceArticle(new MarkdownParser().parse(root.relativize(f).toString(), Files.readString(f)));
                }
            }
        } else {
            store.replaceArticle(new MarkdownParser().parse(article.getFileName().toString(), Files.readString(article)));
        }
        store.commit();
        Searchers searchers = new Searchers(store.directory());
        RankingFeatures f = RankingFeatures.ALL;
        QueryFactory qf = new QueryFactory(Analyzers.newQueryAnalyzer(true), f);
        Rescorer rescorer = new Rescorer(f, Analyzers.newQueryAnalyzer(true));
        IndexSearcher s = searchers.acquire();
        for (String q : args) {
            BuiltQuery b = qf.build(UserQueryParser.parse(q), s.getIndexReader());
            Query sections = new BooleanQuery.Builder().add(b.scoring(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new org.apache.lucene.index.Term(Fields.KIND, "section")), BooleanClause.Occur.FILTER).build();
            TopDocs td = s.search(sections, 100);
            Map<Integer, Float> first = new HashMap<>();
            for (ScoreDoc d : td.scoreDocs) first.put(d.doc, d.score);
            List<Rescorer.Scored> r = rescorer.rescore(s, b, td.scoreDocs);
            System.out.println("== " + q); if (System.getProperty("showq") != null) System.out.println(b.scoring());
            for (int i = 0; i < Math.min(6, r.size()); i++) {
                var x = r.get(i);
                System.out.printf("%2d %-75s first %.3f cov %.3f final %.3f %s%n", i + 1,
                    s.storedFields().document(x.doc().doc).get(Fields.ARTICLE) + " > " + s.storedFields().document(x.doc().doc).get(Fields.HEADING), first.get(x.doc().doc), x.coverage(), x.doc().score, x.weak() ? "weak" : "");
                if (System.getProperty("explain") != null && i < Integer.getInteger("explain"))
                    System.out.println(s.explain(b.scoring(), x.doc().doc));
            }
        }
        System.exit(0);
    }
}
