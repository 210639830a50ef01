package docsift.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the front end is served from: the copy of {@code web/} inside the jar, so the jar runs from any working
 * directory, or a folder given with {@code serve --web DIR}, so that edits show without a rebuild. Stateless.
 */
final class StaticWeb {
    /** The classpath folder that the build copies {@code web/} into (pom.xml, resources). */
    static final String CLASSPATH_FOLDER = "/web";

    private StaticWeb() {
    }

    /**
     * @param folder the front end's folder, or null for the classpath copy
     */
    static void configure(JavalinConfig config, Path folder) {
        if (folder == null) {
            // Javalin's own handler reads each file through the class loader. Jetty's, the default, first mounts
            // the whole jar (27 MB, 15,600 entries) as a zip file system: 0.3-1.8 s of every start by JFR.
            config.resourceHandler(new JavalinStaticResourceHandler());
        }
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            if (folder == null) {
                files.directory = CLASSPATH_FOLDER;
                files.location = Location.CLASSPATH;
            } else {
                files.directory = folder.toAbsolutePath().toString();
                files.location = Location.EXTERNAL;
            }
            // No build step means no hashed file names: browsers revalidate (cheap, with ETags) every time.
            files.headers = Map.of("Cache-Control", "no-cache");
        });
    }
}
