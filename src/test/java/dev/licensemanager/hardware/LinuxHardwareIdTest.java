package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Linux provider on fixture file trees. Expected hashes: shell commands in the comments. */
class LinuxHardwareIdTest {
    // printf %s 0123456789abcdef0123456789abcdef | sha256sum
    static final String ETC_HASH = "3eb1bd439947eb762998e566ccc2e099c791118b2f40579cc4f7da2b5061b7f9";
    // printf %s fedcba9876543210fedcba9876543210 | sha256sum
    static final String DBUS_HASH = "4ba68aa8767bde72e8c798ee82d1275291cea73e72ad74d35ecf48e41386eb82";
    // printf %s 6f1c2a3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b | sha256sum
    static final String FALLBACK_HASH = "d1c791c8f3153dc7603c5154e78abcce02f2fcdcd5be58f75124a5bf6d416557";
    // printf %s 123E4567-E89B-12D3-A456-426614174000 | sha256sum   (the generator writes upper case)
    static final String CREATED_HASH = "e99d8c848fabcf30dfd5698baf5d3b4954e513c14b973e47d6f0981b7e9ab235";
    // printf %s 00000000000000000000000000000000 | sha256sum
    static final String ZEROS_HASH = "84e0c0eafaa95a34c293f278ac52e45ce537bab5e752a00e6959a13ae103b65a";
    static final UUID FIXED = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    @TempDir
    Path root;
    LinuxPaths paths;

    @BeforeEach
    void setUp() throws IOException {
        paths = LinuxPaths.under(root);
        Files.createDirectories(paths.machineId().getParent());
        Files.createDirectories(paths.dbusMachineId().getParent());
        Files.createDirectories(paths.fallback().getParent());
    }

    private HardwareIdResult compute(HardwareIdAlgorithm alg) {
        return new LinuxHardwareId(alg, paths, new NioFactFiles(), () -> FIXED).compute();
    }

    private HardwareIdResult.Computed computed() {
        HardwareIdResult r = compute(HardwareIdAlgorithm.DEFAULT);
        assertThat(r).isInstanceOf(HardwareIdResult.Computed.class);
        return (HardwareIdResult.Computed) r;
    }

    @ParameterizedTest
    @EnumSource(value = HardwareIdAlgorithm.class, names = {"DEFAULT", "WINDOWS_HARDWARE_FINGERPRINT",
            "WINDOWS_COMPUTER_SYSTEM_PRODUCT", "WINDOWS_CRYPTOGRAPHY", "LINUX_MACHINE_ID"})
    void etcMachineIdTrailingNewlineStrippedSameForAlgorithms0to4(HardwareIdAlgorithm alg) throws IOException {
        Files.writeString(paths.machineId(), "0123456789abcdef0123456789abcdef\n");
        HardwareIdResult r = compute(alg);
        assertThat(r.hardwareId()).contains(ETC_HASH);
        assertThat(r.algorithm()).isEqualTo(alg);
        assertThat(r.sources()).containsExactly(SourceRead.found(paths.machineId().toString()));
    }

    @Test
    void theFirstLineIsHashedVerbatimAsTheGeneratorDoes() throws IOException {
        Files.writeString(paths.machineId(), "  \t0123456789abcdef0123456789abcdef \r\nsecond line\n");
        // printf '  \t0123456789abcdef0123456789abcdef \r' | sha256sum
        assertThat(computed().id()).isEqualTo("c12a9c389b3bf70fe6dc4328d547a8e9ef4aa93f595dc5c3900f55fc6fb6b0f9");
    }

    @Test
    void etcWinsOverDbus() throws IOException {
        Files.writeString(paths.machineId(), "0123456789abcdef0123456789abcdef\n");
        Files.writeString(paths.dbusMachineId(), "fedcba9876543210fedcba9876543210\n");
        assertThat(computed().id()).isEqualTo(ETC_HASH);
    }

    @Test
    void missingEtcFallsBackToDbus() throws IOException {
        Files.writeString(paths.dbusMachineId(), "fedcba9876543210fedcba9876543210\n");
        HardwareIdResult.Computed c = computed();
        assertThat(c.id()).isEqualTo(DBUS_HASH);
        assertThat(c.sources()).containsExactly(SourceRead.missing(paths.machineId().toString()),
                SourceRead.found(paths.dbusMachineId().toString()));
        assertThat(c.warnings()).isEmpty();
        assertThat(c.createdFallback()).isFalse();
    }

    @Test
    void emptyEtcIsSkippedWithAWarning() throws IOException {
        Files.writeString(paths.machineId(), "\n0123456789abcdef0123456789abcdef\n"); // an empty first line
        Files.writeString(paths.dbusMachineId(), "fedcba9876543210fedcba9876543210");
        HardwareIdResult.Computed c = computed();
        assertThat(c.id()).isEqualTo(DBUS_HASH);
        assertThat(c.warnings()).singleElement().asString().contains("is empty");
    }

    @Test
    void unreadableEtcIsSkippedWithAWarning() throws IOException {
        Files.writeString(paths.dbusMachineId(), "fedcba9876543210fedcba9876543210");
        FactFiles denying = new DelegatingFiles(new NioFactFiles()) {
            @Override
            public Optional<String> read(Path file) throws IOException {
                if (file.equals(paths.machineId())) {
                    throw new AccessDeniedException(file.toString());
                }
                return super.read(file);
            }
        };
        HardwareIdResult r = new LinuxHardwareId(HardwareIdAlgorithm.DEFAULT, paths, denying, () -> FIXED).compute();
        assertThat(r.hardwareId()).contains(DBUS_HASH);
        assertThat(((HardwareIdResult.Computed) r).warnings()).singleElement().asString()
                .contains("could not be read (AccessDeniedException)");
    }

