package dev.licensemanager.api;

/** {@code sso_url}: where to send the browser. */
public record SsoUrl(String url) {
}
