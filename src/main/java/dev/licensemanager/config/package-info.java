/** config layer; see ../shared/guides/architecture.md. */
package dev.licensemanager.config;
