package dev.licensemanager.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Package-time step (run by Maven's exec plugin before jpackage; see installer/README.md):
 * <ol>
 * <li>{@code --config=FILE} (may be empty: no vendor configuration, demo mode): validates the file with
 * {@link VendorConfigLoader#validateFile}; a problem fails the build with a message naming the file and
 * field. Then copies it as {@code vendor-config.json} into {@code --app-dir} (jpackage's input, which
 * becomes the image's app folder where {@link VendorConfigLoader#locateAppDir()} finds it), together with
 * the files it references ({@code branding.logo}, {@code api.public_key_file}), keeping their relative
 * paths.</li>
 * <li>Writes the Linux desktop entry ({@code --desktop-template} to {@code --desktop-out}) with the
 * vendor's display name, so the menu shows the vendor's name.</li>
 * </ol>
 * Not used at run time.
 */
public final class VendorConfigTool {
    private VendorConfigTool() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("usage: --config=FILE --app-dir=DIR --desktop-template=FILE --desktop-out=FILE");
            }
            opts.put(a.substring(2, eq), a.substring(eq + 1).strip());
        }
        String displayName = "License Manager";
        String config = opts.getOrDefault("config", "");
        if (!config.isEmpty()) {
            Path file = Path.of(config).toAbsolutePath();
            ConfigException unusable = ConfigLayers.unusable(file, "-Dvendor.config");
            if (unusable != null) {
                throw unusable;
            }
            VendorConfig cfg = VendorConfigLoader.validateFile(file);
            displayName = cfg.displayName();
            Path appDir = Path.of(opts.get("app-dir"));
            Files.createDirectories(appDir);
            Files.copy(file, appDir.resolve(VendorConfigLoader.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            copyReferenced(file, appDir, "branding.logo", cfg.branding().logo());
            copyReferenced(file, appDir, "api.public_key_file", referencedKeyFile(file));
            System.out.println("[vendor-config] " + file + " is valid; shipped as "
                    + appDir.resolve(VendorConfigLoader.FILE_NAME) + " (display name \"" + displayName + "\")");
        }
        String template = opts.get("desktop-template");
        String out = opts.get("desktop-out");
        if (template != null && out != null) {
            String text = Files.readString(Path.of(template), StandardCharsets.UTF_8)
                    .replace("DISPLAY_NAME", displayName.replaceAll("[\\r\\n]", " "));
            Path o = Path.of(out);
            Files.createDirectories(o.getParent());
            Files.writeString(o, text, StandardCharsets.UTF_8);
        }
    }

    /** The raw {@code api.public_key_file} value (the parsed config keeps only the key's PEM text). */
    private static String referencedKeyFile(Path file) throws ConfigException {
        var n = ConfigLayers.read(file).path("api").get("public_key_file");
        return n == null || !n.isTextual() || n.asText().isBlank() ? null : n.asText().strip();
    }

    private static void copyReferenced(Path configFile, Path appDir, String field, String ref)
            throws ConfigException, IOException {
        if (ref == null) {
            return;
        }
        Path rel = Path.of(ref);
        if (rel.isAbsolute() || rel.normalize().startsWith("..")) {
            throw new ConfigException(configFile.toString(), field,
                    "must be a path relative to the configuration file's folder, so it can be shipped with it");
        }
        Path src = configFile.getParent().resolve(rel).normalize();
        if (!Files.isRegularFile(src)) {
            throw new ConfigException(configFile.toString(), field, "file not found: " + src);
        }
        Path dst = appDir.resolve(rel).normalize();
        Files.createDirectories(dst.getParent());
        Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
    }
}
