package docsift.settings;

/**
 * A settings file that cannot be used, with a one-line message naming the file, the line and the setting
 * ({@code /site/docsift.yml line 4: links.urls: "prety" is not one of pretty, html, mkdocs, docusaurus}).
 */
public final class SettingsException extends RuntimeException {
    SettingsException(String message) {
        super(message);
    }

    SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
