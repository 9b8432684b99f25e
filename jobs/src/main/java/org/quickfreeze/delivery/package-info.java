/**
 * The reports reach their readers: the monthly and weekly mails, sent through the
 * organisation's SMTP server as the job's last step, each recipient's acceptance recorded
 * so that a restart sends what was not sent and nothing twice; the alert when a scheduled
 * run fails. Uses {@code output} (the report model), {@code run} and the reports' texts.
 */
package org.quickfreeze.delivery;
