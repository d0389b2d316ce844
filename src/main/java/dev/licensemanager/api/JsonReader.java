package dev.licensemanager.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Tolerant, type-checked reads from response JSON. A present field of the wrong type is an error. */
final class JsonReader {
    static final class WrongType extends Exception {
        WrongType(String field, String expected) {
            super("field '" + field + "' is not " + expected);
        }
    }

    private JsonReader() {
    }

    static Long optLong(JsonNode n, String f) throws WrongType {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            throw new WrongType(f, "an integer");
        }
        return v.asLong();
    }

    static Integer optInt(JsonNode n, String f) throws WrongType {
        Long v = optLong(n, f);
        if (v == null) {
            return null;
        }
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new WrongType(f, "a 32-bit integer");
        }
        return v.intValue();
    }

    static boolean optBool(JsonNode n, String f, boolean dflt) throws WrongType {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw new WrongType(f, "true or false");
        }
        return v.asBoolean();
    }

    static String optText(JsonNode n, String f) throws WrongType {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new WrongType(f, "a string");
        }
        return v.asText();
    }

    /** A short label (license type, product name, e-mail): a string of at most {@code max} characters. */
    static String optShortText(JsonNode n, String f, int max) throws WrongType {
        String v = optText(n, f);
        if (v != null && v.length() > max) {
            throw new WrongType(f, "a string of at most " + max + " characters");
        }
        return v;
    }

    static String reqText(JsonNode n, String f) throws WrongType {
        String v = optText(n, f);
        if (v == null) {
            throw new WrongType(f, "present");
        }
        return v;
    }

    static JsonNode reqObject(JsonNode n, String f) throws WrongType {
        JsonNode v = n.get(f);
        if (v == null || !v.isObject()) {
            throw new WrongType(f, "an object");
        }
        return v;
    }
}
