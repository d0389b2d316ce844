package dev.licensemanager.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Injected faults, at most one per endpoint ({@code "*"} covers all /api/v4 endpoints not named explicitly).
 * Thread-safe. {@link #await} is how latency and hangs wait: it returns early when the sandbox closes.
 */
public final class Faults {
    /** Fault types; docs/sandbox.md describes each. */
    public static final Set<String> TYPES = Set.of("latency", "hang", "status", "rate_limit", "reset", "malformed",
            "html", "skew_date", "lost_response");

    private final Map<String, FaultSpec> active = new LinkedHashMap<>();
    private final Map<String, Integer> remaining = new LinkedHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    /** Adds or replaces the fault for its endpoint. */
    public synchronized void set(FaultSpec spec) {
        validate(spec);
        active.put(spec.endpoint(), spec);
        if (spec.times() != null && spec.times() > 0) {
            remaining.put(spec.endpoint(), spec.times());
        } else {
            remaining.remove(spec.endpoint());
        }
    }

    public synchronized void clear() {
        active.clear();
        remaining.clear();
    }

    public synchronized void clear(String endpoint) {
        active.remove(endpoint);
        remaining.remove(endpoint);
    }

    public synchronized List<FaultSpec> list() {
        return new ArrayList<>(active.values());
    }

    /** The fault that hits this request, counting it against {@code times}. */
    synchronized Optional<FaultSpec> take(String endpoint) {
        String key = active.containsKey(endpoint) ? endpoint : active.containsKey("*") ? "*" : null;
        if (key == null) {
            return Optional.empty();
        }
        FaultSpec spec = active.get(key);
        Integer left = remaining.get(key);
        if (left != null) {
            if (left <= 1) {
                active.remove(key);
                remaining.remove(key);
            } else {
                remaining.put(key, left - 1);
            }
        }
        return Optional.of(spec);
    }

    /** Waits {@code millis}, or until the sandbox closes. */
    void await(long millis) {
        try {
            closing.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void release() {
        closing.countDown();
    }

    static void validate(FaultSpec spec) {
        if (spec.endpoint() == null || spec.endpoint().isBlank()) {
            throw new IllegalArgumentException("fault needs an endpoint (or \"*\")");
        }
        if (spec.type() == null || !TYPES.contains(spec.type())) {
            throw new IllegalArgumentException("fault type must be one of " + TYPES);
        }
        if ("status".equals(spec.type()) && (spec.status() == null || spec.status() < 400 || spec.status() > 599)) {
            throw new IllegalArgumentException("status fault needs a status 400..599");
        }
    }
}
