package dev.licensemanager.hardware;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The file facts the Linux provider and the MANUAL file route read; tests substitute failures. */
public interface FactFiles {
    /** The file's text, or empty if it does not exist. Throws if it exists but cannot be read. */
    Optional<String> read(Path file) throws IOException;

    boolean exists(Path path);

    boolean isDirectory(Path path);

    /** Creates {@code dir} and its missing parents; nothing happens if it exists as a directory. */
    void createDirectories(Path dir) throws IOException;

    /** Creates {@code file} with {@code content}; fails with FileAlreadyExistsException if it already exists. */
    void createNew(Path file, String content) throws IOException;
}
