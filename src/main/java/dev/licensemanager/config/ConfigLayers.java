package dev.licensemanager.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** Reads JSON config files (comments allowed) and merges them, later layers winning field by field. */
final class ConfigLayers {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS);
    static final long MAX_FILE_BYTES = 256 * 1024;

    private ConfigLayers() {
    }

    static ObjectNode read(Path file) throws ConfigException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ConfigException(file.toString(), null, "file is larger than 256 KB");
            }
            JsonNode n = MAPPER.readTree(file.toFile());
            if (n == null || !n.isObject()) {
                throw new ConfigException(file.toString(), null, "must contain one JSON object");
            }
            return (ObjectNode) n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ConfigException(file.toString(), null, "not valid JSON"
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr()));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), null, "cannot be read: " + dev.licensemanager.common.IoReasons.of(e).english());
        }
    }

    /**
     * Why {@code file} cannot be read as a configuration file, in words that say what is expected instead; null when
     * it can. {@code namedBy} is where the path came from ({@code LM_VENDOR_CONFIG}, {@code -Dvendor.config}, …).
     */
    static ConfigException unusable(Path file, String namedBy) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            Path inside = file.resolve(VendorConfigLoader.FILE_NAME);
            return new ConfigException(name, null, "this is a folder, not a file; " + namedBy
                    + " must name the configuration file itself (" + (Files.isRegularFile(inside)
                    ? "this folder holds " + inside + ")" : "a JSON file like " + VendorConfigLoader.FILE_NAME + ")"));
        }
        if (!Files.exists(file)) {
            return new ConfigException(name, null, "file not found (" + namedBy + ")");
        }
        if (!Files.isRegularFile(file)) {
            return new ConfigException(name, null, "not a regular file (" + namedBy + " must name a JSON file)");
        }
        if (!Files.isReadable(file)) {
            return new ConfigException(name, null, "cannot be read: permission denied; the user running License "
                    + "Manager needs read access to it (" + namedBy + ")");
        }
        return null;
    }

    static void merge(ObjectNode target, ObjectNode layer) {
        Iterator<Map.Entry<String, JsonNode>> it = layer.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode eo && e.getValue() instanceof ObjectNode lo) {
                merge(eo, lo);
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    static void put(ObjectNode root, String section, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        ObjectNode s = root.get(section) instanceof ObjectNode o ? o : root.putObject(section);
        s.put(field, value.strip());
    }
}
