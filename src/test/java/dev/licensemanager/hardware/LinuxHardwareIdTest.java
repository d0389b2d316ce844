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
    // printf %s 123e4567-e89b-12d3-a456-426614174000 | sha256sum
    static final String CREATED_HASH = "986c0dc956dc822b5d8f698661b9eb1ef880786ff9043c16744d2a420e99e9bb";
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
    void surroundingWhitespaceIsRemoved() throws IOException {
        Files.writeString(paths.machineId(), "  \t0123456789abcdef0123456789abcdef \r\n\n");
        assertThat(computed().id()).isEqualTo(ETC_HASH);
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
        Files.writeString(paths.machineId(), "\n");
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
        Files.writeString(paths.fallback(), "6f1c2a3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b\n");
        HardwareIdResult.Computed c = computed();
        assertThat(c.id()).isEqualTo(FALLBACK_HASH);
        assertThat(c.createdFallback()).isFalse();
        assertThat(c.sources()).extracting(SourceRead::found).containsExactly(false, false, true);
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("used the LicenseSpring fallback ID"));
        assertThat(Files.readString(paths.fallback())).isEqualTo("6f1c2a3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b\n");
    }

    @Test
    void fallbackDirectoryWithOneUuidFileIsReusedWithAnAssumptionWarning() throws IOException {
        Files.createDirectories(paths.fallback());
        Files.writeString(paths.fallback().resolve("hwid"), "6f1c2a3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b");
        Files.writeString(paths.fallback().resolve("notes.txt"), "not a uuid");
        HardwareIdResult.Computed c = computed();
        assertThat(c.id()).isEqualTo(FALLBACK_HASH);
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("is a directory; assumed"));
    }

    @Test
    void fallbackDirectoryWithoutAUuidFileFails() throws IOException {
        Files.createDirectories(paths.fallback());
        HardwareIdResult r = compute(HardwareIdAlgorithm.DEFAULT);
        assertThat(r).isInstanceOfSatisfying(HardwareIdResult.Failed.class,
                f -> assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.FALLBACK_UNREADABLE));
    }

    @Test
    void nothingPresentCreatesTheFallbackAndSaysSo() throws IOException {
        HardwareIdResult.Computed c = computed();
        assertThat(c.id()).isEqualTo(CREATED_HASH);
        assertThat(c.createdFallback()).isTrue();
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("created a NEW fallback ID"));
        assertThat(Files.readString(paths.fallback())).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        // The next run reuses it and reports nothing created.
        HardwareIdResult.Computed again = computed();
        assertThat(again.id()).isEqualTo(CREATED_HASH);
        assertThat(again.createdFallback()).isFalse();
    }

    @Test
    void nothingPresentAndFallbackUnwritableIsANamedFailure() throws IOException {
        Files.delete(paths.fallback().getParent());
        HardwareIdResult r = compute(HardwareIdAlgorithm.LINUX_MACHINE_ID);
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
        public List<Path> listFiles(Path dir) throws IOException {
            return d.listFiles(dir);
        }

        @Override
        public void createNew(Path file, String content) throws IOException {
            d.createNew(file, content);
        }
    }
}
