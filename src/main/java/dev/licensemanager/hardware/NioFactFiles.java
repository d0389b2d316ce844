package dev.licensemanager.hardware;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
    public List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Override
    public void createNew(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
