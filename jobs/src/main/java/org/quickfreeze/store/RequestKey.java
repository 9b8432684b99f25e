package org.quickfreeze.store;

/** The store's identity of a request: one row per register and request id. */
public record RequestKey(String register, String requestId) {
}
