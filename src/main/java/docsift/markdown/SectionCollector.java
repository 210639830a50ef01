package docsift.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a parsed document into sections at its top-level headings and builds their records. Headings nested
 * in quotes or list items stay part of the surrounding section (they cannot start one without cutting the
 * quote or list apart), but they still take an anchor in document order. Not thread-safe; one per article.
 */
final class SectionCollector {

    /** A heading (null for the lead) and the top-level blocks up to the next top-level heading. */
    private record Group(Heading heading, List<Node> blocks) {
    }

    /** The identifying part of a section. */
    private record Head(String anchor, int level, String heading, Outline.Place place) {
    }

    private final String articleId;
    private final LineIndex lines;
    private final HeadingAnchors anchors;
    private final List<Group> groups;

    SectionCollector(String articleId, Document document, LineIndex lines, HeadingAnchors anchors) {
        this.articleId = articleId;
        this.lines = lines;
        this.anchors = anchors;
        this.groups = groups(document);
    }

    /** The top-level headings in document order: the ones that start sections. */
    List<Heading> headings() {
        return groups.stream().map(Group::heading).filter(h -> h != null).toList();
    }

    List<Section> collect(ArticleTitle title) {
        Outline outline = new Outline();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int start = startLine(groups.get(i));
            int end = i + 1 < groups.size() ? startLine(groups.get(i + 1)) - 1 : lines.lineCount();
            build(groups.get(i), start, Math.max(start, end), head(groups.get(i), outline, title))
                    .ifPresent(sections::add);
        }
        return sections;
    }

    private Head head(Group group, Outline outline, ArticleTitle title) {
        Heading heading = group.heading();
        if (heading == null) {
            return new Head(Section.LEAD_ANCHOR, 0, title.text(), new Outline.Place(List.of(), title.text()));
        }
        HeadingAnchors.Entry entry = anchors.get(heading);
        Outline.Place place = outline.enter(heading.getLevel(), entry.text(), title.isTitle(heading));
        return new Head(entry.anchor(), heading.getLevel(), entry.text(), place);
    }

    private Optional<Section> build(Group group, int start, int end, Head head) {
        SectionContent content = new SectionContent(lines);
        group.blocks().forEach(content::add);
        if (group.heading() == null && content.isEmpty()) {
            return Optional.empty();
        }
        int last = lines.lastNonBlank(start, end);
        String markdown = lines.slice(start, last);
        List<UseCase> useCases = UseCaseDetector.detect(head.heading(), group.blocks(), lines);
        return Optional.of(new Section(articleId, head.anchor(), head.level(), head.heading(),
                head.place().breadcrumb(), head.place().topic(), content.prose(), content.codeBlocks(),
                content.inlineCode(), useCases, content.linkWords(), content.linkTexts(), markdown, start, last));
    }

    private int startLine(Group group) {
        Node first = group.heading() != null ? group.heading() : group.blocks().get(0);
        return lines.lineOf(first.getStartOffset());
    }

    /** Front matter is metadata, never content, so it belongs to no group. */
    private static List<Group> groups(Document document) {
        List<Group> groups = new ArrayList<>();
        Group current = new Group(null, new ArrayList<>());
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                addIfUsed(groups, current);
                current = new Group(heading, new ArrayList<>());
            } else if (!(block instanceof YamlFrontMatterBlock)) {
                current.blocks().add(block);
            }
        }
        addIfUsed(groups, current);
        return groups;
    }

    private static void addIfUsed(List<Group> groups, Group group) {
        if (group.heading() != null || !group.blocks().isEmpty()) {
            groups.add(group);
        }
    }
}
