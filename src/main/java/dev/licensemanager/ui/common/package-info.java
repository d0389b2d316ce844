/** ui/common layer; see ../shared/guides/architecture.md. */
package dev.licensemanager.ui.common;
