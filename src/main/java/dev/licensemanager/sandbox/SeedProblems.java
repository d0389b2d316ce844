package dev.licensemanager.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.UncheckedIOException;

/** Words for a seed or state file that cannot be loaded: the field path and the problem, without file content. */
final class SeedProblems {
    private SeedProblems() {
    }

    static String describe(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "field '" + path(m) + "': " + firstLine(m.getOriginalMessage());
        }
        if (t instanceof JsonProcessingException p) {
            var loc = p.getLocation();
            return "not valid JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                    + " (" + firstLine(p.getOriginalMessage()) + ")";
        }
        return firstLine(String.valueOf(t.getMessage()));
    }

    private static String path(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
