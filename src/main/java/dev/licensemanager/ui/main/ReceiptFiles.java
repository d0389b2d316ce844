package dev.licensemanager.ui.main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
            // Temp file + fsync + rename: closing the window or a kill mid-write never leaves half a receipt.
            dev.licensemanager.common.AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            LOG.warn("receipt not saved to {}: {}", file, e.toString());
            return false;
        }
    }
}
