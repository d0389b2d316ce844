package dev.licensemanager.config;

/** A configuration problem that names the file and the field, so a vendor can fix it at once. */
public final class ConfigException extends Exception {
    private final String file;
    private final String field;

    public ConfigException(String file, String field, String problem) {
        super(file + ": " + (field == null ? "" : "field '" + field + "': ") + problem);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
