package org.quickfreeze.store;

/**
 * {@code SENT}: the party asked the counterpart. {@code RECEIVED}: the counterpart asked
 * the party.
 */
public enum Direction {

    SENT, RECEIVED

}
