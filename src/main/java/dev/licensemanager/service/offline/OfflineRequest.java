package dev.licensemanager.service.offline;

/**
 * A v2 offline deactivation request. {@code requestJson} is the exact compact JSON text embedded
 * and signed; {@code fileContent} is what goes into the file (and into the body of
 * {@code deactivate_offline}): base64 of {@code {"request":<requestJson>,"signature":"<sig>"}}.
 */
public record OfflineRequest(String requestId, String date, String product, String requestJson, String signature,
                             String fileContent) {
}
