/**
 * Network infrastructure for the connectivity doctor: name lookup, raw TCP, CONNECT through a proxy, a TLS
 * handshake that only looks at the chain, and one plain HTTP GET. It decides nothing: the doctor in
 * {@code service.doctor} turns what happens here into verdicts. See docs/architecture.md.
 */
package dev.licensemanager.net;
