/** sandbox layer; see ../shared/guides/architecture.md. */
package dev.licensemanager.sandbox;
