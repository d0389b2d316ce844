package dev.licensemanager.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window, dialogs and launcher show for the vendor: display name, logo file and accent colour,
 * from the effective configuration (shipped vendor file, user override, environment). Demo mode and an
 * unbranded configuration give "License Manager", no logo and the default accent.
 *
 * @param displayName branding.display_name, else "License Manager" (the tool's name; the product's is {@link VendorConfig#productName()})
 * @param logo        branding.logo resolved against the folder of the configuration file that set it, if it exists
 * @param accentColor branding.accent_color ("#rrggbb"), else {@link #DEFAULT_ACCENT}
 */
public record Branding(String displayName, Optional<Path> logo, String accentColor) {
    public static final String DEFAULT_ACCENT = "#1a73e8";

    public static Branding of(VendorConfig cfg) {
        if (cfg == null) {
            return new Branding("License Manager", Optional.empty(), DEFAULT_ACCENT);
        }
        VendorConfig.Branding b = cfg.branding();
        String accent = b != null && b.accentColor() != null ? b.accentColor() : DEFAULT_ACCENT;
        return new Branding(cfg.displayName(), resolveLogo(cfg), accent);
    }

    private static Optional<Path> resolveLogo(VendorConfig cfg) {
        if (cfg.branding() == null || cfg.branding().logo() == null) {
            return Optional.empty();
        }
        Path logo = Path.of(cfg.branding().logo());
        if (logo.isAbsolute()) {
            return Files.isRegularFile(logo) ? Optional.of(logo) : Optional.empty();
        }
        // Relative paths are relative to a configuration file's folder: try the files in precedence order,
        // highest first (the user override may bring its own logo).
        for (int i = cfg.sources().size() - 1; i >= 0; i--) {
            Path src;
            try {
                src = Path.of(cfg.sources().get(i)).toAbsolutePath();
            } catch (java.nio.file.InvalidPathException e) {
                continue; // "environment (...)" and similar labels
            }
            if (Files.isRegularFile(src) && src.getParent() != null) {
                Path candidate = src.getParent().resolve(logo).normalize();
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
