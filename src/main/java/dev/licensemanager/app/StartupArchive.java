package dev.licensemanager.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The per-user class-data-sharing archive of a JDK 25+ image (installer/runtime-jdk25.txt): the launcher passes
 * {@code -XX:SharedArchiveFile=<file> -XX:+AutoCreateSharedArchive -Dlm.cds.archive=<file>}, and the JVM writes the
 * archive at the exit of a start that could not map it (the first one, or the first after an update), with the
 * classes that start loaded. Two things are left to the app, before anything else runs:
 * <ul>
 *   <li>the folder must exist: the JVM does not make it, and a failed write ends the process with exit code 1
 *       whatever the app returned (a CLI result would be lost);</li>
 *   <li>an archive written by a command-line run holds the CLI's classes, not the window's. The CLI leaves a mark
 *       beside the file when its run is the one that writes it; the window then discards that archive, so that the
 *       window's next start writes one with its own classes (and the start after that is fast).</li>
 * </ul>
 * Nothing here may fail a start: without the property (JDK 17 image, {@code java -jar}, tests) it does nothing, and
 * an I/O problem only costs the fast start. A path with an unexpanded variable (the launcher leaves {@code $HOME} as
 * it is when HOME is unset) is left alone: making that folder would litter the working directory.
 */
final class StartupArchive {
    static final String PROPERTY = "lm.cds.archive";

    private StartupArchive() {
    }

    static void prepare(boolean cli) {
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isBlank() && !file.contains("$")) {
            prepare(Path.of(file), cli);
        }
    }

    static void prepare(Path archive, boolean cli) {
        Path mark = cliMark(archive);
        try {
            Files.createDirectories(archive.toAbsolutePath().getParent());
            if (cli) {
                if (!Files.exists(archive)) {
                    Files.write(mark, new byte[0]); // this run writes the archive at its exit
                }
            } else if (Files.exists(mark)) {
                Files.deleteIfExists(archive);
                Files.deleteIfExists(mark);
            }
        } catch (IOException | RuntimeException e) {
            // Read-only home and the like; on Windows the file may be in use by this very process (mapped).
        }
    }

    static Path cliMark(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".cli");
    }
}
