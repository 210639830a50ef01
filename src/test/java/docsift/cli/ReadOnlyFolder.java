package docsift.cli;

import docsift.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test helper: a real folder made to refuse writes, by the first way this machine allows. Tests run as root
 * here and in CI, and root ignores permission bits, so {@code chmod} proves nothing there: first a read-only
 * bind mount of the folder onto itself, else {@code chattr +i} (where mounting is not permitted), else, for a
 * user other than root, the permission bits. Undone on {@link #close()}. Not thread-safe.
 */
final class ReadOnlyFolder implements AutoCloseable {
    /** How the folder was made read-only. */
    enum Way { READ_ONLY_BIND_MOUNT, CHATTR_IMMUTABLE, PERMISSIONS }

    private final Path folder;
    private final Way way;

    private ReadOnlyFolder(Path folder, Way way) {
        this.folder = folder;
        this.way = way;
    }

    /** Makes {@code folder} refuse writes; fails (never skips) when no way works here. */
    static ReadOnlyFolder of(Path folder) throws Exception {
        if (exec("mount", "--bind", folder.toString(), folder.toString()) == 0) {
            if (exec("mount", "-o", "remount,bind,ro", folder.toString()) == 0 && refusesWrites(folder)) {
                return new ReadOnlyFolder(folder, Way.READ_ONLY_BIND_MOUNT);
            }
            exec("umount", folder.toString());
        }
        if (exec("chattr", "+i", folder.toString()) == 0) {
            if (refusesWrites(folder)) {
                return new ReadOnlyFolder(folder, Way.CHATTR_IMMUTABLE);
            }
            exec("chattr", "-i", folder.toString());
        }
        if (folder.toFile().setWritable(false, false) && refusesWrites(folder)) {
            return new ReadOnlyFolder(folder, Way.PERMISSIONS);
        }
        folder.toFile().setWritable(true, false);
        throw new AssertionError("no way to make " + folder + " read-only on this machine (bind mount, chattr, chmod)");
    }

    Way way() {
        return way;
    }

    /** A real attempt to create a file, not a look at the permission bits. */
    private static boolean refusesWrites(Path folder) {
        Path probe = folder.resolve(".write-probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return false;
        } catch (IOException refused) {
            return true;
        }
    }

    @Override
    public void close() throws Exception {
        switch (way) {
            case READ_ONLY_BIND_MOUNT -> exec("umount", folder.toString());
            case CHATTR_IMMUTABLE -> exec("chattr", "-i", folder.toString());
            case PERMISSIONS -> folder.toFile().setWritable(true, false);
        }
    }

    private static int exec(String... command) throws InterruptedException {
        return Shell.exec(command);
    }
}
