/** sso layer; see docs/architecture.md in the repository. */
package dev.licensemanager.sso;
