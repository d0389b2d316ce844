/** service layer; see ../shared/guides/architecture.md. */
package dev.licensemanager.service;
