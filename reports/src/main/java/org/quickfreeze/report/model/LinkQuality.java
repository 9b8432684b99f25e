package org.quickfreeze.report.model;

/** An MLA request whose {@code follows_up} names no preservation. */
public record LinkQuality(String register, String requestId, String followsUp, String reason) {
}
