package dev.licensemanager.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.common.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes the state file. A write goes through {@link AtomicFiles} (temporary file, forced to disk,
 * atomic rename), so a reader (or a crash) never sees a half-written state.
 */
final class StateStore {
    private final ObjectMapper mapper;
    private final Path file;

    StateStore(ObjectMapper mapper, Path file) {
        this.mapper = mapper;
        this.file = file.toAbsolutePath();
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    Seed read() {
        try {
            return mapper.readValue(file.toFile(), Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sandbox state " + file, e);
        }
    }

    void write(Seed seed) {
        try {
            AtomicFiles.write(file, out -> mapper.writerWithDefaultPrettyPrinter().writeValue(out, seed));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sandbox state " + file, e);
        }
    }
}
