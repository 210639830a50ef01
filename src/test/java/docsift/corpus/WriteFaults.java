package docsift.corpus;

import docsift.Shell;
import docsift.index.FaultyDirectory;
import docsift.index.IndexStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test helper: a write fault on an index folder, switched on and off while a server uses it. The real thing
 * where this machine allows it (as root, which CI is: a small tmpfs filled to the last byte, {@code chattr +i}
 * on the folder, a read-only bind mount; root ignores permissions, so {@code chmod} proves nothing), and
 * otherwise the same failures injected through {@link FaultyDirectory}, so the behaviour is always tested.
 * Not thread-safe: one test drives it.
 */
final class WriteFaults implements AutoCloseable {
    /** What goes wrong. */
    enum Kind { FULL_DISK, READ_ONLY_WHILE_SERVING, READ_ONLY_MOUNT }

    /** How it is made to go wrong. */
    enum Way { REAL, INJECTED }

    private final Kind kind;
    private final Way way;
    private final Path index;
    private final AtomicReference<FaultyDirectory.Fault> injected = new AtomicReference<>(FaultyDirectory.Fault.NONE);
    private boolean tmpfs;
    private boolean on;

    private WriteFaults(Kind kind, Way way, Path index) {
        this.kind = kind;
        this.way = way;
        this.index = index;
    }

    /** The ways this machine can produce the fault: always injected, and for real when it may mount or chattr. */
    static List<Way> ways(Kind kind) throws Exception {
        List<Way> ways = new ArrayList<>(List.of(Way.INJECTED));
        Path scratch = Files.createTempDirectory("docsift-probe");
        try {
            if (kind == Kind.READ_ONLY_WHILE_SERVING ? canChattr(scratch) : canMount(scratch)) {
                ways.add(Way.REAL);
            }
        } finally {
            try (var probes = Files.list(scratch)) {
                for (Path probe : probes.toList()) {
                    Files.deleteIfExists(probe);
                }
            }
            Files.delete(scratch);
        }
        return ways;
    }

    /** Prepares the index folder before the server first opens it (a full disk needs its tmpfs first). */
    static WriteFaults prepare(Kind kind, Way way, Path index) throws Exception {
        WriteFaults faults = new WriteFaults(kind, way, index);
        if (way == Way.REAL && kind == Kind.FULL_DISK) {
            Files.createDirectories(index);
            run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", index.toString());
            faults.tmpfs = true;
        }
        return faults;
    }

    /** How the server must open the index folder: through the fault seam when injecting, else as it is. */
    IndexStore.DirectoryFactory directories() {
        return way == Way.INJECTED ? FaultyDirectory.factory(injected) : null;
    }

    void on() throws Exception {
        on = true;
        if (way == Way.INJECTED) {
            injected.set(kind == Kind.FULL_DISK ? FaultyDirectory.Fault.FULL : FaultyDirectory.Fault.READ_ONLY);
            return;
        }
        switch (kind) {
            case FULL_DISK -> fill();
            case READ_ONLY_WHILE_SERVING -> run("chattr", "+i", index.toString());
            case READ_ONLY_MOUNT -> {
                run("mount", "--bind", index.toString(), index.toString());
                run("mount", "-o", "remount,bind,ro", index.toString());
            }
        }
    }

    void off() throws Exception {
        if (!on) {
            return;
        }
        on = false;
        if (way == Way.INJECTED) {
            injected.set(FaultyDirectory.Fault.NONE);
            return;
        }
        switch (kind) {
            case FULL_DISK -> Files.delete(filler());
            case READ_ONLY_WHILE_SERVING -> run("chattr", "-i", index.toString());
            // Lazily: the server still has files of the mount open; it sees the same files underneath.
            case READ_ONLY_MOUNT -> run("umount", "-l", index.toString());
        }
    }

    private Path filler() {
        return index.resolve("filler.bin");
    }

    /** Writes until the file system refuses: the disk is full to the last block. */
    private void fill() throws IOException {
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler())) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("No space left")) {
                throw e;
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            off();
        } finally {
            if (tmpfs) {
                run("umount", "-l", index.toString());
            }
        }
    }

    private static boolean canMount(Path scratch) throws Exception {
        Path probe = Files.createDirectories(scratch.resolve("mount-probe"));
        if (exec("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", probe.toString()) != 0) {
            return false;
        }
        run("umount", probe.toString());
        return true;
    }

    /** True when chattr +i makes a folder refuse new files here (root, a file system that supports it). */
    private static boolean canChattr(Path scratch) throws Exception {
        Path probe = Files.createDirectories(scratch.resolve("chattr-probe"));
        if (exec("chattr", "+i", probe.toString()) != 0) {
            return false;
        }
        try {
            Files.createFile(probe.resolve("x"));
            return false;
        } catch (IOException refused) {
            return true;
        } finally {
            run("chattr", "-i", probe.toString());
        }
    }

    private static void run(String... command) throws Exception {
        int status = exec(command);
        if (status != 0) {
            throw new IOException(String.join(" ", command) + " failed with status " + status);
        }
    }

    private static int exec(String... command) throws InterruptedException {
        return Shell.exec(command);
    }

    @Override
    public String toString() {
        return kind + " (" + way + ")";
    }
}
