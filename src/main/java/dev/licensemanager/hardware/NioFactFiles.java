package dev.licensemanager.hardware;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** {@link FactFiles} on the real file system. */
public final class NioFactFiles implements FactFiles {
    /** Machine-id is 33 bytes; anything near this size is not an ID file. */
    private static final long MAX_BYTES = 64 * 1024;

    @Override
    public Optional<String> read(Path file) throws IOException {
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("is a directory: " + file);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("too large for an ID file: " + file);
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(Path path) {
        return Files.exists(path);
    }

    @Override
    public boolean isDirectory(Path path) {
        return Files.isDirectory(path);
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
    }

    @Override
    public void createNew(Path file, String content) throws IOException {
        // Written whole (and forced to disk) beside the target, then hard-linked into place: a kill or power cut never
        // leaves a partial ID behind (which would change this computer's hardware ID for good), and an existing file
        // is never replaced (createLink fails if it exists, like CREATE_NEW).
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".lm-id-", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's ACLs apply
            }
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.createLink(file, tmp);
            } catch (java.nio.file.FileAlreadyExistsException exists) {
                throw exists;
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException noLinks) {
                Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
