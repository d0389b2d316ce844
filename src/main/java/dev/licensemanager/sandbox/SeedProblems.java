package dev.licensemanager.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.UncheckedIOException;

/** Words for a seed or state file that cannot be loaded: the field path and the problem, without file content. */
final class SeedProblems {
    private SeedProblems() {
    }

    /**
     * Plain words: where the JSON is broken (line, column), or which field has the wrong kind of value, never the
     * JSON library's internals ({@code StreamReadFeature…}, {@code java.util.ArrayList<…Seed$Product>}).
     */
    static String describe(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StreamReadException p) {
                var loc = p.getLocation();
                return "not valid JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr());
            }
        }
        if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = "field '" + path(m) + "': ";
            if (t instanceof UnrecognizedPropertyException) {
                return field + "unknown field";
            }
            if (t instanceof MismatchedInputException mi && mi.getTargetType() != null) {
                return field + "expected " + kind(mi.getTargetType());
            }
            return field + "not a valid value";
        }
        if (t instanceof JsonProcessingException) {
            return "not valid JSON";
        }
        if (t instanceof java.io.IOException) {
            return "cannot be read: " + dev.licensemanager.common.IoReasons.of(t).english();
        }
        return firstLine(String.valueOf(t.getMessage()));
    }

    private static String kind(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object { … }";
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
