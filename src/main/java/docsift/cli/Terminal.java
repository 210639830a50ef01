package docsift.cli;

/** Turns our highlighted HTML into terminal text: marks become «brackets», entities become characters. */
final class Terminal {
    private Terminal() {
    }

    static String plain(String html) {
        return html.replace("<mark>", "«").replace("</mark>", "»")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
