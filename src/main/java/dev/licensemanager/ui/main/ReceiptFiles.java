package dev.licensemanager.ui.main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a receipt file (runs on a TaskRunner thread, never on the FX thread). */
final class ReceiptFiles {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptFiles.class);

    private ReceiptFiles() {
    }

    static boolean write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            LOG.warn("receipt not saved to {}: {}", file, e.toString());
            return false;
        }
    }
}
