package dev.licensemanager.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds and merges the configuration. Precedence, lowest first: the vendor file shipped beside the
 * app (or {@code LM_VENDOR_CONFIG}), the user-level override in the app-data folder, the
 * environment; command-line options are applied by the CLI on top. Nothing found means demo mode.
 */
public final class VendorConfigLoader {
    public static final String FILE_NAME = "vendor-config.json";

    private final Map<String, String> env;
    private final AppDirs dirs;
    private final Path appDir;

    public VendorConfigLoader(Map<String, String> env, AppDirs dirs, Path appDir) {
        this.env = env;
        this.dirs = dirs;
        this.appDir = appDir;
    }

    public VendorConfig load() throws ConfigException {
        ObjectNode merged = ConfigLayers.MAPPER.createObjectNode();
        List<String> sources = new ArrayList<>();
        Path vendorFile = vendorFile();
        Path baseDir = null;
        if (vendorFile != null) {
            ConfigException unusable = ConfigLayers.unusable(vendorFile, vendorFileNamedBy());
            if (unusable != null) {
                throw unusable;
            }
            ConfigLayers.merge(merged, checked(ConfigLayers.read(vendorFile), vendorFile));
            sources.add(vendorFile.toString());
            baseDir = vendorFile.toAbsolutePath().getParent();
        }
        Path user = dirs.userConfig();
        if (Files.exists(user) && !Files.isRegularFile(user)) {
            // Ignoring it would silently drop the user's settings: say what is in the way.
            throw new ConfigException(user.toString(), null, "this is a folder, not a file; the user-level "
                    + "configuration must be a JSON file (rename or remove this folder)");
        }
        if (Files.isRegularFile(user)) {
            ConfigLayers.merge(merged, checked(ConfigLayers.read(user), user));
            sources.add(user.toString());
            if (baseDir == null) {
                baseDir = user.toAbsolutePath().getParent();
            }
        }
        applyEnvironment(merged);
        if (!envKeysPresent().isEmpty()) {
            sources.add("environment (" + String.join(", ", envKeysPresent()) + ")");
        }
        boolean demo = sources.isEmpty();
        String label = sources.isEmpty() ? "(built-in demo)" : sources.get(0);
        return VendorConfigParser.parse(merged, label, baseDir, sources, demo);
    }

    /**
     * Each file is checked on its own before merging, so a broken section or value in it is reported with its
     * file name instead of being silently replaced by a later layer (e.g. the environment).
     */
    private static ObjectNode checked(ObjectNode layer, Path file) throws ConfigException {
        VendorConfigParser.checkLayer(layer, file.toString());
        return layer;
    }

    /** Validates one file alone (package time): every problem names the field. */
    public static VendorConfig validateFile(Path file) throws ConfigException {
        ObjectNode root = ConfigLayers.read(file);
        VendorConfig c = VendorConfigParser.parse(root, file.toString(), file.toAbsolutePath().getParent(),
                List.of(file.toString()), false);
        VendorConfigParser.requireComplete(c, file.toString());
        return c;
    }

    private String vendorFileNamedBy() {
        String explicit = env.get("LM_VENDOR_CONFIG");
        return explicit != null && !explicit.isBlank() ? "LM_VENDOR_CONFIG" : "the vendor file beside the app";
    }

    private Path vendorFile() {
        String explicit = env.get("LM_VENDOR_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        if (appDir != null && Files.isRegularFile(appDir.resolve(FILE_NAME))) {
            return appDir.resolve(FILE_NAME);
        }
        return null;
    }

    private static final String[][] ENV_MAP = {
        {"LM_PRODUCT", "product", "code"},
        {"LM_API_URL", "api", "base_url"},
        {"LM_API_KEY", "api", "api_key"},
        {"LM_SHARED_KEY", "api", "shared_key"},
        {"LM_CLIENT_ID", "api", "oauth_client_id"},
        {"LM_CLIENT_SECRET", "api", "oauth_client_secret"},
        {"LM_TOKEN_URL", "api", "oauth_token_url"},
        {"LM_PUBLIC_KEY_FILE", "api", "public_key_file"},
        {"LM_CA_FILE", "api", "ca_file"},
        {"LM_HARDWARE_ID_ALGORITHM", "hardware_id", "algorithm"},
        {"LM_CUSTOMER_ACCOUNT_CODE", "sso", "customer_account_code"},
    };

    private void applyEnvironment(ObjectNode root) {
        for (String[] m : ENV_MAP) {
            ConfigLayers.put(root, m[1], m[2], env.get(m[0]));
        }
    }

    private List<String> envKeysPresent() {
        List<String> present = new ArrayList<>();
        for (String[] m : ENV_MAP) {
            String v = env.get(m[0]);
            if (v != null && !v.isBlank()) {
                present.add(m[0]);
            }
        }
        return present;
    }

    /** The folder holding the app's jar (class path) or the jpackage image's app folder. */
    public static Path locateAppDir() {
        String appPath = System.getProperty("jpackage.app-path");
        if (appPath != null) {
            // jpackage layouts: Linux <image>/bin/<launcher> + <image>/lib/app; Windows <image>/<launcher>.exe +
            // <image>/app; macOS <X>.app/Contents/MacOS/<launcher> + <X>.app/Contents/app.
            Path launcherDir = Path.of(appPath).toAbsolutePath().getParent();
            if (launcherDir != null) {
                Path windows = launcherDir.resolve("app");
                Path image = launcherDir.getParent();
                if (Files.isDirectory(windows)) {
                    return windows;
                }
                if (image != null) {
                    Path linux = image.resolve("lib/app");
                    Path mac = image.resolve("app");
                    return Files.isDirectory(linux) ? linux : Files.isDirectory(mac) ? mac : image;
                }
            }
        }
        try {
            var src = VendorConfigLoader.class.getProtectionDomain().getCodeSource();
            if (src != null) {
                Path p = Path.of(src.getLocation().toURI());
                return Files.isRegularFile(p) ? p.getParent() : null;
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
