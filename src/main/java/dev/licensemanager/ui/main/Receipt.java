package dev.licensemanager.ui.main;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * Proof of a deactivation or a floating release: when, which product and license, which hardware ID, which call
 * ({@code action}: the endpoint, e.g. {@code floating/release}; null = not shown), what the server said.
 */
public record Receipt(Instant time, String product, String license, String hardwareId, String algorithm,
                      String serverReply, String requestId, String action) {

    /** A receipt without an action line (a deactivation typed by hand). */
    public Receipt(Instant time, String product, String license, String hardwareId, String algorithm,
                   String serverReply, String requestId) {
        this(time, product, license, hardwareId, algorithm, serverReply, requestId, null);
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String text(ResourceBundle b) {
        StringBuilder sb = new StringBuilder(b.getString("receipt.title")).append('\n');
        line(sb, b, "receipt.line.time", UTC.format(time));
        line(sb, b, "receipt.line.product", product);
        line(sb, b, "receipt.line.license", license);
        line(sb, b, "receipt.line.hardware", hardwareId + " (" + algorithm + ")");
        if (action != null) {
            line(sb, b, "receipt.line.action", action);
        }
        line(sb, b, "receipt.line.server", serverReply);
        if (requestId != null) {
            line(sb, b, "receipt.line.request", requestId);
        }
        return sb.toString();
    }

    /** A file name that sorts by time. */
    public String fileName() {
        return "deactivation-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(time)
                + ".txt";
    }

    private static void line(StringBuilder sb, ResourceBundle b, String key, String value) {
        sb.append(MessageFormat.format(b.getString(key), value == null ? "-" : value)).append('\n');
    }
}
