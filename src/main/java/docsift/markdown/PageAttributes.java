package docsift.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Sets the attributes of one rendered document: each heading's id from {@link HeadingAnchors} (so the page
 * matches the parser's anchors) and neutralised {@code href}/{@code src} for script URLs. Not thread-safe;
 * flexmark creates one per rendering through {@link Factory}.
 */
final class PageAttributes implements AttributeProvider {

    private final HeadingAnchors anchors;

    private PageAttributes(HeadingAnchors anchors) {
        this.anchors = anchors;
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading heading && part == AttributablePart.NODE) {
            attributes.replaceValue("id", anchors.get(heading).anchor());
        }
        if (isUnsafe(attributes, "href")) {
            attributes.replaceValue("href", "#");
        }
        if (isUnsafe(attributes, "src")) {
            // Without a src the browser shows the alt text, as for a missing image.
            attributes.remove("src");
        }
    }

    private static boolean isUnsafe(MutableAttributes attributes, String name) {
        String url = attributes.getValue(name);
        return url != null && SafeUrls.isUnsafe(url);
    }

    /** Builds the provider for the document being rendered; stateless and thread-safe. */
    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new PageAttributes(HeadingAnchors.of(context.getDocument()));
        }
    }
}
