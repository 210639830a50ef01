package docsift.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Default values of every option of every command from the environment and a properties file, so settings
 * need no per-option code. Precedence, highest first: a flag on the command line (picocli never asks us
 * then), an environment variable, the config file, the option's own default. For {@code serve --cache-size}
 * the names looked up are, in order: {@code DOCSIFT_SERVE_CACHE_SIZE}, {@code DOCSIFT_CACHE_SIZE}, then the
 * keys {@code serve.cache-size} and {@code cache-size} of the file named by {@code DOCSIFT_CONFIG}. A switch
 * such as {@code --no-watch} takes {@code true} or {@code false}. Immutable and thread-safe.
 */
public final class ConfigDefaults implements IDefaultValueProvider {
    /** The environment variable that names the config file. */
    public static final String CONFIG_VARIABLE = "DOCSIFT_CONFIG";
    private static final String PREFIX = "DOCSIFT_";

    private final Map<String, String> environment;
    private final Properties file;

    private ConfigDefaults(Map<String, String> environment, Properties file) {
        this.environment = Map.copyOf(environment);
        this.file = file;
    }

    /**
     * Defaults from this environment and the config file it names, if any.
     *
     * @throws IllegalArgumentException when {@code DOCSIFT_CONFIG} names a file that cannot be read
     */
    public static ConfigDefaults from(Map<String, String> environment) {
        String config = environment.get(CONFIG_VARIABLE);
        return new ConfigDefaults(environment, config == null || config.isBlank() ? new Properties() : load(Path.of(config)));
    }

    private static Properties load(Path config) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            properties.load(in);
            return properties;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("config file " + config + " (from " + CONFIG_VARIABLE + ") does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + config + ": " + e.getMessage());
        }
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
            return null;
        }
        String name = option.longestName().replaceFirst("^-+", "");
        String command = option.command() == null ? "" : option.command().name();
        for (String key : List.of(command + "." + name, name)) {
            String value = environment.get(PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_'));
            if (value != null) {
                return value;
            }
        }
        String value = file.getProperty(command + "." + name);
        return value != null ? value.strip() : stripped(file.getProperty(name));
    }

    private static String stripped(String value) {
        return value == null ? null : value.strip();
    }
}
