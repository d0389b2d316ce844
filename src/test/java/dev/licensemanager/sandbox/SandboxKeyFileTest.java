package dev.licensemanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's demo sandbox keeps its signing key between starts (fresh licenses, no key generation each time). */
class SandboxKeyFileTest {

    @Test
    void theKeyIsMadeOnceKeptOwnerOnlyAndReplacedWhenUnreadable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lm/demo-sandbox-key.json");
        String first;
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().signingKeyFile(file).build())) {
            first = s.publicKeyPem();
        }
        assertThat(file).exists();
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().signingKeyFile(file).build())) {
            assertThat(s.publicKeyPem()).isEqualTo(first);
            // The licenses are fresh all the same: the demo key's seat count is the seed's.
            assertThat(s.activeHardwareIds(1001)).containsExactly("demo-other-machine-0001");
        }
        Files.writeString(file, "{\"private_pkcs8\": \"not base64!\"}");
        String third;
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().signingKeyFile(file).build())) {
            third = s.publicKeyPem();
        }
        assertThat(third).isNotEqualTo(first);
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().signingKeyFile(file).build())) {
            assertThat(s.publicKeyPem()).as("the replaced key is kept").isEqualTo(third);
        }
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("demo-sandbox-key.json");
        }
    }
}
