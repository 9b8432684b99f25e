package org.quickfreeze.delivery;

/**
 * A mail that was not sent to some of its recipients, in one sentence: which mail, to
 * whom, and why. The run's outputs are written; the run ends failed at its delivery step,
 * so that a restart sends what was not sent.
 */
public class NotDelivered extends RuntimeException {

    public NotDelivered(String sentence) {
        super(sentence, null, false, false);
    }

}
