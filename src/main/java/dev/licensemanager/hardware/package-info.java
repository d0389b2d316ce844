/** hardware layer; see ../shared/guides/architecture.md. */
package dev.licensemanager.hardware;
