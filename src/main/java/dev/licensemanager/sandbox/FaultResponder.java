package dev.licensemanager.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Applies one injected fault. Request-stage faults ({@link #before}) answer instead of the endpoint, so nothing
 * changes server-side; response-stage faults ({@link #after}) alter or drop the real response after the action ran.
 */
final class FaultResponder {
    /** Internal header carrying the skewed date; the front relay turns it into the {@code Date} header. */
    static final String SKEWED_DATE_HEADER = "X-Sandbox-Date";

    private final ObjectMapper mapper;
    private final Faults faults;

    FaultResponder(ObjectMapper mapper, Faults faults) {
        this.mapper = mapper;
        this.faults = faults;
    }

    /** @return true when the fault has answered (or dropped) the request */
    boolean before(HttpExchange ex, FaultSpec f) throws IOException {
        switch (f.type()) {
            case "latency" -> {
                faults.await(f.delayMs() == null ? 2000 : f.delayMs());
                return false;
            }
            case "hang" -> {
                faults.await(f.delayMs() == null ? SandboxBehaviour.MAX_HANG.toMillis() : f.delayMs());
                ex.close(); // no response at all: the client's read timeout is what fires
                return true;
            }
            case "status" -> {
                HttpIo.body(ex);
                int status = f.status();
                if (f.retryAfterSeconds() != null) {
                    ex.getResponseHeaders().set("Retry-After", String.valueOf(f.retryAfterSeconds()));
                }
                Reply r = status == 502 || status == 503 || status == 504
                        ? Reply.html(status, "<html><head><title>" + status + "</title></head><body><center><h1>" + status
                        + " " + (status == 502 ? "Bad Gateway" : status == 503 ? "Service Temporarily Unavailable"
                        : "Gateway Time-out") + "</h1></center><hr><center>nginx</center></body></html>")
                        : Reply.error(mapper, status, status >= 500 ? "internal_error" : "injected_error", "Injected fault.");
                HttpIo.send(ex, status, r.contentType(), r.body());
                return true;
            }
            case "rate_limit" -> {
                HttpIo.body(ex);
                ex.getResponseHeaders().set("Retry-After", String.valueOf(f.retryAfterSeconds() == null ? 1 : f.retryAfterSeconds()));
                Reply r = Reply.error(mapper, 429, SandboxBehaviour.RATE_LIMIT_CODE, "Too many requests.");
                HttpIo.send(ex, 429, r.contentType(), r.body());
                return true;
            }
            case "html" -> {
                HttpIo.body(ex);
                int status = f.status() == null ? 200 : f.status();
                Reply r = Reply.html(status, "<!DOCTYPE html><html><head><title>Sign in to the network</title></head>"
                        + "<body><h1>Wi-Fi login</h1><form><input name=user></form></body></html>");
                HttpIo.send(ex, status, r.contentType(), r.body());
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    void after(HttpExchange ex, FaultSpec f, Reply reply, Instant skewedNow) throws IOException {
        switch (f.type()) {
            case "lost_response" -> ex.close(); // the action ran; the connection closes before any response byte
            case "reset" -> {
                byte[] body = reply.body().length >= 2 ? reply.body() : "{}".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", reply.contentType());
                ex.sendResponseHeaders(reply.status(), body.length);
                OutputStream out = ex.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
                ex.close(); // fewer bytes than Content-Length: the JDK server drops the connection mid-body
            }
            case "malformed" -> {
                byte[] half = Arrays.copyOf(reply.body(), reply.body().length / 2);
                byte[] junk = "\u0000}{garbage".getBytes(StandardCharsets.UTF_8);
                byte[] body = Arrays.copyOf(half, half.length + junk.length);
                System.arraycopy(junk, 0, body, half.length, junk.length);
                HttpIo.send(ex, reply.status(), reply.contentType(), body);
            }
            case "skew_date" -> {
                ex.getResponseHeaders().set(SKEWED_DATE_HEADER, RequestAuthenticator.IMF_FIXDATE.format(skewedNow));
                HttpIo.send(ex, reply.status(), reply.contentType(), reply.body());
            }
            default -> HttpIo.send(ex, reply.status(), reply.contentType(), reply.body());
        }
    }
}
