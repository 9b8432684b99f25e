package org.quickfreeze.audit;

/**
 * An MLA request whose {@code follows_up} names no preservation: a data-quality finding.
 */
public record UnresolvedLink(String register, String requestId, String followsUp, String reason) {
}
