package docsift;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helper: runs a system command (mount, chattr...) and returns its exit status, -1 when it cannot run. */
public final class Shell {
    private Shell() {
    }

    /** The command's exit status; -1 when there is no such command or it ran past 30 s (then killed). */
    public static int exec(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException noSuchCommand) {
            return -1;
        }
    }
}
