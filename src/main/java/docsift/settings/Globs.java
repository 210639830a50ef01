package docsift.settings;

import java.util.regex.Pattern;

/** Globs over one path segment: {@code *} any run of characters, {@code ?} one character, the rest literal. Stateless. */
final class Globs {
    private Globs() {
    }

    static boolean matches(String glob, String segment) {
        return regex(glob).matcher(segment).matches();
    }

    /** True when the text is a glob docsift can use: not blank, no slash (it names one folder). */
    static boolean isValid(String glob) {
        return !glob.isBlank() && glob.indexOf('/') < 0 && glob.indexOf('\\') < 0;
    }

    private static Pattern regex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        return Pattern.compile(regex.append(Pattern.quote(literal.toString())).toString());
    }
}