    @Test
    void existingFallbackFileIsReused() throws IOException {
        Files.createDirectories(paths.fallback());
        Files.writeString(paths.fallbackFile(), "6f1c2a3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b\n");
        HardwareIdResult.Computed c = computed();
        assertThat(c.id()).isEqualTo(FALLBACK_HASH);
        assertThat(c.createdFallback()).isFalse();
        assertThat(c.sources()).extracting(SourceRead::found).containsExactly(false, false, true);
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("used the LicenseSpring fallback ID"));
        assertThat(Files.readString(paths.fallbackFile())).isEqualTo("6f1c2a3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b\n");
    }

    @Test
    void fallbackAsAPlainFileFailsAsTheGeneratorDoesAndIsLeftAlone() throws IOException {
        Files.writeString(paths.fallback(), "6f1c2a3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b\n");
        HardwareIdResult r = compute(HardwareIdAlgorithm.DEFAULT);
        assertThat(r).isInstanceOfSatisfying(HardwareIdResult.Failed.class, f -> {
            assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.FALLBACK_UNREADABLE);
            assertThat(f.message()).contains("is a file where LicenseSpring keeps a folder");
        });
        assertThat(Files.readString(paths.fallback())).isEqualTo("6f1c2a3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b\n");
    }

    @Test
    void emptyFallbackFileFailsAsTheGeneratorDoes() throws IOException {
        Files.createDirectories(paths.fallback());
        Files.writeString(paths.fallbackFile(), "");
        HardwareIdResult r = compute(HardwareIdAlgorithm.DEFAULT);
        assertThat(r).isInstanceOfSatisfying(HardwareIdResult.Failed.class,
                f -> assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.FALLBACK_UNREADABLE));
        assertThat(Files.readString(paths.fallbackFile())).isEmpty();
    }

    @Test
    void nothingPresentCreatesTheFallbackFolderAndFileAsTheGeneratorDoes() throws IOException {
        HardwareIdResult.Computed c = computed();
        assertThat(c.id()).isEqualTo(CREATED_HASH);
        assertThat(c.createdFallback()).isTrue();
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("created a NEW fallback ID"));
        assertThat(Files.isDirectory(paths.fallback())).isTrue();
        assertThat(Files.readString(paths.fallbackFile())).isEqualTo("123E4567-E89B-12D3-A456-426614174000");
        // The next run reuses it and reports nothing created.
        HardwareIdResult.Computed again = computed();
        assertThat(again.id()).isEqualTo(CREATED_HASH);
        assertThat(again.createdFallback()).isFalse();
        // An empty folder (the generator's, emptied) gets the file too.
        Files.delete(paths.fallbackFile());
        assertThat(computed().createdFallback()).isTrue();
    }

    @Test
    void nothingPresentAndFallbackUnwritableIsANamedFailure() throws IOException {
        FactFiles readOnly = new DelegatingFiles(new NioFactFiles()) {
            @Override
            public void createNew(Path file, String content) throws IOException {
                throw new AccessDeniedException(file.toString());
            }
        };
        HardwareIdResult r = new LinuxHardwareId(HardwareIdAlgorithm.LINUX_MACHINE_ID, paths, readOnly, () -> FIXED)
                .compute();
        assertThat(r).isInstanceOfSatisfying(HardwareIdResult.Failed.class, f -> {
            assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.NO_MACHINE_ID);
            assertThat(f.message()).startsWith("No machine-id on this system");
            assertThat(f.sources()).extracting(SourceRead::found).containsExactly(false, false, false);
        });
        assertThat(r.hardwareId()).isEmpty();
    }

    @Test
    void allZeroMachineIdIsUsedButFlagged() throws IOException {
        Files.writeString(paths.machineId(), "00000000000000000000000000000000\n");
        HardwareIdResult.Computed c = computed();
        assertThat(c.id()).isEqualTo(ZEROS_HASH);
        assertThat(c.warnings()).singleElement().asString().contains("all zeros");
    }

    @Test
    void containerMarkersWarnThatMachineIdMayBeShared() throws IOException {
        Files.writeString(paths.machineId(), "0123456789abcdef0123456789abcdef\n");
        Files.writeString(paths.dockerEnv(), "");
        assertThat(computed().warnings()).singleElement().asString().contains("container").contains(".dockerenv");
        Files.delete(paths.dockerEnv());
        Files.createDirectories(paths.containerEnv().getParent());
        Files.writeString(paths.containerEnv(), "engine=\"podman\"");
        assertThat(computed().warnings()).singleElement().asString().contains(".containerenv");
    }

    @Test
    void sourcesNeverContainTheRawValue() throws IOException {
        Files.writeString(paths.machineId(), "0123456789abcdef0123456789abcdef\n");
        HardwareIdResult.Computed c = computed();
        assertThat(HardwareIdExplanation.render(c)).doesNotContain("0123456789abcdef0123456789abcdef");
        assertThat(c.sources().toString()).doesNotContain("0123456789abcdef");
    }

    /** Lets a test override one method of the real file access. */
    static class DelegatingFiles implements FactFiles {
        private final FactFiles d;

        DelegatingFiles(FactFiles d) {
            this.d = d;
        }

        @Override
        public Optional<String> read(Path file) throws IOException {
            return d.read(file);
        }

        @Override
        public boolean exists(Path path) {
            return d.exists(path);
        }

        @Override
        public boolean isDirectory(Path path) {
            return d.isDirectory(path);
        }

        @Override
        public void createDirectories(Path dir) throws IOException {
            d.createDirectories(dir);
        }

        @Override
        public void createNew(Path file, String content) throws IOException {
            d.createNew(file, content);
        }
    }
}
