package dev.licensemanager.api;

/** A complete HTTP response as read (body null when it exceeded the size cap). */
record RawResponse(int status, String contentType, byte[] body, String signatureHeader, String retryAfter) {
}
