package dev.licensemanager.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sandbox-only endpoints: {@code GET /sandbox/public-key} (PEM) and {@code /sandbox/faults}
 * (GET list, POST one fault as JSON, DELETE all or {@code ?endpoint=}). Fault control answers loopback callers only,
 * and is off altogether when the sandbox was explicitly bound beyond loopback (every caller then arrives via the relay).
 */
final class AdminHandler implements HttpHandler {
    private final ObjectMapper mapper;
    private final Faults faults;
    private final String publicPem;
    private final boolean faultControl;

    /** @param faultControl false when the sandbox listens beyond loopback: then faults come only from the seed or the facade */
    AdminHandler(ObjectMapper mapper, Faults faults, String publicPem, boolean faultControl) {
        this.mapper = mapper;
        this.faults = faults;
        this.publicPem = publicPem;
        this.faultControl = faultControl;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (path.equals("/sandbox/public-key") && method.equals("GET")) {
                HttpIo.send(ex, 200, "application/x-pem-file", publicPem.getBytes(StandardCharsets.US_ASCII));
            } else if (path.equals("/sandbox/faults")) {
                faults(ex, method);
            } else {
                json(ex, 404, Map.of("status", 404, "code", "not_found", "message", "Unknown sandbox path."));
            }
        } finally {
            ex.close();
        }
    }

    private void faults(HttpExchange ex, String method) throws IOException {
        if (!faultControl || !HttpIo.fromLoopback(ex)) {
            json(ex, 403, Map.of("status", 403, "code", "forbidden", "message", "Fault control is loopback-only."));
            return;
        }
        switch (method) {
            case "GET" -> json(ex, 200, faults.list());
            case "POST" -> {
                try {
                    FaultSpec spec = mapper.readValue(HttpIo.body(ex), FaultSpec.class);
                    faults.set(spec);
                    json(ex, 200, faults.list());
                } catch (IOException | IllegalArgumentException e) {
                    json(ex, 400, Map.of("status", 400, "code", "validation_error", "message",
                            "Bad fault: " + (e instanceof IllegalArgumentException ? e.getMessage() : "not a fault JSON object")));
                }
            }
            case "DELETE" -> {
                Object endpoint = HttpIo.query(ex).get("endpoint");
                if (endpoint == null) {
                    faults.clear();
                } else {
                    faults.clear(endpoint.toString());
                }
                json(ex, 200, faults.list());
            }
            default -> json(ex, 405, Map.of("status", 405, "code", "method_not_allowed", "message", "GET, POST or DELETE."));
        }
    }

    private void json(HttpExchange ex, int status, Object body) throws IOException {
        HttpIo.send(ex, status, "application/json", mapper.writeValueAsBytes(body));
    }
}
