package dev.licensemanager.hardware;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The HTTP calls of the cloud algorithm (5), pluggable so tests answer from loopback. */
public interface HttpFetcher {
    record Response(int status, String body) {
    }

    Response send(String method, URI uri, Map<String, String> headers, Duration timeout) throws IOException;
}
