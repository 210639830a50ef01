package docsift.search;

import docsift.markdown.Article;
import docsift.markdown.CodeBlock;
import docsift.markdown.Section;
import docsift.markdown.UseCase;
import java.util.ArrayList;
import java.util.List;

/** Tiny hand-written articles with known content, for exact expectations on search mechanics. */
final class Fixtures {
    private Fixtures() {
    }

    /** A section builder with sensible defaults. */
    static Section section(String article, String anchor, int level, String heading, List<String> path, String topic,
                           String prose, List<CodeBlock> code, List<UseCase> useCases) {
        return new Section(article, anchor, level, heading, path, topic, prose, code, List.of(), useCases, 0,
                "## " + heading + "\n\n" + prose, 1, 3);
    }

    /** A top-level section (level 2, no parent headings, its own topic, no use cases). */
    static Section topLevel(String article, String anchor, String heading, String prose, CodeBlock... code) {
        return section(article, anchor, 2, heading, List.of(), heading, prose, List.of(code), List.of());
    }

    static CodeBlock python(String text) {
        return new CodeBlock("python", "python", text, 1);
    }

    /** A small article about Django and Python with code, use cases and a hostile section. */
    static Article tiny() {
        String id = "tiny.md";
        List<Section> sections = new ArrayList<>();
        sections.add(section(id, "django-signals", 3, "Django signals", List.of("Django related topics:"), "Django related topics",
                "Signals let decoupled applications get notified when actions occur elsewhere in the framework.",
                List.of(python("@receiver(post_save, sender=User)\ndef create_profile(sender, instance, **kwargs):\n    pass")),
                List.of(new UseCase("Sending notifications", "Sending notifications: email a user when an order ships."),
                        new UseCase("Cache invalidation", "Cache invalidation: clear cached pages when a model changes."))));
        sections.add(section(id, "select_for_update-in-django", 3, "select_for_update in Django", List.of("Django related topics:"),
                "Django related topics", "Locks rows until the end of the transaction.",
                List.of(python("with transaction.atomic():\n    entries = Entry.objects.select_for_update().filter(author=request.user)")),
                List.of()));
        sections.add(section(id, "django-middleware", 3, "Django middleware", List.of("Django related topics:"), "Django related topics",
                "Middleware is a framework of hooks into request and response processing.", List.of(), List.of()));
        sections.add(section(id, "decorators", 3, "Decorators", List.of("Python related topics:"), "Python related topics",
                "A decorator wraps a function to extend its behaviour without changing it.",
                List.of(python("def my_decorator(func):\n    def wrapper():\n        return func()\n    return wrapper")), List.of()));
        sections.add(section(id, "hostile", 3, "Hostile <script>alert(1)</script> heading", List.of("Python related topics:"),
                "Python related topics", "Injected \"><img src=x onerror=alert(1)> and <script>alert(1)</script> text.",
                List.of(), List.of()));
        return new Article(id, "tiny", "article-hash", sections);
    }
}
