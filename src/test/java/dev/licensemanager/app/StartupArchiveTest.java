package dev.licensemanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's part of the per-user startup archive: its folder exists before the JVM writes it; CLI-made ones go. */
class StartupArchiveTest {
    @TempDir
    Path dir;

    @Test
    void theFolderIsMadeSoTheJvmCanWriteTheArchiveAtExit() {
        Path archive = dir.resolve("a/b/cds/license-manager.jsa");
        StartupArchive.prepare(archive, false);
        assertThat(archive.getParent()).isDirectory();
        assertThat(archive).doesNotExist();
        assertThat(StartupArchive.cliMark(archive)).doesNotExist();
    }

    @Test
    void anArchiveWrittenByACliRunIsDiscardedByTheWindow() throws Exception {
        Path archive = dir.resolve("cds/license-manager.jsa");
        StartupArchive.prepare(archive, true); // no archive yet: this CLI run writes it at exit
        assertThat(StartupArchive.cliMark(archive)).exists();
        Files.write(archive, new byte[] {1}); // what the JVM writes at the CLI run's exit

        StartupArchive.prepare(archive, true); // a later CLI run maps it and leaves it alone
        assertThat(archive).exists();

        StartupArchive.prepare(archive, false); // the window: the next start writes one with the window's classes
        assertThat(archive).doesNotExist();
        assertThat(StartupArchive.cliMark(archive)).doesNotExist();
    }

    @Test
    void anArchiveWrittenByTheWindowStays() throws Exception {
        Path archive = dir.resolve("cds/license-manager.jsa");
        StartupArchive.prepare(archive, false);
        Files.write(archive, new byte[] {1});
        StartupArchive.prepare(archive, true);
        StartupArchive.prepare(archive, false);
        assertThat(archive).exists();
        assertThat(StartupArchive.cliMark(archive)).doesNotExist();
    }

    @Test
    void withoutThePropertyOrWithAnUnexpandedVariableNothingIsWritten() {
        String before = System.getProperty(StartupArchive.PROPERTY);
        try {
            System.clearProperty(StartupArchive.PROPERTY);
            StartupArchive.prepare(true);
            System.setProperty(StartupArchive.PROPERTY, "$HOME/" + dir.relativize(dir.resolve("x/cds/a.jsa")));
            StartupArchive.prepare(true);
            assertThat(Path.of("$HOME")).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty(StartupArchive.PROPERTY);
            } else {
                System.setProperty(StartupArchive.PROPERTY, before);
            }
        }
    }
}
